// One self-contained file a site owner loads with one <script> tag, and the files it loads later beside it.
// IIFE, not ESM: an IIFE runs the same as a classic <script src> and as <script type="module" src>,
// and Squarespace/Wix load it either way.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import json from '@rollup/plugin-json';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { DATA_DIR, HANDOFF, jsonModule, languages, lazyDataFiles, readDataset, split, sri, unavailableWords } from './scripts/datasets.mjs';

const { version, bugs } = JSON.parse(readFileSync('package.json', 'utf8'));
const CUSTOM = 'ketamine-compare.custom.js';

/**
 * The datasets (scripts/datasets.mjs): the one the element imports is bundled as the cells of its core rows
 * only; every language's other cells, and every other language, are written next to the script as files it
 * loads later, and their integrity hashes (and the checker's, built first) into the code that loads them, so a
 * snippet that pins this script by its hash pins them too. Other JSON (the checker's schema) goes to the json
 * plugin.
 */
const DATASET = /[\\/]data[\\/]([a-z]{2,3}(-[a-z0-9]+)*)\.json$/i;
const datasets = ({ lazy }) => {
  let files;
  let bundled;
  return {
    name: 'datasets',
    buildStart() {
      files = lazy ? lazyDataFiles() : {};
    },
    transform(code, id) {
      const match = DATASET.exec(id);
      if (!match) return null;
      bundled = match[1];
      // `ui.unavailable` is in the element already, for every language (__UNAVAILABLE__ below): not twice.
      const { ui: { unavailable, ...ui }, ...data } = JSON.parse(code);
      return { code: jsonModule(split({ ...data, ui }).core), map: null };
    },
    // Before terser (see plugins()), once every module is in: the bundled language's own file is never loaded.
    renderChunk(code) {
      if (!lazy || !code.includes('__INTEGRITY__')) return null;
      // By part name (src/element/parts.ts): `es` for ketamine-compare.es.js.
      const part = (file) => file.slice('ketamine-compare.'.length, -'.js'.length);
      const hashes = Object.fromEntries(Object.entries(files).filter(([file]) => file !== `ketamine-compare.${bundled}.js`).map(([file, content]) => [part(file), sri(content, 'sha256')]));
      hashes[part(CUSTOM)] = sri(readFileSync(`dist/${CUSTOM}`), 'sha256');
      return { code: code.replaceAll('__INTEGRITY__', JSON.stringify(hashes)), map: null };
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source });
    },
  };
};

/**
 * For the configurator: `ketamine-compare:datasets`, every language's dataset whole (its static copy of the
 * table needs all the cells and sources), written from the languages the build finds; and the integrity hash of
 * the dist/ketamine-compare.js just built (the entry before it), for the snippet's script tag.
 */
const configurator = () => {
  const DATASETS = 'ketamine-compare:datasets';
  return {
    name: 'configurator',
    resolveId: (id) => (id === DATASETS ? `\0${DATASETS}` : null),
    load(id) {
      if (id !== `\0${DATASETS}`) return null;
      const langs = languages();
      return [
        ...langs.map((lang, i) => `import d${i} from ${JSON.stringify(resolve(DATA_DIR, `${lang}.json`))};`),
        `export default { ${langs.map((lang, i) => `${JSON.stringify(lang)}: d${i}`).join(', ')} };`,
      ].join('\n');
    },
    // Before terser (listed first): the hash is read once the main script is written.
    renderChunk(code) {
      if (!code.includes('__SCRIPT_INTEGRITY__')) return null;
      return { code: code.replaceAll('__SCRIPT_INTEGRITY__', JSON.stringify(sri(readFileSync('dist/ketamine-compare.js')))), map: null };
    },
  };
};

/**
 * For the npm ES build: the parts of the widget that the script tag loads as files beside it (src/element/parts.ts)
 * are JavaScript modules here instead, imported with `import()` by src/element/parts.module.ts, so that an app's
 * bundler follows them and emits each as a chunk: `data/<lang>.js` (a language's first view; the bundled
 * language's is in the element and never imported), `data/<lang>.later.js` (its other rows and sources) and
 * `custom.js` (the checker). Each data module is `export default JSON.parse('…')`. See docs/bundlers.md.
 */
