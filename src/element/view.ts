/**
 * The element's markup as Lit templates: each function takes what it draws from (and the handlers it wires) and
 * returns a template. Dataset strings are always bound as text, never as HTML, so a dataset cannot inject markup.
 * The element (ketamine-compare.ts) holds the state and decides what to draw.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Approach, Cell, Dataset, Point, RichText, Row, UiText } from '../data/types.js';
import { answerKey, answerOf, citation, crisisBlock, format, isPast, pointsOf, runs, safeHref, writtenDate } from './model.js';

/** Where a part loaded after the first screen stands (see rest.ts). */
export type RestState = 'ready' | 'loading' | 'failed';

/**
 * A line of text and links; a link with an unsafe URL (say `javascript:`) is shown as its text only. With `sms`,
 * a link that calls 988 gets a link beside it that opens a text message to 988 (the lifeline takes texts too),
 * made here from the number: the dataset stays text.
 */
export const richText = (line: RichText, sms?: string) =>
  line.map((part) => {
    if (typeof part === 'string') return part;
    const href = safeHref(part.href);
    if (!href) return part.text;
    const link = html`<a href=${href}>${part.text}</a>`;
    return sms && href === 'tel:988' ? html`${link} (<a href="sms:988">${sms}</a>)` : link;
  });

/**
 * A labelled group of on/off buttons with `aria-pressed`: the row toggles (parts `toggles`/`toggle`, each
 * button with `data-row`) or the approach toggles (`approach-toggles`/`approach-toggle`, `data-approach`).
 * A pressed item marked `disabled` (the one approach still on, which cannot be switched off) says so to assistive
 * technology (`aria-disabled`) and stays focusable. `onReach` runs when a pointer or the focus reaches the group,
 * before any click.
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
        const click = () => onClick(item.id);
        // Lit writes a boolean into an attribute as "true" or "false"; `nothing` leaves the attribute out.
        // Two templates: an attribute's name cannot be bound, and pages and tests find a toggle by data-row or data-approach.
        return kind === 'row'
          ? html`<button part="toggle" data-row=${item.id} aria-pressed=${item.pressed} @click=${click}>${item.name}</button>`
          : html`<button part="approach-toggle" data-approach=${item.id} aria-pressed=${item.pressed} aria-disabled=${(item.pressed && item.disabled) || nothing} @click=${click}>${item.name}</button>`;
      },
    )}
  </div>`;
}

/** What every statement needs to be written out: source numbers, which are blogs, the words, the date. */
export interface Statements {
  numbers: Map<string, number>;
  /** Numbers of the sources that are a practice's blog. */
  blogs: ReadonlySet<number>;
  ui: UiText;
  /** The dataset's dates as its language writes them. */
  dates: Dataset['dates'];
  /** The visitor's today, for statements past their `until`. */
  today: Date;
}

/** The data needed to draw the table. */
export interface TableInput extends Statements {
  data: Dataset;
  columns: Approach[];
  /** Every row of the dataset, in the order the table lists them, with whether each is shown and printed. */
  rows: Array<{ row: Row; shown: boolean; printed: boolean }>;
  /** The rows whose details are open. */
  open: ReadonlySet<string>;
  /** Whether the page has been printed: every row's details are drawn then (hidden on screen), for print. */
  printed?: boolean;
  onDetailsClick: (id: string) => void;
  /** Where the rest of the dataset stands, for rows whose cells are not in yet. */
  rest: RestState;
  /** What a part that is still on its way (or failed) says, with its retry button. */
  pending: unknown;
}

/**
 * The table: caption, a header for each column, and a row for each question. A hidden row keeps its place (and its
 * header) with the `hidden` attribute but draws no cells, so hidden rows cost nothing; except a row always
 * printed (the risks), whose cells are drawn for print. A row whose cells have short answers carries a Details
 * button in its header: it shows the points of every cell of the row at once, so the approaches are still
 * compared side by side, detail by detail.
 */
