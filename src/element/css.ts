/**
 * The `css` tag of styles.ts: Lit's, without its check that each value is a `css` result or a number, whose error
 * messages cost about 100 bytes of the script (measured). The values there are the build's own numbers and
 * templates, never input. Its own file: the template minifier leaves alone the CSS of a file that names Lit's
 * escape hatch, which this one has to.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const css = (strings: TemplateStringsArray, ...values: Array<CSSResult | number>): CSSResult =>
  unsafeCSS(strings.reduce((text, string, i) => text + values[i - 1] + string));
