/**
 * demo/configurator.html: an owner picks columns, rows, language, background, accent colour, scope statement
 * and call to action, sees the widget change as they go, and copies a ready snippet (or the Wix settings and
 * page code). Mistakes are caught next to their field; the choices live in the address after `#`.
 * Built to dist/configurator.js; the preview is the real element from dist/ketamine-compare.js.
 */
import datasets from 'ketamine-compare:datasets';
import { TAG } from '../element/model.js';
import { chosenAttributes } from './attributes.js';
import { checkAccent, checkCta, checkLink, type Page } from './checks.js';
import { WIX_WIDTHS, measureWidgets, phoneLength, wixHeight } from './measure.js';
import { CDN, attributes, defaults, scriptUrl, snippet, veloCode, type WidgetOptions } from './snippet.js';
import { fromHash, readSnippet, sanitize, toHash } from './state.js';
import { linkMakers } from './makers.js';

declare const __VERSION__: string;
/** The sha384 of the dist/ketamine-compare.js this build made (rollup.config.mjs). */
declare const __SCRIPT_INTEGRITY__: string;

/** Every language the build found a dataset for (scripts/datasets.mjs); the form speaks English. */
const languages = Object.keys(datasets);
const words = datasets.en ?? datasets[languages[0]];
const start = defaults(words, words.lang);
const known = { approaches: words.approaches.map((a) => a.id), rows: words.rows.map((r) => r.id), languages };
/** The attributes the configurator sets (and so clears before setting them again on the preview). */
const ATTRIBUTES = chosenAttributes().map(([, name]) => name);

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement = HTMLInputElement>(name: string) => form.elements.namedItem(name) as T;
const approachList = $<HTMLOListElement>('approach-list');
const rowList = $('row-list');
const preview = document.querySelector(TAG) as HTMLElement;
/**
 * Where the snippets load the script from: jsDelivr, unless the page names another in
 * <meta name="ketamine-compare-cdn"> (only `scripts/site.mjs --cdn`, for the release rehearsal, writes one).
 */
const cdn = document.querySelector<HTMLMetaElement>('meta[name="ketamine-compare-cdn"]')?.content || CDN;

/** A language's name in English, and in itself when that differs: "Spanish (español)". */
function languageName(lang: string) {
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    const own = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return english && own && own !== english ? `${english} (${own})` : (english ?? lang);
  } catch {
    return lang;
  }
}
for (const lang of languages) field<HTMLSelectElement>('lang').append(new Option(languageName(lang), lang));

/** One checkbox per approach, with buttons to move it; the list order is the column order. */
for (const approach of words.approaches) {
  const item = document.createElement('li');
  item.dataset.id = approach.id;
  const label = document.createElement('label');
  label.append(Object.assign(document.createElement('input'), { type: 'checkbox', name: 'approach', value: approach.id }), ` ${approach.name}`);
  const move = (step: number, text: string, name: string) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text, title: name });
    button.setAttribute('aria-label', `${name}: ${approach.name}`);
    button.dataset.move = String(step);
    return button;
  };
  const up = move(-1, '↑', 'Move up');
  const down = move(1, '↓', 'Move down');
  item.append(label, up, down);
  approachList.append(item);
}
for (const row of words.rows) {
  const label = document.createElement('label');
  label.dataset.id = row.id;
  label.append(Object.assign(document.createElement('input'), { type: 'checkbox', name: 'row', value: row.id }), ` ${row.name}`);
  rowList.append(label);
}

const checked = (root: HTMLElement, name: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);

function read(): WidgetOptions {
  return {
    approaches: checked(approachList, 'approach'),
    rows: checked(rowList, 'row'),
    lang: field('lang').value,
    theme: field('theme').value as WidgetOptions['theme'],
    accent: field('accent').value,
    scope: field('scope').value,
    ctaText: field('cta-text').value,
    ctaHref: field('cta-href').value,
  };
}

