import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Approach, Dataset, UiText } from '../data/types.js';
import { rgbOf } from './colour.js';
import { BUNDLED, unavailableMessage } from './datasets.js';
import { approachToggleEvent, toggleEvent, type ErrorDetail } from './events.js';
import { ALWAYS_PRINTED, PREFIX, TAG, blogNumbers, byIds, chooseColumns, chooseRows, direction, format, isPast, readableTextOn, rowOrder, safeHref, sourceNumbers, switched, writtenDate } from './model.js';
import { RestLoader } from './rest.js';
import { RootStyles } from './root-styles.js';
import { DatasetSource } from './source.js';
import { styles } from './styles.js';
import { notes, pending, richText, sources, table, toggleGroup } from './view.js';

/** The declaration of each field of view state. */
const STATE = { state: true };

/** Marks this class, whichever copy of the script defined it: a second copy on the page is ours, not a stranger. */
const OURS = Symbol.for(`${TAG}.element`);

/**
 * A side-by-side comparison of ketamine treatment approaches, with sources, disclaimers and the 988 crisis line.
 * Approaches are the columns, which visitors can narrow down; questions are the rows, which visitors switch on
 * and off.
 *
 * @summary Compares ketamine treatment approaches in an accessible, sourced table.
 * @tagname ketamine-compare
 *
 * @attr {string} approaches - Space-separated approach ids, the columns shown at first, in this order: `kap`, `iv-infusion`, `iv-integration`, `esketamine`, `at-home`. The dataset's other approaches stay available as toggles; visitors switch any on and off (at least one stays on). Default `kap iv-infusion iv-integration esketamine`.
 * @attr {string} rows - Space-separated row ids shown at first, in this order; the rest stay available as toggles. Default: the seven core rows (`route dose-depth side-effects can-talk duration support-role scope`).
 * @attr {string} lang - `en` or `es`. Default: the nearest ancestor's `lang` (followed live, also across shadow roots), else `en`. The text direction follows the language.
 * @attr {'light'|'dark'} theme - `light` or `dark` give the widget its own background and colours. Absent: it blends with the page (inherits font and text colour, transparent background; its caption and headings take the font of the page's first `h1`-`h3`).
 * @attr {string} src - URL of a custom dataset (same JSON Schema); replaces the bundled one.
 * @attr {string} scope - The practice's scope statement as plain text, shown with the disclaimers (for Wix, where an element cannot hold children). The `scope` slot wins when both are given.
 * @attr {string} cta-text - The text of the practice's call to action, shown after the comparison. The `cta` slot wins when both are given.
 * @attr {string} cta-href - Where the call to action links to. Only `https:`, `http:`, `mailto:` and `tel:` links become links; anything else leaves the text without a link.
 * @attr {string} accent - The accent colour (any CSS colour), as `--ketamine-compare-accent`; the text on it is set to black or white, whichever reads better.
 *
 * @prop {Promise<boolean>} updateComplete - Resolves once the element has drawn its latest state (Lit's).
 *
 * @fires {CustomEvent<{row: string, visible: boolean}>} ketamine-compare-toggle - A visitor switched a row on or off.
 * @fires {CustomEvent<{approach: string, visible: boolean}>} ketamine-compare-approach-toggle - A visitor switched an approach (column) on or off.
 * @fires {CustomEvent<{message: string, source: string, problems: Array<{path: string, message: string}>}>} ketamine-compare-error - A custom dataset could not be used: the bundled one is shown instead, or, when its checker could not be loaded, the fallback content stays.
 *
 * @slot - Fallback content: shown before the script runs and where scripts never run; hidden once the element upgrades.
 * @slot scope - The practice's own scope statement (e.g. "I am not a licensed therapist"), shown with the disclaimers.
 * @slot cta - The practice's call to action, shown after the safety notes and before the sources, visibly apart from the comparison.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The table's `<caption>`.
 * @csspart column-header - Each approach's column header.
 * @csspart row-header - Each question's row header.
 * @csspart cell - Each data cell.
 * @csspart toggles - The group of row toggles.
 * @csspart toggle - Each row toggle, a `<button aria-pressed>`.
 * @csspart approach-toggles - The group of approach toggles (shown when there are two approaches or more).
 * @csspart approach-toggle - Each approach toggle, a `<button aria-pressed>`.
 * @csspart disclaimers - The general disclaimers, with the `scope` slot.
 * @csspart crisis - The crisis lines (988, 911).
 * @csspart sources - The numbered sources and the review date.
 * @csspart error - The message shown when a custom dataset cannot be used, or above the fallback content when the comparison could not be loaded.
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
  /** @internal Marks this class as ours (see `define`). */
  static readonly [OURS] = true;

  /**
   * Registers the element under `tag` (once: a second call, from a second copy of the script, does nothing) and
   * says so in the console when another script already took the tag.
   */
  static define(tag = TAG, registry: CustomElementRegistry = customElements) {
    const defined = registry.get(tag) as (CustomElementConstructor & { [OURS]?: true }) | undefined;
    if (!defined) registry.define(tag, this);
    else if (!defined[OURS]) console.warn(`${PREFIX} <${tag}> is already defined by another script on this page, so this comparison cannot start: remove that script, or use another tag.`);
  }

  /** The reactive properties: the public attributes (each reflects), then the state (see the fields below).
   * Declared here rather than with decorators: the same for Lit, and about 300 bytes less in the script. */
  static override properties: PropertyDeclarations = {
    approaches: { reflect: true },
    rows: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    src: { reflect: true },
    scope: { reflect: true },
    ctaText: { attribute: 'cta-text', reflect: true },
    ctaHref: { attribute: 'cta-href', reflect: true },
    accent: { reflect: true },
    // The view state (see the fields below): reactive, not attributes.
    data: STATE, error: STATE, unavailable: STATE, announcement: STATE, keepOneShown: STATE,
    shownRows: STATE, rowOrder: STATE, shownApproaches: STATE, rowsOpen: STATE, sourcesOpen: STATE, openRows: STATE, printed: STATE,
  };

  // The public attributes (documented with @attr above, the class comment being the API). Each reflects: the
  // attribute is the source of truth (Wix's Set Attributes panel and Velo set strings), so markup, Velo and a
  // framework's properties all go the same way.
  declare approaches?: string | null;
  declare rows?: string | null;
  // Also HTML's own `lang`; without one, the nearest `lang` above the element applies (source.ts).
  declare lang: string;
  declare theme?: 'light' | 'dark' | null;
  declare src?: string | null;
  declare scope?: string | null;
  declare ctaText?: string | null;
  declare ctaHref?: string | null;
  declare accent?: string | null;

  /** The dataset shown (undefined until one is ready: the owner's fallback content shows meanwhile). */
  private declare data?: Dataset;
  /** Why the custom dataset asked for could not be used (the bundled one is shown instead). */
  private declare error?: ErrorDetail;
  /** The element's language when its dataset could not be loaded (the owner's fallback content stays, with a message in it). */
  private declare unavailable?: string;

  // The visitor's choices, reset when the owner's attributes or the dataset change (see willUpdate).
  /** The rows shown. */
  private shownRows = new Set<string>();
  /** Every row, in the order the table lists them: those asked for first; a row a visitor switches on moves to the top. */
  private rowOrder: string[] = [];
  /** The approaches shown. */
  private shownApproaches = new Set<string>();
  /** Whether the row toggles are open (a button stands in for them, so they do not come before the table). */
  private rowsOpen = false;
  /** Whether the list of sources is unfolded (it is long: folded, the practice's call to action follows the notes). */
  private sourcesOpen = false;
  /** The rows whose details (every cell's points) are open. */
  private openRows = new Set<string>();
  /** Whether the page has been printed: every row's details are drawn from then on, hidden on screen (handlePrint). */
  private declare printed?: true;
  /** Whether the note that one approach stays on is showing (the visitor tried to switch off the last one). */
  private keepOneShown = false;
  /** What the live region says after a visitor's action. */
  private announcement = '';

  // Derived from the dataset and the attributes (see willUpdate).
  /** The dataset's UI words, with the bundled English for any a custom dataset leaves out. */
  private ui!: UiText;
  /** The row toggles, in the order the rows were first listed (the toggles do not move when a row does). */
  private rowToggles: string[] = [];
  /** Every approach, those the owner listed first (in that order), then the dataset's others: the columns a visitor can switch. */
  private listed: Approach[] = [];
  /** The accent colour and the text colour that reads on it, as custom properties (none without `accent`). */
  private accentStyle: Record<string, string | undefined> = {};
  /** The font of the page's headings, for the widget's own when it blends (none on a page without headings). */
  private declare headingFont?: string | null;

  private source = new DatasetSource(this, ({ data, error, lang }) => {
    this.data = data;
    this.error = error;
    this.unavailable = data ? undefined : lang;
  });
  private rest = new RestLoader(this, () => this.data);
  /** @internal Its styles in whatever root and document it is connected to (another component's shadow root, an iframe). */
  protected readonly roots = new RootStyles(this);

  /**
   * Firefox (ESR 140) gives an element moved into another window's document (an iframe's) that window's plain
   * HTMLElement prototype: no methods, no reactive properties, no styles. It takes its own back here, before it is
   * connected there (the browser calls this with the callbacks it read at `define`).
   */
  adoptedCallback() {
    Object.setPrototypeOf(this, KetamineCompare.prototype);
  }

  // The page's printing, heard while the element is on the page (a removed element is not kept by the window).
  override connectedCallback() {
    super.connectedCallback();
    addEventListener('beforeprint', this.handlePrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.handlePrint);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('src') || changed.has('lang')) this.source.choose();
    // Before the dataset: an accent given before a dataset that comes later (a language's file, \`src\`) is kept.
    if (changed.has('accent')) this.accentStyle = accentStyle(this.accent);
    const data = this.data;
    if (!data) return;
    if (changed.has('data')) {
      this.ui = { ...BUNDLED.ui, ...data.ui };
      if (isPast(data.nextReview, new Date())) warnStale(data);
      this.openRows = new Set();
      // The font of the page's first heading (h1, h2 or h3) in the element's root (the document, or the shadow root
      // of the site's component that holds it, whose own styles are the ones its headings follow): many themes set
      // headings in another font than the text, and the widget's own headings blend with the post's (styles.ts).
      // Read as a dataset is drawn, once the parser has passed the element (source.ts): a post's title is there.
      const heading = (this.getRootNode() as ParentNode).querySelector('h1,h2,h3');
      this.headingFont = heading && getComputedStyle(heading).fontFamily;
    }
    if (changed.has('data') || changed.has('rows')) {
      const { ids, unknown } = chooseRows(data, this.rows);
      warnUnknown('row', unknown);
      this.shownRows = new Set(ids);
      this.rowOrder = this.rowToggles = rowOrder(ids, data.rows.map((row) => row.id));
    }
    if (changed.has('data') || changed.has('approaches')) {
      const { ids, unknown } = chooseColumns(data, this.approaches);
      warnUnknown('approach', unknown);
      this.listed = byIds(data.approaches, rowOrder(ids, data.approaches.map((a) => a.id)));
      this.shownApproaches = new Set(ids);
      this.keepOneShown = false;
    }
    // A shown row or column whose cells are in the rest of the dataset: the visitor wants them now.
    if (this.rest.state === 'loading' && [...this.shownRows].some((id) => !data.cells[id] || [...this.shownApproaches].some((a) => !data.cells[id][a]))) this.rest.want();
    if ((changed.has('ctaText') || changed.has('ctaHref')) && this.ctaText && this.ctaHref && !safeHref(this.ctaHref)) {
      console.warn(`${PREFIX} cta-href "${this.ctaHref}" is not an https:, http:, mailto: or tel: link, so the call to action has no link.`);
    }
  }

  protected override updated() {
    // The accent and the page's heading font go on the stack through the CSSOM: a style attribute (as styleMap
    // first writes one) would break a strict Content-Security-Policy (style-src without 'unsafe-inline').
    const stack = this.renderRoot.querySelector<HTMLElement>('.stack');
    for (const [name, value] of Object.entries({ ...this.accentStyle, '--h': this.headingFont })) {
      if (stack && stack.style.getPropertyValue(name) !== (value ?? '')) stack.style.setProperty(name, value ?? null);
    }
  }

  protected override render() {
    const { data, ui } = this;
    // Until a dataset is ready (the parser still to pass, a language file or a custom dataset on its way), the
    // owner's fallback content shows; and if it cannot be loaded, a message in the element's language above it.
    // The message ends with the 988 line: a page with no fallback content of its own would otherwise have none.
    if (!data) return this.unavailable ? html`<p part="error">${unavailableMessage(this.unavailable)} <a href="tel:988">988</a>.</p><slot></slot>` : html`<slot></slot>`;
    const columns = this.listed.filter((a) => this.shownApproaches.has(a.id));
    const rest = this.rest.state;
    const waiting = pending(ui, rest, this.handleRetryClick);
    const today = new Date();
    const stale = isPast(data.nextReview, today);
    const cta = this.ctaText ? (safeHref(this.ctaHref) ? html`<a href=${safeHref(this.ctaHref)!}>${this.ctaText}</a>` : this.ctaText) : undefined;
    const slotted = (name: string) => !!this.querySelector(`:scope > [slot="${name}"]`);
    const lastOn = this.shownApproaches.size === 1;
    const rows = byIds(data.rows, this.rowOrder).map((row) => ({ row, shown: this.shownRows.has(row.id), printed: ALWAYS_PRINTED.includes(row.id) }));
    // The practice's call to action (.cta) comes after the safety notes, never before them: a visitor ready to book
    // has passed the crisis lines and the disclaimers on the way. And before the sources, which are long and read
    // by few: below them the action would be lost. A button-like link in the accent colour, set apart from the
    // comparison by a dashed line and its label, so it does not read as part of it (docs/design.md).
    return html`<div class="sizer" aria-hidden="true"></div>
      <div class="stack" data-columns=${columns.length} lang=${data.lang} dir=${direction(data.lang)}>
        <p class="line">${richText(data.crisis[0], ui.sms)}</p>
        ${this.error ? html`<p part="error" role="alert">${this.error.message}</p>` : nothing}
        ${this.listed.length > 1
          ? toggleGroup(
              'approach',
              ui.approaches!,
              this.listed.map((a) => ({ id: a.id, name: a.short ?? a.name, pressed: this.shownApproaches.has(a.id), disabled: lastOn })),
              this.handleApproachClick,
            )
          : nothing}
        <p class="keep-one" ?hidden=${!this.keepOneShown}>${ui.keepOne}</p>
        <button class="more" aria-controls="rows" aria-expanded=${this.rowsOpen} @click=${this.handleMoreClick} @pointerover=${this.rest.want}>
          ${format(ui.rowsButton!, { shown: this.shownRows.size, total: data.rows.length })}
        </button>
        ${toggleGroup(
          'row',
          ui.toggles,
          byIds(data.rows, this.rowToggles).map((row) => ({ id: row.id, name: row.name, pressed: this.shownRows.has(row.id) })),
          this.handleToggleClick,
          this.rest.want,
        )}
        <div class="vh" role="status" aria-live="polite">${this.announcement}</div>
        <p class="stale" ?hidden=${!stale}>${stale ? format(ui.stale!, { date: writtenDate(data.dates, data.reviewed) }) : ''}</p>
        ${table({ data, columns, rows, numbers: sourceNumbers(data), blogs: blogNumbers(data), ui, dates: data.dates, today, open: this.openRows, printed: this.printed, onDetailsClick: this.handleDetailsClick, rest, pending: waiting })}
        ${notes(data, ui, this.scope ?? '', slotted('scope'), this.handleSlotChange)}
        <div class="cta" ?hidden=${!cta && !slotted('cta')}>
          <p class="cta-label">${ui.cta}</p>
          <slot name="cta" @slotchange=${this.handleSlotChange}>${cta ? html`<p>${cta}</p>` : nothing}</slot>
        </div>
        ${sources({ data, ui, open: this.sourcesOpen, printed: this.printed, onClick: this.handleSourcesClick, rest, pending: waiting })}
      </div>`;
  }

  // --- A visitor's actions: change view state, then tell the page.

  private handleToggleClick = (id: string) => {
    const [shown, visible] = switched(this.shownRows, id);
    if (visible) {
      // A row the visitor switches on comes first in the table, just below the controls, where they are looking.
      this.rowOrder = [id, ...this.rowOrder.filter((other) => other !== id)];
      this.updateComplete.then(() => this.reveal(id));
    }
    this.shownRows = shown;
    this.announce(byIds(this.data!.rows, [id])[0].name, visible);
    this.dispatchEvent(toggleEvent({ row: id, visible }));
  };

  private handleApproachClick = (id: string) => {
    const [shown, visible] = switched(this.shownApproaches, id);
    // At least one approach always stays: said so, since nothing on screen changes.
    if (!shown.size) return void (this.announcement = this.ui.keepOne!, (this.keepOneShown = true));
    this.keepOneShown = false;
    this.shownApproaches = shown;
    this.announce(byIds(this.data!.approaches, [id])[0].name, visible);
    this.dispatchEvent(approachToggleEvent({ approach: id, visible }));
  };

  private handleDetailsClick = (id: string) => {
    const [open, visible] = switched(this.openRows, id);
    if (visible) this.rest.want(); // the points may be in the rest of the dataset
    this.openRows = open;
    this.announce(`${byIds(this.data!.rows, [id])[0].name} ${this.ui.details}`, visible);
  };

  /**
   * The page is about to be printed (Ctrl+P, the browser's menu, window.print()): every row's details are drawn now,
   * before the page is laid out for print. Now, not in Lit's next microtask: window.print() lays the page out before
   * it returns to the script that called it, and microtasks wait for that script.
   */
  private handlePrint = () => {
    this.printed = true;
    this.performUpdate();
  };

  private handleSourcesClick = () => {
    this.sourcesOpen = !this.sourcesOpen;
  };

  private handleMoreClick = () => {
    this.rowsOpen = !this.rowsOpen;
  };

  private handleRetryClick = () => {
    this.rest.retry();
    this.requestUpdate(); // "Loading…" again, in place of the failure
  };

  private handleSlotChange = () => this.requestUpdate();

  private announce(name: string, visible: boolean) {
    this.announcement = `${name}: ${visible ? this.ui.shown : this.ui.hidden}`;
  }

  /** Brings a newly shown row's first cell on screen if it is not, with the least scrolling (no animation). */
  private reveal(id: string) {
    const tr = this.renderRoot.querySelector(`tbody tr[data-id="${id}"]`);
    const first = tr?.children[1] ?? tr;
    if (!first) return;
    const { top } = first.getBoundingClientRect();
    if (top < 0 || top > innerHeight - 48) first.scrollIntoView({ block: 'nearest' });
  }
}

