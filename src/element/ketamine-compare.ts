import type { Dataset, UiText } from '../data/types.js';
import { approachToggleEvent, errorEvent, toggleEvent, type ErrorDetail } from './events.js';
import { BUNDLED, LANGUAGES, customDataset, languageDataset, laterState, loadLater, type Loaded } from './datasets.js';
import { PREFIX, byIds, chooseColumns, chooseRows, direction, fill, isStale, readableTextOn, resolveLanguage, rowOrder, safeHref, sourceNumbers } from './model.js';
import { adoptStyles } from './styles.js';
import { h } from './dom.js';
import { rgbOf } from './colour.js';
import { cells, notes, pending, rich, sourceItems, table, toggleGroup } from './view.js';

/** Every attribute, in the order the API docs list them; each has a property of the same name in camelCase. */
const ATTRIBUTES = ['approaches', 'rows', 'lang', 'theme', 'src', 'scope', 'cta-text', 'cta-href', 'accent'];

/**
 * A side-by-side comparison of ketamine treatment approaches, with sources, disclaimers and the 988 crisis line.
 * Approaches are the columns, which visitors can narrow down; questions are the rows, which visitors switch on
 * and off.
 *
 * @summary Compares ketamine treatment approaches in an accessible, sourced table.
 * @tagname ketamine-compare
 *
 * @attr {string} approaches - Space-separated approach ids, the columns in this order: `kap`, `iv-infusion`, `iv-integration`, `esketamine`, `at-home`. Visitors can switch these on and off (at least one stays on). Default `kap iv-infusion iv-integration`.
 * @attr {string} rows - Space-separated row ids shown at first, in this order; the rest stay available as toggles. Default: the six core rows (`route dose-depth can-talk duration support-role scope`).
 * @attr {string} lang - `en` or `es`. Default: the nearest ancestor's `lang` (followed live, also across shadow roots), else `en`. The text direction follows the language.
 * @attr {'light'|'dark'} theme - `light` or `dark` give the widget its own background and colours. Absent: it blends with the page (inherits font and text colour, transparent background).
 * @attr {string} src - URL of a custom dataset (same JSON Schema); replaces the bundled one.
 * @attr {string} scope - The practice's scope statement as plain text, shown with the disclaimers (for Wix, where an element cannot hold children). The `scope` slot wins when both are given.
 * @attr {string} cta-text - The text of the practice's call to action, shown after the comparison. The `cta` slot wins when both are given.
 * @attr {string} cta-href - Where the call to action links to. Only `https:`, `http:`, `mailto:` and `tel:` links become links; anything else leaves the text without a link.
 * @attr {string} accent - The accent colour (any CSS colour), as `--ketamine-compare-accent`; the text on it is set to black or white, whichever reads better.
 *
 * @fires {CustomEvent<{row: string, visible: boolean}>} ketamine-compare-toggle - A visitor switched a row on or off.
 * @fires {CustomEvent<{approach: string, visible: boolean}>} ketamine-compare-approach-toggle - A visitor switched an approach (column) on or off.
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
 * @csspart approach-toggles - The group of approach toggles (shown when there are two approaches or more).
 * @csspart approach-toggle - Each approach toggle, a `<button aria-pressed>`.
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
export class KetamineCompare extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  // Documented with @attr above: the class comment is the API (and custom-elements.json comes from it).
  // Each reflects its attribute: the attributes are the source of truth (Wix's Set Attributes panel and Velo
  // set strings), so an owner's markup, Velo and a framework's properties all go through the same path.
  declare approaches: string | null;
  declare rows: string | null;
  declare theme: string | null;
  declare src: string | null;
  declare scope: string | null;
  declare ctaText: string | null;
  declare ctaHref: string | null;
  declare accent: string | null;

  private root = this.attachShadow({ mode: 'open' });
  /** Gives the host its intrinsic width (see styles.ts); takes no room. */
  private sizer = h('div', { class: 'sizer', 'aria-hidden': 'true' });
  /** The owner's fallback content, shown until the first comparison may be shown. */
  private fallback = h('slot');
  /** Whether the element has shown a comparison yet (see `update`). */
  private shown = false;
  /** What the dataset in `data` was loaded from (see `loadedKey`). */
  private dataKey?: string;
  private data?: Dataset;
  private error?: ErrorDetail;
  /** An error found while the element was off the page, reported when it is back (nobody could hear it then). */
  private unreported?: ErrorDetail;
  /** What the current dataset was loaded from; a load for the same key is skipped (e.g. when the element moves). */
  private loadedKey?: string;
  /** Whether the row toggles are open in a narrow layout (where a button stands in for them). */
  private rowsOpen = false;
  /** Whether the list of sources is unfolded (it is long: on a phone it stood between the comparison and the
   * practice's call to action, about four screens of references). */
  private sourcesOpen = false;
  private announcement = '';
  private scheduled?: Promise<void>;
  private watchers: MutationObserver[] = [];

  constructor() {
    super();
    adoptStyles(this.root);
    this.root.append(this.fallback);
    // A framework may set a property before the element upgrades; it would hide the accessor. Take it over.
    for (const attribute of ATTRIBUTES) {
      const property = camel(attribute);
      if (Object.hasOwn(this, property)) {
        const value = (this as unknown as Record<string, string>)[property];
        delete (this as unknown as Record<string, string>)[property];
        (this as unknown as Record<string, string>)[property] = value;
      }
    }
  }

  connectedCallback() {
    this.watchLanguage();
    this.load();
    if (this.unreported) this.report(this.unreported);
  }

  disconnectedCallback() {
    for (const watcher of this.watchers.splice(0)) watcher.disconnect();
  }

  attributeChangedCallback(name: string) {
    if (name === 'src' || name === 'lang') this.load();
    this.requestUpdate();
  }

  /** Resolves once the element has drawn its latest state (as LitElement's did, which tests and owners use). */
  get updateComplete(): Promise<boolean> {
    return (this.scheduled ?? Promise.resolve()).then(() => true);
  }

  private requestUpdate() {
    this.scheduled ??= Promise.resolve().then(() => {
      this.scheduled = undefined;
      this.update();
    });
  }

  /**
   * Follows the nearest `lang` above the element, across shadow roots, while it is on the page: a change
   * anywhere above loads the language it now resolves to (a load of the same language does nothing).
   */
  private watchLanguage() {
    for (let root: Node = this.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      const watcher = new MutationObserver(() => this.load());
      watcher.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      this.watchers.push(watcher);
      if (!(root as ShadowRoot).host) break;
    }
  }

  /** Chooses the dataset: `src`, else an inline JSON child, else the bundled one in the element's language. */
  private load() {
    if (!this.isConnected) return;
    // With the script before the element (or in <head>), the element starts at its start tag, before its
    // children are parsed, and an inline dataset may still follow. It draws at once (the quickest way to the
    // first screen), but shows nothing of it until the parser has passed it (see `update`).
    if (document.readyState === 'loading' && !parsedPast(this)) this.waitForParser();
    const language = resolveLanguage(closestLang(this), LANGUAGES) ?? BUNDLED.lang;
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    const src = this.getAttribute('src') || undefined;
    const key = JSON.stringify([language, src, inline]);
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    if (src || inline !== undefined) return void this.loadLater(key, customDataset(src, inline ?? ''), language);
    const dataset = languageDataset(language);
    // The bundled language is there at once: draw it now, with no flash of fallback content.
    if (dataset instanceof Promise) this.loadLater(key, dataset.then((data) => ({ data })), language);
    else this.use({ data: dataset }, key);
  }

  private async loadLater(key: string, loading: Promise<Loaded>, language: string) {
    const loaded = await loading;
    // A custom dataset that cannot be used still leaves the visitor a comparison in their language.
    loaded.data ??= await languageDataset(language);
    if (key === this.loadedKey) this.use(loaded, key); // else src or language changed while this was loading
  }

  private use({ data, error }: Loaded, key: string) {
    this.data = data;
    this.dataKey = key;
    this.error = error;
    if (error) this.report(error);
    this.update();
  }

  /** Once the parser has passed the element, chooses the dataset again (an inline one may have come) and draws. */
  private waitForParser() {
    const parser = new MutationObserver(() => parsedPast(this) && done());
    const done = () => {
      parser.disconnect();
      document.removeEventListener('DOMContentLoaded', done);
      this.load();
      this.update();
    };
    parser.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', done);
  }

  /** Tells the owner: in the console, and with an event (once the element is on the page to be heard). */
  private report(error: ErrorDetail) {
    this.unreported = this.isConnected ? undefined : error;
    if (this.unreported) return;
    console.error(`${PREFIX} ${error.message}`, error.problems);
    this.dispatchEvent(errorEvent(error));
  }

  // --- What is derived. Each is rebuilt only when an input changes identity, so nothing has to remember to
  // reset it: a new dataset, `rows` or `approaches` value gives fresh state; new columns give a new table.

  /** The dataset's UI words, with the bundled English for any a custom dataset leaves out. */
  private ui = memo((data: Dataset): UiText => ({ ...BUNDLED.ui, ...data.ui }));

  /** The visitor's rows: which are shown, in which order the table lists them, in which order the toggles are. */
  private rowState = memo((data: Dataset, value: string | null) => {
    const { ids, unknown } = chooseRows(data, value);
    warnUnknown('row', unknown);
    const order = rowOrder(ids, data.rows.map((row) => row.id));
    return { shown: new Set(ids), order, toggles: byIds(data.rows, order) };
  });

  /** The visitor's approaches: the owner's list, and which of them are shown. */
  private approachState = memo((data: Dataset, value: string | null) => {
    const { ids, unknown } = chooseColumns(data, value);
    warnUnknown('approach', unknown);
    return { listed: byIds(data.approaches, ids), shown: new Set(ids) };
  });

  /** Everything but the table: notes, controls, slots. */
  private shell = memo((data: Dataset, rows: RowState, approaches: ApproachState) => {
    const ui = this.ui(data);
    // Once the page has loaded and is idle, or as soon as a visitor reaches for the row toggles, fetch the cells
    // of the rows that start hidden (and the sources), so switching one on does not wait. Not before the page's
    // load event: a script added before it would hold that event back for the owner's whole page.
    const prefetch = () => loadLater(data).then(() => this.requestUpdate());
    const idle = () => ((globalThis as { requestIdleCallback?: (run: () => void) => void }).requestIdleCallback ?? setTimeout)(prefetch);
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
    const toggles = toggleGroup('row', ui.toggles, rows.toggles, (id) => this.handleToggleClick(id));
    toggles.addEventListener('pointerover', prefetch);
    toggles.addEventListener('focusin', prefetch);
    const parts = {
      error: h('p', { part: 'error', role: 'alert' }),
      stale: h('p', { class: 'stale' }),
      approaches: approaches.listed.length > 1 && toggleGroup('approach', ui.approaches!, approaches.listed.map((a) => ({ id: a.id, name: a.short ?? a.name })), (id) => this.handleApproachClick(id)),
      more: h('button', { class: 'more', 'aria-controls': 'rows', click: () => this.handleMoreClick(), pointerover: prefetch }),
      toggles,
      status: h('div', { class: 'vh', role: 'status', 'aria-live': 'polite' }),
      table: h('table') as HTMLTableElement,
      scope: h('p'),
      sources: h('ol', { id: 'sources-list' }),
      sourcesButton: h('button', { class: 'fold', 'aria-controls': 'sources-list', click: () => this.handleSourcesClick() }),
      ctaText: h('p'),
    };
    const cta = h('div', { class: 'cta' }, h('p', { class: 'cta-label' }, ui.cta), h('slot', { name: 'cta', slotchange: () => this.requestUpdate() }, parts.ctaText));
    const stack = h(
      'div',
      { class: 'stack', lang: data.lang, dir: direction(data.lang) },
      // The 988 line first: in the first screen on a phone, whatever the toggles do.
      h('p', { class: 'line' }, rich(data.crisis[0])),
      parts.approaches,
      parts.more,
      toggles,
      parts.status,
      parts.stale,
      parts.table,
      notes(data, ui, h('slot', { name: 'scope' }, parts.scope), parts.sourcesButton, parts.sources),
      cta,
    );
    return { ...parts, stack, cta };
  });

  /** The table for a dataset and the columns shown, and what each of its rows holds so far. */
  private table = memo((data: Dataset, columnIds: string) => {
    const columns = byIds(data.approaches, columnIds.split(' '));
    return { ...table(data, columns), columns, numbers: sourceNumbers(data), drawn: new Map<string, 'ready' | 'loading' | 'failed'>() };
  });

  /** The call to action from the attributes, as a link where its URL is a safe one. */
  private ctaFromAttributes = memo((text: string | null, href: string | null) => {
    const safe = safeHref(href);
    if (text && href && !safe) console.warn(`${PREFIX} cta-href "${href}" is not an https:, http:, mailto: or tel: link; the call to action is shown without a link.`);
    return text ? (safe ? h('a', { href: safe }, text) : document.createTextNode(text)) : undefined;
  });

  /** The accent colour from the attribute, with the text colour that reads on it. */
  private accentFromAttribute = memo((accent: string | null) => {
    if (!accent) return undefined;
    const rgb = rgbOf(accent);
    if (!rgb) console.warn(`${PREFIX} accent "${accent}" is not a solid CSS colour; the default accent is used.`);
    return rgb && [accent, readableTextOn(rgb)];
  });

  // --- Drawing: the parts above, then the view state on them. Runs on every change; sets only what differs.

  /** The parts for the current dataset, attributes and visitor's choices (each built once, see above). */
  private current(data: Dataset) {
    const ui = this.ui(data);
    const rows = this.rowState(data, this.getAttribute('rows'));
    const approaches = this.approachState(data, this.getAttribute('approaches'));
    const shell = this.shell(data, rows, approaches);
    const view = this.table(data, approaches.listed.filter((a) => approaches.shown.has(a.id)).map((a) => a.id).join(' '));
    return { ui, rows, approaches, shell, view };
  }

  private update() {
    const data = this.data;
    // Until a dataset is ready (a language file or a custom dataset still loading), the fallback content shows.
    if (!data) return;
    const { ui, rows, approaches, shell, view } = this.current(data);
    // The first comparison waits behind the fallback content until the parser has passed the element and its
    // dataset is the one chosen then, so visitors never see the bundled comparison before an owner's inline one.
    this.shown ||= this.dataKey === this.loadedKey && !(document.readyState === 'loading' && !parsedPast(this));
    const children = this.shown ? [this.sizer, shell.stack] : [this.fallback, this.sizer, shell.stack];
    if (children.some((child, i) => this.root.children[i] !== child) || this.root.children.length !== children.length) this.root.replaceChildren(...children);
    hide(shell.stack, !this.shown);
    if (shell.table !== view.element) shell.table.replaceWith((shell.table = view.element));

    // The layout for this many columns follows the widget's width (container queries in styles.ts).
    set(shell.stack, 'class', `stack cols-${view.columns.length}`);
    const accent = this.accentFromAttribute(this.getAttribute('accent'));
    shell.stack.style.setProperty('--ketamine-compare-accent', accent?.[0] ?? null);
    shell.stack.style.setProperty('--ketamine-compare-accent-text', accent?.[1] ?? null);

    // The error part is there only while there is an error (a page may style or test for it).
    setText(shell.error, this.error?.message ?? '');
    if (!this.error) shell.error.remove();
    else if (!shell.error.isConnected) shell.approaches ? shell.approaches.before(shell.error) : shell.more.before(shell.error);
    const stale = isStale(data.nextReview, new Date());
    if (stale) warnStale(data);
    setText(shell.stale, stale ? fill(ui.stale!, { date: data.reviewed }) : '');
    hide(shell.stale, !stale);

    for (const button of shell.approaches ? shell.approaches.querySelectorAll('button') : []) {
      const shown = approaches.shown.has(button.dataset.approach!);
      set(button, 'aria-pressed', String(shown));
      // The last approach left cannot be switched off: said so to assistive technology, not just ignored.
      set(button, 'aria-disabled', shown && approaches.shown.size === 1 ? 'true' : null);
    }
    for (const button of shell.toggles.querySelectorAll('button')) set(button, 'aria-pressed', String(rows.shown.has(button.dataset.row!)));
    set(shell.more, 'aria-expanded', String(this.rowsOpen));
    setText(shell.more, fill(ui.rowsButton!, { shown: rows.shown.size, total: data.rows.length }));
    setText(shell.status, this.announcement);

    const tbody = view.element.tBodies[0];
    rows.order.forEach((id, i) => {
      const tr = view.rows.get(id)!;
      if (tbody.children[i] !== tr) tbody.insertBefore(tr, tbody.children[i] ?? null);
      hide(tr, !rows.shown.has(id));
      if (!tr.hidden) this.fill(data, ui, view, id);
    });

    // The sources: in the dataset, or on their way with the rows that start hidden.
    const sources = laterState(data);
    if (shell.sources.dataset.state !== sources) {
      shell.sources.dataset.state = sources;
      shell.sources.replaceChildren(...(sources === 'ready' ? sourceItems(data) : [h('li', null, this.waiting(data, ui, sources))]));
    }
    set(shell.sourcesButton, 'aria-expanded', String(this.sourcesOpen));
    setText(shell.sourcesButton, sources === 'ready' ? `${ui.sources} (${data.sources.length})` : ui.sources);
    // Folded, unless the list is not in yet (it says so) or the visitor unfolded it; printed in full (styles.ts).
    hide(shell.sources, sources === 'ready' && !this.sourcesOpen);

    const scope = this.getAttribute('scope') ?? '';
    setText(shell.scope, scope);
    hide(shell.scope, !scope);
    const cta = this.ctaFromAttributes(this.getAttribute('cta-text'), this.getAttribute('cta-href'));
    if (shell.ctaText.firstChild !== (cta ?? null)) shell.ctaText.replaceChildren(...(cta ? [cta] : []));
    hide(shell.cta, !cta && !this.querySelector(':scope > [slot="cta"]'));
  }

  /** Draws a shown row's cells the first time, or says they are on their way, or that they could not be loaded. */
  private fill(data: Dataset, ui: UiText, view: TableView, id: string) {
    const drawn = view.drawn.get(id);
    if (drawn === 'ready') return;
    const state = data.cells[id] ? 'ready' : laterState(data);
    // A visitor wants this row now: start the load if the page has not yet.
    if (state === 'loading') loadLater(data).then(() => this.requestUpdate());
    if (state === drawn) return;
    view.drawn.set(id, state);
    const tr = view.rows.get(id)!;
    tr.replaceChildren(
      tr.firstChild!,
      ...(state === 'ready' ? cells(view.columns, data.cells[id], view.numbers, ui) : [h('td', { role: 'cell', colspan: view.columns.length }, this.waiting(data, ui, state))]),
    );
  }

  /** What a part that comes later says while it is on its way, or after it failed (with a button to try again). */
  private waiting(data: Dataset, ui: UiText, state: 'loading' | 'failed') {
    const retry = () => {
      loadLater(data, true).then(() => this.requestUpdate());
      this.update();
    };
    return state === 'failed' ? pending(ui.loadFailed!, { label: ui.retry!, onClick: retry }) : pending(ui.loading!);
  }

  // --- A visitor's actions: change view state, draw at once, then tell the page.

  private handleToggleClick(id: string) {
    const data = this.data!;
    const rows = this.rowState(data, this.getAttribute('rows'));
    const visible = !rows.shown.delete(id);
    if (visible) {
      rows.shown.add(id);
      // A row the visitor switches on comes first in the table, just below the controls, where they are looking.
      rows.order = [id, ...rows.order.filter((other) => other !== id)];
    }
    this.announce(byIds(data.rows, [id])[0].name, visible);
    if (visible) this.reveal(id);
    this.dispatchEvent(toggleEvent({ row: id, visible }));
  }

  private handleApproachClick(id: string) {
    const data = this.data!;
    const approaches = this.approachState(data, this.getAttribute('approaches'));
    const visible = !approaches.shown.has(id);
    // At least one approach always stays: said so, since nothing on screen changes.
    if (!visible && approaches.shown.size === 1) return void ((this.announcement = this.ui(data).keepOne!), this.update());
    if (visible) approaches.shown.add(id);
    else approaches.shown.delete(id);
    this.announce(byIds(data.approaches, [id])[0].name, visible);
    this.dispatchEvent(approachToggleEvent({ approach: id, visible }));
  }

  private handleSourcesClick() {
    this.sourcesOpen = !this.sourcesOpen;
    this.update();
  }

  private handleMoreClick() {
    this.rowsOpen = !this.rowsOpen;
    this.update();
  }

  private announce(name: string, visible: boolean) {
    const ui = this.ui(this.data!);
    this.announcement = `${name}: ${visible ? ui.shown : ui.hidden}`;
    this.update();
  }

  /** Brings a newly shown row's first cell on screen if it is not, with the least scrolling (no animation). */
  private reveal(id: string) {
    const tr = this.current(this.data!).view.rows.get(id)!;
    const first = tr.children[1] ?? tr;
    const { top } = first.getBoundingClientRect();
    if (top < 0 || top > innerHeight - 48) first.scrollIntoView({ block: 'nearest' });
  }
}

