/**
 * Pure functions behind the element: which columns and rows, which language and direction, which links are
 * safe, which layout fits, whether the content is due for review, which text colour reads on a colour.
 * No DOM here, so each is tested on its own with a table of cases. The configurator uses them too, so its
 * static copy of the table chooses exactly what the element shows.
 */
import defaultApproaches from './default-approaches.json' with { type: 'json' };
import type { Cell, Dataset, Point } from '../data/types.js';

export const TAG = 'ketamine-compare';
/** Every console message starts with this, so an owner can find ours among the page's. */
export const PREFIX = `<${TAG}>`;

/** The columns shown at first: the three ways a therapist's practice offers ketamine, and Spravato, the one
 * FDA-approved option of the family. Every other approach of the dataset stays one toggle away. A JSON file,
 * because the build reads it too: the script carries the short answers of these columns only (scripts/datasets.mjs). */
export const DEFAULT_APPROACHES: string[] = defaultApproaches;

/** Rows printed even when a visitor switched them off: a printed comparison always carries the risks. */
export const ALWAYS_PRINTED = ['side-effects'];

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

/** The order rows (or approaches) are listed in: the ones asked for first (in that order), then the rest as the
 * dataset lists them. */
export function rowOrder(shown: readonly string[], all: readonly string[]): string[] {
  return [...shown, ...all.filter((id) => !shown.includes(id))];
}

/** A copy of `set` with `id` switched (added where it was not, taken out where it was), and whether it is in now:
 * what a visitor's row, approach or details button does to the ids it stands among. */
export function switched(set: ReadonlySet<string>, id: string): [Set<string>, boolean] {
  const next = new Set(set);
  // Taken out if it was in; else put in (`add` returns the set: true).
  return [next, !next.delete(id) && !!next.add(id)];
}

/**
 * Which of the languages a `lang` value asks for: regional tags fall back to their base language ("es-MX" is
 * Spanish); undefined when there is no dataset in that language (the element then uses its bundled one).
 */
export function resolveLanguage(lang: string | null | undefined, languages: readonly string[]): string | undefined {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return languages.includes(base) ? base : undefined;
}

/** Languages written right to left, by their base subtag. */
const RTL = /^(ar|arc|ckb|dv|fa|he|ks|ku|ps|sd|syr|ug|ur|yi)(-|$)/i;

/** The text direction of a dataset's language: its content, not the page, decides. */
export const direction = (lang: string) => (RTL.test(lang) ? 'rtl' : 'ltr');

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

/** The approaches or rows with these ids, in the order of the ids (each id must be one the list has). */
export const byIds = <T extends { id: string }>(list: readonly T[], ids: readonly string[]) => ids.map((id) => list.find((item) => item.id === id)!);

/**
 * A point's citation, as the widget and its plain copy both show it: the numbers of its sources, in order,
 * "[2, 13]". The bundled datasets' source ids are their numbers (scripts/datasets.mjs), so a citation reads the
 * same before the list of sources has arrived.
 */
export const citation = (ids: readonly string[], numbers: Map<string, number>, blogs: ReadonlySet<number> = new Set(), blog = 'blog') =>
  `[${ids
    .map((id) => numbers.get(id) ?? Number(id))
    .sort((x, y) => x - y)
    .map((n) => (blogs.has(n) ? `${n} ${blog}` : n))
    .join(', ')}]`;

/** The numbers of the sources that are a practice's blog, which citations mark as such ("[2, 30 blog]"): a
 * practice describing its own service is not a label or a study. */
export const blogNumbers = (data: Pick<Dataset, 'sources'>) => new Set(data.sources.flatMap((source, i) => (source.blog ? [i + 1] : [])));

/** A cell's short answer, if it has one (a cell written as a list of points has none). */
export const answerOf = (cell?: Cell): Point | undefined => (Array.isArray(cell) ? undefined : cell?.answer);

/** A cell's points: its details, or, in a cell written as a list of points, the whole cell. */
export const pointsOf = (cell: Cell): Point[] => (Array.isArray(cell) ? cell : (cell.points ?? []));

