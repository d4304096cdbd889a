/**
 * What the configurator gives an owner to paste: the script tag (pinned to this version, with its integrity
 * hash), the element with its attributes, and the comparison as plain HTML inside it (for editors, plans without
 * JavaScript and crawlers); and, for Wix, the Server URL, the attributes, and Velo code that gives search
 * engines the same plain HTML. Functions of the options alone: tested on their own.
 */
import type { Dataset } from '../data/types.js';
import { fallbackHtml } from './fallback.js';
import { DEFAULT_APPROACHES, TAG } from '../element/model.js';
import { escapeHtml as escape } from './html.js';
import { checkAccent, checkLink } from './checks.js';

/** What the owner chose, as they typed it (links and colours are checked on the way into the snippet). */
export interface WidgetOptions {
  /** The columns, in order. */
  approaches: string[];
  /** The rows shown at first, in order. */
  rows: string[];
  lang: string;
  theme: '' | 'light' | 'dark';
  /** Any CSS colour, or '' for the default. */
  accent: string;
  /** The practice's scope statement, or ''. */
  scope: string;
  ctaText: string;
  /** A link, an email address or a phone number, or ''. */
  ctaHref: string;
}

/** The options an owner starts from: the element's defaults, in a given language. */
export const defaults = (data: Dataset, lang = data.lang): WidgetOptions => ({
  approaches: [...DEFAULT_APPROACHES],
  // The element's first rows: the core rows, side effects and who should not use it among them.
  rows: data.rows.filter((row) => row.core).map((row) => row.id),
  lang,
  theme: '',
  accent: '',
  scope: '',
  ctaText: '',
  ctaHref: '',
});

/** Where snippets load the script from: jsDelivr, which serves every version npm has at this address. */
export const CDN = 'https://cdn.jsdelivr.net/npm/';

export const scriptUrl = (version: string, cdn = CDN) => `${cdn}ketamine-compare@${version}/dist/ketamine-compare.js`;

/** The script tag: this exact version, and the browser runs it only if its bytes have this hash. */
export const scriptTag = (version: string, integrity: string, cdn = CDN) =>
  `<script src="${escape(scriptUrl(version, cdn))}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>`;

/** Text as one line: newlines and runs of spaces from a text box become single spaces. */
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The call to action that goes into the snippet: its words, and its link where there is a usable one. */
export function cta(options: WidgetOptions): { text: string; href?: string } | undefined {
  const text = line(options.ctaText);
  return text ? { text, href: checkLink(options.ctaHref).href } : undefined;
}

/**
 * Every attribute the configurator sets, in the order an owner reads them, with its value; those left at
 * their default are left out. The Wix tab lists the same.
 */
export function attributes(options: WidgetOptions): Array<[string, string]> {
  const list: Array<[string, string]> = [
    ['approaches', options.approaches.join(' ')],
    ['rows', options.rows.join(' ')],
    // Always: the plain-HTML copy inside the snippet is in this language, so the widget must be too.
    ['lang', options.lang],
  ];
  if (options.theme) list.push(['theme', options.theme]);
  // Used when it is a colour at all: a colour near the background is the owner's to judge (checkAccent).
  const accent = checkAccent(options.accent);
  if (accent.hex) list.push(['accent', accent.hex]);
  if (line(options.scope)) list.push(['scope', line(options.scope)]);
  const action = cta(options);
  if (action) list.push(['cta-text', action.text]);
  if (action?.href) list.push(['cta-href', action.href]);
  return list;
}

/** The plain-HTML comparison for these options: inside the snippet, and Wix's seoMarkup. */
export const staticHtml = (options: WidgetOptions, data: Dataset) =>
  fallbackHtml(data, { approaches: options.approaches.join(' '), rows: options.rows.join(' '), scope: line(options.scope), cta: cta(options) });

/** The plain copy on one line: line breaks between tags dropped, any other run of spaces and breaks one space. */
const oneLine = (html: string) => html.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

/** The wrapper's class: the one block that holds the snippet, so editors that add paragraphs leave it whole. */
export const EMBED_CLASS = 'ketamine-compare-embed';

/**
 * The snippet, on one line, in a <div>. Editors rewrite what is pasted: WordPress's classic editor (wpautop)
 * breaks the text at every line break and at every block tag, and wraps each piece that does not start with a
 * block tag in <p>…</p>. A <p> opened before <ketamine-compare> would close at the plain copy's first block tag,
 * and take the element with it: the plain copy would land outside it and show under the widget. Starting with a
 * <div> (a block) and with no line break before the plain copy, no <p> opens before the element; the two stray
 * paragraph tags autop leaves inside it are empty. tests/editors.test.ts pastes it through each editor.
 */
export function snippet(options: WidgetOptions, data: Dataset, version: string, integrity: string, cdn = CDN): string {
  const attributeList = attributes(options).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return [
    `<div class="${EMBED_CLASS}">`,
    scriptTag(version, integrity, cdn),
    `<${TAG}${attributeList}>`,
    `<div class="ketamine-compare-fallback">${oneLine(staticHtml(options, data))}</div>`,
    `</${TAG}>`,
    `</div>`,
  ].join('');
}

/** A JavaScript string literal, safe for any text: JSON's escapes, and the two line separators JSON leaves. */
const literal = (text: string) => JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * Velo page code for Wix: the custom element's `seoMarkup` (what Wix serves to search engines in place of the
 * element) set to the same plain-HTML comparison as the snippet's.
 */
export function veloCode(options: WidgetOptions, data: Dataset, elementId = 'customElement1'): string {
  return [
    `// ketamine-compare: what search engines read in place of the widget (Wix's seoMarkup).`,
    `// Made by the ketamine-compare configurator for your settings: make it again when you change them.`,
    `// If your Custom Element's ID is not ${elementId} (see its Properties & Events panel), change it below.`,
    `$w.onReady(function () {`,
    `  $w(${literal(`#${elementId}`)}).seoMarkup = [`,
    ...staticHtml(options, data).split('\n').map((text) => `    ${literal(text)},`),
    `  ].join('\\n');`,
    `});`,
  ].join('\n');
}
