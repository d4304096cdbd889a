import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { KetamineCompare } from '../src/ketamine-compare.js';

export type El = KetamineCompare;

/** Renders a template and waits until the element inside it has rendered its table (or its error). */
export async function mount(template: TemplateResult, selector = 'ketamine-compare'): Promise<El> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.matches(selector) ? root : root.querySelector(selector)) as El;
  await waitUntil(() => el.shadowRoot?.querySelector('table, [part="error"]'), 'the element did not render a table');
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Column header texts, left to right. */
export const columns = (el: Element) => $$(el, 'thead th[scope="col"]').map(text);
/** Row header texts, top to bottom. */
export const rowNames = (el: Element) => $$(el, 'tbody th[scope="row"]').map(text);
/** The toggle button of a row, by its row id. */
export const toggle = (el: Element, row: string) => $(el, `[part="toggle"][data-row="${row}"]`)!;

/** Records console.warn/console.error calls while `run` runs. */
export async function captureConsole(run: () => Promise<unknown> | unknown) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, { warn, error });
  }
  return { warnings, errors };
}

export interface PageWindow extends Window {
  pageErrors: string[];
  fallbackHeightBefore?: number;
}

/** Opens one of tests/pages/ in an iframe and waits until every element in it has rendered rows. */
export async function openPage(page: string, width = 1000) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/pages/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll('ketamine-compare')];
  await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('tbody tr')), `${page}: not every element rendered`);
  return { frame, win, doc, elements, close: () => frame.remove() };
}