const PARTS = 'ketamine-compare:parts';
const DATA = '\0ketamine-compare:data/';
const esParts = () => ({
  name: 'es-parts',
  resolveId(source, importer) {
    if (source === './parts.js' && importer === resolve('src/element/datasets.ts')) return resolve('src/element/parts.module.ts');
    if (source === PARTS) return `\0${PARTS}`;
    if (source.startsWith(DATA)) return source;
    return null;
  },
  load(id) {
    if (id === `\0${PARTS}`) {
      const imports = languages().flatMap((lang) => [lang, `${lang}.later`]).map((part) => `${JSON.stringify(part)}: () => import(${JSON.stringify(DATA + part)})`);
      imports.push(`custom: () => import(${JSON.stringify(resolve('src/custom/custom.ts'))})`);
      return `export const parts = {\n  ${imports.join(',\n  ')}\n};\n`;
    }
    if (!id.startsWith(DATA)) return null;
    const [, lang, later] = /^([^.]+)(\.later)?$/.exec(id.slice(DATA.length));
    const { core, later: rest } = split(readDataset(lang));
    return jsonModule(later ? rest : core);
  },
});
/** Where each chunk of the npm ES build goes: the parts under their names, the code the entries share as element.js. */
const chunkFileNames = (chunk) => {
  const id = chunk.facadeModuleId ?? '';
  if (id.startsWith(DATA)) return `data/${id.slice(DATA.length)}.js`;
  if (id.endsWith('custom.ts')) return 'custom.js';
  return 'element.js';
};

/**
 * Every character past ASCII written as `\uXXXX`, after the minifier (which escapes strings but not templates):
 * the same code in strings, templates (Lit reads their cooked text), regular expressions and names. A classic
 * script is decoded in the charset its server names, else in the page's: on a windows-1252 blog, UTF-8 "¿"
 * reads "Â¿". ASCII reads the same in every charset a page can have, and stays so when an optimizer bundles
 * or re-serves the file (which would strip or bury a byte order mark). Smaller gzipped too: 26 B in the script.
 * The data files the script loads take a byte order mark instead (`BOM`, scripts/datasets.mjs).
 */
const ascii = () => ({
  name: 'ascii',
  renderChunk: (code) => ({ code: code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), map: null }),
});

/**
 * For the script tag's own copy of Lit: without the hooks for other scripts (the ShadyDOM polyfill's support,
 * @lit-labs/ssr-client's hydration) and the list of Lit versions on the page, which only tools read. None is for a
 * widget no server renders, on browsers with shadow DOM; they cost 139 bytes gzipped (measured). The npm build
 * imports the app's Lit, untouched. Fails the build if a Lit release writes them otherwise, so none is kept unseen.
 */
const LIT_HOOKS = [/\w+\.\w+(Polyfill|Hydrate)Support\b/g, /\(\w+\.\w+Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g];
const litHooks = () => ({
  name: 'lit-hooks',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/](lit-element|lit-html|@lit[\\/]reactive-element)[\\/](lit-element|lit-html|reactive-element)\.js$/.test(id)) return null;
    for (const hook of LIT_HOOKS) {
      // In parentheses: `void 0?.(x)` reads as `void (0?.(x))`, which throws.
      const without = code.replace(hook, '(void 0)');
      if (without === code) this.error(`${id}: ${hook} not found; Lit changed (rollup.config.mjs, LIT_HOOKS)`);
      code = without;
    }
    return { code, map: null };
  },
});

/**
 * In the script tag's file only: the element's private fields and methods (view state, derived values, its own
 * handlers), which nothing outside the element reads, shortened like local names (121 B gzipped, measured). Listed
 * by name: public names (attributes, events' details), Lit's (`handleEvent`, which the browser calls) and the
 * datasets' keys (read from JSON text, which is not renamed) must keep theirs. Terser gives them names no other
 * property in the file has.
 */