/** The accent colour from the attribute, with the text colour that reads on it; nothing for none or a bad one. */
function accentStyle(accent: string | null | undefined): Record<string, string | undefined> {
  const rgb = accent ? rgbOf(accent) : undefined;
  if (accent && !rgb) console.warn(`${PREFIX} accent "${accent}" is not a solid CSS colour; the default is used.`);
  // The colour as read, not as written: `currentColor`, `Canvas` or a color-mix() of them would resolve differently
  // in the widget than where it was read (a detached canvas), and the text chosen for it would not read.
  return { '--ketamine-compare-accent': rgb && `rgb(${rgb})`, '--ketamine-compare-accent-text': rgb && readableTextOn(rgb) };
}

/** Unknown ids are skipped, and said so in the console for the owner, who may have mistyped one. */
function warnUnknown(kind: string, ids: string[]) {
  if (ids.length) console.warn(`${PREFIX} unknown ${kind} id(s) skipped: ${ids.join(', ')}`);
}

const warned = new Set<string>();
/** Tells the owner once per page and dataset that the content is past its review date, and what to do. */
function warnStale(data: Dataset) {
  if (warned.has(data.reviewed)) return;
  warned.add(data.reviewed);
  console.warn(`${PREFIX} this comparison was due for review on ${data.nextReview} (last reviewed ${data.reviewed}); visitors see a note that it may be out of date. Update the version in your snippet to the latest release, or review your custom dataset.`);
}
