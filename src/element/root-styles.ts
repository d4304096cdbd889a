/**
 * Styles that follow the element into whatever root and document it is connected to: a controller.
 *
 * - The owner's nested slotted text. With a theme, the owner's slotted elements take the theme's colours (styles.ts,
 *   `::slotted`), but a shadow root cannot reach what is nested in them, such as a link inside the scope statement,
 *   which keeps the colour the page chose for its own background (2.1:1 on the dark theme was seen). One rule in the
 *   element's own root reaches it: the document, or the shadow root of the site's component that holds the widget
 *   (where a rule in the document does not apply). It touches nothing but that.
 * - The element's own styles after a move to another document (an iframe's, through `adoptNode` or `append`): a
 *   constructed stylesheet can only be adopted by the document that made it, and browsers drop it from a shadow root
 *   that moves. They are made again, once per document, from the same CSS text. (Firefox also gives the moved
 *   element the new window's plain HTMLElement prototype; `adoptedCallback` in ketamine-compare.ts gives its class
 *   back, before this runs.)
 *
 * Without constructable stylesheets (Safari 16.0-16.3), Lit writes its styles as <style> elements, which move with
 * the shadow root; the rule is left out there (a <style> element for it cost more bytes than the budget had), so
 * nested slotted text keeps the page's colour in those versions, as it did before.
 */
import type { CSSResult, ReactiveController, ReactiveElement } from 'lit';
import { TAG } from './model.js';

const NESTED_SLOTTED = `${TAG}:is([theme=dark],[theme=light])>[slot] *{color:inherit!important}`;

/** Stylesheets made in each document, by CSS text: one set per document, shared by every element in it. */
const made = new WeakMap<Document, Record<string, CSSStyleSheet>>();

/** A stylesheet of `cssText` made in `doc`; throws without constructable stylesheets, or in a document without a window. */
function sheetIn(doc: Document, cssText: string) {
  const sheets = made.get(doc) ?? {};
  made.set(doc, sheets);
  if (!sheets[cssText]) (sheets[cssText] = new doc.defaultView!.CSSStyleSheet()).replaceSync(cssText);
  return sheets[cssText];
}

export class RootStyles implements ReactiveController {
  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected() {
    const { host } = this;
    const doc = host.ownerDocument;
    const root = host.getRootNode() as Document | ShadowRoot;
    try {
      const rule = sheetIn(doc, NESTED_SLOTTED);
      if (!root.adoptedStyleSheets.includes(rule)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, rule];
      // In the script's document Lit's own sheets; in another, the same CSS made there.
      const styles = (host.constructor as typeof ReactiveElement).elementStyles as CSSResult[];
      (host.renderRoot as ShadowRoot).adoptedStyleSheets = styles.map((style) => (doc === document ? style.styleSheet! : sheetIn(doc, style.cssText)));
    } catch {
      // No constructable stylesheets (Safari 16.0-16.3): Lit writes its styles as <style> elements, which move with
      // the shadow root; nested slotted text keeps the page's colour there.
    }
  }
}
