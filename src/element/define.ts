/**
 * The script-tag entry: registers <ketamine-compare>. A page may include the script more than once (pasted into
 * several Squarespace blocks, classic and module mixed); a second registration is a no-op instead of the
 * "already defined" error that breaks pages.
 */
// First, before Lit: Lit creates its Trusted Types policy as it loads (see trusted-types.ts).
import { create, refused, types } from './trusted-types.js';
import { preloadPageLanguage } from './datasets.js';
import { KetamineCompare } from './ketamine-compare.js';

// Lit has loaded: the page's own createPolicy back.
if (types) types.createPolicy = create!;
// Not where the page refused Lit's policy: Lit cannot render there, and the fallback content is the page's.
if (!refused) {
  // A page in another language than the bundled one: its first view starts loading now, before the parser reaches
  // the elements (the fallback content shows until it is in, then the comparison, once).
  preloadPageLanguage();
  KetamineCompare.define();
}

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-compare': KetamineCompare;
  }
}
