/**
 * The element's markup, built from a dataset: each function takes what it draws from and returns elements.
 * The element decides when to build (see `memo` in ketamine-compare.ts) and keeps only view state.
 */
import type { Approach, Cell, Dataset, RichText, UiText } from '../data/types.js';
import { h, type Child } from './dom.js';
import { answerOf, citation, pointsOf, safeHref } from './model.js';

/** Text and links; a link with an unsafe URL (say `javascript:`) is shown as its text only. */
export function rich(line: RichText): Child[] {
  return line.map((part) => {
    if (typeof part === 'string') return part;
    const href = safeHref(part.href);
    return href ? h('a', { href }, part.text) : part.text;
  });
}

/**
 * A labelled group of on/off buttons with `aria-pressed`: the row toggles (parts `toggles`/`toggle`, each
 * button with `data-row`) or the approach toggles (`approach-toggles`/`approach-toggle`, `data-approach`).
 */
export function toggleGroup(kind: 'row' | 'approach', label: string, items: Array<{ id: string; name: string }>, onClick: (id: string) => void) {
  const part = kind === 'row' ? 'toggle' : 'approach-toggle';
  return h(
    'div',
    { part: `${part}s`, id: `${kind}s`, role: 'group', 'aria-labelledby': `${kind}s-label` },
    h('span', { class: 'label-of', id: `${kind}s-label` }, label),
    items.map((item) => h('button', { part, [`data-${kind}`]: item.id, click: () => onClick(item.id) }, item.name)),
  );
}

/**
 * The table: caption, a header for each column, and a row for each question, in dataset order. Rows start
 * empty; the element fills a row's cells the first time it is shown (see `cells`), so hidden rows cost nothing.
 */
export function table(data: Dataset, columns: Approach[]) {
  const rows = new Map<string, HTMLTableRowElement>(
    data.rows.map((row) => [row.id, h('tr', { role: 'row', 'data-id': row.id, hidden: true }, h('th', { part: 'row-header', scope: 'row', role: 'rowheader' }, row.name))]),
  );
  const element = h(
    'table',
    { part: 'table', role: 'table' },
    h('caption', { part: 'caption' }, data.title),
    h('thead', null, h('tr', { role: 'row' }, h('td', { role: 'cell' }), columns.map((a) => h('th', { part: 'column-header', scope: 'col', role: 'columnheader' }, a.name)))),
    h('tbody', null, [...rows.values()]),
  );
  return { element, rows };
}

/** A row's cells, one per column, each point with the numbers of its sources. */
export function cells(columns: Approach[], byApproach: Record<string, Cell>, numbers: Map<string, number>, ui: UiText) {
  return columns.map((a) =>
    h(
      'td',
      // Its approach's name, shown where the column headers are not (narrow layouts); side by side under a
      // question, the short name (styles.ts).
      { part: 'cell', role: 'cell', 'data-short': a.short ?? a.name },
      h('span', { class: 'label', 'aria-hidden': 'true' }, a.name),
      [answerOf(byApproach[a.id]), ...pointsOf(byApproach[a.id])].map(
        (point) =>
          point &&
          h(
            'p',
            null,
            `${point.text} `,
            h('span', { class: 'cite' }, h('span', { class: 'vh' }, ui.sources), citation(point.sources, numbers)),
          ),
      ),
    ),
  );
}

/** What a part loaded later says while on its way, or when it could not be loaded (with a retry button). */
export function pending(message: string, retry?: { label: string; onClick: () => void }): Child[] {
  return [message, retry && [' ', h('button', { class: 'retry', click: retry.onClick }, retry.label)]];
}

/** The numbered sources, each a link where it has an address. */
export const sourceItems = (data: Dataset) => data.sources.map((s) => h('li', null, s.url ? rich([{ text: s.citation, href: s.url }]) : s.citation));

/**
 * The always-shown notes: crisis lines, disclaimers (with the owner's scope statement), sources (a heading with
 * the button that unfolds them, and the list, both kept up to date by the element: see sourceItems), review date.
 */
export function notes(data: Dataset, ui: UiText, scope: Node, sourcesButton: Node, sources: Node) {
  return [
    h(
      'aside',
      null,
      h('section', { part: 'crisis' }, h('h3', null, ui.crisis), h('ul', null, data.crisis.map((line) => h('li', null, rich(line))))),
      h('section', { part: 'disclaimers' }, h('h3', null, ui.disclaimers), h('ul', null, data.disclaimers.map((line) => h('li', null, rich(line)))), scope),
    ),
    h(
      'section',
      { part: 'sources' },
      h('h3', null, sourcesButton),
      sources,
      h('p', null, `${ui.reviewed}: `, h('time', { datetime: data.reviewed }, data.reviewed), '.'),
    ),
  ];
}
