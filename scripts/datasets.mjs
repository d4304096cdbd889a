// What the build does with the datasets in src/data, in one place for rollup.config.mjs and the test runner.
//
// - Every `<lang>.json` in src/data is a language: adding `fr.json` (with its UI words) adds French to the
//   element, the configurator and the shipped files; nothing else lists languages.
// - Shipped datasets are compacted (see `compact`) and split: the script carries what the first view shows
//   (`core`: the bundled language's words, crisis lines, disclaimers, and the short answers of the rows shown
//   at first), and every language's details (points), other rows and its list of sources are a file of their
//   own (`later`), loaded after the first render. Cells cite sources by number, so they read the same before
//   the list is in.
// - Each lazily loaded file is a classic script that hands its value to the script element that loaded it
//   (see src/element/assets.ts), and its SHA-384 hash is written into the script that loads it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the datasets are; a test points this at a copy with a throwaway language (tests/node/languages.test.mjs). */
export const DATA_DIR = process.env.KETAMINE_COMPARE_DATA ?? 'src/data';

/** The key under which a loaded file hands its value to its script element: `Symbol.for(HANDOFF)`. */
export const HANDOFF = 'ketamine-compare';

/** Every language that has a dataset, sorted: `en`, `es`, ... */
export const languages = () =>
  readdirSync(DATA_DIR)
    .filter((file) => /^[a-z]{2,3}(-[a-z0-9]+)*\.json$/i.test(file))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();

export const readDataset = (lang) => JSON.parse(readFileSync(join(DATA_DIR, `${lang}.json`), 'utf8'));

/**
 * Every ISO date a dataset holds, as its language writes it: the same rule as `writtenDates` in
 * src/element/model.ts (which the checker applies to an owner's dataset; tests/dates.test.ts keeps the two equal),
 * here for the bundled languages, so the element never calls Intl while it draws (the first call on a page costs
 * 40-150 ms of CPU at 4x throttling).
 */
export const writtenDates = (data) =>
  Object.fromEntries(
    (JSON.stringify(data).match(/"\d{4}-\d\d-\d\d"/g) ?? []).map((quoted) => [
      quoted.slice(1, -1),
      new Intl.DateTimeFormat(data.lang.includes('-') ? data.lang : `${data.lang}-US`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(quoted.slice(1, -1))),
    ]),
  );

/**
 * Shipped datasets lose what only editors need: `$schema`, and readable source ids, which become their list
 * numbers (source ids are internal cross references; row and approach ids are public and stay). About 130
 * bytes gzipped, with no code to undo it at run time. The files in src/data keep their names.
 */
export function compact({ $schema, ...data }) {
  data = { ...data, dates: writtenDates(data) };
  const short = new Map(data.sources.map((source, i) => [source.id, String(i + 1)]));
  const renumber = (point) => ({ ...point, sources: point.sources.map((id) => short.get(id)) });
  const cells = {};
  for (const [row, byApproach] of Object.entries(data.cells)) {
    cells[row] = {};
    // A cell is a list of points, or a short answer with its points (src/data/types.ts).
    for (const [approach, cell] of Object.entries(byApproach)) {
      cells[row][approach] = Array.isArray(cell) ? cell.map(renumber) : { ...cell, answer: renumber(cell.answer), ...(cell.points && { points: cell.points.map(renumber) }) };
    }
  }
  return { ...data, cells, sources: data.sources.map((source) => ({ ...source, id: short.get(source.id) })) };
}

/**
 * A compacted dataset split in two. `core`, in the script, holds what the first view shows: the words, rows,
 * approaches, disclaimers, crisis lines, the short answers of the core rows (a core cell written as a list of
 * points, with no short answer, whole), and a skeleton of the sources (an empty entry for each, marked where it is a
 * practice's blog: its place in the list is its number, so citations read the same before the list is in). `later` holds the rest: the points of the core rows'
 * answered cells, the other rows' cells, and the sources in full. src/element/datasets.ts merges them.
 */
export function split(data) {
  const compacted = compact(data);
  const core = new Set(compacted.rows.filter((row) => row.core).map((row) => row.id));
  // The columns shown at first (the element's DEFAULT_APPROACHES): another column's cells come with the rest, as
  // the rows that start hidden do; an owner who lists it, or a visitor who switches it on, asks for the rest.
  const shown = new Set(JSON.parse(readFileSync('src/element/default-approaches.json', 'utf8')));
  const first = {};
  const later = {};
  for (const [row, byApproach] of Object.entries(compacted.cells)) {
    for (const [approach, cell] of Object.entries(byApproach)) {
      const { points, ...answer } = Array.isArray(cell) ? {} : cell;
      const [now, then] = !core.has(row) || !shown.has(approach) ? [undefined, cell] : Array.isArray(cell) ? [cell] : [answer, points && { points }];
      if (now) (first[row] ??= {})[approach] = now;
      if (then) (later[row] ??= {})[approach] = then;
    }
  }
  const skeleton = compacted.sources.map(({ blog }) => (blog ? { blog } : {}));
  return { core: { ...compacted, cells: first, sources: skeleton }, later: { cells: later, sources: compacted.sources } };
}

/** `export default JSON.parse('…')`: V8 parses JSON faster than the same data as JavaScript
 * (https://v8.dev/blog/cost-of-javascript-2019#json), and the data is a large part of the script. */
export const jsonModule = (value) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * What every file the script tag loads starts with: a UTF-8 byte order mark. A classic script is decoded in the
 * charset its server names, else in the page's (a windows-1252 blog turns "¿" into "Â¿"); a byte order mark
 * overrides both (WHATWG Encoding, "decode"), so the text reads right on any page. 3 bytes per file.
 */
export const BOM = '\uFEFF';

/** A lazily loaded file: a classic script that hands `value` to the script element that loaded it. */
export const lazyFile = (value) => `${BOM}document.currentScript[Symbol.for(${JSON.stringify(HANDOFF)})]=JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/** Every lazily loaded data file, by file name: `ketamine-compare.<lang>.js` and `ketamine-compare.<lang>.later.js`. */
export function lazyDataFiles() {
  const files = {};
  for (const lang of languages()) {
    const { core, later } = split(readDataset(lang));
    files[`ketamine-compare.${lang}.js`] = lazyFile(core);
    files[`ketamine-compare.${lang}.later.js`] = lazyFile(later);
  }
  return files;
}

/**
 * The words that say the comparison could not be loaded, in every language (`ui.unavailable`): the element
 * carries them, since a language whose own part did not come cannot say so itself.
 */
export const unavailableWords = () => Object.fromEntries(languages().map((lang) => [lang, readDataset(lang).ui.unavailable]));

/**
 * The Subresource Integrity value of a file's content: SHA-384 for the script a snippet pins; SHA-256 for the
 * files the script loads beside it, whose hashes it carries (about 80 bytes gzipped less for every visitor,
 * and as safe for integrity, which needs no more than SHA-256's collision resistance).
 */
export const sri = (content, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(content).digest('base64')}`;
