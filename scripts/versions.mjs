// One version everywhere (docs/release.md). package.json's version is the version the next release will have
// (the configurator's snippets pin it: rollup.config.mjs reads it); CHANGELOG.md's top section is that version,
// headed "## X.Y.Z (unreleased)" until the release checklist dates it "## X.Y.Z (YYYY-MM-DD)"; and every snippet
// the README, docs/ and demo/ show pins it.
//
//   node scripts/versions.mjs             what npm test checks (tests/node/versions.test.mjs)
//   node scripts/versions.mjs --release   the release workflow, on a tag: the same, and the section is dated
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CHANGELOG's first `## ` section: its version, and its date (undefined while "unreleased"); or undefined. */
export function topSection(changelog) {
  const heading = /^## (.*)$/m.exec(changelog)?.[1];
  const match = heading && /^(\d+\.\d+\.\d+) \((unreleased|\d{4}-\d{2}-\d{2})\)$/.exec(heading.trim());
  return match ? { version: match[1], date: match[2] === 'unreleased' ? undefined : match[2] } : undefined;
}

/** What disagrees with `version`, each as a sentence; `docs` maps a file name to its text. */
export function checkVersions({ version, changelog, docs, release = false }) {
  const problems = [];
  const top = topSection(changelog);
  if (!top) {
    problems.push(`CHANGELOG.md starts with no section "## ${version} (unreleased)" or "## ${version} (YYYY-MM-DD)" (its first "## " heading names the version).`);
  } else if (top.version !== version) {
    problems.push(`CHANGELOG.md's top section is ${top.version}, but package.json's version is ${version}: they must be the same (docs/release.md).`);
  } else if (release && !top.date) {
    problems.push(`CHANGELOG.md's section for ${version} is not dated: make its heading "## ${version} (YYYY-MM-DD)", the day of the release.`);
  }
  for (const [file, text] of Object.entries(docs)) {
    text.split('\n').forEach((line, i) => {
      for (const [, pinned] of line.matchAll(/ketamine-compare@(\d+\.\d+\.\d+)/g)) {
        if (pinned !== version) problems.push(`${file}:${i + 1} pins ketamine-compare@${pinned}, but package.json's version is ${version}.`);
      }
    });
  }
  return problems;
}

/** Reads this repository's files and checks them. */
export function checkRepository({ release = false } = {}) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = ['README.md', ...inFolder('docs', /\.md$/), ...inFolder('demo', /\.(html|mjs|js)$/)];
  const docs = Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')]));
  return { version, problems: checkVersions({ version, changelog: readFileSync('CHANGELOG.md', 'utf8'), docs, release }) };
}

const inFolder = (dir, pattern) => readdirSync(dir).filter((file) => pattern.test(file)).map((file) => join(dir, file));

if (import.meta.filename === process.argv[1]) {
  const { version, problems } = checkRepository({ release: process.argv.includes('--release') });
  for (const problem of problems) console.error(`versions: ${problem}`);
  if (problems.length) process.exit(1);
  console.log(`versions: ${version} everywhere (package.json, CHANGELOG.md's top section, the snippets in the docs).`);
}
