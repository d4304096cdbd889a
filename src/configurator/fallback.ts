/**
 * The comparison as plain HTML, from the same dataset and options as the element: the fallback content an owner
 * pastes inside <ketamine-compare>, and on Wix the custom element's `seoMarkup`. It is what the Squarespace
 * editor, plans without JavaScript and crawlers see; the element hides it when it starts. Not part of the
 * widget's script (the configurator uses it). Every string is escaped, and links keep the element's rule
 * (https, http, mailto, tel only).
 *
 * It is read on a phone without any CSS of ours (the host page styles it), so it is built from what reads well
 * at any width with browser defaults, in the element's shape: the 988 line first; then a heading per question, and
 * under it each approach's short answer in a line led by its name (identical ones side by side in one line, their
 * names joined, as the element merges them; a side-by-side table would make a 360px page scroll sideways), and the question's details (every approach's points) folded in one <details>, as the
 * element's Details button opens a row; then the crisis lines, the disclaimers, the owner's scope
 * statement and call to action (each labelled as the practice's), the sources (folded) and the review date.
 */
import type { Dataset, Point, RichText } from '../data/types.js';
import { answerKey, answerOf, blogNumbers, byIds, chooseColumns, chooseRows, citation, crisisBlock, format, formatDate, isPast, pointsOf, runs, safeHref, sourceNumbers } from '../element/model.js';
import { escapeHtml as escape } from './html.js';

export interface FallbackOptions {
  /** The element's `approaches` attribute. */
  approaches?: string | null;
  /** The element's `rows` attribute. */
  rows?: string | null;
  /** The practice's scope statement (plain text), shown with the disclaimers. */
  scope?: string;
  /** The practice's call to action: its words, and its link if there is a safe one. */
  cta?: { text: string; href?: string };
}

/** A line of text and links, as the element writes it (view.ts `richText`): with `sms`, a text link beside 988's call link. */
function rich(line: RichText, sms?: string): string {
  return line
    .map((part) => {
      if (typeof part === 'string') return escape(part);
      const href = safeHref(part.href);
      if (!href) return escape(part.text);
      const link = `<a href="${escape(href)}">${escape(part.text)}</a>`;
      return sms && href === 'tel:988' ? `${link} (<a href="sms:988">${escape(sms)}</a>)` : link;
    })
    .join('');
}

export function fallbackHtml(data: Dataset, options: FallbackOptions = {}): string {
  const numbers = sourceNumbers(data);
  const blogs = blogNumbers(data);
  const columns = byIds(data.approaches, chooseColumns(data, options.approaches).ids);
  const rows = byIds(data.rows, chooseRows(data, options.rows).ids);
  const ui = data.ui; // the bundled datasets, which have every word
  const list = (tag: 'ul' | 'ol', items: string[]) => [`<${tag}>`, ...items.map((item) => `  <li>${item}</li>`), `</${tag}>`];
  const scope = options.scope?.trim();
  const ctaText = options.cta?.text.trim();
  const ctaHref = safeHref(options.cta?.href);
  const today = new Date();
  const cite = (point: Point) =>
    `${citation(point.sources, numbers, blogs, ui.blog)}${isPast(point.until, today) ? ` <em>${escape(format(ui.until!, { date: formatDate(point.until!, data.lang) }))}</em>` : ''}`;
  return [
    `<p><strong>${rich(data.crisis[0], ui.sms)}</strong></p>`,
    `<h2>${escape(data.title)}</h2>`,
    ...rows.flatMap((row) => {
      // Per approach its short answer (a cell written as a list of points: its first point), led by its name;
      // identical short answers side by side are one line led by their names joined, as the element draws them
      // (`runs`, the element's rule); then, as the element's Details button does for a row, one folded block with
      // every approach's points.
      const cells = columns.map((a) => {
        const content = data.cells[row.id][a.id];
        const [first, ...rest] = [answerOf(content), ...pointsOf(content)].filter((point): point is Point => !!point);
        return { a, first, rest, key: answerKey(content) };
      });
      const details = cells.filter(({ rest }) => rest.length);
      return [
        `<h3>${escape(row.name)}</h3>`,
        ...runs(cells, (cell) => cell.key).map((run) => `<p><b>${escape(run.map(({ a }) => a.name).join(', '))}:</b> ${escape(run[0].first.text)} ${cite(run[0].first)}</p>`),
        ...(details.length
          ? [
              `<details><summary>${escape(ui.details!)}</summary>`,
              ...details.flatMap(({ a, rest }) => rest.map((point, i) => `  <p>${i ? '' : `<b>${escape(a.short ?? a.name)}:</b> `}${escape(point.text)} ${cite(point)}</p>`)),
              `</details>`,
            ]
          : []),
      ];
    }),
    `<h3>${escape(ui.crisis)}</h3>`,
    ...list('ul', crisisBlock(data).map((line) => rich(line, ui.sms))),
    `<h3>${escape(ui.disclaimers)}</h3>`,
    ...list('ul', data.disclaimers.map((line) => rich(line))),
    ...(scope ? [`<p><b>${escape(ui.cta)}:</b> ${escape(scope)}</p>`] : []),
    // The call to action after the safety notes and before the sources, as in the element (docs/design.md).
    ...(ctaText ? [`<p><b>${escape(ui.cta)}:</b> ${ctaHref ? `<a href="${escape(ctaHref)}">${escape(ctaText)}</a>` : escape(ctaText)}</p>`] : []),
    `<details>`,
    `<summary>${escape(ui.sources)} (${data.sources.length})</summary>`,
    ...list('ol', data.sources.map((s) => `${s.url ? rich([{ text: s.citation, href: s.url }]) : escape(s.citation)}${s.blog ? ` (${escape(ui.blog!)})` : ''}`)),
    `</details>`,
    `<p>${escape(ui.reviewed)}: <time datetime="${escape(data.reviewed)}">${escape(formatDate(data.reviewed, data.lang))}</time>.</p>`,
  ].join('\n');
}
