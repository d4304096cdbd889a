// The demo pages, written from the named scenarios (demo/scenarios.mjs).
//   node scripts/demos.mjs          write demo/<id>.html for every scenario
//   node scripts/demos.mjs --check  fail if a page is out of date (npm test runs this)
import { readFileSync, writeFileSync } from 'node:fs';
import { SCENARIOS, pageHtml } from '../demo/scenarios.mjs';

const check = process.argv.includes('--check');
const stale = [];
for (const scenario of SCENARIOS) {
  const file = `demo/${scenario.id}.html`;
  const html = pageHtml(scenario);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current === html) continue;
  if (check) stale.push(file);
  else writeFileSync(file, html);
}
if (stale.length) {
  console.error(`demos: ${stale.join(', ')} out of date with demo/scenarios.mjs; run npm run demos and commit.`);
  process.exit(1);
}
console.log(check ? 'demos: every demo page matches its scenario.' : `demos: wrote ${SCENARIOS.length} pages from demo/scenarios.mjs.`);