/** Puts choices into the form: the checked approaches and rows first, in their order, then the others. */
function apply(options: WidgetOptions) {
  const order = (list: HTMLElement, ids: string[]) => {
    const items = [...list.children] as HTMLElement[];
    const rank = (item: HTMLElement) => (ids.includes(item.dataset.id!) ? ids.indexOf(item.dataset.id!) : ids.length + items.indexOf(item));
    list.append(...items.sort((a, b) => rank(a) - rank(b)));
    for (const input of list.querySelectorAll('input')) input.checked = ids.includes(input.value);
  };
  order(approachList, options.approaches);
  order(rowList, options.rows);
  field('lang').value = options.lang;
  field('theme').value = options.theme;
  field('accent').value = options.accent;
  field('scope').value = options.scope;
  field('cta-text').value = options.ctaText;
  field('cta-href').value = options.ctaHref;
}

/**
 * A message next to a field (which names it in aria-describedby). Its words say what happened and stand on
 * their own; the colour only repeats it: grey for all is well, amber for changed or worth a look (`warn`), red
 * for not used (`refused`).
 */
function note(id: string, kind: 'ok' | 'warn' | 'refused', message: string | undefined) {
  const element = $(id);
  element.hidden = !message;
  element.dataset.kind = kind;
  element.textContent = message ?? '';
}

/**
 * The cost of the choices: how tall the widget is on a phone, and how tall Wix's box must be, measured on hidden
 * widgets that follow the preview's attributes.
 */
const measures = measureWidgets(document.body, (heights) => {
  // Nothing drawn yet (a language file on its way): the last figures stay until there is one.
  if (!heights.phone) return;
  $('length').textContent = phoneLength(heights.phone);
  $('wix-height-desktop').textContent = wixHeight(heights.wixDesktop);
  $('wix-height-mobile').textContent = wixHeight(heights.wixMobile);
});
for (const [view, width] of Object.entries(WIX_WIDTHS)) for (const element of document.querySelectorAll(`.wix-width-${view}`)) element.textContent = `${width} px`;

/** The page the preview shows the widget on, as the owner chose: what "no theme" blends with. */
const previewPage = (): Page => (document.querySelector<HTMLInputElement>('input[name="preview-page"]:checked')?.value === 'dark' ? 'dark' : 'light');

/** The preview, the messages, the snippet, the Wix settings and the address, from the current choices. */
function show(options: WidgetOptions) {
  for (const name of ATTRIBUTES) preview.removeAttribute(name);
  for (const [name, value] of attributes(options)) preview.setAttribute(name, value);
  measures.set(attributes(options), ATTRIBUTES);

  const accent = checkAccent(options.accent, { theme: options.theme, page: previewPage() });
  note('accent-note', accent.kind === 'close' ? 'warn' : accent.kind === 'refused' ? 'refused' : 'ok', accent.message);
  field('accent').setAttribute('aria-invalid', String(accent.kind === 'refused'));
  // The picker follows what is typed; with no colour typed it shows the default.
  $<HTMLInputElement>('accent-picker').value = accent.hex ?? '#0f766e';
  $('accent-reset').hidden = !options.accent;
  const suggest = $<HTMLButtonElement>('accent-suggestion');
  suggest.hidden = !accent.suggestion;
  suggest.dataset.colour = accent.suggestion ?? '';
  // A swatch of the shade, since a colour code alone means little.
  suggest.replaceChildren(Object.assign(document.createElement('span'), { className: 'swatch' }), `Use the ${accent.shade ?? ''} shade, ${accent.suggestion ?? ''}`);
  (suggest.firstElementChild as HTMLElement).style.background = accent.suggestion ?? '';

  const link = checkLink(options.ctaHref);
  const cta = checkCta(options.ctaText, link);
  if (cta.href) note('cta-href-note', 'warn', cta.href);
  else note('cta-href-note', link.kind === 'refused' ? 'refused' : 'ok', link.message);
  field('cta-href').setAttribute('aria-invalid', String(link.kind === 'refused'));
  note('cta-text-note', 'refused', cta.text);
  field('cta-text').setAttribute('aria-invalid', String(!!cta.text));
  $('approach-note').hidden = options.approaches.length > 0;
  $('row-note').hidden = options.rows.length > 0;

  const data = datasets[options.lang] ?? words;
  $<HTMLTextAreaElement>('snippet').value = snippet(options, data, __VERSION__, __SCRIPT_INTEGRITY__, cdn);
  $<HTMLTextAreaElement>('velo').value = veloCode(options, data);
  $('wix-url').textContent = scriptUrl(__VERSION__, cdn);
  const values = new Map(attributes(options));
  $('wix-attributes').replaceChildren(
    ...ATTRIBUTES.map((name) => {
      const row = document.createElement('tr');
      const value = values.get(name);
      const th = Object.assign(document.createElement('th'), { scope: 'row' });
      th.append(Object.assign(document.createElement('code'), { textContent: name }));
      const td = document.createElement('td');
      if (value === undefined) td.append(Object.assign(document.createElement('span'), { className: 'hint', textContent: 'Not set: leave it out' }));
      else {
        const code = Object.assign(document.createElement('code'), { id: `wix-value-${name}`, textContent: value });
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copy' });
        button.setAttribute('aria-label', `Copy the value of ${name}`);
        button.dataset.copy = code.id;
        td.append(code, ' ', button);
      }
      row.append(th, td);
      return row;
    }),
  );

  const hash = toHash(options, start);
  keepInAddress(hash ? `#${hash}` : location.pathname + location.search);
}

