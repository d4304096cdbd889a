/**
 * Where a dataset comes from: the bundled language (in the script), another language (a file next to the
 * script, loaded on first use), or an owner's custom dataset (the `src` URL or an inline JSON child). For
 * every bundled language, the cells of the rows that start hidden and the list of sources are a file of their
 * own, fetched after the first render, so the script carries only what the first screen shows (see
 * scripts/datasets.mjs). Nothing here throws to the page.
 */
import bundled from '../data/en.json' with { type: 'json' };
import type { Cell, Dataset, Source } from '../data/types.js';
import type { ErrorDetail } from './events.js';
import { loadFile } from './assets.js';

/** Every language with a dataset in src/data, the bundled one first (written by the build). */
declare const __LANGUAGES__: string[];
export const LANGUAGES: readonly string[] = __LANGUAGES__;

export interface Loaded {
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

/** What a bundled language's second file holds: the cells of the rows that start hidden, and the sources. */
interface Later {
  cells: Record<string, Record<string, Cell>>;
  sources: Source[];
}
/** The loading of each bundled language's second file: under way, or failed (until a retry). */
const loading = new Map<Dataset, Promise<void> | 'failed'>();
let attempts = 0;

/** Where a dataset's second part stands: all there (as in any custom dataset), on its way (or about to be), or failed. */
export function laterState(data: Dataset): 'ready' | 'loading' | 'failed' {
  return data.sources.length ? 'ready' : loading.get(data) === 'failed' ? 'failed' : 'loading';
}

/**
 * Loads a bundled dataset's second part, once for every element that shows it (`retry`: again, after a
 * failure). Resolves when the load ends, either way.
 */
export function loadLater(data: Dataset, retry = false): Promise<void> {
  let state = loading.get(data);
  if (data.sources.length || (state === 'failed' && !retry)) return Promise.resolve();
  if (!(state instanceof Promise)) {
    state = loadFile<Later>(`ketamine-compare.${data.lang}.later.js`, retry ? ++attempts : 0).then(
      // Completes the shared dataset, for every element on the page that shows it.
      (later) => void (Object.assign(data.cells, later.cells), (data.sources = later.sources)),
      () => void loading.set(data, 'failed'),
    );
    loading.set(data, state);
  }
  return state;
}

/** What `ketamine-compare.custom.js` hands over (src/custom/file.ts). */
export interface Checker {
  customDataset(src: string | undefined, inline: string): Promise<Loaded>;
  /** Not an API: tests shorten the time a `src` server has. */
  limits: { srcSeconds: number };
}
let custom: Promise<Checker> | undefined;

/** The checker, loaded once per page (and again after a failed load). */
export const checker = () => (custom ??= loadFile<Checker>('ketamine-compare.custom.js'));

/**
 * An owner's dataset, from `src` or inline JSON. The code that reads and validates it is a file of its own
 * (`ketamine-compare.custom.js`, next to the script), loaded only by pages that use a custom dataset: with its
 * JSON Schema validator it would nearly double what every other visitor downloads.
 */
export async function customDataset(src: string | undefined, inline: string): Promise<Loaded> {
  try {
    return await (await checker()).customDataset(src, inline);
  } catch {
    custom = undefined;
    const source = src || 'inline JSON';
    return { error: { message: `Custom dataset (${source}) could not be checked: ketamine-compare.custom.js did not load.`, source, problems: [] } };
  }
}
