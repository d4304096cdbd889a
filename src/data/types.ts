/**
 * The shape of a dataset: the bundled `en.json` and `es.json`, and any custom dataset an owner supplies.
 * `schema.json` says the same thing for validators; keep the two in step (a test checks the bundled files
 * against the schema, and TypeScript checks them against these types through the JSON imports).
 */

/** A piece of text, or a link. Dataset strings are always rendered as text, never as HTML. */
export interface Link {
  text: string;
  /** Rendered as a link only for https:, http:, mailto: and tel: (see `safeHref` in model.ts). */
  href: string;
}

/** A line of text made of plain strings and links, rendered in order. */
export type RichText = Array<string | Link>;

/** One statement in a cell, with the ids of the sources that back it. */
export interface Point {
  text: string;
  sources: string[];
  /**
   * For a time-bound fact: the last day it is known to hold (ISO date, YYYY-MM-DD). After it, the widget marks
   * the statement as possibly out of date, in the dataset's language.
   */
  until?: string;
}

/**
 * One cell: a short answer to the row's question for the approach (one or two plain sentences, at most 160
 * characters), then its points, the details a visitor opens on request. A list of points alone is a cell as
 * datasets written before short answers have it: the widget shows its points as before.
 */
export type Cell = Point[] | { answer: Point; points?: Point[] };

/** A column: one way of getting ketamine treatment. */
export interface Approach {
  id: string;
  /** Column header. */
  name: string;
  /** A short name for the visitor's approach picker (e.g. "KAP"); `name` is used when absent. */
  short?: string;
}

/** A row: one question people ask. */
export interface Row {
  id: string;
  /** Row header and toggle label. */
  name: string;
  /** Core rows are shown by default; the others start switched off. */
  core: boolean;
}

export interface Source {
  id: string;
  /** Full reference, as a reader would cite it. */
  citation: string;
  /** DOI link for studies, the page itself for labels; absent for sources with no public address. */
  url?: string;
  /** A practice's own blog post: the widget marks citations of it, so a visitor can tell it from a label or a study. */
  blog?: boolean;
}

/** Words of the interface itself, so a dataset carries its own language. */
export interface UiText {
  /** Label of the group of row toggles. */
  toggles: string;
  /** Heading of the crisis block. */
  crisis: string;
  /** Heading of the disclaimers. */
  disclaimers: string;
  /** Heading of the sources list, and said to screen readers before a cell's source numbers. */
  sources: string;
  /** "Last reviewed", followed by the date. */
  reviewed: string;
  /** Announced after a row's name when a visitor switches it on ("Setting: shown"). */
  shown: string;
  /** Announced after a row's name when a visitor switches it off. */
  hidden: string;
  /** Label above the practice's own call to action, which is not part of the comparison. */
  cta: string;
  // Optional: a custom dataset that leaves these out gets the bundled English words.
  /** Label of the group of approach toggles (the visitor's column picker). */
  approaches?: string;
  /** Announced when a visitor tries to switch off the last approach shown. */
  keepOne?: string;
  /** The button that opens the row toggles; `{shown}` and `{total}` are replaced by counts. */
  rowsButton?: string;
  /** Shown where a part loaded after the first screen (a row's text, the sources) is still on its way. */
  loading?: string;
  /** Shown where a part loaded after the first screen (a row's text, the sources) could not be loaded, before the retry button. */
  loadFailed?: string;
  /** The retry button's label. */
  retry?: string;
  /** Shown above the owner's fallback content when the comparison itself could not be loaded (its language, or the custom-dataset checker), before the retry button. */
  unavailable?: string;
  /** Shown to visitors after `nextReview`; `{date}` is replaced by the `reviewed` date. */
  stale?: string;
  /** The button in each row header that shows the details (points) of that row's cells. */
  details?: string;
  /** Shown after a statement past its `until` date; `{date}` is replaced by that date, written out. */
  until?: string;
  /** The word after the number of a source that is a practice's blog ("[2, 30 blog]"). */
  blog?: string;
  /** The name of the block of crisis lines and disclaimers, for screen readers. */
  safety?: string;
  /** The link beside a 988 phone link that opens a text message to 988. */
  sms?: string;
}

export interface Dataset {
  $schema?: string;
  /** BCP 47 language of the text, e.g. "en" or "es". */
  lang: string;
  /** The table caption. */
  title: string;
  /** ISO date (YYYY-MM-DD) the content was last reviewed. */
  reviewed: string;
  /** ISO date of the next planned review. After it, visitors see a short note that the content may be out of date. */
  nextReview?: string;
  /** Not written by hand: each ISO date above and in the cells, as the language writes it ("December 5, 2026"), added
   * by the build (bundled languages) or the checker (an owner's dataset): see `writtenDates` in element/model.ts. */
  dates?: Record<string, string>;
  ui: UiText;
  approaches: Approach[];
  rows: Row[];
  /** cells[rowId][approachId]: every row has a cell for every approach. */
  cells: Record<string, Record<string, Cell>>;
  /** General disclaimers, always shown. */
  disclaimers: RichText[];
  /** Crisis lines, always shown. The first is also shown as a compact line near the top, so it is kept short. */
  crisis: RichText[];
  sources: Source[];
}