const PRIVATE = /^(shownRows|rowOrder|rowToggles|shownApproaches|rowsOpen|sourcesOpen|openRows|keepOneShown|announcement|accentStyle|headingFont|listed|announce|reveal|handle(Toggle|Approach|Details|Sources|More|Retry)Click|handlePrint|handleSlotChange)$/;
// A public name of the element's (custom-elements.json, the API) in that list would break it: the build says so.
// (A copy of the project made to build in, as tests/node/languages.test.mjs makes, may have no manifest.)
const publicNames = JSON.parse(existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '{"modules":[]}')
  .modules.flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => [...(declaration.members ?? []).filter((member) => member.privacy !== 'private').map((member) => member.name), ...(declaration.attributes ?? []).map((attribute) => attribute.fieldName)]);
// So would a dataset's key (the datasets are JSON text, whose keys are not renamed: `ui.keepOne` was, and the
// note that one approach stays on went blank): every property name the schema names.
const datasetKeys = [...readFileSync(join(DATA_DIR, 'schema.json'), 'utf8').matchAll(/"(\w+)"\s*:/g)].map(([, key]) => key);
const clash = [...publicNames, ...datasetKeys].filter((name) => PRIVATE.test(name ?? ''));
if (clash.length) throw new Error(`rollup.config.mjs: PRIVATE lists public names of the element or dataset keys: ${[...new Set(clash)].join(', ')}`);

const plugins = ({ minify = true, core = true, lazy = false, shortenPrivate = false } = {}) => [
  replace({
    preventAssignment: true,
    values: {
      __LANGUAGES__: JSON.stringify(languages()),
      __UNAVAILABLE__: JSON.stringify(unavailableWords()),
      __HANDOFF__: JSON.stringify(HANDOFF),
      __VERSION__: JSON.stringify(version),
      __MAKERS__: JSON.stringify(bugs.url),
    },
  }),
  nodeResolve(),
  minify && litHooks(),
  core && datasets({ lazy }),
  json({ compact: true, preferConst: true, exclude: core ? DATASET : undefined }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmitOnError: true }),
  // The css`` template keeps its indentation otherwise: about 300 bytes gzipped (measured).
  minifyTemplateLiterals({ failOnError: true }),
  // Keep the IIFE in parentheses: V8 compiles a parenthesized function at once instead of pre-parsing the whole
  // bundle and parsing it again when it runs (https://v8.dev/blog/preparser#pife). `module`: the code is strict
  // and its top level is the IIFE's (or the module's) own scope, so its names may be shortened (9 B gzipped).
  minify && terser({ ecma: 2021, module: true, compress: { passes: 3, unsafe_arrows: true, negate_iife: false }, mangle: shortenPrivate ? { properties: { regex: PRIVATE } } : true, format: { comments: false, wrap_iife: true } }),
  minify && ascii(),
];

export default [
  // Loaded only when a page gives a custom dataset (see src/element/datasets.ts). Built first: the script
  // below carries its hash.
  {
    input: 'src/custom/file.ts',
    output: { file: `dist/${CUSTOM}`, format: 'iife' },
    plugins: plugins(),
  },
  {
    input: 'src/element/define.ts',
    output: { file: 'dist/ketamine-compare.js', format: 'iife' },
    plugins: plugins({ lazy: true, shortenPrivate: true }),
  },
  // demo/configurator.html's code: the snippet builder, with whole datasets for its static copy of the table.
  // After the script above: the snippet carries that file's integrity hash.
  {
    input: 'src/configurator/configurator.ts',
    output: { file: 'dist/configurator.js', format: 'es' },
    plugins: [configurator(), ...plugins({ core: false })],
  },
  // For npm and bundlers: ES modules, not minified (the app's bundler does that). `index` exports the class;
  // `define` registers the tag. The shared chunk sits beside the entries, and the parts loaded later are
  // modules the app's bundler follows (esParts above). Lit is the app's to share: imported, not bundled (the
  // script-tag file above carries its own copy).
  {
    input: { index: 'src/element/index.ts', define: 'src/element/define.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames },
    external: [/^lit(\/|$)/],
    plugins: [esParts(), ...plugins({ minify: false })],
  },
];
