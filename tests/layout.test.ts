/** Responsive by container, print, motion, and fixed-height boxes. */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import en from '../src/data/en.json' with { type: 'json' };
import { $, $$, mount, openPage, openToggles, toggle } from './helpers.js';
import { ALL_ROWS } from './examples.js';

const FIVE = 'kap iv-infusion iv-integration esketamine at-home';
const approachNames = en.approaches.map((a) => a.name);

describe('layout: responsive by container', () => {
  it('five approaches in a 320px column: no sideways scrolling, every value labelled with its approach', async () => {
    const el = await mount(html`<div style="width: 320px"><ketamine-compare approaches=${FIVE} rows=${ALL_ROWS}></ketamine-compare></div>`);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    // Every row covers the five approaches, each value labelled with the approaches it stands for (identical short
    // answers side by side share one cell, led by their names joined): the full names in the first row, short after.
    const rows = $$(el, 'tbody tr:not([hidden])');
    expect(rows).to.have.length(12);
    rows.forEach((tr, r) => {
      const cells = [...tr.querySelectorAll<HTMLTableCellElement>('td[part="cell"]')];
      expect(cells.reduce((sum, td) => sum + td.colSpan, 0), tr.dataset.id).to.equal(5);
      let i = 0;
      for (const cell of cells) {
        const label = cell.querySelector('.label') as HTMLElement;
        expect(label.getClientRects().length, 'label visible').to.be.greaterThan(0);
        const covered = en.approaches.slice(i, (i += cell.colSpan));
        expect(label.textContent).to.equal(`${covered.map((a) => (r ? (a.short ?? a.name) : a.name)).join(', ')}:\u00a0`);
      }
    });
    // Column headers are hidden from sight (each cell shows its approach) but not from screen readers.
    const header = $(el, 'thead th')!;
    expect(getComputedStyle(header.closest('thead')!).display).not.to.equal('none');
  });

  it('the same element is a side-by-side table in a wide column, whatever the window', async () => {
    const el = await mount(html`<div style="width: 1000px"><ketamine-compare approaches=${FIVE}></ketamine-compare></div>`);
    expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
    expect(getComputedStyle($(el, '.label')!).display).to.equal('none');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('keeps row and column headers in the accessibility tree when stacked', async () => {
    const el = await mount(html`<div style="width: 320px"><ketamine-compare approaches="kap esketamine" rows="route"></ketamine-compare></div>`);
    // The roles written in the markup are what keep the table semantics under display:block.
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    expect($$(el, 'tr').every((tr) => tr.getAttribute('role') === 'row')).to.be.true;
    expect($$(el, 'thead th').every((th) => th.getAttribute('role') === 'columnheader')).to.be.true;
    expect($$(el, 'tbody th').every((th) => th.getAttribute('role') === 'rowheader')).to.be.true;
    // The engine's own accessibility tree, where the test runner can read it (false in Firefox: only the markup above).
    const tree = await executeServerCommand<{ roles: string[]; names: boolean } | false, undefined>('accessible-roles');
    if (!tree) return;
    // WebKit's WebDriver gives the role of a cell but no name for it (a cell is named by its content): roles only there.
    const named = (role: string, name: string) => `${role}:${tree.names ? name : ''}`;
    expect(tree.roles).to.include(named('columnheader', approachNames[0]));
    // A row header is named by its question through aria-labelledby, which WebKit's WebDriver does report.
    expect(tree.roles.some((role) => role === `rowheader:${en.rows[0].name}` || role === named('rowheader', en.rows[0].name)), tree.roles.join(' | ')).to.be.true;
    expect(tree.roles.filter((r) => r.startsWith('cell:')).length).to.be.at.least(2);
  });

  it('with a theme, column headers stay in view while the page scrolls past a long table', async function () {
    this.timeout(20_000);
    const { win, doc, elements, close } = await openPage('/demo/embed.html', 1000, 420);
    const [el] = elements;
    el.setAttribute('rows', ALL_ROWS);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const header = el.shadowRoot!.querySelector('thead th') as HTMLElement;
    expect(win.getComputedStyle(header).position).to.equal('sticky');
    win.scrollTo(0, el.shadowRoot!.querySelector('tbody tr:nth-child(6)')!.getBoundingClientRect().top + win.scrollY);
    const top = header.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 1);
    // Opaque: the header hides what scrolls under it.
    expect(win.getComputedStyle(header).backgroundImage).to.contain('gradient');
    expect(doc.scrollingElement!.scrollTop).to.be.greaterThan(0);
    close();
  });
});

describe('layout: fixed-height box (Wix Embed HTML)', () => {
  it('nothing is cut off: the box scrolls to the sources and the review date', async () => {
    const { win, doc, elements, close } = await openPage('/demo/embed.html', 360, 420);
    const scroller = doc.scrollingElement!;
    expect(scroller.scrollHeight).to.be.greaterThan(420);
    expect(win.getComputedStyle(doc.body).overflowY).not.to.equal('hidden');
    const sources = elements[0].shadowRoot!.querySelector('[part="sources"] time')!;
    sources.scrollIntoView();
    const box = sources.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(win.innerHeight);
    close();
  });
});

describe('layout: motion and print', () => {
  it('has no motion to reduce: switching rows starts no animation or transition', async () => {
    // Chromium emulates the setting; Firefox and WebKit cannot here, and run the same checks without it.
    const emulated = await executeServerCommand('emulate-reduced-motion', true);
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(emulated);
      const el = await mount(html`<ketamine-compare></ketamine-compare>`);
      toggle(el, 'setting').click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      for (const node of $$(el, '*')) expect(getComputedStyle(node).transitionDuration, node.localName).to.equal('0s');
    } finally {
      await executeServerCommand('emulate-reduced-motion', false);
    }
  });

  it('prints the table, disclaimers, crisis lines and sources, without the buttons', async () => {
    const el = await mount(html`<ketamine-compare><a slot="cta" href="#">Book</a></ketamine-compare>`);
    await openToggles(el); // open on screen, and still left out of print
    // Switch the element's own print rules on for every medium: the same rules, in both engines.
    const printRules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    expect(printRules).to.have.length(1);
    printRules.forEach((rule) => (rule.media.mediaText = 'all'));
    try {
      expect(getComputedStyle($(el, '[part="toggles"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.cta')!).display).to.equal('none');
      for (const part of ['table', 'disclaimers', 'crisis', 'sources']) {
        expect($(el, `[part="${part}"]`)!.getClientRects().length, part).to.be.greaterThan(0);
      }
    } finally {
      printRules.forEach((rule) => (rule.media.mediaText = 'print'));
    }
    expect(getComputedStyle($(el, '[part="toggles"]')!).display).to.equal('flex');
  });
});
