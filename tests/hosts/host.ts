/** What the host-framework tests share: the frameworks built from their real packages, and the element. */
import '../../src/element/define.js';
import type { El } from '../helpers.js';
import { until } from '../until.js';

/**
 * A host framework's browser build (tests/server/hosts.mjs bundles tests/hosts/entries/<name>.js). The packages
 * ship no types for this path (React ships none at all), so what comes back is untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const load = (name: 'react' | 'preact' | 'vue' | 'svelte'): Promise<any> => import(/* @vite-ignore */ `/tests/hosts/built/${name}.js`);

/** A container in the page, removed after the test. */
export function container() {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

/** The element inside `parent`, once it has drawn its table. */
export async function drawn(parent: ParentNode) {
  const el = parent.querySelector('ketamine-compare') as El;
  await until(el, () => el.shadowRoot?.querySelector('table'));
  await el.updateComplete;
  return el;
}

/** Records what the page logs as an error while `run` runs (frameworks report mismatches with console.error). */
export async function errorsDuring(run: () => Promise<unknown>) {
  const errors: string[] = [];
  const { error } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = error;
  }
  return errors;
}
