import { LitElement, html, noChange, nothing, type PropertyValues } from 'lit';
import type { Approach, Dataset, RichText, Row } from '../data/types.js';
import { errorEvent, toggleEvent, type ErrorDetail } from './events.js';
import { bundledDataset, customDataset, type Loaded } from './datasets.js';
import { PREFIX, type Language, chooseColumns, chooseRows, resolveLanguage, rowOrder, safeHref, sourceNumbers } from './model.js';
import { styles } from './styles.js';

/**
 * A side-by-side comparison of ketamine treatment approaches, with sources, disclaimers and the 988 crisis line.
 * Approaches are the columns; questions are the rows, which visitors switch on and off.
 *
 * @summary Compares ketamine treatment approaches in an accessible, sourced table.
 * @tagname ketamine-compare
 *
 * @attr {string} approaches - Space-separated approach ids, the columns in this order: `kap`, `iv-infusion`, `iv-integration`, `esketamine`, `at-home`. Default `kap iv-infusion iv-integration`.
 * @attr {string} rows - Space-separated row ids shown at first, in this order; the rest stay available as toggles. Default: the six core rows (`route dose-depth can-talk duration support-role scope`).
 * @attr {string} lang - `en` or `es`. Default: the nearest ancestor's `lang`, else `en`.
 * @attr {'light'|'dark'} theme - `light` or `dark` give the widget its own background and colours. Absent: it blends with the page (inherits font and text colour, transparent background).
 * @attr {string} src - URL of a custom dataset (same JSON Schema); replaces the bundled one.
 *
 * @fires {CustomEvent<{row: string, visible: boolean}>} ketamine-compare-toggle - A visitor switched a row on or off.
 * @fires {CustomEvent<{message: string, source: string, problems: Array<{path: string, message: string}>}>} ketamine-compare-error - A custom dataset could not be used; the bundled one is shown instead.
 *
 * @slot - Fallback content: shown before the script runs and where scripts never run; hidden once the element upgrades.
 * @slot scope - The practice's own scope statement (e.g. "I am not a licensed therapist"), shown with the disclaimers.
 * @slot cta - The practice's call to action, shown after the comparison and visibly apart from it.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The table's `<caption>`.
 * @csspart column-header - Each approach's column header.
 * @csspart row-header - Each question's row header.
 * @csspart cell - Each data cell.
 * @csspart toggles - The group of row toggles.
 * @csspart toggle - Each row toggle, a `<button aria-pressed>`.
 * @csspart disclaimers - The general disclaimers, with the `scope` slot.
 * @csspart crisis - The crisis lines (988, 911).
 * @csspart sources - The numbered sources and the review date.
 * @csspart error - The message shown when a custom dataset cannot be used.
 *
 * @cssprop [--ketamine-compare-accent=#0f766e] - Colour of switched-on toggles and the crisis bar.
 * @cssprop [--ketamine-compare-accent-text=#fff] - Text colour on the accent colour.
 * @cssprop [--ketamine-compare-text=inherit] - Text colour; inherits the page's by default.
 * @cssprop [--ketamine-compare-background=transparent] - Background; the page shows through by default.
 * @cssprop [--ketamine-compare-border=color-mix(in srgb, currentColor 30%, transparent)] - Border colour.
 * @cssprop [--ketamine-compare-header-background=color-mix(in srgb, currentColor 7%, transparent)] - Background of row and column headers.
 * @cssprop [--ketamine-compare-radius=0.5em] - Corner radius of the table and boxes.
 * @cssprop [--ketamine-compare-spacing=0.75em] - Space between the blocks.
 * @cssprop [--ketamine-compare-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--ketamine-compare-font-size=1em] - Base text size; never below 15px, whatever the page's root size.
 */
export class KetamineCompare extends LitElement {
  static override styles = styles;

