/**
 * The comparison as plain HTML, from the same dataset and options as the element: the fallback content an owner
 * pastes inside <ketamine-compare>, and on Wix the custom element's `seoMarkup`. It is what the Squarespace
 * editor, plans without JavaScript and crawlers see; the element hides it when it starts. Not part of the
 * widget's script (the configurator uses it). Every string is escaped, and links keep the element's rule
 * (https, http, mailto, tel only).
 *
 * It is read on a phone without any CSS of ours (the host page styles it), so it is built from what reads well
 * at any width with browser defaults: the 988 line first, as in the element; then a heading per question with a
 * definition list of each approach's answer (a side-by-side table would make a 360px page scroll sideways); then
 * the crisis lines, the disclaimers with the owner's scope statement, the sources (folded: the thirty-odd of
 * them would push the call to action far down) and the review date; the owner's call to action last, labelled as theirs.
 */
import type { Dataset, RichText } from '../data/types.js';
import { answerOf, byIds, chooseColumns, chooseRows, citation, pointsOf, safeHref, sourceNumbers } from '../element/model.js';
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

function rich(line: RichText): string {
  return line
    .map((part) => {
      if (typeof part === 'string') return escape(part);
      const href = safeHref(part.href);
      return href ? `<a href="${escape(href)}">${escape(part.text)}</a>` : escape(part.text);
    })
    .join('');
}

export function fallbackHtml(data: Dataset, options: FallbackOptions = {}): string {
  const numbers = sourceNumbers(data);
  const columns = byIds(data.approaches, chooseColumns(data, options.approaches).ids);
  const rows = byIds(data.rows, chooseRows(data, options.rows).ids);
  const list = (tag: 'ul' | 'ol', items: string[]) => [`<${tag}>`, ...items.map((item) => `  <li>${item}</li>`), `</${tag}>`];
  const scope = options.scope?.trim();
  const ctaText = options.cta?.text.trim();
  const ctaHref = safeHref(options.cta?.href);
  return [
    `<p><strong>${rich(data.crisis[0])}</strong></p>`,
    `<h2>${escape(data.title)}</h2>`,
    ...rows.flatMap((row) => [
      `<h3>${escape(row.name)}</h3>`,
      `<dl>`,
      ...columns.flatMap((a) => [
        `  <dt><b>${escape(a.name)}</b></dt>`,
        `  <dd>${[answerOf(data.cells[row.id][a.id]), ...pointsOf(data.cells[row.id][a.id])].map((p) => (p ? `<p>${escape(p.text)} ${citation(p.sources, numbers)}</p>` : '')).join('')}</dd>`,
      ]),
      `</dl>`,
    ]),
    `<h3>${escape(data.ui.crisis)}</h3>`,
    ...list('ul', data.crisis.map(rich)),
    `<h3>${escape(data.ui.disclaimers)}</h3>`,
    ...list('ul', data.disclaimers.map(rich)),
    ...(scope ? [`<p>${escape(scope)}</p>`] : []),
    `<details>`,
    `<summary>${escape(data.ui.sources)} (${data.sources.length})</summary>`,
    ...list('ol', data.sources.map((s) => (s.url ? rich([{ text: s.citation, href: s.url }]) : escape(s.citation)))),
    `</details>`,
    `<p>${escape(data.ui.reviewed)}: <time datetime="${escape(data.reviewed)}">${escape(data.reviewed)}</time>.</p>`,
    ...(ctaText ? [`<p>${escape(data.ui.cta)}: ${ctaHref ? `<a href="${escape(ctaHref)}">${escape(ctaText)}</a>` : escape(ctaText)}</p>`] : []),
  ].join('\n');
}
