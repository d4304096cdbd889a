/**
 * What the configurator gives an owner to paste: the script tag (a version-pinned CDN URL), the element with
 * its attributes and slots, and the comparison as plain HTML inside it (for editors, plans without JavaScript
 * and crawlers); and, for Wix, the Server URL, tag name and attributes. Pure functions: tested on their own.
 */
import type { Dataset } from '../data/types.js';
import { fallbackHtml } from './fallback.js';
import { TAG, safeHref } from '../element/model.js';
import { escapeHtml as escape } from './html.js';

export interface WidgetOptions {
  approaches: string[];
  rows: string[];
  lang: 'en' | 'es';
  theme: '' | 'light' | 'dark';
  /** A CSS colour for --ketamine-compare-accent, or '' for the default. */
  accent: string;
  /** The practice's scope statement, or ''. */
  scope: string;
  ctaText: string;
  ctaUrl: string;
}

export const scriptUrl = (version: string) => `https://cdn.jsdelivr.net/npm/ketamine-compare@${version}/dist/ketamine-compare.js`;

/** The attributes to set, in the order an owner reads them; defaults are left out where the page decides. */
export function attributes(options: WidgetOptions): Array<[string, string]> {
  const list: Array<[string, string]> = [
    ['approaches', options.approaches.join(' ')],
    ['rows', options.rows.join(' ')],
  ];
  if (options.lang !== 'en') list.push(['lang', options.lang]);
  if (options.theme) list.push(['theme', options.theme]);
  return list;
}

/** The call-to-action link, if its URL is one the element would link (https, http, mailto, tel). */
export function ctaHref(options: WidgetOptions): string | undefined {
  return options.ctaText.trim() && options.ctaUrl.trim() ? safeHref(options.ctaUrl.trim()) : undefined;
}

export function snippet(options: WidgetOptions, data: Dataset, version: string): string {
  const attrs = attributes(options).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  const style = options.accent ? ` style="--ketamine-compare-accent: ${escape(options.accent)}"` : '';
  const href = ctaHref(options);
  const indent = (html: string) => html.split('\n').map((line) => `    ${line}`).join('\n');
  return [
    `<script src="${scriptUrl(version)}"></script>`,
    `<${TAG}${attrs}${style}>`,
    ...(options.scope.trim() ? [`  <p slot="scope">${escape(options.scope.trim())}</p>`] : []),
    ...(href ? [`  <a slot="cta" href="${escape(href)}">${escape(options.ctaText.trim())}</a>`] : []),
    `  <div class="ketamine-compare-fallback">`,
    indent(fallbackHtml(data, { approaches: options.approaches.join(' '), rows: options.rows.join(' ') })),
    `  </div>`,
    `</${TAG}>`,
  ].join('\n');
}
