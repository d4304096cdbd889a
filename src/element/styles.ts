/**
 * The element's styles (`static styles`): Lit adopts them once for every instance on the page, or writes a
 * <style> where the browser has no constructable stylesheets.
 *
 * Defaults for every public custom property live on :host, so an owner's own rule
 * (`ketamine-compare { --ketamine-compare-accent: … }`) wins over them: outer rules beat :host rules.
 * Without `theme`, colours come from the host page (currentColor, transparent), so the widget reads on
 * white and on near-black sites alike; `theme="light"`/`"dark"` give it its own background.
 *
 * The layout follows the widget's own width through container queries on `.stack` (see `layoutWidths` in
 * model.ts). Size containment gives a container no width of its own in a shrink-to-fit parent (a flex row, a
 * centred grid, inline-block, a float, a table cell, an absolutely positioned box: 0 px wide and 86,000 px tall
 * was seen with the host as container), so the host takes its intrinsic width from `.sizer` instead.
 */
import { css } from './css.js';
import { layoutWidths } from './model.js';

/** The most approaches a dataset may have (schema.json's approaches.maxItems; a test keeps them equal). */
export const MOST_APPROACHES = 12;

const base = css`
  :host {
    --ketamine-compare-accent: #0f766e;
    --ketamine-compare-accent-text: #fff;
    --ketamine-compare-text: inherit;
    --ketamine-compare-background: transparent;
    --ketamine-compare-border: color-mix(in srgb, currentColor 30%, transparent);
    --ketamine-compare-header-background: color-mix(in srgb, currentColor 7%, transparent);
    --ketamine-compare-radius: 0.5em;
    --ketamine-compare-spacing: 0.75em;
    --ketamine-compare-font-family: inherit;
    --ketamine-compare-font-size: 1em;

    display: block;
    color: var(--ketamine-compare-text);
    background: var(--ketamine-compare-background);
    font-family: var(--ketamine-compare-font-family);
  }
  :host([theme='light']) {
    --ketamine-compare-text: #1d2523;
    --ketamine-compare-background: #fff;
  }
  :host([theme='dark']) {
    --ketamine-compare-accent: #5eead4;
    --ketamine-compare-accent-text: #0b1f1c;
    --ketamine-compare-text: #eef3f2;
    --ketamine-compare-background: #121a19;
    color-scheme: dark;
  }
  /* Only the two themes: theme="" is what Preact writes for a removed prop, and it means no theme. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--ketamine-compare-spacing);
    border-radius: var(--ketamine-compare-radius);
  }
  /* The owner's scope statement and call to action come from the page, whose own p and a colours would win over
     the theme's (1.4:1 on a dark theme was seen). Important declarations from inside a shadow tree beat the page's. */
  :host([theme='light']) ::slotted(*),
  :host([theme='dark']) ::slotted(*) {
    color: inherit !important;
  }
  :host([hidden]),
  [hidden]:not([data-print]) {
    display: none !important;
  }
  /* A row always printed (the risks) is hidden on screen only: printed, it takes its layout's display like any row. */
  @media not print {
    [data-print][hidden] {
      display: none !important;
    }
  }
  /* Inherited text styles leak in from the page, and a page rule such as \`* { line-height: 2 }\` also hits
     the host itself, where it beats :host. Reset them one level in, where page rules cannot reach. */
  .stack {
    font-size: max(var(--ketamine-compare-font-size), 15px); /* themes with html { font-size: 62.5% } */
    /* Sizes below are in em, from this floor, so a page's root font size cannot squeeze the layout. */
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    /* A word longer than its column breaks rather than overflow it; words that fit never break mid-word (not
       \`anywhere\`, which also breaks words to shrink a column: "treat-ment" at 200% text). The table's fixed
       layout and the stacked layouts keep columns from needing to shrink below a word. */
    overflow-wrap: break-word;
    container-type: inline-size;
  }
  * {
    box-sizing: border-box;
  }
  p,
  ul,
  ol,
  h2 {
    margin: 0;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  a {
    color: inherit;
  }
  /* A ring in the text colour around focused links, and inside buttons: a button's own text colour always
     contrasts with its own background (on or off, light or dark), where a ring outside would sit on the
     page and vanish (white on white for a switched-on toggle). */
  :focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
  }
  button:focus-visible {
    outline-offset: -5px;
  }
  /* The host's intrinsic width, where a parent sizes it to its content: a line of widely spaced dots that takes
     no height. Its longest piece is one dot, so the widget can shrink as far as a parent asks; unbroken it is
     about 110em, so a shrink-to-fit parent gives the widget all its width. The table's own container
     (.stack) is left out of such sizing by its containment. */
  .sizer {
    height: 0;
    overflow: hidden;
    visibility: hidden;
    word-spacing: 10em;
  }
  .sizer::before {
    content: '. . . . . . . . . . . .';
  }
  /* Visually hidden, still read. In the flow as a 1px box: dozens of these sit in the cells, and absolutely
     positioned ones were placed again on every layout (a row toggle took about 1 ms longer at 4x). */
  .vh {
    display: inline-block;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Between blocks an inline box would add a line: out of the flow instead. */
  .stack > .vh {
    position: absolute;
  }
  /* Space between the blocks; the crisis line is always the first. Not \`* + *\`: with a universal element after
     \`+\`, Chromium restyles the whole of a sibling's subtree when any element gains or loses a child (traced:
     every row, cells and all, when an approach is switched; the whole table body when the bench's static table
     shows a row). */
  .stack > :not(.line) {
    margin-top: var(--ketamine-compare-spacing);
  }

  [part='error'],
  .line,
  .stale {
    padding: 0.4em 0.75em;
    border-inline-start: .35em solid var(--ketamine-compare-accent);
    border-radius: var(--ketamine-compare-radius);
    background: var(--ketamine-compare-header-background);
  }
  [part='error'] {
    border-color: #b42318;
  }
  /* The 988 line: bold, at the size of the buttons below it, so it stays on three lines of a phone in every
     language and the comparison still starts in the first screen. */
  .line {
    font-weight: 600;
    font-size: 0.9375em;
  }
  /* The most important tap on the page: padding makes it a target of about 30 px without moving the line. */
  .line a[href^='tel'] {
    padding: 0.3em 0.2em;
  }
  .stale,
  .cite,
  .cta-label,
  .keep-one,
  [part='sources'] {
    font-size: 0.8125em;
  }
  .keep-one {
    font-weight: 600;
  }

  [part~='toggles'],
  [part~='approach-toggles'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
  }
  .label-of {
    font-weight: 600;
  }
  [part='toggles'] .label-of {
    flex-basis: 100%;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.1em; /* 29 px or more: above the 24 px targets of WCAG 2.5.8 */
    padding: 0.2em 0.7em 0.2em 0.45em;
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.3;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 1px solid var(--ketamine-compare-border);
    border-radius: 999px;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    color: var(--ketamine-compare-accent-text);
    background: var(--ketamine-compare-accent);
    border-color: var(--ketamine-compare-accent);
  }
  /* A tick or a plus (an arrow on the row button): the state does not rest on colour alone, and survives
     forced-colors mode. The empty alternative text after the slash keeps screen readers to the button's name. */
  button::before {
    content: '+' / '';
    width: 1em;
    text-align: center;
    font-weight: 700;
  }
  [aria-pressed='true']::before {
    content: '✓' / '';
  }
  .more::before,
  .fold::before,
  .expand::before {
    content: '▸' / '';
  }
  [aria-expanded='true']::before {
    content: '▾' / '';
  }
  .retry::before {
    content: '↻' / '';
  }

  table {
    width: 100%;
    /* Fixed layout: columns do not jump when a row appears, and a toggle does not re-measure every cell. */
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    border: 1px solid var(--ketamine-compare-border);
    border-radius: var(--ketamine-compare-radius);
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.15em;
    padding: 0 0 0.5em;
  }
  /* A cell's flex share where a row is a band of answers (columns() below; elsewhere no flex applies). */
  th,
  td {
    padding: 0.6em 0.75em;
    vertical-align: top;
    text-align: start;
    flex: 1 1 0;
  }
  tbody th,
  tbody td {
    border-top: 1px solid var(--ketamine-compare-border);
  }
  thead th,
  th[scope='row'] {
    background: var(--ketamine-compare-header-background);
  }
  th[scope='row'] {
    width: 9em;
  }
  /* Approach names stay in view while a long table scrolls by. Only with a theme: sticky cells need an opaque
     background, and without one the page behind the widget shows through. */
  :host([theme='light']) thead th,
  :host([theme='dark']) thead th {
    position: sticky;
    top: 0;
    background: linear-gradient(var(--ketamine-compare-header-background) 0 0), var(--ketamine-compare-background);
  }
  /* The comparison and the notes in compact text: a phone reads the whole grid in about five screens, never
     below 15 px. Line height 1.4: the table's lines are short at every width (a stacked phone cell, a column of
     9.5em or more), and short lines read well tighter; 1.45 cost a phone about 110 px (issue 23's measures). */
  table,
  aside {
    font-size: max(0.875em, 15px);
    line-height: 1.4;
  }
  td p + p,
  .details {
    margin-top: 0.4em;
  }
  /* Beside the question, on its line: negative block margins keep the taller button from making the line taller. */
  .expand {
    margin-block: -.3em;
    margin-inline-start: 0.25em;
    font-size: 0.8125em;
    font-weight: 400;
  }
  /* A statement past its \`until\` date: marked on the statement itself. */
  .until {
    display: block;
    font-weight: 600;
    padding-inline-start: .5em;
    border-inline-start: .2em solid var(--ketamine-compare-accent);
  }
  .cite {
    white-space: nowrap;
  }
  .label {
    display: none;
  }

  aside ul {
    padding-inline-start: 1em;
  }
  aside {
    display: grid;
    gap: var(--ketamine-compare-spacing);
    grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
  }
  [part='crisis'],
  [part='disclaimers'] {
    padding: var(--ketamine-compare-spacing);
    border: 1px solid var(--ketamine-compare-border);
    border-radius: var(--ketamine-compare-radius);
  }
  [part='crisis'] {
    border-inline-start: .35em solid var(--ketamine-compare-accent);
  }
  /* One source per line, each a link: spaced so every link is a 24px target (WCAG 2.5.8). */
  [part='sources'] li {
    margin-top: 0.4em;
  }
  /* h2 for the notes' headings (view.ts), at the size of the text around them. */
  h2 {
    font-size: 1em;
    margin-bottom: 0.35em;
  }
  /* Blending (no theme), the caption and the headings take the font of the page's headings (--h, read by
     ketamine-compare.ts), beside the post's own; the owner's --ketamine-compare-font-family, when set, is the one font
     of the whole widget. Without either they inherit the text's font, as the rest does. */
  :host(:not([theme='light'], [theme='dark'])) :is(caption, h2) {
    font-family: var(--ketamine-compare-font-family, var(--h));
  }
  .scope {
    margin-top: 0.5em;
  }
  /* A row toggle moves the blocks below the table without changing them. Layout and style containment let
     Chromium move their painting instead of repainting them: about half a toggle's paint time (traced A/B).
     Not paint containment: it would clip focus outlines. */
  aside,
  [part='sources'],
  .cta {
    contain: layout style;
  }
  .cta {
    padding-top: var(--ketamine-compare-spacing);
    border-top: 2px dashed var(--ketamine-compare-border);
  }
  /* The call to action as a button in the accent colour, with the text colour made for it (4.5:1 or more, both
     themes: the accent's own text colour, set with it). Important, to beat the page's own link colours; the last
     selector outranks the themes' rule for slotted text. */
  .cta a,
  .cta ::slotted(a),
  :host([theme]) .cta ::slotted(a) {
    display: inline-block;
    margin-top: 0.3em;
    padding: 0.45em 1em;
    border-radius: var(--ketamine-compare-radius);
    background: var(--ketamine-compare-accent) !important;
    color: var(--ketamine-compare-accent-text) !important;
    font-weight: 600;
    text-decoration: none;
  }

  /* The row button stands in for the row toggles at every width: folded, twelve toggles neither push the table off a
     phone's first screen nor put a dozen tab stops before it on a computer (issue 22). */
  .more[aria-expanded='false'] + [part='toggles'] {
    display: none;
  }

  /* Printed, the visitor's view as one grid to bring to an appointment: its rows with their details, the risks
     always (a row switched off included), every source and the review date; no controls. */
  @media print {
    [part~='toggles'],
    [part~='approach-toggles'],
    button:not(.fold),
    .fold::before,
    .keep-one,
    .cta {
      display: none !important;
    }
    /* The risks' row even when switched off, as a table row where no layout below makes it a band or a block. */
    tr[data-print] {
      display: table-row;
    }
    /* A page has no button to press: every source, folded or not, and every detail. */
    [part='sources'] ol[hidden],
    .details[hidden] {
      display: block !important;
    }
    .fold {
      border: 0;
      padding: 0;
      font-weight: 700;
    }
  }
`;

