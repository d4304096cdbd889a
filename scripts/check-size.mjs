// `npm run size`: what each built file costs a visitor, where the script tag's bytes go (Lit on a line of its
// own), and a failure when the script tag's file is over budget.
//
// Budget: 18 KiB gzipped for dist/ketamine-compare.js, the one file every visitor of every page downloads:
// what the first screen needs (Lit, the element, its styles, the bundled language's words, crisis lines,
// disclaimers and first rows). Everything else comes later, from the files beside it. The aim is 14 KiB brotli
// (one TCP initial congestion window: a phone on a cold connection gets the file in one round trip).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const BUDGET = 18 * 1024;
const AIM_BROTLI = 14 * 1024;
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
  // The minifier leaves a key that is a plain name unquoted: {"en.later":"sha256-…",es:"sha256-…"}.
  'integrity hashes of the files beside it': /\{(?:"[\w.-]+"|\w+):"sha\d+-[^}]*\}/.exec(main)?.[0],
};
const breakdown = {};
let attributed = 0;
for (const [name, text] of Object.entries(parts)) {
  if (!text) throw new Error(`size: could not find the ${name} in dist/${MAIN}; update scripts/check-size.mjs`);
  const cost = total - gzip(main.replace(text, '0'));
  attributed += cost;
  breakdown[name] = { gzip: cost, share: `${Math.round((100 * cost) / total)}%` };
}
// Lit: the parts of it the element imports, bundled and minified alone the same way (an estimate: alone, it
// shares no gzip dictionary with the rest).
const litAlone = await litBytes();
attributed += litAlone;
breakdown['Lit (LitElement, decorators, repeat), alone'] = { gzip: litAlone, share: `${Math.round((100 * litAlone) / total)}%` };
breakdown['element code'] = { gzip: total - attributed, share: `${Math.round((100 * (total - attributed)) / total)}%` };
console.log(`\nWhere dist/${MAIN}'s ${total} gzipped bytes go:`);
console.table(breakdown);

const left = BUDGET - total;
const brotliTotal = brotli(main);
console.log(`size: dist/${MAIN} is ${total} bytes gzipped, ${left >= 0 ? `${left} under` : `${-left} OVER`} the ${BUDGET}-byte budget; ${brotliTotal} bytes brotli (aim: ${AIM_BROTLI}, ${brotliTotal <= AIM_BROTLI ? 'met' : `${brotliTotal - AIM_BROTLI} over`}).`);
process.exit(left >= 0 ? 0 : 1);

/** Gzipped bytes of the Lit the element uses, bundled and minified as the script is (rollup.config.mjs). */
async function litBytes() {
  const entry = '\0lit-alone';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'lit-alone',
        resolveId: (id) => (id === entry ? id : null),
        // What the element imports from Lit, used, so nothing is shaken off that the element keeps.
        load: (id) =>
          id === entry
            ? `import { LitElement, html, css, nothing } from 'lit'; import { property, state } from 'lit/decorators.js'; import { repeat } from 'lit/directives/repeat.js';
               globalThis.x = [LitElement, html, css, nothing, property, state, repeat];`
            : null,
      },
      nodeResolve(),
      terser({ ecma: 2021, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  return gzip(output[0].code);
}
