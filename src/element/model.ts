/**
 * Pure functions behind the element: which columns and rows, which language, which links are safe.
 * No DOM here, so each is tested on its own with a table of cases. The configurator uses them too, so its
 * static copy of the table chooses exactly what the element shows.
 */
import type { Dataset } from '../data/types.js';

export const TAG = 'ketamine-compare';
/** Every console message starts with this, so an owner can find ours among the page's. */
export const PREFIX = `<${TAG}>`;

export const DEFAULT_APPROACHES = ['kap', 'iv-infusion', 'iv-integration'];
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface IdSelection {
  /** Known ids, in the order given, without repeats. */
  ids: string[];
  /** Ids that were given but are not in the dataset. */
  unknown: string[];
}

/**
 * Reads a space-separated attribute such as `approaches="kap iv-infusion"` against the ids a dataset knows.
 * Null (attribute absent) or no known id at all gives the fallback, so the widget never renders empty.
 */
export function selectIds(value: string | null | undefined, known: readonly string[], fallback: readonly string[]): IdSelection {
  const given = (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of given) {
    if (!known.includes(id)) unknown.push(id);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids: ids.length ? ids : fallback.filter((id) => known.includes(id)), unknown };
}

/** The columns for an `approaches` value: the ids given, else the defaults, else (a custom dataset without
 * the default ids) every approach the dataset has. */
export function chooseColumns(data: Pick<Dataset, 'approaches'>, value: string | null | undefined): IdSelection {
  const all = data.approaches.map((a) => a.id);
  const { ids, unknown } = selectIds(value, all, DEFAULT_APPROACHES);
  return { ids: ids.length ? ids : all, unknown };
}

/** The rows shown at first for a `rows` value: the ids given, else the dataset's core rows. */
export function chooseRows(data: Pick<Dataset, 'rows'>, value: string | null | undefined): IdSelection {
  return selectIds(value, data.rows.map((r) => r.id), data.rows.filter((r) => r.core).map((r) => r.id));
}

/** The order rows are listed in: the ones asked for first (in that order), then the rest as the dataset lists them. */
export function rowOrder(shown: readonly string[], all: readonly string[]): string[] {
  return [...shown, ...all.filter((id) => !shown.includes(id))];
}

/**
 * The language to render: the element's own `lang`, else the nearest ancestor's, else English.
 * Regional tags fall back to their base language ("es-MX" is Spanish); anything else is English.
 */
export function resolveLanguage(lang: string | null | undefined): Language {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'];

/** The URL if it may be a link (https, http, mailto, tel), else undefined: `javascript:` and friends stay text. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    // A base is needed to parse relative links; relative links to the page's own site are fine.
    const url = new URL(href.trim(), 'https://relative.invalid/');
    return SAFE_PROTOCOLS.includes(url.protocol) ? href.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Source number for each source id: its position in the sources list, from 1, as the list shows it. */
export function sourceNumbers(data: Pick<Dataset, 'sources'>): Map<string, number> {
  return new Map(data.sources.map((source, i) => [source.id, i + 1]));
}
