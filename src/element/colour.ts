/**
 * Reads any CSS colour (`teal`, `#7a3e9d`, `oklch(…)`) as sRGB channels: for the element's `accent`, and for the
 * configurator's check of what an owner types (src/configurator/checks.ts), so both read a colour the same way.
 */

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The colour's red, green, blue and alpha (0-255), or undefined when the browser cannot draw it: not a colour,
 * or a `var()` (a canvas cannot read one). A canvas converts every colour syntax the browser knows to sRGB,
 * where computed styles would keep oklch() and friends as they are.
 */
export function colourOf(colour: string): { rgb: number[]; alpha: number } | undefined {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  // A canvas ignores a value it cannot read and keeps the one before: a colour replaces both of two.
  const read = ['#000', '#fff'].map((before) => ((context!.fillStyle = before), (context!.fillStyle = colour), context!.fillStyle));
  if (read[0] !== read[1]) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, alpha] = context.getImageData(0, 0, 1, 1).data;
  return { rgb: [r, g, b], alpha };
}

/**
 * The colour's red, green and blue, or undefined when it is not a solid colour: see-through colours
 * (`transparent`, alpha below 1) too, since the text on it could not be chosen without knowing what shows through.
 */
export function rgbOf(colour: string): number[] | undefined {
  const read = colourOf(colour);
  return read?.alpha === 255 ? read.rgb : undefined;
}
