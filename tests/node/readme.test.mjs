// The README is for site owners (issue 21): short, in the configurator's plain words, with how to reach the
// makers from package.json. Developer matters live in docs/, linked from the README's last section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const MAX_LINES = 260;
/** Where the owner's part ends: everything after it is links for developers. */
const DEVELOPERS = '\n## For developers and maintainers\n';
/** Words an owner cannot judge, none of them in the owner's part. */
const DEVELOPER_WORDS = [/gzip/i, /\bCDN\b/, /SHA-?384/i, /classic or module script/i, /\bAJAX\b/i, /\bVelo\b/i, /seoMarkup/i, /::part\(/, /custom propert/i];

/** What is wrong with a README's text for an owner, as messages ([] when nothing). */
export function problems(readme, bugsUrl) {
  const found = [];
  const lines = readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) found.push(`${lines} lines, over ${MAX_LINES}`);
  const end = readme.indexOf(DEVELOPERS);
  if (end < 0) found.push(`no "${DEVELOPERS.trim()}" section`);
  const owners = end < 0 ? readme : readme.slice(0, end);
  for (const word of DEVELOPER_WORDS) {
    const match = word.exec(owners);
    if (match) found.push(`developer word "${match[0]}" in the owner's part`);
  }
  // Only true when the widget is the first thing in the post: not a promise the README can make.
  if (/first screen/i.test(owners)) found.push('says something is "in the first screen"');
  if (!owners.includes(bugsUrl)) found.push(`does not show how to reach the makers (${bugsUrl})`);
  for (const command of ['npm install && npm start', 'npm test']) if (!owners.includes(command)) found.push(`no "${command}"`);
  return found;
}

const { bugs } = JSON.parse(readFileSync('package.json', 'utf8'));

test('the README: at most 260 lines, no developer words before the developers\' section, the makers and the set-up commands', () => {
  assert.deepEqual(problems(readFileSync('README.md', 'utf8'), bugs.url), []);
});

test('the checker finds each problem', () => {
  const good = `# x\nAsk ${bugs.url}\n\`npm install && npm start\`, then \`npm test\`.\n${DEVELOPERS}Uses a CDN and ::part().\n`;
  const cases = [
    [good, []],
    [good.replace('# x', 'It is 12 KiB gzipped.'), [/developer word "gzip"/]],
    [good.replace('# x', 'Served from a CDN, checked with SHA-384.'), [/"CDN"/, /"SHA-384"/]],
    [good.replace('# x', 'Style it with ::part() and custom properties; Velo sets seoMarkup.'), [/"Velo"/, /"seoMarkup"/, /"::part\("/, /"custom propert"/]],
    [good.replace('# x', 'The 988 line is in the first screen of a phone.'), [/first screen/]],
    [good.replace(bugs.url, 'https://example.com'), [/reach the makers/]],
    [good.replace(DEVELOPERS, '\n'), [/no "## For developers and maintainers" section/, /"CDN"/, /"::part\("/]],
    [`${'line\n'.repeat(MAX_LINES)}${good}`, [/lines, over 260/]],
  ];
  for (const [text, expected] of cases) {
    const found = problems(text, bugs.url);
    assert.equal(found.length, expected.length, `${JSON.stringify(found)}`);
    expected.forEach((pattern, i) => assert.match(found[i], pattern));
  }
});

test('the docs the README links to exist, and the API tables are in docs/api.md', () => {
  const readme = readFileSync('README.md', 'utf8');
  const links = [...readme.matchAll(/\]\((docs\/[\w.-]+\.md)(#[\w-]+)?\)/g)].map((m) => m[1]);
  assert.ok(links.length >= 3, 'links to docs/');
  for (const file of links) assert.ok(existsSync(file), file);
  assert.match(readFileSync('docs/api.md', 'utf8'), /<!-- api:start[\s\S]*### Attributes of `<ketamine-compare>`[\s\S]*<!-- api:end -->/);
  assert.ok(!readme.includes('<!-- api:start'), 'the API tables left the README');
});
