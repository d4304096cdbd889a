// One self-contained file a site owner loads with one <script> tag.
// IIFE, not ESM: an IIFE runs the same as a classic <script src> and as <script type="module" src>,
// and Squarespace/Wix load it either way (see ../shared/embedding.md).
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Emits the Spanish dataset next to the script, minified; the element fetches it only when a page asks for Spanish. */
const lazyLanguages = () => ({
  name: 'lazy-languages',
  generateBundle() {
    const es = compact(JSON.parse(readFileSync('src/data/es.json', 'utf8')));
    this.emitFile({ type: 'asset', fileName: 'ketamine-compare.es.json', source: JSON.stringify(es) });
  },
});

/**
 * Shipped datasets lose what only editors and authors need: `$schema`, `nextReview` (the element shows the date
 * of the last review, not the next), and readable source ids, which become their list numbers (source ids are
 * internal cross references; row and approach ids are public and stay). About 130 bytes gzipped, with no code
 * to undo it at run time. The files in src/data/ keep their names.
 */
function compact({ $schema, nextReview, ...data }) {
  const short = new Map(data.sources.map((source, i) => [source.id, String(i + 1)]));
  data.sources = data.sources.map((source) => ({ ...source, id: short.get(source.id) }));
  for (const byApproach of Object.values(data.cells))
    for (const points of Object.values(byApproach)) for (const point of points) point.sources = point.sources.map((id) => short.get(id));
  return data;
}

const compactDatasets = () => ({
  name: 'compact-datasets',
  transform(code, id) {
    if (!/[\\/]data[\\/][a-z]{2}\.json$/.test(id)) return null;
    // JSON.parse('…') rather than an object literal: V8 parses JSON faster than the same data as JavaScript
    // (https://v8.dev/blog/cost-of-javascript-2019#json), and the data is half the script.
    const json = JSON.stringify(compact(JSON.parse(code)));
    return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null };
  },
});

const plugins = ({ module = false, minify = true } = {}) => [
  replace({ preventAssignment: true, values: { __MODULE__: String(module) } }),
  nodeResolve(),
  compactDatasets(),
  json({ compact: true, preferConst: true, exclude: /[\\/]data[\\/][a-z]{2}\.json$/ }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmitOnError: true }),
  // Lit's html`` and css`` templates keep their indentation otherwise: about 300 bytes gzipped (measured).
  minifyTemplateLiterals({ failOnError: true }),
  // Keep the IIFE in parentheses: V8 compiles a parenthesized function at once instead of pre-parsing the whole
  // bundle and parsing it again when it runs (https://v8.dev/blog/preparser#pife).
  minify && terser({ ecma: 2021, compress: { passes: 3, unsafe_arrows: true, negate_iife: false }, format: { comments: false, wrap_iife: true } }),
];

export default [
  {
    input: 'src/element/define.ts',
    output: { file: 'dist/ketamine-compare.js', format: 'iife' },
    plugins: [...plugins(), lazyLanguages()],
  },
  // Loaded with import() only when a page gives a custom dataset (see src/element/datasets.ts).
  {
    input: 'src/custom/custom.ts',
    output: { file: 'dist/ketamine-compare.custom.js', format: 'es' },
    plugins: plugins(),
  },
  // demo/configurator.html's code: the snippet builder (with both datasets, for the fallback table).
  {
    input: 'src/configurator/configurator.ts',
    output: { file: 'dist/configurator.js', format: 'es' },
    plugins: [replace({ preventAssignment: true, values: { __VERSION__: JSON.stringify(version) } }), ...plugins()],
  },
  // For npm and bundlers: ES modules with Lit left as a dependency (one copy per app), not minified (the app's
  // bundler does that). `index` exports the class; `define` registers the tag.
  {
    input: { index: 'src/element/index.ts', define: 'src/element/define.ts' },
    external: [/^lit(\/|$)/],
    // The shared chunk sits beside the entries: it finds the Spanish file and the checker next to itself.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'element.js' },
    plugins: plugins({ module: true, minify: false }),
  },
];
