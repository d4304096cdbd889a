import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../src/data/en.json' with { type: 'json' };
import type { Cell } from '../src/data/types.js';
import type { ToggleDetail } from '../src/element/events.js';
import { answerOf, pointsOf } from '../src/element/model.js';
import { $, $$, mount, openToggles, rowNames, text, toggle } from './helpers.js';

const rowName = (id: string) => en.rows.find((r) => r.id === id)!.name;

describe('ketamine-compare-toggle', () => {
  it('a click shows an extra row, fires the event with its detail, and announces it', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const heard = oneEvent(document, 'ketamine-compare-toggle'); // bubbles and is composed: the document hears it
    toggle(el, 'setting').click();
    const event = (await heard) as CustomEvent<ToggleDetail>;
    expect(event.detail).to.deep.equal({ row: 'setting', visible: true });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(rowNames(el)).to.include(rowName('setting'));
    expect(toggle(el, 'setting').getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '[role="status"]'))).to.equal(`${rowName('setting')}: ${en.ui.shown}`);
  });

  it('a second click hides the row again', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    setTimeout(() => toggle(el, 'route').click());
    const { detail } = (await oneEvent(el, 'ketamine-compare-toggle')) as CustomEvent<ToggleDetail>;
    expect(detail).to.deep.equal({ row: 'route', visible: false });
    await el.updateComplete;
    expect(rowNames(el)).not.to.include(rowName('route'));
    expect(toggle(el, 'route').getAttribute('aria-pressed')).to.equal('false');
    // A hidden row stays in the DOM, hidden: it takes no room, as a table and when stacked.
    const hidden = $(el, 'tbody tr[hidden]')!;
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    el.style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(hidden).display).to.equal('none');
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    el.style.width = '';
    expect(text($(el, '[role="status"]'))).to.equal(`${rowName('route')}: ${en.ui.hidden}`);
  });

  it('every row keeps its own cells when rows above it are hidden, shown, reordered or the columns change', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const firstCell = () => text($$(el, 'tbody tr:not([hidden])')[0].querySelector('td'));
    const cellText = (row: keyof typeof en.cells, approach: string) => {
      const cell = (en.cells[row] as Record<string, unknown>)[approach] as Cell;
      return (answerOf(cell) ?? pointsOf(cell)[0]).text; // its short answer, or the first of its points
    };
    expect(firstCell()).to.contain(cellText('route', 'kap'));
    toggle(el, 'route').click(); // every row below moves up one place
    await el.updateComplete;
    expect(firstCell()).to.contain(cellText('dose-depth', 'kap'));
    toggle(el, 'route').click();
    await el.updateComplete;
    expect(firstCell()).to.contain(cellText('route', 'kap'));
    el.setAttribute('rows', 'evidence route');
    await el.updateComplete;
    expect(firstCell()).to.contain(cellText('evidence', 'kap'));
    el.setAttribute('approaches', 'esketamine');
    await el.updateComplete;
    expect(firstCell()).to.contain(cellText('evidence', 'esketamine'));
    $$(el, 'tbody tr:not([hidden])').forEach((tr, i) => {
      const id = ['evidence', 'route'][i] as keyof typeof en.cells;
      expect(text(tr.querySelector('td'))).to.contain(cellText(id, 'esketamine'));
    });
  });

  it('works from the keyboard: Tab reaches the toggles, Space and Enter operate them', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const details: ToggleDetail[] = [];
    el.addEventListener('ketamine-compare-toggle', (e) => details.push(e.detail));
    await openToggles(el); // behind the Questions button at every width
    const first = toggle(el, 'route');
    first.focus();
    expect(el.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'dose-depth'));
    await sendKeys({ press: ' ' }); // Space: Firefox's WebDriver BiDi knows it only as ' '
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details).to.deep.equal([
      { row: 'dose-depth', visible: false },
      { row: 'dose-depth', visible: true },
    ]);
  });

  it('with every row off, the table, disclaimers and crisis line stay', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    for (const button of $$(el, '[part="toggle"][aria-pressed="true"]')) button.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal([]);
    expect($(el, 'table caption')).to.exist;
    expect($$(el, 'tbody tr:not([hidden])')).to.have.length(0);
    expect($(el, 'thead')).to.exist; // the column headers stay, so the visitor sees what is compared
    expect(text($(el, '[part="crisis"]'))).to.contain('988');
    expect($(el, '[part="disclaimers"]')!.offsetHeight).to.be.greaterThan(0);
    expect($(el, '[part="crisis"]')!.offsetHeight).to.be.greaterThan(0);
    expect($(el, '[part="sources"]')!.offsetHeight).to.be.greaterThan(0);
  });

  it('does not fire when the owner changes rows by attribute', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    let fired = 0;
    el.addEventListener('ketamine-compare-toggle', () => fired++);
    el.setAttribute('rows', 'evidence');
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});
