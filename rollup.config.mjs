// One self-contained file a site owner loads with one <script> tag.
// IIFE, not ESM: an IIFE runs the same as a classic <script src> and as <script type="module" src>,
// and Squarespace/Wix load it either way (see ../shared/embedding.md).
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Emits the Spanish dataset next to the script, minified; the element fetches it only when a page asks for Spanish. */
const lazyLanguages = () => ({
  name: 'lazy-languages',
  generateBundle() {
    const es = JSON.parse(readFileSync('src/data/es.json', 'utf8'));
    this.emitFile({ type: 'asset', fileName: 'ketamine-compare.es.json', source: JSON.stringify(es) });
  },
});

/** `$schema` in the datasets is for editors (validation as you type); the bundle has no use for it. */
const stripSchemaKey = () => ({
  name: 'strip-schema-key',
  transform(code, id) {
    if (!id.endsWith('.json') || id.endsWith('schema.json')) return null;
    const { $schema, ...data } = JSON.parse(code);
    return { code: JSON.stringify(data), map: null };
  },
});

const plugins = () => [
  nodeResolve(),
  stripSchemaKey(),
  json({ compact: true, preferConst: true }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmitOnError: true }),
  // Lit's html`` and css`` templates keep their indentation otherwise: about 1 KiB gzipped of whitespace.
  minifyTemplateLiterals({ failOnError: true }),
  terser({ ecma: 2021, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
];

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/ketamine-compare.js', format: 'iife' },
    plugins: [...plugins(), lazyLanguages()],
  },
  // Loaded with import() only when a page gives a custom dataset (see src/datasets.ts).
  {
    input: 'src/custom.ts',
    output: { file: 'dist/ketamine-compare.custom.js', format: 'es' },
    plugins: plugins(),
  },
];
