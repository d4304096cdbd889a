/** Reads any CSS colour an owner may give (`teal`, `#7a3e9d`, `oklch(…)`) as sRGB channels. */

let context: CanvasRenderingContext2D | null | undefined;

/** The colour's red, green and blue (0-255), or undefined when it is not a CSS colour. A canvas converts
 * every colour syntax the browser knows to sRGB, where computed styles would keep oklch() and friends as they are. */
export function rgbOf(colour: string): number[] | undefined {
  if (!CSS.supports('color', colour)) return undefined;
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}
