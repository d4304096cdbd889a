/**
 * The script-tag entry: registers <ketamine-compare>. A page may include the script more than once (pasted into
 * several Squarespace blocks, classic and module mixed); a second registration is a no-op instead of the
 * "already defined" error that breaks pages.
 */
import { KetamineCompare } from './ketamine-compare.js';
import { TAG } from './model.js';

if (!customElements.get(TAG)) customElements.define(TAG, KetamineCompare);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-compare': KetamineCompare;
  }
}
