/**
 * Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) and list the policies they allow must
 * allow two: `ketamine-compare` (the files the script loads beside itself, assets.ts) and `lit-html` (Lit's, for
 * its templates). Where the list leaves one out, the browser refuses it, and the console says what to add.
 *
 * Lit creates its policy as it loads, and a refusal there would be an uncaught error at the script's start. So
 * this module, the entry's first import, stands in for the page's `trustedTypes.createPolicy` while Lit loads:
 * a refusal is caught and said, define.ts puts the page's own function back, and, Lit having no policy, the
 * element is not defined: the owner's fallback content stays, and nothing else on the page is touched.
 */
import { PREFIX } from './model.js';

interface Factory {
  createPolicy<T>(name: string, rules: T): T;
}
export const types = (globalThis as { trustedTypes?: Factory }).trustedTypes;
export const create = types?.createPolicy;
/** The error of a policy the page refused. */
export let refused: unknown;

/** Trusted Types policy `name`; throws where the page refuses it, after saying in the console what to add. */
export function createPolicy<T>(name: string, rules: T): T {
  try {
    return create!.call(types, name, rules) as T;
  } catch (error) {
    console.error(`${PREFIX} this page's Content-Security-Policy refuses the Trusted Types policy "${name}": allow both of the widget's, as in "trusted-types ketamine-compare lit-html".`);
    throw (refused = error);
  }
}

if (types)
  types.createPolicy = (name, rules) => {
    try {
      return createPolicy(name, rules);
    } catch {
      return undefined!; // Lit, without a policy: define.ts then defines nothing
    }
  };
