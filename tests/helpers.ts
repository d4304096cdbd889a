import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/element/define.js';
import { contrast } from '../src/element/model.js';
import type { KetamineCompare } from '../src/element/ketamine-compare.js';
import { until } from './until.js';

export type El = KetamineCompare;

/** Renders a template and waits until the element inside it has rendered its table (or its error). */
export async function mount(template: TemplateResult, selector = 'ketamine-compare'): Promise<El> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.matches(selector) ? root : root.querySelector(selector)) as El;
  // On what it needs, not a clock (waitUntil gives up after a second, which a loaded machine overran).
  await until(el, () => el.shadowRoot?.querySelector('table, [part="error"]'));
  await el.updateComplete;
  return el;
}

/**
 * Resolves after the next frame has been drawn, in the test page and every same-origin frame in it. The test
 * page's frame, not `win`'s own: WebKit runs animation frames in a frame outside the viewport only every 10 s
 * (a second page opened below a first one is, in MiniBrowser's 730px window).
 */
export const afterFrame = (win: Window = window) => new Promise((resolve) => requestAnimationFrame(() => win.setTimeout(resolve)));

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Column header texts, left to right. */
export const columns = (el: Element) => $$(el, 'thead th[scope="col"]').map(text);
/** Row header texts of the rows shown, top to bottom (hidden rows stay in the DOM with the hidden attribute): the
 * questions, without the Details button a row header may carry. */
export const rowNames = (el: Element) => $$(el, 'tbody tr:not([hidden]) th[scope="row"] > span').map(text);
/** The toggle button of a row, by its row id. */
export const toggle = (el: Element, row: string) => $(el, `[part="toggle"][data-row="${row}"]`)!;

/** Opens the row toggles as a visitor does, with the Questions button they are folded behind at every width. */
export async function openToggles(el: El) {
  const more = $(el, '.more')!;
  if (more.getAttribute('aria-expanded') === 'false') more.click();
  await el.updateComplete;
}

/** Unfolds the list of sources as a visitor does, with its heading's button: folded, its items are not drawn. */
export async function openSources(el: El) {
  const fold = $(el, '.fold')!;
  if (fold.getAttribute('aria-expanded') === 'false') fold.click();
  await el.updateComplete;
}

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

/** An iframe's window: its own globals (Event, console) plus what tests/pages/record-errors.js records. */
export type PageWindow = Window &
  typeof globalThis & {
    pageErrors: string[];
    fallbackHeightBefore?: number;
    /** From tests/pages/record-frames.js: each element's caption, frame by frame, and the layout shifts. */
    captionFrames?: Array<Array<string | null>>;
    /** From tests/pages/record-frames.js: every caption drawn in a widget's shadow root, shown or not. */
    drawnCaptions?: Set<string>;
    shifts?: number[];
  };

/**
 * Opens one of tests/pages/ (or any path from the root) in an iframe and waits until every element in it has rendered
 * rows: on the page's own events, not a clock, so a loaded machine only makes it slower (the test's timeout is the
 * one limit). Once the tag is defined, every element in the page has its shadow root, where `until` sees the rows come.
 */
export async function openPage(page: string, width = 1000, height = 800) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page.startsWith('/') ? page : `/tests/pages/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll('ketamine-compare')];
  if (elements.length) await win.customElements.whenDefined('ketamine-compare');
  await Promise.all(elements.map((el) => until(el, () => el.shadowRoot?.querySelector('tbody tr'))));
  return { frame, win, doc, elements, close: () => frame.remove() };
}

interface AxeResults {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[]; failureSummary: string }> }>;
}

/** Runs axe-core inside a page (an iframe's document) against WCAG 2.0-2.2 A and AA, and returns its violations. */
export async function axe(win: Window): Promise<string[]> {
  const w = win as Window & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };
  if (!w.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await loaded;
  }
  const results = await w.axe!.run(win.document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}: ${n.failureSummary}`));
}

/**
 * Runs `run` with the page's clock set to `iso` (only `new Date()` without arguments moves), and puts the clock
 * back after, whatever happens: tests of dates give the same answer on any day.
 */
export async function at(iso: string, run: () => Promise<void> | void) {
  const RealDate = Date;
  class Moved extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length) super(...(args as ConstructorParameters<typeof Date>));
      else super(iso);
    }
  }
  window.Date = Moved as DateConstructor;
  try {
    await run();
  } finally {
    window.Date = RealDate;
  }
}

/**
 * How well the owner's slotted text reads: the contrast of the scope statement, a link in it and the call to action
 * with what is behind each (the widget's background, or the call to action's own: it is a button in the accent).
 */
export function slottedContrasts(el: HTMLElement) {
  const rgb = (colour: string) => colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  const background = rgb(getComputedStyle(el).backgroundColor);
  return [el.querySelector('[slot="scope"]')!, el.querySelector('[slot="scope"] a')!, el.querySelector('[slot="cta"]')!].map((node) => {
    const own = getComputedStyle(node).backgroundColor;
    return { node: `${node.localName} "${node.textContent}"`, ratio: contrast(rgb(getComputedStyle(node).color), own === 'rgba(0, 0, 0, 0)' ? background : rgb(own)) };
  });
}
