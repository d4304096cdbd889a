/** Reads any CSS colour an owner may give (`teal`, `#7a3e9d`, `oklch(…)`) as sRGB channels. */

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The colour's red, green and blue (0-255), or undefined when it is not a solid colour the browser can draw:
 * not a colour, a `var()` (a canvas cannot read one), or see-through (`transparent`, alpha below 1), since the
 * text on it could not be chosen without knowing what shows through. A canvas converts every colour syntax
 * the browser knows to sRGB, where computed styles would keep oklch() and friends as they are.
 */
export function rgbOf(colour: string): number[] | undefined {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  // A canvas ignores a value it cannot read and keeps the one before: start from one no owner writes.
  context.fillStyle = 'rgb(1 2 3 / 0.5)';
  const before = context.fillStyle;
  context.fillStyle = colour;
  if (context.fillStyle === before) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, alpha] = context.getImageData(0, 0, 1, 1).data;
  return alpha === 255 ? [r, g, b] : undefined;
}
