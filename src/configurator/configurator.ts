/**
 * demo/configurator.html: an owner picks columns, rows, language, theme, accent colour, scope statement and call
 * to action, sees the widget change as they go, and copies a ready snippet (or the Wix settings).
 * Built to dist/configurator.js; the preview is the real element from dist/ketamine-compare.js.
 */
import en from '../data/en.json' with { type: 'json' };
import es from '../data/es.json' with { type: 'json' };
import type { Dataset } from '../data/types.js';
import { attributes, ctaHref, scriptUrl, snippet, type WidgetOptions } from './snippet.js';
import { TAG } from '../element/model.js';

declare const __VERSION__: string;
const datasets = { en, es } as unknown as Record<'en' | 'es', Dataset>;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = $<HTMLFormElement>('options');
const approachList = $<HTMLOListElement>('approach-list');
const rowList = $<HTMLDivElement>('row-list');
const preview = document.querySelector(TAG) as HTMLElement;

/** One checkbox per approach, with buttons to move it; the list order is the column order. */
for (const approach of en.approaches) {
  const item = document.createElement('li');
  item.dataset.id = approach.id;
  item.innerHTML = `<label><input type="checkbox" name="approach" value="${approach.id}"> <span></span></label>
    <button type="button" data-move="-1">↑</button><button type="button" data-move="1">↓</button>`;
  item.querySelector('span')!.textContent = approach.name;
  const [up, down] = item.querySelectorAll('button');
  up.setAttribute('aria-label', `Move up: ${approach.name}`);
  down.setAttribute('aria-label', `Move down: ${approach.name}`);
  (item.querySelector('input') as HTMLInputElement).checked = ['kap', 'iv-infusion', 'iv-integration'].includes(approach.id);
  approachList.append(item);
}
for (const row of en.rows) {
  const label = document.createElement('label');
  label.innerHTML = `<input type="checkbox" name="row" value="${row.id}"> <span></span>`;
  label.querySelector('span')!.textContent = row.name;
  (label.querySelector('input') as HTMLInputElement).checked = row.core;
  rowList.append(label);
}

function read(): WidgetOptions {
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
  const checked = (name: string, root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  return {
    approaches: checked('approach', approachList),
    rows: checked('row', rowList),
    lang: field('lang') as WidgetOptions['lang'],
    theme: field('theme') as WidgetOptions['theme'],
    accent: (form.elements.namedItem('custom-accent') as HTMLInputElement).checked ? field('accent') : '',
    scope: field('scope'),
    ctaText: field('cta-text'),
    ctaUrl: field('cta-url'),
  };
}

/** The preview is the real element: its attributes and slots change exactly as the snippet says. */
function show(options: WidgetOptions) {
  for (const name of ['approaches', 'rows', 'lang', 'theme']) preview.removeAttribute(name);
  for (const [name, value] of attributes(options)) preview.setAttribute(name, value);
  preview.style.setProperty('--ketamine-compare-accent', options.accent || null);
  preview.replaceChildren();
  if (options.scope.trim()) preview.append(Object.assign(document.createElement('p'), { slot: 'scope', textContent: options.scope.trim() }));
  const href = ctaHref(options);
  if (href) preview.append(Object.assign(document.createElement('a'), { slot: 'cta', href, textContent: options.ctaText.trim() }));
  $('cta-warning').hidden = !(options.ctaText.trim() && options.ctaUrl.trim() && !href);

  $<HTMLTextAreaElement>('snippet').value = snippet(options, datasets[options.lang], __VERSION__);
  $('wix-url').textContent = scriptUrl(__VERSION__);
  $('wix-attributes').replaceChildren(
    ...attributes(options).map(([name, value]) => {
      const row = document.createElement('tr');
      row.innerHTML = '<th scope="row"><code></code></th><td><code></code></td>';
      row.querySelector('th code')!.textContent = name;
      row.querySelector('td code')!.textContent = value;
      return row;
    }),
  );
}

form.addEventListener('input', () => show(read()));
form.addEventListener('change', () => show(read()));
approachList.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
  if (!button) return;
  const item = button.closest('li')!;
  const sibling = Number(button.dataset.move) < 0 ? item.previousElementSibling : item.nextElementSibling?.nextElementSibling;
  if (Number(button.dataset.move) < 0 && !sibling) return;
  approachList.insertBefore(item, sibling ?? null);
  button.focus();
  show(read());
});

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

$('copy').addEventListener('click', async () => {
  const text = $<HTMLTextAreaElement>('snippet').value;
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied. Paste it into a Code block (HTML) on your page.';
  } catch {
    // No clipboard permission (some browsers, embedded previews): select it for the visitor to copy.
    $<HTMLTextAreaElement>('snippet').select();
    status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
  }
});

show(read());