/** Source number for each source id: its position in the sources list, from 1, as the list shows it. */
export function sourceNumbers(data: Pick<Dataset, 'sources'>): Map<string, number> {
  return new Map(data.sources.map((source, i) => [source.id, i + 1]));
}

/** A UI string with `{name}` placeholders filled in. */
export const format = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/**
 * True once `date` is past (from the day after it): the content past its next planned review (`nextReview`), or a
 * statement past its `until`. Dates are ISO (YYYY-MM-DD), compared as text; `today` is the visitor's date in UTC.
 */
export const isPast = (date: string | undefined, today: Date) => !!date && today.toISOString().slice(0, 10) > date;

/** An ISO date as the dataset's readers write it: "December 31, 2026" in US English, "31 de diciembre de 2026" in
 * US Spanish (the widget speaks to US readers: a bare language is read as its US variant). In UTC, so the day
 * is the one written, wherever the visitor is. */
export const formatDate = (date: string, lang: string) => {
  try {
    return new Intl.DateTimeFormat(lang.includes('-') ? lang : `${lang}-US`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date));
  } catch {
    return date; // not a date a browser can read: as written
  }
};

/**
 * Every ISO date a dataset holds (`reviewed`, each `until`), as its language writes it. Made where a dataset is
 * read, never while the element draws: the first Intl call on a page costs 40-150 ms of CPU at 4x throttling, more
 * than the rest of the first render. The checker calls this for an owner's dataset; the build writes the same for
 * the bundled languages (scripts/datasets.mjs, `writtenDates`: one rule, a test keeps them equal).
 */
export const writtenDates = (data: Dataset) =>
  Object.fromEntries((JSON.stringify(data).match(/"\d{4}-\d\d-\d\d"/g) ?? []).map((quoted) => [quoted.slice(1, -1), formatDate(quoted.slice(1, -1), data.lang)]));

/** The crisis lines the crisis block lists: all but the first, which opens the widget (a phone's first screen)
 * and would be read twice; a dataset with one crisis line lists it in both places. The element and its plain copy. */
export const crisisBlock = (data: Pick<Dataset, 'crisis'>) => data.crisis.slice(data.crisis[1] ? 1 : 0);

/** A date as the dataset's language writes it (`Dataset.dates`), else as it is written in the dataset. */
export const writtenDate = (dates: Dataset['dates'], date: string) => dates?.[date] ?? date;

/**
 * Where the layout changes, by the room each column gets, in em of the widget's text, for a table of `columns`
 * approaches: side by side as a table (row headers in a column of their own) while every column gets 9.5em;
 * below that, each question a full-width band with its answers side by side while each gets 8em (about 15
 * characters a line: two approaches on a phone, so the visitor truly compares); below that, each answer under
 * the one before, labelled with its approach. Any number of columns the schema allows gets a readable layout.
 * The styles turn these widths into container queries (styles.ts).
 */
export const layoutWidths = (columns: number) => ({ table: (columns + 1) * 9.5, bands: columns > 1 ? columns * 8 : Infinity });

/** WCAG relative luminance of an sRGB colour given as 0-255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two sRGB colours, from 1 to 21. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour for a background: white or black, whichever contrasts more. One of the two always reaches
 * at least 4.58:1, so text on any accent colour stays readable (WCAG AA).
 */
export const readableTextOn = (background: readonly number[]) => (contrast(background, [255, 255, 255]) >= contrast(background, [0, 0, 0]) ? '#fff' : '#000');

/**
 * What decides whether two cells' short answers are identical (text, sources, until): the key `runs` compares, in
 * the element and in its plain copy alike. Undefined for a cell without a short answer, which never joins another.
 */
export const answerKey = (cell?: Cell): string | undefined => JSON.stringify(answerOf(cell));

/**
 * Consecutive items whose keys are equal (and not empty), as runs: the columns of a row whose short answers read the
 * same (text, sources, until) are drawn as one cell while its details are folded, so a phone shows the answer once.
 */
export function runs<T>(items: readonly T[], key: (item: T) => string | false | undefined): T[][] {
  const out: T[][] = [];
  let last;
  for (const item of items) {
    const k = key(item);
    if (k && k === last) out[out.length - 1].push(item);
    else out.push([item]);
    last = k;
  }
  return out;
}
