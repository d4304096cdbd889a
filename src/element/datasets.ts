/**
 * Where a dataset comes from, page-wide (every element on the page shares these): the bundled language (in the
 * script), another language (a file next to the script, loaded on first use), or an owner's custom dataset (the
 * `src` URL or an inline JSON child, read by the checker, a file of its own). For every bundled language, the rest
 * of the dataset (the details of the short answers, the cells of the rows that start hidden, and the list of
 * sources) is a file of its own, loaded after the first render, so the script carries only what the first view
 * shows (see scripts/datasets.mjs).
 * Which dataset an element shows, and when, is decided by its DatasetSource (source.ts). Nothing here throws.
 */
import bundled from '../data/en.json' with { type: 'json' };
import type { Cell, Dataset, Point, Source } from '../data/types.js';
import type { ErrorDetail } from './events.js';
import { loadFile } from './assets.js';

/** Every language with a dataset in src/data, the bundled one first (written by the build). */
declare const __LANGUAGES__: string[];
export const LANGUAGES: readonly string[] = __LANGUAGES__;

/** A dataset to show, or why the one asked for cannot be used (then `data` may be absent). */
export interface DatasetResult {
  data?: Dataset;
  error?: ErrorDetail;
}

export const BUNDLED = bundled as Dataset;
const languages = new Map<string, Dataset | Promise<Dataset>>([[BUNDLED.lang, BUNDLED]]);

/**
 * The dataset for a language. The bundled one comes back at once (no flash of fallback content); others come
 * back as a promise the first time and at once after that. The promise never rejects: if the language's file
 * cannot be loaded, the bundled language is used (and the console says why).
 */
export function languageDataset(lang: string): Dataset | Promise<Dataset> {
  let dataset = languages.get(lang);
  if (!dataset) {
    dataset = loadFile<Dataset>(`ketamine-compare.${lang}.js`).then(
      (data) => (languages.set(lang, data), data),
      () => (languages.delete(lang), BUNDLED), // a later element may try again
    );
    languages.set(lang, dataset);
  }
  return dataset;
}

/**
 * What the rest of a bundled language holds (its second file): the points of the cells whose short answers are
 * in the script, the cells of the rows that start hidden, and the sources in full (the script has their skeleton).
 */
export interface Rest {
  cells: Record<string, Record<string, Cell | { points: Point[] }>>;
  sources: Source[];
}
/**
 * Completes a bundled dataset with its rest (scripts/datasets.mjs `split`), in place: a short answer from the
 * script gets its points, a row not in the script its cells, the sources' skeleton the sources in full.
 */
export function mergeRest(data: Dataset, rest: Rest) {
  for (const [row, cells] of Object.entries(rest.cells)) {
    const shown = (data.cells[row] ??= {});
    for (const [id, cell] of Object.entries(cells)) shown[id] = (shown[id] ? { ...shown[id], ...cell } : cell) as Cell;
  }
  data.sources = rest.sources;
}

/** The loading of each bundled language's rest: under way, or failed (until a retry). */
const loading = new Map<Dataset, Promise<void> | 'failed'>();
let attempts = 0;

/** Where a dataset's rest stands: all there (as in any custom dataset), on its way (or about to be), or failed. */
export function restState(data: Dataset): 'ready' | 'loading' | 'failed' {
  return data.sources.every((source) => source.citation) ? 'ready' : loading.get(data) === 'failed' ? 'failed' : 'loading';
}

/**
 * Loads the rest of a bundled dataset, once for every element that shows it (`retry`: again, after a failure).
 * Resolves when the load ends, either way.
 */
export function loadRest(data: Dataset, retry = false): Promise<void> {
  let state = loading.get(data);
  if (restState(data) === 'ready' || (state === 'failed' && !retry)) return Promise.resolve();
  if (!(state instanceof Promise)) {
    state = loadFile<Rest>(`ketamine-compare.${data.lang}.later.js`, retry ? ++attempts : 0).then(
      // Completes the shared dataset, for every element on the page that shows it.
      (rest) => mergeRest(data, rest),
      () => void loading.set(data, 'failed'),
    );
    loading.set(data, state);
  }
  return state;
}

/** What `ketamine-compare.custom.js` hands over (src/custom/file.ts). */
export interface Checker {
  readCustomDataset(src: string | undefined, inline: string): Promise<DatasetResult>;
  /** Not an API: tests shorten the time a `src` server has. */
  limits: { srcSeconds: number };
}
let checker: Promise<Checker> | undefined;

/** The checker, loaded once per page (and again after a failed load). */
export const loadChecker = () => (checker ??= loadFile<Checker>('ketamine-compare.custom.js'));

/**
 * An owner's dataset, from `src` or inline JSON. The code that reads and validates it is a file of its own
 * (`ketamine-compare.custom.js`, next to the script), loaded only by pages that use a custom dataset: with its
 * JSON Schema validator it would nearly double what every other visitor downloads.
 */
export async function loadCustomDataset(src: string | undefined, inline: string): Promise<DatasetResult> {
  try {
    return await (await loadChecker()).readCustomDataset(src, inline);
  } catch {
    checker = undefined;
    const source = src || 'inline JSON';
    return { error: { message: `Custom dataset (${source}) could not be checked: ketamine-compare.custom.js did not load.`, source, problems: [] } };
  }
}