  /*
   * Plain `static properties` rather than decorators: the decorator helpers cost bytes in every visitor's download.
   * Attributes are the source of truth (Wix's Set Attributes panel and Velo set strings), so none reflect back.
   */
  static override properties = {
    approaches: {},
    rows: {},
    lang: {},
    src: {},
    data: { state: true },
    visible: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  // Documented with @attr above: the class comment is the API (and custom-elements.json comes from it).
  declare approaches?: string;
  declare rows?: string;
  declare lang: string;
  declare src?: string;

  private declare data?: Dataset;
  private visible = new Set<string>();
  private declare error?: ErrorDetail;
  private announcement = '';

  /** What the current dataset was loaded from; a load for the same key is skipped (e.g. when the element moves). */
  private loadedKey?: string;
  /** Rows in the order their toggles and table rows are listed (derived from `rows` and the dataset). */
  private order: Row[] = [];
  /** The columns (derived from `approaches` and the dataset). */
  private columns: Approach[] = [];
  /**
   * Keys of the parts drawn once (see `once`): rows whose cells are in the DOM, the column headers, the notes.
   * Emptied by the resets of rows and columns, so new data, columns or row order draw everything again.
   */
  private drawn = new Set<string>();

  override connectedCallback() {
    super.connectedCallback();
    this.load();
    // With the script in <head>, the element upgrades at its start tag, before its children are parsed:
    // look again for an inline JSON dataset once they are.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.load(), { once: true });
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('src') || changed.has('lang')) this.load();
    if (!this.data) return;
    if (changed.has('data') || changed.has('rows')) this.resetVisibleRows();
    if (changed.has('data') || changed.has('approaches')) this.resetColumns();
  }

