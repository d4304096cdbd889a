/**
 * The configurator's checks of what an owner types: the call-to-action link, the call to action as a whole,
 * and the accent colour. Each answers with what goes into the snippet and, where the owner should know, a
 * message to show next to the field, in plain words that stand on their own (no "Fixed:" or "Not used:" before
 * them). The element's own rules decide (safeHref for links, readableTextOn and contrast for the text on the
 * accent colour), so the configurator never promises what the element would not do.
 */
import { colourOf } from '../element/colour.js';
import { contrast, readableTextOn, safeHref } from '../element/model.js';

/**
 * - `empty`: nothing typed;
 * - `ok`: a link the element will use as it is;
 * - `fixed`: the link the owner meant, made complete (an address without https://, an email, a phone number);
 * - `refused`: no link is written; `message` says why and what to type instead.
 */
export interface LinkCheck {
  kind: 'empty' | 'ok' | 'fixed' | 'refused';
  /** What goes into `cta-href`; absent unless ok or fixed. */
  href?: string;
  message?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EMAIL = /^[^\s@/:?#]+@[^\s@/:?#]+\.[^\s@/:?#]+$/;
/** Digits, with the spaces, dots, dashes, brackets and leading + people write phone numbers with. */
const PHONE = /^\+?[\d\s().-]+$/;
/** A vanity number ("1-800-THERAPY"): digits first, then letters among them; no dot, so "1-800-flowers.com" is an address. */
const VANITY = /^\+?[\d\s()-]*\d[\d\s()-]*[a-z][a-z\d\s()-]*$/i;
/** The letters on each key of a phone keypad, from 2. */
const KEYPAD = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
/** What a phone number dials: its digits, and each letter as the key it is on. */
const dialled = (phone: string) => phone.toLowerCase().replace(/[a-z]/g, (letter) => String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2)).replace(/\D/g, '');
/** A host name with a dot and a top-level domain of letters, then optionally a port, path, query or fragment. */
const ADDRESS = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(:\d+)?([/?#]\S*)?$/iu;

const ALLOWED = 'Use a web address (https://…), an email address or a phone number.';
/**
 * "https//site.com", "https:/site.com", "https:site.com", "https;//site.com": the start of a web address,
 * mistyped. At least one of : ; / after the scheme, so "httpsite.com" stays a host name.
 */
const MISTYPED = /^(https?)\s*(?:[:;]+\s*\/*|\/+)\s*(\S.*)$/i;
const WELL_FORMED = /^https?:\/\/[^/]/i;

/** The call-to-action link as the owner typed it, checked and completed. */
export function checkLink(typed: string): LinkCheck {
  const value = typed.trim();
  if (!value) return { kind: 'empty' };
  const mistyped = WELL_FORMED.test(value) ? null : MISTYPED.exec(value);
  if (mistyped && ADDRESS.test(mistyped[2])) {
    const href = `${mistyped[1].toLowerCase()}://${mistyped[2]}`;
    return complete(href) ? { kind: 'fixed', href, message: whereItLeads(href) } : { kind: 'refused', message: `This link is not complete. ${ALLOWED}` };
  }
  const scheme = SCHEME.exec(value)?.[1].toLowerCase();
  // "www.site.com:8080/x" also starts like a scheme; it is an address (handled below).
  if (scheme && !ADDRESS.test(value)) {
    if (!['https', 'http', 'mailto', 'tel'].includes(scheme)) {
      return { kind: 'refused', message: `A "${scheme}:" link cannot be used here. ${ALLOWED}` };
    }
    if (!complete(value)) return { kind: 'refused', message: `This link is not complete. ${ALLOWED}` };
    return { kind: 'ok', href: value, message: whereItLeads(value) };
  }
  if (value.startsWith('//')) return fixed(`https:${value}`);
  if (/^[/?#.]/.test(value)) {
    return { kind: 'refused', message: 'Use the full address, with your site\'s name (for example https://your-site.com/contact): a short link like this one would point somewhere else once pasted.' };
  }
  if (EMAIL.test(value)) return fixed(`mailto:${value}`);
  if (PHONE.test(value) && (value.match(/\d/g) ?? []).length >= 3) {
    return fixed(`tel:${value.startsWith('+') ? '+' : ''}${value.replace(/\D/g, '')}`);
  }
  // At least three real digits (so "2 weeks" stays words), and at most 15 in all, the longest phone numbers.
  if (VANITY.test(value) && (value.match(/\d/g) ?? []).length >= 3 && dialled(value).length <= 15) {
    const href = `tel:${value.startsWith('+') ? '+' : ''}${dialled(value)}`;
    return { kind: 'fixed', href, message: `On a phone, tapping it calls ${value} (it dials ${href.slice(4)}).` };
  }
  if (ADDRESS.test(value)) return fixed(`https://${value}`);
  return { kind: 'refused', message: `This does not look like a link. ${ALLOWED}` };
}

function fixed(href: string): LinkCheck {
  if (!complete(href)) return { kind: 'refused', message: `This link is not complete. ${ALLOWED}` };
  return { kind: 'fixed', href, message: whereItLeads(href) };
}

/**
 * What a visitor's tap does, in the owner's words rather than the link's: the completed link itself shows what
 * was added ("Opens https://…"), and an email or phone link says what it does without "mailto:" or "tel:".
 */
export function whereItLeads(href: string): string {
  const [, scheme, rest] = /^([a-z]+):(.*)$/i.exec(href) ?? [];
  if (scheme?.toLowerCase() === 'mailto') return `Opens an email to ${decodeURIComponent(rest)}.`;
  if (scheme?.toLowerCase() === 'tel') return `On a phone, tapping it calls ${rest}.`;
  return `Opens ${href}.`;
}

/** A link the element will make a link of, with something after the scheme (a host for https and http). */
function complete(href: string): boolean {
  if (!safeHref(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol.startsWith('http') ? url.hostname.includes('.') : url.pathname.length > 0;
  } catch {
    return false;
  }
}

/**
 * What is missing from the call to action as a whole, as a message for each of its two fields: a link without
 * words has nothing to show (it is left out); words without a link show as plain text nobody can tap.
 */
export function checkCta(text: string, link: LinkCheck): { text?: string; href?: string } {
  if (!text.trim() && link.href) return { text: 'Add the words of your call to action (for example "Book a free consultation"): without them it is left out.' };
  if (text.trim() && link.kind === 'empty') return { href: "Add where it leads (your contact page, email or phone), or visitors can't tap it." };
  return {};
}

/** The page the widget sits on when it has no theme of its own: what the owner's site looks like. */
export type Page = 'light' | 'dark';

/** Where the accent colour sits: the widget's theme (`''`: none, it blends with the page) and the page. */
export interface Surroundings {
  theme: '' | 'light' | 'dark';
  page: Page;
}

/**
 * The backgrounds behind the accent colour: the element's own with a theme (its styles.ts), else the page's, as
 * the preview shows a light and a dark page (demo/configurator.css). A test keeps these equal to what renders.
 */
export const BACKGROUNDS = {
  theme: { light: [0xff, 0xff, 0xff], dark: [0x12, 0x1a, 0x19] },
  page: { light: [0xff, 0xff, 0xff], dark: [0x12, 0x13, 0x14] },
} as const;

/** WCAG's contrast for the parts of controls and graphics a visitor must see (1.4.11, non-text contrast). */
export const CONTROL_CONTRAST = 3;

export interface AccentCheck {
  /**
   * `close`: used, but near the background behind it (a shade that stands out is suggested); `refused`: not a
   * colour, or see-through; nothing is written and the widget keeps its default colour.
   */
  kind: 'default' | 'ok' | 'close' | 'refused';
  /** The colour as a hex code (`#rrggbb`), which goes into the `accent` attribute. */
  hex?: string;
  /** The text colour the element puts on it (its own rule, `readableTextOn`), and their contrast. */
  text?: '#fff' | '#000';
  ratio?: number;
  /** Its contrast with the background behind it. */
  against?: number;
  /** For a colour close to the background: the nearest shade of it that stands out, and which way it went. */
  suggestion?: string;
  shade?: 'deeper' | 'lighter';
  message: string;
}

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The background behind the accent: the widget's own with a theme, else the page the preview shows. */
export function backgroundOf({ theme, page }: Surroundings): { rgb: readonly number[] } {
  return { rgb: theme ? BACKGROUNDS.theme[theme] : BACKGROUNDS.page[page] };
}

/** Whether a shade that stands out on this background is darker (a light background) or lighter (a dark one). */
const deeperOn = (background: readonly number[]) => contrast(background, [255, 255, 255]) < contrast(background, [0, 0, 0]);

/**
 * The shade of a colour nearest to it that reaches `target` against a background: mixed step by step with black
 * on a light background, with white on a dark one. Mixing with black always ends at 21:1 on white; with white,
 * at least 15:1 on the darkest background here, so a shade is always found.
 */
export function shadeFor(rgb: readonly number[], background: readonly number[], target = CONTROL_CONTRAST): number[] {
  const towards = deeperOn(background) ? 0 : 255;
  for (let step = 1; step <= 50; step++) {
    const mixed = rgb.map((c) => Math.round(c + ((towards - c) * step) / 50));
    if (contrast(mixed, background) >= target) return mixed;
  }
  return [towards, towards, towards];
}

/**
 * The accent colour: written as a hex code, so the snippet means the same colour everywhere (no keyword that
 * depends on the page); the element puts black or white text on it, whichever reads better (at least 4.5:1), so
 * the text on it needs nothing from the owner and nothing is said about it beyond which one it gets.
 *
 * What the text colour cannot fix is a colour close to the background behind it: a switched-on button is filled
 * and outlined with the accent, so on a background of nearly the same colour only its tick tells it apart, and
 * the crisis block's stripe fades. Such a colour (below 3:1 against the background, WCAG's level for controls)
 * is still used, since the owner may know their page better than the preview does (with no theme, the background
 * is the page, light or dark as the owner shows it in the preview), but the message says so and offers the
 * nearest shade of their own colour that stands out. The snippet stays a function of the choices alone.
 * A colour that is not a colour, or is see-through (the text colour could not be chosen for it), is refused.
 */
export function checkAccent(typed: string, on: Surroundings = { theme: '', page: 'light' }): AccentCheck {
  // A colour code as brand kits often list it, without its "#".
  const value = typed.trim().replace(/^(?=[0-9a-f]{3}(?:[0-9a-f]{3})?$)/i, '#');
  if (!value) return { kind: 'default', message: 'The default colour (teal on light pages, mint on the dark theme).' };
  // A colour name as people write it ("light blue", "Dark Slate Grey") is the CSS keyword without its spaces.
  const words = /^[a-z]+(\s+[a-z]+)*$/i.test(value);
  const keyword = words ? value.replace(/\s+/g, '').toLowerCase() : value;
  const colour = colourOf(keyword);
  if (!colour) {
    const kind = words ? 'a colour name' : 'a colour';
    return { kind: 'refused', message: `"${value}" is not ${kind} this page knows. Type a colour name (such as purple or light blue), a colour code (such as #7a3e9d), or pick one. Until then, the default colour is used.` };
  }
  if (colour.alpha < 255) return { kind: 'refused', message: 'Choose a solid colour, without transparency: the page behind would show through the buttons. Until then, the default colour is used.' };
  const code = hex(colour.rgb);
  const text = readableTextOn(colour.rgb);
  const ratio = contrast(colour.rgb, text === '#fff' ? [255, 255, 255] : [0, 0, 0]);
  const background = backgroundOf(on);
  const against = contrast(colour.rgb, background.rgb);
  const gets = `switched-on buttons get ${text === '#fff' ? 'white' : 'black'} text on it`;
  // The keyword the owner meant, when they wrote it otherwise: "light blue" is lightblue.
  const name = words && keyword !== value ? ` (${keyword})` : '';
  if (against < CONTROL_CONTRAST) {
    const suggestion = hex(shadeFor(colour.rgb, background.rgb));
    const shade = deeperOn(background.rgb) ? 'deeper' : 'lighter';
    return {
      kind: 'close',
      hex: code,
      text,
      ratio,
      against,
      suggestion,
      shade,
      message: on.theme
        ? `Colour code ${code}${name} is close to the widget's ${on.theme} background (the Background you chose), so switched-on buttons barely stand out. A ${shade} shade of it, ${suggestion}, would.`
        : `Colour code ${code}${name} is close to ${on.page} pages: on the ${on.page} page the preview shows (under "Show it on"), switched-on buttons barely stand out. With no Background chosen, your site shows behind the widget. If your site is ${on.page}, use a ${shade} shade of it, ${suggestion}.`,
    };
  }
  return { kind: 'ok', hex: code, text, ratio, against, message: `Colour code ${code}${name}: ${gets}.` };
}
