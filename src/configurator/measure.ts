/**
 * How tall the widget is for the owner's choices, measured rather than estimated: the page keeps real widgets out
 * of sight, one at each width that matters, gives them the attributes the preview has, and reports their heights
 * each time one changes (a ResizeObserver sees a choice take effect, a language file arrive, the rows that load
 * later fill in). The text's length, the layout for the width and the toggles all count, as they do for visitors.
 */
import { TAG } from '../element/model.js';

/** A phone's screen, 360 x 740 CSS pixels, as the phone tests use (tests/phone.test.ts). */
export const PHONE = { width: 360, screen: 740 };

/**
 * Where the widget is measured: on a phone, inside a page with the preview's margins (demo/configurator.css,
 * `.page`); and filling Wix's Custom Element at the widths Wix gives a page: 980 px in the Wix Editor's desktop
 * view, 320 px in its mobile view.
 */
const BOXES = {
  phone: { width: PHONE.width, page: true },
  wixDesktop: { width: 980, page: false },
  wixMobile: { width: 320, page: false },
};
export type Measured = keyof typeof BOXES;
export const WIX_WIDTHS = { desktop: BOXES.wixDesktop.width, mobile: BOXES.wixMobile.width };

/**
 * Makes the hidden widgets (at the end of `parent`) and calls `onHeights` with each one's height in CSS pixels,
 * rounded up, whenever any of them changes. Returns how to give them the preview's attributes.
 */
export function measureWidgets(parent: HTMLElement, onHeights: (heights: Record<Measured, number>) => void) {
  const box = document.createElement('div');
  box.id = 'measures';
  // Laid out like the page's own widgets, but never seen, reached by the keyboard or read by screen readers.
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  const widgets = {} as Record<Measured, HTMLElement>;
  for (const [name, { width, page }] of Object.entries(BOXES) as Array<[Measured, (typeof BOXES)[Measured]]>) {
    const frame = document.createElement('div');
    if (page) frame.className = 'page';
    frame.style.width = `${width}px`;
    frame.style.boxSizing = 'border-box';
    widgets[name] = frame.appendChild(document.createElement(TAG));
    widgets[name].dataset.measure = name;
    box.append(frame);
  }
  parent.append(box);
  const heights = () => Object.fromEntries(Object.entries(widgets).map(([name, widget]) => [name, Math.ceil(widget.getBoundingClientRect().height)])) as Record<Measured, number>;
  const observer = new ResizeObserver(() => onHeights(heights()));
  for (const widget of Object.values(widgets)) observer.observe(widget);
  return {
    /** The attributes the widgets should have: others are removed, unchanged ones left alone (no redraw). */
    set(attributes: Array<[string, string]>, names: string[]) {
      const values = new Map(attributes);
      for (const widget of Object.values(widgets)) {
        for (const name of names) {
          const value = values.get(name);
          if (value === undefined) widget.removeAttribute(name);
          else if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
        }
      }
    },
  };
}

/** A height in pixels as people read it: "4,070 px". */
const pixels = (height: number) => `${height.toLocaleString('en')} px`;

/**
 * The phone height in words an owner weighs: phone screens to the nearest half (at least one), and the pixels.
 * Visitors' taps make it longer or shorter; this is the first view, as the owner chose it.
 */
export function phoneLength(height: number): string {
  const screens = Math.max(1, Math.round((height / PHONE.screen) * 2) / 2);
  return `About ${screens} phone screen${screens === 1 ? '' : 's'} on a phone (${pixels(height)} tall at ${PHONE.width} px wide), with the treatments and questions you chose shown at first. Fewer make it shorter; visitors can still switch on the others.`;
}

/** How tall to make Wix's Custom Element at each width: the widget's height, to the next 10 px up. */
export const wixHeight = (height: number) => pixels(Math.ceil(height / 10) * 10);
