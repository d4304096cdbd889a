// One version everywhere (scripts/versions.mjs): package.json's version is the CHANGELOG's top section, marked
// "(unreleased)" until the release checklist dates it, and every snippet the docs show pins it. Run by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkVersions, topSection } from '../../scripts/versions.mjs';

test('the CHANGELOG top section: its version, and a date or "unreleased"', () => {
  const cases = [
    ['## 0.2.0 (unreleased)\n', { version: '0.2.0', date: undefined }],
    ['# Changelog\n\nText.\n\n## 0.2.0 (2027-01-15)\n\n### Content\n## 0.1.0 (2026-11-23)\n', { version: '0.2.0', date: '2027-01-15' }],
    ['## 1.10.3 (unreleased)\n## 1.10.2 (2027-01-01)\n', { version: '1.10.3', date: undefined }],
    ['## Unreleased (0.2.0)\n', undefined],
    ['## 0.2.0\n', undefined],
    ['## 0.2.0 (soon)\n', undefined],
    ['## 0.2.0 (2027-1-5)\n', undefined],
    ['### 0.2.0 (unreleased)\n', undefined],
    ['No sections at all.\n', undefined],
  ];
  for (const [text, expected] of cases) assert.deepEqual(topSection(text), expected, JSON.stringify(text));
});

test('problems: a section for another version, an undated one at release, a snippet pinning another version', () => {
  const changelog = (heading) => `# Changelog\n\n${heading}\n\n### Code\n- Something.\n`;
  const docs = (pin) => ({ 'README.md': `<script src="https://cdn.jsdelivr.net/npm/ketamine-compare@${pin}/dist/ketamine-compare.js"></script>\n` });
  const cases = [
    [{ version: '0.2.0', changelog: changelog('## 0.2.0 (unreleased)'), docs: docs('0.2.0') }, []],
    [{ version: '0.2.0', changelog: changelog('## 0.2.0 (2027-01-15)'), docs: docs('0.2.0'), release: true }, []],
    [{ version: '0.2.0', changelog: changelog('## 0.2.0 (unreleased)'), docs: docs('0.2.0'), release: true }, [/not dated.*## 0\.2\.0 \(YYYY-MM-DD\)/]],
    [{ version: '0.2.0', changelog: changelog('## 0.1.0 (2026-11-23)'), docs: docs('0.2.0') }, [/top section is 0\.1\.0.*package\.json.*0\.2\.0/]],
    [{ version: '0.2.0', changelog: changelog('## Unreleased (0.2.0)'), docs: docs('0.2.0') }, [/starts with no section.*## 0\.2\.0 \(unreleased\)/]],
    [{ version: '0.2.0', changelog: changelog('## 0.2.0 (unreleased)'), docs: docs('0.1.0') }, [/README\.md:1 pins ketamine-compare@0\.1\.0/]],
  ];
  for (const [given, expected] of cases) {
    const found = checkVersions(given);
    assert.equal(found.length, expected.length, `${JSON.stringify(given)}: ${found.join(' | ')}`);
    expected.forEach((pattern, i) => assert.match(found[i], pattern));
  }
});

test('this repository: one version everywhere', async () => {
  const { version, problems } = await import('../../scripts/versions.mjs').then((m) => m.checkRepository());
  assert.deepEqual(problems, [], `package.json's version is ${version}`);
});