export function table(input: TableInput) {
  const { data, columns, rows, ui, rest, pending, open, onDetailsClick } = input;
  const first = rows.find(({ shown }) => shown)?.row.id;
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
        ({ row, shown, printed }) => {
          const cells = data.cells[row.id];
          const answered = cells && columns.some((a) => answerOf(cells[a.id]));
          const expanded = open.has(row.id);
          return html`<tr role="row" data-id=${row.id} ?hidden=${!shown} ?data-print=${printed}>
            <th part="row-header" scope="row" role="rowheader" aria-labelledby="q-${row.id}">
              <span id="q-${row.id}">${row.name}</span>
              ${answered
                ? html`<button class="expand" aria-expanded=${expanded} aria-label="${ui.details}: ${row.name}" @click=${() => onDetailsClick(row.id)}>${ui.details}</button>`
                : nothing}
            </th>
            ${!shown && !printed
              ? nothing
              : cells
                ? repeat(
                    // Identical short answers side by side read as one cell, until the details (which differ) are open.
                    runs(columns, (a) => !expanded && answerKey(cells[a.id])),
                    ([a]) => a.id,
                    (run) => (cells[run[0].id] ? cell(run, cells, row.id === first, expanded, input) : html`<td part="cell" role="cell">${rest === 'ready' ? nothing : pending}</td>`),
                  )
                : html`<td role="cell" colspan=${columns.length}>${rest === 'ready' ? nothing : pending}</td>`}
          </tr>`;
        },
      )}
    </tbody>
  </table>`;
}

/**
 * One cell: its short answer, then its points (the details); a cell written as a list of points shows them at
 * once. The details are drawn only once the row's details are open, or the page has been printed (printed, they
 * always show; on screen they stay hidden until asked for): hidden, they were most of the table's markup, drawn at
 * first and in every row switched on. Until the rest of a bundled dataset is in, no short answer has its points
 * (scripts/datasets.mjs `split`): the details say they are on their way. Where the column headers are not in
 * sight (the stacked phone layout), the approach's name leads the first line: in full in the first row shown,
 * short after.
 */
function cell(run: Approach[], cells: Record<string, Cell>, first: boolean, open: boolean, input: TableInput) {
  const names = (full?: boolean) => run.map((a) => (full ? a.name : (a.short ?? a.name))).join(', ');
  const content = cells[run[0].id];
  const answer = answerOf(content);
  // The names lead the first line (a no-break space after the colon: minified templates lose a trailing space, and
  // the name stays with the first word).
  return html`<td part="cell" role="cell" colspan=${run.length} data-short=${names()}>
    ${(answer ? [answer] : pointsOf(content)).map((point, i) => statement(point, input, i ? nothing : html`<b class="label" aria-hidden="true">${names(first)}:&nbsp;</b>`))}
    ${answer && (open || input.printed) ? html`<div class="details" ?hidden=${!open}>${input.rest !== 'ready' ? html`<p>${input.pending}</p>` : run.flatMap((a) => pointsOf(cells[a.id]).map((point, i) => statement(point, input, run[1] && !i ? html`<b>${a.short ?? a.name}:&nbsp;</b>` : nothing)))}</div>` : nothing}
  </td>`;
}

/** One statement with its source numbers and, past its `until` date, a note that it may have changed. */
export const statement = (point: Point, { numbers, blogs, ui, dates, today }: Statements, before: unknown = nothing) =>
  html`<p>
    ${before}${point.text} <span class="cite"><span class="vh">${ui.sources}</span>${citation(point.sources, numbers, blogs, ui.blog)}</span>
    ${isPast(point.until, today) ? html`<em class="until">${format(ui.until!, { date: writtenDate(dates, point.until!) })}</em>` : nothing}
  </p>`;

/** What a part loaded after the first screen says while on its way, or when it could not be loaded (with a retry button). */
export const pending = (ui: UiText, state: RestState, onRetry: () => void) =>
  state === 'failed' ? html`${ui.loadFailed} <button class="retry" @click=${onRetry}>${ui.retry}</button>` : ui.loading;

/**
 * The always-shown safety notes, named as one block: crisis lines and disclaimers, with the owner's scope
 * statement labelled as the practice's own (it is not one of the safety notes). Headings are h2, styled
 * modestly: the widget sits in a post under its h1, so an h2 never skips a level (an h3 would, after the h1).
 */
export function notes(data: Dataset, ui: UiText, scope: string, scoped: boolean, onSlotChange: () => void) {
  return html`<aside aria-label=${ui.safety}>
    <section part="crisis">
      <h2>${ui.crisis}</h2>
      <ul>
        ${crisisBlock(data).map((line) => html`<li>${richText(line, ui.sms)}</li>`)}
      </ul>
    </section>
    <section part="disclaimers">
      <h2>${ui.disclaimers}</h2>
      <ul>
        ${data.disclaimers.map((line) => html`<li>${richText(line)}</li>`)}
      </ul>
      <p class="scope" ?hidden=${!scope && !scoped}><b>${ui.cta}:&nbsp;</b><slot name="scope" @slotchange=${onSlotChange}>${scope}</slot></p>
    </section>
  </aside>`;
}

/** The input of the sources block. */
export interface SourcesInput {
  data: Dataset;
  ui: UiText;
  open: boolean;
  /** Whether the page has been printed: the list is drawn then, folded or not (for print). */
  printed?: boolean;
  onClick: () => void;
  rest: RestState;
  pending: unknown;
}

/**
 * The sources (a heading that is the button that unfolds them, and the list; a practice's blog marked as such)
 * and the review date. The list is folded unless the visitor unfolded it, or it is not in yet (then it says so);
 * printed, it is always in full (styles.ts). Folded, its items are not drawn (as a row's details): dozens of
 * them, with a link each, were a third of the script's work on every click (profiled).
 */
export function sources({ data, ui, open, printed, onClick, rest, pending }: SourcesInput) {
  const ready = rest === 'ready';
  return html`<section part="sources">
    <h2>
      <button class="fold" aria-controls="sources-list" aria-expanded=${open} @click=${onClick}>${ready ? `${ui.sources} (${data.sources.length})` : ui.sources}</button>
    </h2>
    <ol id="sources-list" data-state=${rest} ?hidden=${ready && !open}>
      ${!ready ? html`<li>${pending}</li>` : open || printed ? data.sources.map((s) => html`<li>${s.url ? richText([{ text: s.citation, href: s.url }]) : s.citation}${s.blog ? ` (${ui.blog})` : ''}</li>`) : nothing}
    </ol>
    <p>${ui.reviewed}: <time datetime=${data.reviewed}>${writtenDate(data.dates, data.reviewed)}</time>.</p>
  </section>`;
}
