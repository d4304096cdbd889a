/**
 * The comparison as plain HTML, from the same dataset and options as the element: the fallback content an owner
 * pastes inside <ketamine-compare>. It is what the Squarespace editor, plans without JavaScript and crawlers
 * see; the element hides it when it starts. Not part of the widget's script (the configurator uses it).
 * Every dataset string is escaped, and links keep the element's rule (https, http, mailto, tel only).
 */
import type { Dataset, RichText } from '../data/types.js';
import { chooseColumns, chooseRows, safeHref, sourceNumbers } from '../element/model.js';
import { escapeHtml as escape } from './html.js';

export interface FallbackOptions {
  /** The element's `approaches` attribute. */
  approaches?: string | null;
  /** The element's `rows` attribute. */
  rows?: string | null;
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
  const columns = chooseColumns(data, options.approaches).ids.map((id) => data.approaches.find((a) => a.id === id)!);
  const rows = chooseRows(data, options.rows).ids.map((id) => data.rows.find((r) => r.id === id)!);
  const cite = (ids: string[]) => `[${ids.map((id) => numbers.get(id)).sort((a, b) => a! - b!).join(', ')}]`;
  const list = (tag: 'ul' | 'ol', items: string[]) => `<${tag}>\n${items.map((item) => `  <li>${item}</li>`).join('\n')}\n</${tag}>`;
  return [
    `<table>`,
    `<caption>${escape(data.title)}</caption>`,
    `<thead><tr><td></td>${columns.map((a) => `<th scope="col">${escape(a.name)}</th>`).join('')}</tr></thead>`,
    `<tbody>`,
    ...rows.map(
      (row) =>
        `<tr><th scope="row">${escape(row.name)}</th>${columns
          .map((a) => `<td>${data.cells[row.id][a.id].map((p) => `<p>${escape(p.text)} ${cite(p.sources)}</p>`).join('')}</td>`)
          .join('')}</tr>`,
    ),
    `</tbody>`,
    `</table>`,
    `<p><strong>${escape(data.ui.crisis)}</strong></p>`,
    list('ul', data.crisis.map(rich)),
    `<p><strong>${escape(data.ui.disclaimers)}</strong></p>`,
    list('ul', data.disclaimers.map(rich)),
    `<p><strong>${escape(data.ui.sources)}</strong></p>`,
    list('ol', data.sources.map((s) => (s.url ? rich([{ text: s.citation, href: s.url }]) : escape(s.citation)))),
    `<p>${escape(data.ui.reviewed)}: <time datetime="${escape(data.reviewed)}">${escape(data.reviewed)}</time>.</p>`,
  ].join('\n');
}
