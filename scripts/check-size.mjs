// `npm run size`: what each built file costs a visitor, where the script tag's bytes go, and a failure when the
// script tag's file is over budget.
//
// Budget: 12 KiB gzipped for dist/ketamine-compare.js, the one file every visitor of every page downloads:
// what the first screen needs (the element, its styles, the bundled language's words, crisis lines,
// disclaimers and first rows). Everything else comes later, from the files beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 12 * 1024;
const MAIN = 'ketamine-compare.js';

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** When a page loads each file beside the script (see src/element/datasets.ts and assets.ts). */
function loaded(file) {
  if (file === MAIN) return 'always';
  if (file === 'ketamine-compare.custom.js') return 'custom datasets only';
  const [, lang, later] = /^ketamine-compare\.([a-z-]+)\.(later\.)?js$/.exec(file) ?? [];
  if (later) return `after the first screen (${lang} pages)`;
  if (lang) return `before the first screen (${lang} pages; never for the bundled language)`;
  return '?';
}

// The files a browser loads from the CDN; the npm build (index.js, define.js, element.js, types/) is the app's to bundle.
let rows;
try {
  rows = readdirSync('dist').filter((file) => file.startsWith('ketamine-compare.')).sort();
} catch {
  rows = [];
}
if (!rows.includes(MAIN)) {
  console.error(`size: dist/${MAIN} is missing; run npm run build first.`);
  process.exit(1);
}
console.table(
  Object.fromEntries(
    rows.map((file) => {
      const bytes = readFileSync(`dist/${file}`);
      return [file, { raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes), loaded: loaded(file) }];
    }),
  ),
);

// Where the script tag's bytes go. Each part's cost is what the file would save without it (gzip shares a
// dictionary across the file, so parts cost less together than alone); what is left is the element's code.
const main = readFileSync(`dist/${MAIN}`, 'utf8');
const total = gzip(main);
const parts = {
  'bundled dataset (JSON)': /JSON\.parse\('(?:[^'\\]|\\.)*'\)/.exec(main)?.[0],
  styles: /`:host\{[^`]*`/.exec(main)?.[0],
  'integrity hashes of the files beside it': /\{"ketamine-compare\.[^}]*\}/.exec(main)?.[0],
};
const breakdown = {};
let attributed = 0;
for (const [name, text] of Object.entries(parts)) {
  if (!text) throw new Error(`size: could not find the ${name} in dist/${MAIN}; update scripts/check-size.mjs`);
  const cost = total - gzip(main.replace(text, '0'));
  attributed += cost;
  breakdown[name] = { gzip: cost, share: `${Math.round((100 * cost) / total)}%` };
}
breakdown['element code (no framework)'] = { gzip: total - attributed, share: `${Math.round((100 * (total - attributed)) / total)}%` };
console.log(`\nWhere dist/${MAIN}'s ${total} gzipped bytes go:`);
console.table(breakdown);

const left = BUDGET - total;
console.log(`size: dist/${MAIN} is ${total} bytes gzipped, ${left >= 0 ? `${left} under` : `${-left} OVER`} the ${BUDGET}-byte budget.`);
process.exit(left >= 0 ? 0 : 1);
