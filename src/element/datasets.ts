/**
 * Where a dataset comes from: bundled English, the Spanish file loaded on first use, or an owner's custom
 * dataset (the `src` URL or an inline `<script type="application/json">`). Nothing here throws to the page:
 * a custom dataset that cannot be used comes back as an error (see custom.ts).
 */
import en from '../data/en.json' with { type: 'json' };
import type { Dataset } from '../data/types.js';
import type { ErrorDetail } from './events.js';
import { PREFIX, type Language } from './model.js';
import { assetUrl } from './assets.js';

export interface Loaded {
  data?: Dataset;
  error?: ErrorDetail;
}

const bundled = new Map<Language, Dataset | Promise<Dataset>>([['en', en as Dataset]]);

/**
 * The bundled dataset for a language. English is in the script, so it comes back at once (no flash of
 * fallback content); other languages come back as a promise the first time and at once after that.
 * The promise never rejects: if the language file is missing next to the script, English is used.
 */
export function bundledDataset(lang: Language): Dataset | Promise<Dataset> {
  let dataset = bundled.get(lang);
  if (!dataset) {
    const url = assetUrl(`ketamine-compare.${lang}.json`);
    dataset = fetch(url, { credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : Promise.reject(`HTTP ${response.status}`)))
      .then(
        (data: Dataset) => (bundled.set(lang, data), data),
        (error) => {
          console.error(`${PREFIX} could not load ${url} (${error}); showing English.`);
          bundled.delete(lang); // a later element may try again
          return en as Dataset;
        },
      );
    bundled.set(lang, dataset);
  }
  return dataset;
}

let custom: Promise<typeof import('../custom/custom.js')> | undefined;

/**
 * An owner's dataset, from `src` or inline JSON. The code that reads and validates it is a file of its own
 * (`ketamine-compare.custom.js`, next to the script), loaded only by pages that use a custom dataset:
 * with its JSON Schema validator it would nearly double what every other visitor downloads.
 */
export async function customDataset(src: string | undefined, inline: string): Promise<Loaded> {
  try {
    custom ??= import(/* @vite-ignore */ assetUrl('ketamine-compare.custom.js'));
    return (await custom).customDataset(src, inline);
  } catch {
    custom = undefined;
    const source = src || 'inline JSON';
    return { error: { message: `Custom dataset (${source}) could not be checked: ketamine-compare.custom.js did not load.`, source, problems: [] } };
  }
}
