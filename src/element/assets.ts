/**
 * The files that load later (another language, the rows that start hidden, the custom-dataset checker) live
 * next to the script itself, wherever an owner hosts it (a CDN, their own site), and are loaded as classic
 * scripts: the `script-src` a page already allows for the widget covers them (no `connect-src` needed under a
 * strict Content-Security-Policy), and each is checked against the SHA-384 hash the build wrote into this
 * script (Subresource Integrity), so a pinned, integrity-checked snippet pins them too. Each file hands its
 * value to the script element that loaded it (see `lazyFile` in rollup.config.mjs): nothing on `window`.
 */
import { HANDOFF, type HandOver } from './handoff.js';
import { PREFIX } from './model.js';

/** True in the ES module builds for npm (set by rollup.config.mjs); those know their own URL. */
declare const __MODULE__: boolean;
/** File name to `sha384-…`, written by the build; absent when tests run the sources. */
declare const __INTEGRITY__: Record<string, string>;
const integrity: Record<string, string> = typeof __INTEGRITY__ !== 'undefined' ? __INTEGRITY__ : {};

/** A file that has not arrived by then counts as failed: a network wait never hangs the widget. */
export const LOAD_LIMIT_MS = 10_000;

// The script-tag file: document.currentScript is set only while a classic script first runs; loaded as
// <script type="module"> there is none, so find our own tag by its file name. Failing both (tests run the
// sources as modules), the page's own dist/ folder.
const scriptUrl =
  (typeof __MODULE__ !== 'undefined' && __MODULE__ && import.meta.url) ||
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="ketamine-compare"]')?.src ||
  new URL('dist/', document.baseURI).href;

/** The URL of a file that sits next to the script. */
export const assetUrl = (file: string) => new URL(file, scriptUrl).href;

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}
let policy: { createScriptURL(url: string): string } | undefined;

/** A script URL as a page with `require-trusted-types-for 'script'` accepts it (policy "ketamine-compare"). */
function trusted(url: string) {
  const types = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  // Only URLs this module builds from the script's own folder ever pass through the policy.
  if (types) policy ??= types.createPolicy('ketamine-compare', { createScriptURL: (url) => url });
  return policy ? policy.createScriptURL(url) : url;
}

/**
 * Loads one of the files next to the script and resolves with the value it hands over. Rejects (never throws)
 * when the file is missing, fails its integrity check, is blocked, or has not arrived within LOAD_LIMIT_MS.
 * `attempt` > 0 adds a query, so a retry after a failure asks the network again.
 */
export function loadFile<T>(file: string, attempt = 0): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const script = document.createElement('script') as HandOver<T>;
    const url = assetUrl(file) + (attempt ? `?retry=${attempt}` : '');
    const done = (problem?: string) => {
      clearTimeout(timer);
      script.remove();
      if (!problem && script[HANDOFF] !== undefined) return resolve(script[HANDOFF]);
      console.error(`${PREFIX} could not load ${url} (${problem ?? 'it did not hand over its content'}).`);
      reject(new Error(problem));
    };
    const timer = setTimeout(done, LOAD_LIMIT_MS, `no answer within ${LOAD_LIMIT_MS / 1000} seconds`);
    script.onload = () => done();
    script.onerror = () => done('missing, blocked, or failed its integrity check');
    script.crossOrigin = 'anonymous'; // no cookies; and Subresource Integrity needs CORS across origins
    if (integrity[file]) script.integrity = integrity[file];
    try {
      script.src = trusted(url) as string;
      (document.head ?? document.documentElement).append(script);
    } catch (error) {
      // A page whose Trusted Types policy list leaves out "ketamine-compare" refuses the URL.
      done(`refused: ${(error as Error).message}`);
    }
  });
}