let lastWrite = 0;
let pending: ReturnType<typeof setTimeout> | undefined;
/**
 * Keeps the choices in the address: at most one change every 150 ms, the last one always written. Typing makes a
 * change per key, and Safari refuses more than 100 address changes in 10 seconds (and throws). The address is a
 * convenience: if the browser refuses it, the page goes on without it.
 */
function keepInAddress(url: string) {
  clearTimeout(pending);
  const write = () => {
    lastWrite = Date.now();
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // refused (too many changes): the next change tries again
    }
  };
  const wait = 150 - (Date.now() - lastWrite);
  if (wait <= 0) write();
  else pending = setTimeout(write, wait);
}

const update = () => show(read());
form.addEventListener('input', update);
form.addEventListener('change', update);
approachList.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
  if (!button) return;
  const item = button.closest('li')!;
  const up = Number(button.dataset.move) < 0;
  const sibling = up ? item.previousElementSibling : item.nextElementSibling?.nextElementSibling;
  if (up && !sibling) return;
  approachList.insertBefore(item, sibling ?? null);
  button.focus();
  update();
});

// The colour takes effect as it is picked or typed; "Use the default" clears it.
$<HTMLInputElement>('accent-picker').addEventListener('input', (event) => {
  field('accent').value = (event.target as HTMLInputElement).value;
  update();
});
$('accent-suggestion').addEventListener('click', (event) => {
  field('accent').value = (event.currentTarget as HTMLElement).dataset.colour ?? '';
  update();
  field('accent').focus();
});
$('accent-reset').addEventListener('click', () => {
  field('accent').value = '';
  update();
  field('accent').focus();
});

// The preview on a light or a dark page ("None: blend with my site" looks different on each, and the accent
// colour is checked against it), as wide as a phone or a computer's column.
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preview-page"]')) {
  radio.addEventListener('change', () => {
    $('preview-page').dataset.page = radio.value;
    update();
  });
}
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preview-width"]')) {
  radio.addEventListener('change', () => ($('preview-page').dataset.width = radio.value));
}

// Tabs: the snippet for any site, or the settings for Wix's Custom Element.
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => {
    for (const other of tabs) {
      other.setAttribute('aria-selected', String(other === tab));
      other.tabIndex = other === tab ? 0 : -1;
      $(other.getAttribute('aria-controls')!).hidden = other !== tab;
    }
  });
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    next.focus();
    next.click();
  });
}

/**
 * Copies text; without clipboard permission (some browsers, embedded previews), selects it to copy by hand.
 * A button that copied says so for a moment ("Copied ✓"), where the owner is looking.
 */