type RowState = ReturnType<KetamineCompare['rowState']>;
type ApproachState = ReturnType<KetamineCompare['approachState']>;
type TableView = ReturnType<KetamineCompare['table']>;

// Properties that reflect the attributes (`ctaText` is `cta-text`).
for (const attribute of ATTRIBUTES) {
  if (attribute === 'lang') continue; // HTMLElement already reflects it
  Object.defineProperty(KetamineCompare.prototype, camel(attribute), {
    get(this: HTMLElement) {
      return this.getAttribute(attribute);
    },
    set(this: HTMLElement, value: string | null | undefined) {
      if (value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
    },
  });
}

/** Remembers the last result of `build` and builds again only when an argument changes identity. */
function memo<A extends unknown[], R>(build: (...args: A) => R) {
  let last: A | undefined;
  let value: R;
  return (...args: A): R => {
    if (!last || args.some((arg, i) => arg !== last![i])) value = build(...(last = args));
    return value;
  };
}

function camel(attribute: string) {
  return attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}


/** Sets an attribute only when it changes (null removes it), so a redraw does not make the browser restyle. */
function set(element: Element, name: string, value: string | null) {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function hide(element: HTMLElement, hidden: boolean) {
  if (element.hidden !== hidden) element.hidden = hidden;
}

function setText(element: Element, text: string) {
  if (element.textContent !== text) element.textContent = text;
}

/** Whether the HTML parser has moved past the element (something follows it), so all its children are there. */
function parsedPast(node: Node | null): boolean {
  for (; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** The nearest `lang` at or above the element, across shadow roots. */
function closestLang(element: Element): string | null {
  for (let node: Node | null = element; node; node = (node as ShadowRoot).host ?? node.parentNode) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang');
  }
  return null;
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
