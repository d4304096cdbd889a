/** What a visitor sees, as pixels: screenshots from the test runner (see web-test-runner.config.mjs), and a check
 * that a focus ring changes the pixels around a control enough to be seen (WCAG 2.4.13: 3:1 against unfocused). */
import { executeServerCommand } from '@web/test-runner-commands';
import { contrast } from '../src/element/model.js';

export interface Shot {
  data: Uint8ClampedArray;
  width: number;
  /** Screenshot pixels per CSS pixel. */
  scale: number;
}

/** The test page's viewport as it is painted now. */
export async function screenshot(): Promise<Shot> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const base64 = await executeServerCommand<string, undefined>('screenshot');
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { data: context.getImageData(0, 0, bitmap.width, bitmap.height).data, width: bitmap.width, scale: bitmap.width / innerWidth };
}

const pixel = (shot: Shot, x: number, y: number) => {
  const i = (Math.round(y * shot.scale) * shot.width + Math.round(x * shot.scale)) * 4;
  return [shot.data[i], shot.data[i + 1], shot.data[i + 2]];
};

/**
 * How much of each side of `box` a focus ring covers: the share of positions along the side where some pixel
 * within `reach` CSS px of the edge (inside or out) changed by 3:1 or more between the two screenshots.
 * Rounded ends (pills) are measured on their middle only.
 */
export function ringCoverage(before: Shot, after: Shot, box: DOMRect, reach = 8) {
  const changed = (x: number, y: number) => contrast(pixel(before, x, y), pixel(after, x, y)) >= 3;
  const round = Math.min(box.height / 2, box.width / 2);
  const share = (positions: number[], hit: (position: number) => boolean) => positions.filter(hit).length / positions.length;
  const range = (from: number, to: number) => Array.from({ length: Math.max(1, Math.floor(to - from)) }, (_, i) => from + i + 0.5);
  const across = (from: number) => range(-reach, reach).map((d) => from + d);
  const alongX = range(box.left + round, box.right - round);
  const alongY = range(box.top + box.height * 0.3, box.bottom - box.height * 0.3);
  return {
    top: share(alongX, (x) => across(box.top).some((y) => changed(x, y))),
    bottom: share(alongX, (x) => across(box.bottom).some((y) => changed(x, y))),
    left: share(alongY, (y) => across(box.left).some((x) => changed(x, y))),
    right: share(alongY, (y) => across(box.right).some((x) => changed(x, y))),
  };
}