/**
 * The layouts for a table of `n` columns (`data-columns` on .stack), by the room each column gets (layoutWidths).
 * Narrower than a table: each question is a full-width band, each answer carries its approach's name, and
 * the column headers are hidden from sight only (the ARIA roles in the markup keep the table semantics that
 * display:block drops). Wide enough for bands: the answers sit side by side under their question.
 */
function columns(n: number) {
  const { table, bands } = layoutWidths(n);
  return css`
    /* In a band, a cell standing for n approaches (identical short answers, colspan) takes n shares, about as wide
       as the n cells it stands for (their inline padding, 1em a cell, aside). */
    [colspan='${n}'] {
      flex-grow: ${n};
    }
    @container (width < ${table}em) {
      [data-columns='${n}'] :is(table,caption,tbody,tr,th,td) {
        display: block;
        width: auto;
      }
      [data-columns='${n}'] thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      /* Stacked, the bands and answers take less padding: about 8 px more line for the text and 10 px less per
         question on a phone, with the approach's bold name still opening each answer. */
      [data-columns='${n}'] :is(caption,th) {
        padding: .4em .5em;
      }
      [data-columns='${n}'] td {
        border-top: 0;
        padding: 0 .5em .3em;
      }
      [data-columns='${n}'] .label {
        display: inline;
      }
    }
    ${bands === Infinity
      ? css``
      : css`@container (${bands}em <= width < ${table}em) {
      [data-columns='${n}'] tr {
        display: flex;
        flex-wrap: wrap;
      }
      [data-columns='${n}'] th {
        flex-basis: 100%;
      }
      [data-columns='${n}'] .label {
        display: none;
      }
      [data-columns='${n}'] td[data-short]::before {
        content: attr(data-short) / '';
        display: block;
        font-weight: 700;
      }
    }`}
  `;
}

export const styles = [base, ...Array.from({ length: MOST_APPROACHES }, (_, i) => columns(i + 1))];
