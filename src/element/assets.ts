/**
 * Where the files that load later (the Spanish dataset, the custom-dataset reader) live: next to the script
 * itself, wherever an owner hosts it (a CDN, their own site).
 */

/** True in the ES module builds for npm (set by rollup.config.mjs); those know their own URL. */
declare const __MODULE__: boolean;

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
