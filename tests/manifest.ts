/**
 * The public API as custom-elements.json lists it (generated from the class JSDoc by `npm run docs`). Tests read
 * names from here instead of keeping lists of their own, so the manifest stays the one source of the API, and
 * tests/manifest.test.ts checks that the element really has everything it lists.
 */
import manifest from '../custom-elements.json' with { type: 'json' };

export interface Documented {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

export interface ElementDoc {
  name: string;
  tagName: string;
  attributes: Documented[];
  events: Documented[];
  slots: Documented[];
  cssParts: Documented[];
  cssProperties: Documented[];
}

type Declaration = Partial<ElementDoc> & { customElement?: boolean };
const declarations = (manifest as unknown as { modules: Array<{ declarations?: Declaration[] }> }).modules.flatMap((m) => m.declarations ?? []);
const found = declarations.find((d) => d.customElement && d.tagName === 'ketamine-compare');
if (!found) throw new Error('custom-elements.json describes no <ketamine-compare>: run npm run docs');

/** <ketamine-compare> in the manifest; a list the JSDoc leaves out is empty. */
export const documented: ElementDoc = {
  name: found.name ?? '',
  tagName: found.tagName!,
  attributes: found.attributes ?? [],
  events: found.events ?? [],
  slots: found.slots ?? [],
  cssParts: found.cssParts ?? [],
  cssProperties: found.cssProperties ?? [],
};

/** The documented CSS part names, in the manifest's order. */
export const documentedParts = documented.cssParts.map((part) => part.name);
