/**
 * The element's markup as Lit templates: each function takes what it draws from (and the handlers it wires) and
 * returns a template. Dataset strings are always bound as text, never as HTML, so a dataset cannot inject markup.
 * The element (ketamine-compare.ts) holds the state and decides what to draw.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Approach, Cell, Dataset, RichText, Row, UiText } from '../data/types.js';
import { answerOf, citation, pointsOf, safeHref } from './model.js';

/** Where a part loaded after the first screen stands (see rest.ts). */
export type RestState = 'ready' | 'loading' | 'failed';

/** A line of text and links; a link with an unsafe URL (say `javascript:`) is shown as its text only. */
export const richText = (line: RichText) =>
  line.map((part) => {
    if (typeof part === 'string') return part;
    const href = safeHref(part.href);
    return href ? html`<a href=${href}>${part.text}</a>` : part.text;
  });

/**
 * A labelled group of on/off buttons with `aria-pressed`: the row toggles (parts `toggles`/`toggle`, each
 * button with `data-row`) or the approach toggles (`approach-toggles`/`approach-toggle`, `data-approach`).
 * `disabled` items say so to assistive technology (`aria-disabled`) and stay focusable. `onReach` runs when a
 * pointer or the focus reaches the group, before any click.
 */
export function toggleGroup(
  kind: 'row' | 'approach',
  label: string,
  items: Array<{ id: string; name: string; pressed: boolean; disabled?: boolean }>,
  onClick: (id: string) => void,
  onReach?: () => void,
) {
  const part = kind === 'row' ? 'toggles' : 'approach-toggles';
  return html`<div part=${part} id="${kind}s" role="group" aria-labelledby="${kind}s-label" @pointerover=${onReach} @focusin=${onReach}>
    <span class="label-of" id="${kind}s-label">${label}</span>
    ${repeat(
      items,
      (item) => item.id,
      (item) => {
        const pressed = String(item.pressed);
        const disabled = item.disabled ? 'true' : nothing;
        const click = () => onClick(item.id);
        // Two templates: an attribute's name cannot be bound, and pages and tests find a toggle by data-row or data-approach.
        return kind === 'row'
          ? html`<button part="toggle" data-row=${item.id} aria-pressed=${pressed} @click=${click}>${item.name}</button>`
          : html`<button part="approach-toggle" data-approach=${item.id} aria-pressed=${pressed} aria-disabled=${disabled} @click=${click}>${item.name}</button>`;
      },
    )}
  </div>`;
}

/** The data needed to draw the table. */
export interface TableInput {
  data: Dataset;
  columns: Approach[];
  /** Every row of the dataset, in the order the table lists them, with whether each is shown. */
  rows: Array<{ row: Row; shown: boolean }>;
  numbers: Map<string, number>;
  ui: UiText;
  /** Where the rest of the dataset stands, for rows whose cells are not in yet. */
  rest: RestState;
  /** What a part that is still on its way (or failed) says, with its retry button. */
  pending: unknown;
}

/**
 * The table: caption, a header for each column, and a row for each question. A hidden row keeps its place (and its
 * header) with the `hidden` attribute but draws no cells, so hidden rows cost nothing.
 */
export function table({ data, columns, rows, numbers, ui, rest, pending }: TableInput) {
  return html`<table part="table" role="table">
    <caption part="caption">${data.title}</caption>
    <thead>
      <tr role="row">
        <td role="cell"></td>
        ${repeat(columns, (a) => a.id, (a) => html`<th part="column-header" scope="col" role="columnheader">${a.name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${repeat(
        rows,
        ({ row }) => row.id,
        ({ row, shown }) => html`<tr role="row" data-id=${row.id} ?hidden=${!shown}>
          <th part="row-header" scope="row" role="rowheader">${row.name}</th>
          ${!shown
            ? nothing
            : data.cells[row.id]
              ? repeat(columns, (a) => a.id, (a) => cell(a, data.cells[row.id][a.id], numbers, ui))
              : html`<td role="cell" colspan=${columns.length}>${rest === 'ready' ? nothing : pending}</td>`}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One cell: its approach's name (shown where the column headers are not), its answer and points with sources. */
function cell(a: Approach, content: Cell, numbers: Map<string, number>, ui: UiText) {
  // Side by side under a question, the short name (styles.ts); stacked, the full name.
  return html`<td part="cell" role="cell" data-short=${a.short ?? a.name}>
    <span class="label" aria-hidden="true">${a.name}</span>
    ${[answerOf(content), ...pointsOf(content)].map(
      (point) => point && html`<p>${point.text} <span class="cite"><span class="vh">${ui.sources}</span>${citation(point.sources, numbers)}</span></p>`,
    )}
  </td>`;
}

/** What a part loaded after the first screen says while on its way, or when it could not be loaded (with a retry button). */
export const pending = (ui: UiText, state: RestState, onRetry: () => void) =>
  state === 'failed' ? html`${ui.loadFailed} <button class="retry" @click=${onRetry}>${ui.retry}</button>` : ui.loading;

/** The input of the notes below the table. */
export interface NotesInput {
  data: Dataset;
  ui: UiText;
  /** The owner's scope statement from the `scope` attribute ('' for none); the `scope` slot wins. */
  scope: string;
  sourcesOpen: boolean;
  onSourcesClick: () => void;
  rest: RestState;
  pending: unknown;
}

/**
 * The always-shown notes: crisis lines, disclaimers (with the owner's scope statement), the sources (a heading that
 * is the button that unfolds them, and the list) and the review date. The list is folded unless the visitor
 * unfolded it, or it is not in yet (then it says so); printed, it is always in full (styles.ts).
 */
export function notes({ data, ui, scope, sourcesOpen, onSourcesClick, rest, pending }: NotesInput) {
  const ready = rest === 'ready';
  return html`<aside>
      <section part="crisis">
        <h3>${ui.crisis}</h3>
        <ul>
          ${data.crisis.map((line) => html`<li>${richText(line)}</li>`)}
        </ul>
      </section>
      <section part="disclaimers">
        <h3>${ui.disclaimers}</h3>
        <ul>
          ${data.disclaimers.map((line) => html`<li>${richText(line)}</li>`)}
        </ul>
        <slot name="scope"><p ?hidden=${!scope}>${scope}</p></slot>
      </section>
    </aside>
    <section part="sources">
      <h3>
        <button class="fold" aria-controls="sources-list" aria-expanded=${String(sourcesOpen)} @click=${onSourcesClick}>
          ${ready ? `${ui.sources} (${data.sources.length})` : ui.sources}
        </button>
      </h3>
      <ol id="sources-list" data-state=${rest} ?hidden=${ready && !sourcesOpen}>
        ${ready ? data.sources.map((s) => html`<li>${s.url ? richText([{ text: s.citation, href: s.url }]) : s.citation}</li>`) : html`<li>${pending}</li>`}
      </ol>
      <p>${ui.reviewed}: <time datetime=${data.reviewed}>${data.reviewed}</time>.</p>
    </section>`;
}
