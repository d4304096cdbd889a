/**
 * The script tag's files that load later (another language, the rows that start hidden, the custom-dataset
 * checker: see parts.ts) live next to the script itself, wherever an owner hosts it (a CDN, their own site), and
 * are loaded as classic scripts: the `script-src` a page already allows for the widget covers them (no
 * `connect-src` needed under a strict Content-Security-Policy), and each is checked against the SHA-256 hash the
 * build wrote into this script (Subresource Integrity), so a pinned, integrity-checked snippet pins them too. Each file hands its
 * value to the script element that loaded it (see `lazyFile` in rollup.config.mjs): nothing on `window`.
 */
import { HANDOFF, type HandOver } from './handoff.js';
import { LOAD_LIMIT_MS } from './limit.js';
import { PREFIX } from './model.js';
import { createPolicy, types } from './trusted-types.js';

/** Part name (see parts.ts) to its file's `sha256-…`, written by the build; absent when tests run the sources. */
declare const __INTEGRITY__: Record<string, string>;
const integrity: Record<string, string> = typeof __INTEGRITY__ !== 'undefined' ? __INTEGRITY__ : {};


// The script-tag file: document.currentScript is set only while a classic script first runs; loaded as
// <script type="module"> there is none, so find our own tag by its file name. Failing both (tests run the
// sources as modules), the page's own dist/ folder.
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="ketamine-compare"]')?.src ||
  new URL('dist/', document.baseURI).href;

/** The URL of a file that sits next to the script. */
export const assetUrl = (file: string) => new URL(file, scriptUrl).href;

let policy: { createScriptURL(url: string): string } | undefined;

/** A script URL as a page with `require-trusted-types-for 'script'` accepts it (policy "ketamine-compare"). */
function trusted(url: string) {
  // Only URLs this module builds from the script's own folder ever pass through the policy.
  if (types) policy ??= createPolicy('ketamine-compare', { createScriptURL: (url: string) => url });
  return policy ? policy.createScriptURL(url) : url;
}

/**
 * Loads a part's file next to the script, `ketamine-compare.<part>.js`, and resolves with the value it hands
 * over. Rejects (never throws) when the file is missing, fails its integrity check, is blocked, or has not
 * arrived within LOAD_LIMIT_MS.
 * `attempt` > 0 adds a query, so a retry after a failure asks the network again.
 *
 * Never holds the page's `load` event: a script element added to the page holds it until the file has come,
 * even once the element is removed, so a hanging server would hold the owner's whole page (its analytics, lazy
 * images, theme scripts). A `<link rel="preload">` does not, in Chromium, Firefox and WebKit: before the page has
 * loaded, the file is preloaded first, then run by a script element from the preload, which then takes no network
 * time.
 */
export function loadFile<T>(part: string, attempt = 0): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const url = assetUrl(`ketamine-compare.${part}.js`) + (attempt ? `?retry=${attempt}` : '');
    // The page's own tag for it, before the script (a page written by hand in another language than the bundled
    // one, without the plain copy: docs/api.md): its value is here already, so that language's first view is drawn
    // before the first paint. Only the exact address is found (a query, as `?ver=`, is another file).
    const given = ([...document.scripts].find((tag) => tag.src == url) as HandOver<T> | undefined)?.[HANDOFF];
    if (given !== undefined) return resolve(given);
    const script = document.createElement('script') as HandOver<T>;
    const preload = document.createElement('link');
    const done = (problem?: string) => {
      clearTimeout(timer);
      script.remove();
      preload.remove();
      if (!problem && script[HANDOFF] !== undefined) return resolve(script[HANDOFF]);
      console.error(`${PREFIX} could not load ${url} (${problem ?? 'it handed over nothing'}).`);
      reject(new Error(problem));
    };
    const timer = setTimeout(done, LOAD_LIMIT_MS, `no answer within ${LOAD_LIMIT_MS / 1000} seconds`);
    const failed = () => done('missing, blocked, or failed its integrity check');
    const head = document.head ?? document.documentElement;
    // The same request for both (no cookies; Subresource Integrity needs CORS across origins), so the script
    // element takes the preloaded response.
    for (const fetcher of [script, preload]) {
      fetcher.crossOrigin = 'anonymous';
      if (integrity[part]) fetcher.integrity = integrity[part];
    }
    script.onload = () => done();
    script.onerror = preload.onerror = failed;
    try {
      const trustedUrl = trusted(url) as string;
      const run = () => ((script.src = trustedUrl), head.append(script));
      // Once the page has loaded there is no load event left to hold: the script element fetches the file itself,
      // one step instead of two (the preload's task, then the script's own fetch from it: about 30 ms at 4x CPU, in
      // the bench's delayed toggle, a row asked for before the page was idle).
      if (document.readyState == 'complete') return run();
      preload.onload = run;
      preload.rel = 'preload';
      preload.as = 'script';
      preload.href = url;
      head.append(preload);
    } catch (error) {
      // A page whose Trusted Types policy list leaves out "ketamine-compare" refuses the URL.
      done(`refused: ${(error as Error).message}`);
    }
  });
}
