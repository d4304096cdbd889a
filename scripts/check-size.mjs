// Prints what each built file costs a visitor, and fails when the script tag's file is over budget.
// Budget: 14 KiB gzipped, about what fits in the first TCP round trip (10 packets).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 14 * 1024;
const MAIN = 'ketamine-compare.js';

// The files a browser loads from the CDN; the npm build (index.js, define.js, chunks/, types/) is the app's to bundle.
const rows = readdirSync('dist').filter((file) => file.startsWith('ketamine-compare.')).sort().map((file) => {
  const bytes = readFileSync(`dist/${file}`);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
console.table(Object.fromEntries(rows.map(({ file, ...sizes }) => [file, sizes])));

const main = rows.find((row) => row.file === MAIN);
if (!main) {
  console.error(`size: dist/${MAIN} is missing; run npm run build first.`);
  process.exit(1);
}
const left = BUDGET - main.gzip;
console.log(`size: dist/${MAIN} is ${main.gzip} bytes gzipped, ${left >= 0 ? `${left} under` : `${-left} OVER`} the ${BUDGET}-byte budget.`);
process.exit(left >= 0 ? 0 : 1);