  /** Chooses the dataset: `src`, else an inline JSON child, else the bundled one in the page's language. */
  private load() {
    const language = resolveLanguage(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    const key = JSON.stringify([language, this.src, inline]);
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    const custom = !!this.src || inline !== undefined;
    const bundled = !custom && bundledDataset(language);
    // Bundled English is there at once: render it in this same update, with no flash of fallback content.
    if (bundled && !(bundled instanceof Promise)) return this.use({ data: bundled });
    this.loadLater(key, language, custom && customDataset(this.src, inline ?? ''));
  }

  private async loadLater(key: string, language: Language, custom: false | Promise<Loaded>) {
    const loaded = (await custom) || {};
    // A custom dataset that cannot be used still leaves the visitor the bundled comparison.
    loaded.data ??= await bundledDataset(language);
    if (key !== this.loadedKey) return; // src or language changed while this was loading
    if (loaded.error) {
      console.error(`${PREFIX} ${loaded.error.message}`, loaded.error.problems);
      this.dispatchEvent(errorEvent(loaded.error));
    }
    this.use(loaded);
  }

  private use({ data, error }: Loaded) {
    this.data = data;
    this.error = error;
  }

  private resetVisibleRows() {
    const data = this.data!;
    const { ids, unknown } = chooseRows(data, this.rows);
    warnUnknown('row', unknown);
    this.visible = new Set(ids);
    this.drawn = new Set();
    this.order = rowOrder(ids, data.rows.map((row) => row.id)).map((id) => data.rows.find((row) => row.id === id)!);
  }

  private resetColumns() {
    const data = this.data!;
    const { ids, unknown } = chooseColumns(data, this.approaches);
    warnUnknown('approach', unknown);
    this.columns = ids.map((id) => data.approaches.find((a) => a.id === id)!);
    this.drawn = new Set();
  }

  private handleToggleClick(row: Row) {
    const visible = new Set(this.visible);
    const nowVisible = !visible.delete(row.id);
    if (nowVisible) visible.add(row.id);
    this.visible = visible;
    this.announcement = `${row.name}: ${nowVisible ? this.data!.ui.shown : this.data!.ui.hidden}`;
    this.dispatchEvent(toggleEvent({ row: row.id, visible: nowVisible }));
  }

  /**
   * Draws a part of the template once, then passes noChange so Lit skips it on later renders (a row toggle
   * re-renders only what a toggle changes). `key` is a row id or a name with a space, which no id can have.
   * `drawn` is emptied when the data, columns or row order change, and everything is drawn again.
   */
  private once(key: string, draw: () => unknown) {
    if (this.drawn.has(key)) return noChange;
    this.drawn.add(key);
    return draw();
  }

  /**
   * A row's cells. Every row keeps its place in the table; a hidden one gets the hidden attribute rather than
   * leaving the DOM, so a toggle flips one attribute. Cells are drawn the first time a row is shown.
   */
  private cells(row: Row) {
    if (!this.visible.has(row.id) && !this.drawn.has(row.id)) return nothing;
    const data = this.data!;
    return this.once(row.id, () => {
      const numbers = sourceNumbers(data);
      return this.columns.map(
        (a) => html`<td part="cell" role="cell">
          <span class="label" aria-hidden="true">${a.name}</span>
          ${data.cells[row.id][a.id].map(
            (point) => html`<p>${point.text}
              <span class="cite"><span class="vh">${data.ui.sources}</span>[${point.sources.map((id) => numbers.get(id)!).sort((x, y) => x - y).join(', ')}]</span></p>`,
          )}
        </td>`,
      );
    });
  }

  override render() {
    const data = this.data;
    // Until a dataset is ready (a language file or a custom dataset still loading), the fallback content shows.
    if (!data) return html`<slot></slot>`;
    const { ui } = data;
    const columns = this.columns;
    return html`
      <div class="stack cols-${columns.length}" lang=${data.lang}>
        ${this.error
          ? html`<div part="error" role="alert"><p>${this.error.message}</p></div>`
          : nothing}
        <div part="toggles" role="group" aria-labelledby="toggles-label">
          <span class="toggles-label" id="toggles-label">${ui.toggles}</span>
          ${this.order.map(
            (row) => html`<button part="toggle" data-row=${row.id} aria-pressed=${this.visible.has(row.id)} @click=${() => this.handleToggleClick(row)}>
              ${row.name}
            </button>`,
          )}
        </div>
        <div class="vh" role="status" aria-live="polite">${this.announcement}</div>
        <table part="table" role="table">
            <caption part="caption">${data.title}</caption>
            <thead>
              <tr role="row">
                <td role="cell"></td>
                ${this.once('column headers', () => columns.map((a) => html`<th part="column-header" scope="col" role="columnheader">${a.name}</th>`))}
              </tr>
            </thead>
            <tbody>
              ${this.order.map(
                (row) => html`<tr role="row" ?hidden=${!this.visible.has(row.id)}>
                  <th part="row-header" scope="row" role="rowheader">${row.name}</th>
                  ${this.cells(row)}
                </tr>`,
              )}
            </tbody>
          </table>
        ${this.once('notes and sources', () => html`
          <aside>
            <section part="crisis">
              <h3>${ui.crisis}</h3>
              <ul>${data.crisis.map((line) => html`<li>${rich(line)}</li>`)}</ul>
            </section>
            <section part="disclaimers">
              <h3>${ui.disclaimers}</h3>
              <ul>${data.disclaimers.map((line) => html`<li>${rich(line)}</li>`)}</ul>
              <slot name="scope"></slot>
            </section>
          </aside>
          <section part="sources">
            <h3>${ui.sources}</h3>
            <ol>
              ${data.sources.map((s) => html`<li>${s.url ? rich([{ text: s.citation, href: s.url }]) : s.citation}</li>`)}
            </ol>
            <p>${ui.reviewed}: <time datetime=${data.reviewed}>${data.reviewed}</time>.</p>
          </section>
        `)}
        <div class="cta" ?hidden=${!this.querySelector(':scope > [slot="cta"]')}>
          <p class="cta-label">${ui.cta}</p>
          <slot name="cta" @slotchange=${() => this.requestUpdate()}></slot>
        </div>
      </div>
    `;
  }
}

/** Unknown ids are skipped, and said so in the console for the owner, who may have mistyped one. */
function warnUnknown(kind: string, ids: string[]) {
  if (ids.length) console.warn(`${PREFIX} unknown ${kind} id(s) skipped: ${ids.join(', ')}`);
}

/** Text and links; a link with an unsafe URL (say `javascript:`) is shown as its text only. */
function rich(line: RichText) {
  return line.map((part) => {
    if (typeof part === 'string') return part;
    const href = safeHref(part.href);
    return href ? html`<a href=${href}>${part.text}</a>` : part.text;
  });
}

