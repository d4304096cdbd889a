/**
 * The script-tag entry: registers <ketamine-compare>. A page may include the script more than once (pasted into
 * several Squarespace blocks, classic and module mixed); a second registration is a no-op instead of the
 * "already defined" error that breaks pages.
 */
// First, before Lit: Lit creates its Trusted Types policy as it loads (see trusted-types.ts).
import './trusted-types.js';
import { preloadPageLanguage } from './datasets.js';
import { KetamineCompare } from './ketamine-compare.js';
import { TAG } from './model.js';

// A page in another language than the bundled one: its first view starts loading now, before the parser reaches
// the elements (the fallback content shows until it is in, then the comparison, once).
preloadPageLanguage();

if (!customElements.get(TAG)) {
  // With a theme, the owner's slotted text takes the theme's colours: the page's own p and a colours were
  // chosen for the page's background, not the widget's (1.4:1 and 2.1:1 on the dark theme were seen). The
  // shadow root reaches the slotted elements themselves (styles.ts); only a page-level rule reaches what is
  // nested in them, such as a link inside the scope statement. It touches nothing but that.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${TAG}[theme] > [slot] * { color: inherit !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets (Safari before 16.4): nested links keep the page's colour.
  }
}
KetamineCompare.define();

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-compare': KetamineCompare;
  }
}
