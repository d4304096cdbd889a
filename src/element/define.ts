/**
 * The script-tag entry: registers <ketamine-compare>. A page may include the script more than once (pasted into
 * several Squarespace blocks, classic and module mixed); a second registration is a no-op instead of the
 * "already defined" error that breaks pages.
 */
// First, before Lit: Lit creates its Trusted Types policy as it loads (see trusted-types.ts).
import './trusted-types.js';
import { preloadPageLanguage } from './datasets.js';
import { KetamineCompare } from './ketamine-compare.js';

// A page in another language than the bundled one: its first view starts loading now, before the parser reaches
// the elements (the fallback content shows until it is in, then the comparison, once).
preloadPageLanguage();
KetamineCompare.define();

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-compare': KetamineCompare;
  }
}
