/** WCAG 2.2 A/AA on every demo page, at desktop and phone widths, with every row on. */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import en from '../src/data/en.json' with { type: 'json' };
import { $, $$, axe, mount, openPage, openToggles, toggle } from './helpers.js';
import { ALL_ROWS, DEMO_PAGES } from './examples.js';

describe('a11y: axe-core on every demo page', () => {
  for (const { page, about, widths } of DEMO_PAGES) {
    for (const width of widths) {
      it(`${page} (${about}) at ${width}px, all rows on: no WCAG 2.2 A/AA violation`, async function () {
        this.timeout(30_000);
        const { win, elements, close } = await openPage(`/demo/${page}`, width);
        for (const el of elements) el.setAttribute('rows', [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="toggle"]')].map((button) => button.dataset.row).join(' '));
        await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
        // Every row of every widget on (the custom dataset has rows of its own), and what comes later is in.
        await waitUntil(() => elements.every((el) => el.shadowRoot!.querySelectorAll('tbody tr[hidden]').length === 0 && el.shadowRoot!.querySelector('[part="sources"] ol[data-state="ready"]')), 'not every row shown');
        expect(await axe(win)).to.deep.equal([]);
        close();
      });
    }
  }

  it('themes light and dark on a dark and a light page, and the error message, pass too', async function () {
    this.timeout(30_000);
    const { win, doc, close } = await openPage('/demo/dark.html', 800);
    doc.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<ketamine-compare theme="light" rows="${ALL_ROWS}"></ketamine-compare>
       <ketamine-compare theme="dark" rows="${ALL_ROWS}"></ketamine-compare>
       <ketamine-compare src="/tests/fixtures/missing.json"></ketamine-compare>`,
    );
    const error = () => doc.querySelector('ketamine-compare[src]')!.shadowRoot?.querySelector('[part="error"]');
    const consoleError = win.console.error;
    win.console.error = () => {}; // the 404 is expected here
    await new Promise<void>((resolve) => {
      const wait = () => (error() ? resolve() : setTimeout(wait, 20));
      wait();
    });
    win.console.error = consoleError;
    expect(await axe(win)).to.deep.equal([]);
    close();
  });
});

describe('a11y: toggles', () => {
  it('are buttons with aria-pressed, in a labelled group, at least 24x24 px', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    await openToggles(el);
    const group = $(el, '[part="toggles"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal(en.ui.toggles);
    for (const button of $$(el, '[part="toggle"]')) {
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-pressed')).to.match(/^(true|false)$/);
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  // A keyboard user on a computer reaches the table in a few Tabs: the twelve row toggles are folded behind one
  // button at every width (there were 19 stops before the first Details button).
  it('leave at most 9 tab stops before the table on a computer', async () => {
    const el = await mount(html`<div><button id="before">before</button><ketamine-compare></ketamine-compare></div>`);
    expect(el.getBoundingClientRect().width, 'a computer-wide widget').to.be.above(700);
    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    const inTable = () => !!el.shadowRoot!.activeElement?.closest('table');
    let stops = 0;
    while (!inTable() && stops < 40) {
      await sendKeys({ press: 'Tab' });
      stops++;
    }
    expect(inTable(), 'Tab reaches the table').to.be.true;
    expect(stops - 1, 'tab stops before the table').to.be.at.most(9);
  });

  it('show a visible focus ring when reached by keyboard', async () => {
    const el = await mount(html`<div><button id="before">before</button><ketamine-compare></ketamine-compare></div>`);
    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    // The 988 link, the approach toggles and the row button come first; the row toggles are behind that button.
    await openToggles(el);
    for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== toggle(el, 'route'); i++) await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused === toggle(el, 'route'), 'Tab reaches the first row toggle').to.be.true;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('keep their on/off state visible without colour, also in forced-colors mode', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const mark = (row: string) => getComputedStyle(toggle(el, row), '::before').content;
    const emulated = await executeServerCommand('emulate-forced-colors', true);
    try {
      // Chromium emulates the mode; Firefox and WebKit cannot here, and run the same checks without it (nothing
      // here depends on the mode).
      expect(matchMedia('(forced-colors: active)').matches).to.equal(emulated);
      expect(mark('route')).to.contain('✓');
      expect(mark('setting')).to.contain('+');
      const style = getComputedStyle(toggle(el, 'setting'));
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle($(el, 'table')!).borderTopWidth)).to.be.at.least(1);
    } finally {
      await executeServerCommand('emulate-forced-colors', false);
    }
  });
});
