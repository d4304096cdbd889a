/**
 * Focus is visible in every state, on every control: a ring whose pixels change by at least 3:1 against the
 * unfocused look, all around the control, on light and dark pages, with and without a theme. Measured on
 * screenshots, not read from the CSS.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { afterFrame, type El } from './helpers.js';
import { ringCoverage, screenshot } from './pixels.js';

const PAGES = {
  light: { background: '#fbf9f6', color: '#2b2b2b' },
  dark: { background: '#0f0f10', color: '#e9e6e1' },
};

/** The controls a visitor can reach, each in the state it is in at first (or after the setup: the row toggles are
 * behind the row button, at every width), and the width of the column they are seen in. */
const CONTROLS: Record<string, [number, (root: ShadowRoot) => HTMLElement]> = {
  'a row toggle, on': [720, (root) => root.querySelector('[data-row="route"]')!],
  'a row toggle, off': [720, (root) => root.querySelector('[data-row="setting"]')!],
  'an approach toggle, on': [720, (root) => root.querySelector('[data-approach="kap"]')!],
  'an approach toggle, off': [720, (root) => root.querySelector('[data-approach="esketamine"]')!],
  'the 988 link at the top': [720, (root) => root.querySelector('.line a')!],
  'the row button on a phone': [320, (root) => root.querySelector('.more')!],
};

for (const [pageName, page] of Object.entries(PAGES)) {
  for (const theme of [undefined, 'light', 'dark']) {
    describe(`focus on a ${pageName} page, ${theme ? `theme="${theme}"` : 'no theme'}`, () => {
      for (const [name, [width, find]] of Object.entries(CONTROLS)) {
        it(`${name}: the ring changes its pixels by 3:1 or more on every side`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div style="padding: 24px; width: ${width}px; background: ${page.background}; color: ${page.color}"></div>`);
          const el = document.createElement('ketamine-compare') as El;
          el.setAttribute('approaches', 'kap iv-infusion esketamine');
          el.setAttribute('lang', 'en');
          if (theme) el.setAttribute('theme', theme);
          wrapper.append(el);
          await waitUntil(() => el.shadowRoot!.querySelector('table'));
          el.shadowRoot!.querySelector<HTMLElement>('[data-approach="esketamine"]')!.click(); // an approach toggle that is off
          if (name.startsWith('a row toggle')) el.shadowRoot!.querySelector<HTMLElement>('.more')!.click();
          await afterFrame();
          const control = find(el.shadowRoot!);
          control.scrollIntoView({ block: 'center' });
          const before = await screenshot();
          control.focus({ focusVisible: true } as FocusOptions);
          expect(el.shadowRoot!.activeElement).to.equal(control);
          const after = await screenshot();
          const coverage = ringCoverage(before, after, control.getBoundingClientRect());
          control.blur();
          for (const [side, share] of Object.entries(coverage)) expect(share, `${side}: ${JSON.stringify(coverage)}`).to.be.at.least(0.8);
        });
      }
    });
  }
}
