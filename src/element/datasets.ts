/**
 * Where a dataset comes from, page-wide (every element on the page shares these): the bundled language (in the
 * script), another language (a part of its own, loaded on first use), or an owner's custom dataset (the `src`
 * URL or an inline JSON child, read by the checker, a part of its own). For every bundled language, the rest of
 * the dataset (the details of the short answers, the cells of the rows that start hidden, and the list of
 * sources) is a part of its own, loaded after the first render, so the script carries only what the first view
 * shows (see scripts/datasets.mjs). How a part is loaded is parts.ts's (files beside the script) or
 * parts.module.ts's (chunks of an app's bundle).
 * Which dataset an element shows, and when, is decided by its DatasetSource (source.ts). Nothing here throws.
 */
import bundled from '../data/en.json' with { type: 'json' };
import type { Cell, Dataset, Point, Source } from '../data/types.js';
import type { ErrorDetail } from './events.js';
import { resolveLanguage } from './model.js';
import { loadPart } from './parts.js';

/** Every language with a dataset in src/data, the bundled one first (written by the build). */
declare const __LANGUAGES__: string[];
export const LANGUAGES: readonly string[] = __LANGUAGES__;

/** A dataset to show, or why the one asked for cannot be used (then `data` may be absent). */
export interface DatasetResult {
  data?: Dataset;
  error?: ErrorDetail;
  /** A part it needs could not be loaded: nothing to show instead, the owner's fallback content stays. */
  unloaded?: true;
}

export const BUNDLED = bundled as Dataset;
const languages = new Map<string, Dataset | Promise<Dataset>>([[BUNDLED.lang, BUNDLED]]);

/**
 * The dataset for a language. The bundled one comes back at once (no flash of fallback content); others come
 * back as a promise the first time and at once after that. The promise rejects if the language's part cannot
 * be loaded (the console says why): the owner's fallback content, in the page's language, is better than a
 * comparison in another.
 */
export function languageDataset(lang: string): Dataset | Promise<Dataset> {
  let dataset = languages.get(lang);
  if (!dataset) {
    dataset = loadPart<Dataset>(lang).then((data) => (languages.set(lang, data), data));
    // A later element (or the same one, when its language changes) may try again.
    dataset.catch(() => languages.delete(lang));
    languages.set(lang, dataset);
  }
  return dataset;
}

/** The words that say the comparison could not be loaded, in every language, even one whose part did not come
 * (written by the build from each dataset's `ui.unavailable`: see build.d.ts). */
const unavailable = __UNAVAILABLE__;
export const unavailableMessage = (lang: string) => unavailable[lang] ?? unavailable[BUNDLED.lang];

/**
 * Starts loading the language of the page (`<html lang>`) as soon as the script runs, if it is not the bundled
 * one: before the parser reaches the elements, whose language it most likely is.
 */
export function preloadPageLanguage() {
  const lang = resolveLanguage(document.documentElement.lang, LANGUAGES);
  if (lang) languageDataset(lang); // at once for the bundled one; a failure is handled where it is used
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
    state = loadPart<Rest>(`${data.lang}.later`, retry).then(
      // Completes the shared dataset, for every element on the page that shows it.
      (rest) => mergeRest(data, rest),
      () => void loading.set(data, 'failed'),
    );
    loading.set(data, state);
  }
  return state;
}

/** What the checker part hands over (src/custom/file.ts for the script tag; src/custom/custom.ts itself for npm). */
export interface Checker {
  readCustomDataset(src: string | undefined, inline: string): Promise<DatasetResult>;
  /** Not an API: tests shorten the time a `src` server has. */
  limits: { srcSeconds: number };
}
let checker: Promise<Checker> | undefined;

/** The checker, loaded once per page (and again after a failed load). */
export const loadChecker = () => (checker ??= loadPart<Checker>('custom'));

/**
 * An owner's dataset, from `src` or inline JSON. The code that reads and validates it is a part of its own
 * (`ketamine-compare.custom.js` next to the script), loaded only by pages that use a custom dataset: with its
 * JSON Schema validator it would nearly double what every other visitor downloads. When the checker cannot be
 * loaded, the result has an error for the owner and no data: the owner's fallback content stays.
 */
export async function loadCustomDataset(src: string | undefined, inline: string): Promise<DatasetResult> {
  try {
    return await (await loadChecker()).readCustomDataset(src, inline);
  } catch {
    checker = undefined;
    const source = src || 'inline JSON';
    return { unloaded: true, error: { message: `Custom dataset (${source}) could not be checked: its checker did not load.`, source, problems: [] } };
  }
}
