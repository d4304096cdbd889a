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
 *   that moves. They are made again, once per document, from the same CSS text.
 *
 * Without constructable stylesheets (Safari 16.0-16.3), Lit writes its styles as <style> elements, which move with
 * the shadow root, and the rule goes in a <style> element of its own.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { TAG } from './model.js';

const NESTED_SLOTTED = `${TAG}[theme='light'] > [slot] *, ${TAG}[theme='dark'] > [slot] * { color: inherit !important; }`;

/** Stylesheets made in a document other than the one the script runs in, by document and CSS text. */
const madeIn = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sheetIn(doc: Document, cssText: string): CSSStyleSheet | undefined {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return undefined; // a document without a window (a template's, DOMParser's): nothing is drawn there
  let sheets = madeIn.get(doc);
  if (!sheets) madeIn.set(doc, (sheets = new Map()));
  let sheet = sheets.get(cssText);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  return sheet;
}

const cssTextOf = (style: { cssText?: string } | CSSStyleSheet) =>
  'cssRules' in style ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText!;

/** The roots given the nested-slotted rule as a <style> element (browsers without constructable stylesheets). */
const styledRoots = new WeakSet<Node>();

/** Puts the nested-slotted rule in `root` (a document or a shadow root), once. */
function addNestedSlottedRule(root: Document | ShadowRoot) {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  try {
    const sheet = sheetIn(doc, NESTED_SLOTTED);
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: a <style> element (which a strict style-src policy blocks; nested text then
    // keeps the page's colour).
    if (styledRoots.has(root)) return;
    styledRoots.add(root);
    const style = doc.createElement('style');
    style.textContent = NESTED_SLOTTED;
    const target = root === doc ? doc.head ?? doc.documentElement : root;
    target.append(style);
  }
}

export class RootStyles implements ReactiveController {
  /** The document the shadow root's adopted stylesheets were made in: Lit makes them in the script's. */
  private styledFor = document;

  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected() {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    addNestedSlottedRule(root);
    const doc = this.host.ownerDocument;
    const shadow = this.host.renderRoot as ShadowRoot;
    if (doc === this.styledFor || !('adoptedStyleSheets' in shadow)) return;
    const styles = (this.host.constructor as typeof ReactiveElement).elementStyles;
    // Back in the script's document, Lit's own sheets; elsewhere the same CSS made in that document.
    const sheets = doc === document ? styles.map((style) => ('cssRules' in style ? style : style.styleSheet!)) : styles.map((style) => sheetIn(doc, cssTextOf(style)));
    if (sheets.every(Boolean)) {
      shadow.adoptedStyleSheets = sheets as CSSStyleSheet[];
      this.styledFor = doc;
    }
  }
}
