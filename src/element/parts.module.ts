/**
 * The npm ES build's way to load the parts of the widget that are not in its first file (see parts.ts for the
 * script tag's): `import()` of JavaScript modules beside the build (`dist/data/<lang>.js`,
 * `dist/data/<lang>.later.js`, `dist/custom.js`), written as plain relative paths, so that webpack, Vite,
 * esbuild and Rollup follow them and emit each part as a chunk of the app, served from wherever the app is. A
 * URL built from `import.meta.url` and fetched would not be followed (webpack rewrites it to the build machine's
 * `file://` path; Vite's dev server answers 404). rollup.config.mjs puts this module in place of parts.ts.
 */
import { parts } from 'ketamine-compare:parts';
import { LOAD_LIMIT_MS } from './limit.js';
import { PREFIX } from './model.js';

/**
 * Loads a part, with the same time limit as the script tag's files. A browser keeps a failed module import
 * failed for the page's life, so `retry` can only try again where the app's bundler loads chunks its own way
 * (webpack does).
 */
export function loadPart<T>(part: string, _retry = false): Promise<T> {
  const load = parts[part];
  return new Promise<T>((resolve, reject) => {
    const fail = (problem: string) => {
      console.error(`${PREFIX} could not load the part "${part}" (${problem}).`);
      reject(new Error(problem));
    };
    const timer = setTimeout(fail, LOAD_LIMIT_MS, `no answer within ${LOAD_LIMIT_MS / 1000} seconds`);
    if (!load) return fail('no such part');
    load().then(
      // A data part is its default export; the checker is the module itself.
      (module) => (clearTimeout(timer), resolve(('default' in module ? module.default : module) as T)),
      (error: Error) => (clearTimeout(timer), fail(error?.message ?? String(error))),
    );
  });
}
