import { css } from 'lit';

/*
 * Defaults for every public custom property live on :host, so an owner's own rule
 * (`ketamine-compare { --ketamine-compare-accent: … }`) wins over them: outer rules beat :host rules.
 * Without `theme`, colours come from the host page (currentColor, transparent), so the widget reads on
 * white and on near-black sites alike; `theme="light"`/`"dark"` give it its own background.
 */
/**
 * Narrow containers: each row becomes a block and each cell shows its approach name. The ARIA roles in the
 * markup keep the table semantics that display:block would otherwise drop (see the element's render()).
 */
const stacked = css`
  table,
  caption,
  tbody,
  tr,
  th,
  td {
    display: block;
    width: auto;
  }
  thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  tbody td {
    border-top: 0;
    padding-top: 0.25em;
  }
  caption {
    padding: 0.6em 0.75em;
  }
  .label {
    display: block;
    font-weight: 700;
  }
`;

export const styles = css`
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
    container-type: inline-size;
    color: var(--ketamine-compare-text);
    background: var(--ketamine-compare-background);
    font-family: var(--ketamine-compare-font-family);
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
    /* Lets every cell shrink, so the table never overflows its column: below the widths in the container
       queries it stacks instead of scrolling sideways. */
    overflow-wrap: anywhere;
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
  :host([theme]) {
    padding: var(--ketamine-compare-spacing);
    border-radius: var(--ketamine-compare-radius);
  }
  :host([hidden]) {
    display: none;
  }
  /* Rows a visitor hides stay in the DOM (a toggle then flips one attribute); display:block elsewhere must
     not show them. */
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  p,
  ul,
  ol,
  h3 {
    margin: 0;
  }
  ul,
  ol {
    padding-left: 1.5em;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
  }
  /* Visually hidden, still read. In the flow as a 1px box: the widget once had dozens of these absolutely
     positioned in its cells, and every layout placed each of them again (a row toggle took about 1 ms longer
     at 4x). */
  .vh {
    display: inline-block;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The live region sits between blocks, where an inline box would add a line: out of the flow instead. */
  .stack > .vh {
    position: absolute;
  }
  .stack > * + * {
    margin-top: var(--ketamine-compare-spacing);
  }

  [part='error'] {
    padding: var(--ketamine-compare-spacing);
    border-left: 0.5em solid #b42318;
    border-radius: var(--ketamine-compare-radius);
  }

  [part='toggles'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .toggles-label {
    flex-basis: 100%;
    font-weight: 600;
  }
  [part='toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25em;
    padding: 0.25em 0.75em 0.25em 0.5em;
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
  [part='toggle'][aria-pressed='true'] {
    color: var(--ketamine-compare-accent-text);
    background: var(--ketamine-compare-accent);
    border-color: var(--ketamine-compare-accent);
  }
  /* A tick or a plus: the on/off state does not rest on colour alone, and survives forced-colors mode.
     The empty alternative text after the slash keeps screen readers to "toggle button, pressed". */
  [part='toggle']::before {
    content: '+' / '';
    width: 1em;
    text-align: center;
    font-weight: 700;
  }
  [part='toggle'][aria-pressed='true']::before {
    content: '✓' / '';
  }
  table {
    width: 100%;
    /* Fixed layout: columns do not jump when a row appears, and a toggle does not re-measure every cell. */
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9375em;
    border: 1px solid var(--ketamine-compare-border);
    border-radius: var(--ketamine-compare-radius);
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.15em;
    padding-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.6em 0.75em;
    vertical-align: top;
    text-align: start;
  }
  tbody th,
  tbody td {
    border-top: 1px solid var(--ketamine-compare-border);
  }
  thead th,
  th[scope='row'] {
    background: var(--ketamine-compare-header-background);
  }
  /* Approach names stay in view while a long table scrolls by. Only with a theme: sticky cells need an opaque
     background, and without one the page behind the widget shows through. */
  :host([theme]) thead th {
    position: sticky;
    top: 0;
    background: linear-gradient(var(--ketamine-compare-header-background) 0 0), var(--ketamine-compare-background);
  }
  th[scope='row'] {
    width: 9em;
  }
  td p + p {
    margin-top: 0.4em;
  }
  .cite {
    white-space: nowrap;
  }
  .cite,
  .cta-label,
  [part='sources'] {
    font-size: 0.8125em;
  }
  .label {
    display: none;
  }

  aside {
    display: grid;
    gap: var(--ketamine-compare-spacing);
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
  }
  [part='crisis'],
  [part='disclaimers'] {
    padding: var(--ketamine-compare-spacing);
    border: 1px solid var(--ketamine-compare-border);
    border-radius: var(--ketamine-compare-radius);
  }
  /* One source per line, each a link: spaced so every link is a 24px target (WCAG 2.5.8). */
  [part='sources'] li {
    margin-top: 0.4em;
  }
  [part='crisis'] {
    border-left: 0.35em solid var(--ketamine-compare-accent);
  }
  h3 {
    font-size: 1em;
    margin-bottom: 0.35em;
  }
  /* A row toggle moves the blocks below the table without changing them. Layout and style containment let
     Chromium move their painting instead of repainting them: about half a toggle's paint time (traced A/B of
     the same markup with and without; see the README's Performance section).
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

  @media print {
    [part='toggles'],
    .cta {
      display: none;
    }
  }

  /* Up to three columns fit down to 544px, four to 704px, five to 832px; below that, they stack. In px: em or
     rem here would follow the page's font sizes (themes set html { font-size: 62.5% }). */
  @container (max-width: 544px) {
    ${stacked}
  }
  @container (max-width: 704px) {
    .cols-4,
    .cols-5 {
      ${stacked}
    }
  }
  @container (max-width: 832px) {
    .cols-5 {
      ${stacked}
    }
  }
`;
