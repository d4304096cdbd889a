/**
 * The element's attributes that the configurator sets, each with the choice it comes from. They are read from the
 * element itself, as the page registered it (the attributes of its reactive properties, which the browser asks it
 * for as `observedAttributes`), so each name is written once, in src/element/ketamine-compare.ts. The element's
 * script loads before the configurator's (demo/configurator.html), and the tests define it too.
 */
import type { KetamineCompare } from '../element/ketamine-compare.js';
import { TAG } from '../element/model.js';
import type { WidgetOptions } from './snippet.js';

/** Each choice is the element's property of the same name: this fails to compile if one is not. */
export type ElementChoices = Pick<KetamineCompare, keyof WidgetOptions>;

/** The property an attribute reflects, as Lit names them here: "cta-text" is ctaText. */
const propertyOf = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

let list: Array<[keyof WidgetOptions, string]> | undefined;

/**
 * Every attribute of the element but `src` (an owner's own dataset, which the configurator does not keep), in the
 * element's order, with its choice's name in WidgetOptions.
 */
export function chosenAttributes(): Array<[keyof WidgetOptions, string]> {
  const element = customElements.get(TAG) as { observedAttributes?: string[] } | undefined;
  if (!element?.observedAttributes) throw new Error(`<${TAG}> is not defined: load dist/ketamine-compare.js before the configurator.`);
  return (list ??= element.observedAttributes.filter((name) => name !== 'src').map((name) => [propertyOf(name) as keyof WidgetOptions, name]));
}