async function copy(source: HTMLElement, status: HTMLElement, done: string, button?: HTMLButtonElement) {
  const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
    if (button) {
      button.dataset.label ??= button.textContent ?? '';
      button.textContent = 'Copied ✓';
      setTimeout(() => (button.textContent = button.dataset.label!), 2000);
    }
  } catch {
    source.closest('details')?.setAttribute('open', '');
    if (source instanceof HTMLTextAreaElement) source.select();
    else getSelection()?.selectAllChildren(source);
    status.textContent = 'Selected: now copy it (Ctrl+C, or Cmd+C on a Mac; on a phone, tap and hold, then Copy).';
  }
}
$('copy').addEventListener('click', (event) => copy($('snippet'), $('copy-status'), 'Copied.', event.currentTarget as HTMLButtonElement));
// The same snippet from the WordPress tab. Where the browser refuses the clipboard, the snippet box (in the first
// tab) is shown with the snippet selected, to copy by hand.
$('copy-wordpress').addEventListener('click', async (event) => {
  const status = $('copy-wordpress-status');
  await copy($('snippet'), status, 'Copied.', event.currentTarget as HTMLButtonElement);
  if (status.textContent === 'Copied.') return;
  $('tab-html').click();
  $<HTMLTextAreaElement>('snippet').select();
  $('copy-status').textContent = status.textContent;
});
$('copy-velo').addEventListener('click', (event) => copy($('velo'), $('copy-velo-status'), "Copied. Paste it into this page's code.", event.currentTarget as HTMLButtonElement));
$('panel-wix').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
  if (button) copy($(button.dataset.copy!), $('wix-copy-status'), `Copied: ${$(button.dataset.copy!).textContent}`, button);
});

/**
 * Whether the CDN serves the script the snippet loads, byte for byte: a version not published yet (or a CDN that
 * cannot be reached) leaves a pasted page with only its plain comparison, and nothing else would tell the owner.
 * The browser checks the integrity hash as it fetches, as it will on the owner's page; a second fetch without it
 * tells a file that differs from one that is not there. Only the script's address is requested: nothing typed.
 */
let checks = 0;
async function checkOnline() {
  const version = __VERSION__;
  // Only the latest check speaks: an earlier one still waiting on the network must not overwrite it.
  const check = ++checks;
  const say = (kind: 'ok' | 'warn' | 'refused', message: string) => {
    if (check !== checks) return;
    note('online-status', kind, message);
    linkMakers($('online-status'));
  };
  say('ok', `Checking that version ${version} of the script is online…`);
  const get = (integrity?: string) => fetch(scriptUrl(version, cdn), { integrity, credentials: 'omit', cache: 'no-store' });
  // Before a release, or in the minutes after it: the snippet is right only once the version is out.
  const missing = () =>
    say(
      'warn',
      `Version ${version} of the widget is not out yet. Don't paste this snippet yet: a page with it would show only the plain copy of the comparison, without buttons. Come back later and press Check again; when it says the widget is ready to paste, copy your snippet again and paste that one.`,
    );
  try {
    const response = await get(__SCRIPT_INTEGRITY__);
    return response.ok ? say('ok', `The widget (version ${version}) is online and matches your snippet: ready to paste.`) : missing();
  } catch {
    // The hashed fetch fails alike for a file that differs, a page that is not there and no network at all.
    const plain = await get().catch(() => undefined);
    if (plain?.ok) return say('refused', `The widget's file online does not match your snippet, so browsers will refuse to run it. Do not paste this snippet; please tell the widget's makers.`);
    if (plain) return missing();
    say('warn', `We couldn't check whether the widget is online right now. You can still paste the snippet; if your page then shows only a plain copy of the comparison, without buttons, come back and press Check again.`);
  }
}
$('online-check').addEventListener('click', checkOnline);
checkOnline();

// A snippet made before (by this version or an older one), pasted back to edit.
$('load').addEventListener('click', () => {
  const status = $('load-status');
  const loaded = readSnippet($<HTMLTextAreaElement>('paste').value);
  if ('error' in loaded) {
    status.textContent = loaded.error;
    status.dataset.kind = 'refused';
    return;
  }
  apply({ ...start, ...sanitize(loaded.given, known) });
  update();
  const version = loaded.version && loaded.version !== __VERSION__ ? ` It was made for version ${loaded.version}; the new snippet uses ${__VERSION__}, so copy it again.` : '';
  status.textContent = `Loaded: your settings are below.${version}${loaded.notes.map((text) => ` ${text}`).join('')}`;
  status.dataset.kind = 'ok';
});

for (const element of document.querySelectorAll('.version')) element.textContent = __VERSION__;
linkMakers(document.body);
const fromAddress = () => apply({ ...start, ...sanitize(fromHash(location.hash), known) });
// Typed or pasted into the address bar: the choices in it replace the form's. A link within the page (such as
// "Go to your snippet") changes the address too: it keeps the choices, which are then written back.
addEventListener('hashchange', () => {
  if (!location.hash || Object.keys(fromHash(location.hash)).length) fromAddress();
  update();
});
fromAddress();
update();
