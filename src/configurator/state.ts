/**
 * Where the owner's choices are kept, without cookies or storage: in the page's address after `#` (browsers
 * never send that part to a server), so a reload or a bookmark brings them back; and how a snippet made
 * earlier (by this version or an older one) is read back into choices to edit.
 */
import { TAG, resolveLanguage } from '../element/model.js';
import { chosenAttributes } from './attributes.js';
import type { WidgetOptions } from './snippet.js';

const text = (value: WidgetOptions[keyof WidgetOptions]) => (Array.isArray(value) ? value.join(' ') : value);

/** The choices that differ from `start`, as the part after `#` ('' when there is none). */
export function toHash(options: WidgetOptions, start: WidgetOptions): string {
  const params = new URLSearchParams();
  // Each choice is named in the address by its attribute, so an owner can read it.
  for (const [key, name] of chosenAttributes()) if (text(options[key]) !== text(start[key])) params.set(name, text(options[key]));
  return params.toString();
}

/** What the choices are in the form the configurator keeps them; anything unknown or malformed is left out. */
export function sanitize(given: Partial<Record<keyof WidgetOptions, string | string[]>>, known: { approaches: string[]; rows: string[]; languages: string[] }): Partial<WidgetOptions> {
  const options: Partial<WidgetOptions> = {};
  const ids = (value: string | string[], from: string[]) => [...new Set(text(value as string).toLowerCase().split(/\s+/))].filter((id) => from.includes(id));
  if (given.approaches !== undefined) options.approaches = ids(given.approaches, known.approaches);
  if (given.rows !== undefined) options.rows = ids(given.rows, known.rows);
  const lang = given.lang !== undefined ? resolveLanguage(text(given.lang), known.languages) : undefined;
  if (lang) options.lang = lang;
  if (given.theme !== undefined) options.theme = ['light', 'dark'].includes(text(given.theme)) ? (text(given.theme) as WidgetOptions['theme']) : '';
  for (const key of ['accent', 'scope', 'ctaText', 'ctaHref'] as const) if (typeof given[key] === 'string') options[key] = given[key] as string;
  return options;
}

/** The choices kept in an address's `#…` part. */
export function fromHash(hash: string): Partial<Record<keyof WidgetOptions, string>> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const given: Partial<Record<keyof WidgetOptions, string>> = {};
  for (const [key, name] of chosenAttributes()) {
    const value = params.get(name);
    if (value !== null) given[key] = value;
  }
  return given;
}

export type Loaded = { given: Partial<Record<keyof WidgetOptions, string>>; version?: string; notes: string[] } | { error: string };

/**
 * The choices in a snippet an owner pastes back: attributes, or (as older snippets wrote them) the `scope` and
 * `cta` slots and the accent colour as a custom property. Read as an inert document: nothing in it runs or loads.
 */
export function readSnippet(pasted: string): Loaded {
  if (!pasted.trim()) return { error: 'Paste your snippet first, into the box above.' };
  const doc = new DOMParser().parseFromString(pasted, 'text/html');
  const elements = doc.querySelectorAll(TAG);
  const el = elements[0];
  if (!el) return { error: `There is no <${TAG}> in what you pasted. Paste the whole snippet, from "<script" to "</${TAG}>".` };
  const notes: string[] = [];
  if (elements.length > 1) notes.push(`It has ${elements.length} comparisons; the first one was loaded.`);
  const given: Partial<Record<keyof WidgetOptions, string>> = {};
  const attribute = (name: string) => el.getAttribute(name) ?? undefined;
  const oneLine = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  for (const [key, name] of chosenAttributes()) {
    const value = attribute(name);
    if (value !== undefined) given[key] = value;
  }
  const accent = (el as HTMLElement).style?.getPropertyValue('--ketamine-compare-accent').trim();
  if (given.accent === undefined && accent) given.accent = accent;
  // The slots win over the attributes, as in the element.
  const scope = el.querySelector(':scope > [slot="scope"]');
  if (scope) given.scope = oneLine(scope.textContent);
  const cta = el.querySelector(':scope > [slot="cta"]');
  if (cta) {
    given.ctaText = oneLine(cta.textContent);
    given.ctaHref = (cta.matches('a[href]') ? cta : cta.querySelector('a[href]'))?.getAttribute('href') ?? '';
  }
  if (attribute('src') || el.querySelector(':scope > script[type="application/json"]')) {
    notes.push('It uses a dataset of its own, which the configurator does not keep: the new snippet shows the bundled comparison.');
  }
  const script = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!).find((src) => src.includes('ketamine-compare'));
  const version = script && /ketamine-compare@([^/]+)\//.exec(script)?.[1];
  return { given, version: version || undefined, notes };
}
