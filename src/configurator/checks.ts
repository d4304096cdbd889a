/**
 * The configurator's checks of what an owner types: the call-to-action link, the call to action as a whole,
 * and the accent colour. Each answers with what goes into the snippet and, where the owner should know, a
 * message to show next to the field. The element's own rules decide (safeHref for links, readableTextOn and
 * contrast for the text on the accent colour), so the configurator never promises what the element would not do.
 */
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
/** A host name with a dot and a top-level domain of letters, then optionally a port, path, query or fragment. */
const ADDRESS = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(:\d+)?([/?#]\S*)?$/iu;

const ALLOWED = 'Use a web address (https://…), an email address or a phone number.';

/** The call-to-action link as the owner typed it, checked and completed. */
export function checkLink(typed: string): LinkCheck {
  const value = typed.trim();
  if (!value) return { kind: 'empty' };
  const scheme = SCHEME.exec(value)?.[1].toLowerCase();
  // "www.site.com:8080/x" also starts like a scheme; it is an address (handled below).
  if (scheme && !ADDRESS.test(value)) {
    if (!['https', 'http', 'mailto', 'tel'].includes(scheme)) {
      return { kind: 'refused', message: `A "${scheme}:" link cannot be used here. ${ALLOWED}` };
    }
    if (!complete(value)) return { kind: 'refused', message: `This link is not complete. ${ALLOWED}` };
    return { kind: 'ok', href: value };
  }
  if (value.startsWith('//')) return fixed(`https:${value}`, 'https:');
  if (/^[/?#.]/.test(value)) {
    return { kind: 'refused', message: 'Use the full address, with your site\'s name (for example https://your-site.com/contact): a short link like this one would point somewhere else once pasted.' };
  }
  if (EMAIL.test(value)) return fixed(`mailto:${value}`, 'mailto:');
  if (PHONE.test(value) && (value.match(/\d/g) ?? []).length >= 3) {
    return fixed(`tel:${value.startsWith('+') ? '+' : ''}${value.replace(/\D/g, '')}`, 'tel:');
  }
  if (ADDRESS.test(value)) return fixed(`https://${value}`, 'https://');
  return { kind: 'refused', message: `This does not look like a link. ${ALLOWED}` };
}

function fixed(href: string, added: string): LinkCheck {
  if (!complete(href)) return { kind: 'refused', message: `This link is not complete. ${ALLOWED}` };
  return { kind: 'fixed', href, message: `"${added}" was added: the link is ${href}` };
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

/** What is wrong with the call to action as a whole: a link without words has nothing to show. */
export function checkCta(text: string, link: LinkCheck): string | undefined {
  if (!text.trim() && link.href) return 'Add the words of your call to action (for example "Book a free consultation"): without them it is left out.';
  return undefined;
}

export interface AccentCheck {
  /** `fixed`: a colour too light for the default white text, which gets black text instead. */
  kind: 'default' | 'ok' | 'fixed' | 'refused';
  /** The colour as a hex code (`#rrggbb`), which goes into the `accent` attribute. */
  hex?: string;
  /** The text colour the element puts on it (its own rule, `readableTextOn`), and their contrast. */
  text?: '#fff' | '#000';
  ratio?: number;
  message: string;
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour an owner types (`teal`, `#7a3e9d`, `rgb(…)`, `oklch(…)`) as sRGB and alpha (0-255), or
 * undefined when the browser does not read it as a colour. A canvas ignores what it cannot parse (and keeps the
 * colour it had), so the colour is set after two different ones: it is a colour only if both give the same.
 */
export function solidColour(value: string): { rgb: number[]; alpha: number } | undefined {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  const parsed = ['#000000', '#ffffff'].map((before) => {
    context!.fillStyle = before;
    context!.fillStyle = value;
    return context!.fillStyle;
  });
  if (parsed[0] !== parsed[1]) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, alpha] = context.getImageData(0, 0, 1, 1).data;
  return { rgb: [r, g, b], alpha };
}

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * The accent colour: written as a hex code, so the snippet means the same colour everywhere (no keyword that
 * depends on the page); the element puts black or white text on it, whichever reads better (at least 4.5:1).
 * A colour that is not a colour, or is see-through (the text colour could not be chosen for it), is refused.
 */
export function checkAccent(typed: string): AccentCheck {
  const value = typed.trim();
  if (!value) return { kind: 'default', message: 'The default colour (teal on light pages, mint on the dark theme).' };
  const colour = solidColour(value);
  if (!colour) return { kind: 'refused', message: `"${value}" is not a colour this page knows. Type a colour code such as #7a3e9d, or pick one. Until then, the default colour is used.` };
  if (colour.alpha < 255) return { kind: 'refused', message: 'Choose a solid colour, without transparency: the page behind would show through the buttons. Until then, the default colour is used.' };
  const text = readableTextOn(colour.rgb);
  const ratio = contrast(colour.rgb, text === '#fff' ? [255, 255, 255] : [0, 0, 0]);
  const code = hex(colour.rgb);
  // The element's default puts white text on the accent; a colour too light for it gets black text instead.
  const white = contrast(colour.rgb, [255, 255, 255]);
  if (white >= 4.5 || text === '#fff') {
    return { kind: 'ok', hex: code, text, ratio, message: `Switched-on buttons get ${text === '#fff' ? 'white' : 'black'} text on this colour: easy to read (contrast ${ratio.toFixed(1)}:1). Colour code ${code}.` };
  }
  return { kind: 'fixed', hex: code, text, ratio, message: `switched-on buttons get black text on this light colour, so they stay easy to read (contrast ${ratio.toFixed(1)}:1; white would be too faint, ${white.toFixed(1)}:1). Colour code ${code}.` };
}
