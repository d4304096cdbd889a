/**
 * What comes after the first screen: the cells of the rows that start hidden and the sources are a file beside
 * the script (ketamine-compare.<lang>.later.js). Served here by tests/server/cdn.mjs as a slow, failing or
 * silent CDN would serve it, to the built script in a page of its own.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import type { Cell } from '../src/data/types.js';
import { answerOf, pointsOf } from '../src/element/model.js';
import type { KetamineCompare } from '../src/element/ketamine-compare.js';
import { openPage, text } from './helpers.js';

/** A cell's first line: its short answer, or its first point in a cell written as a list of points. */
const firstLine = (cell: unknown) => { const c = cell as Cell; return answerOf(c) ?? pointsOf(c)[0]; };

const rowName = (id: string) => en.rows.find((row) => row.id === id)!.name;
const unique = () => Math.random().toString(36).slice(2, 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function cdnPage(mode: 'slow' | 'fail' | 'silent' | 'fine' | 'late', lang = 'en') {
  const page = await openPage(`/tests/cdn/${mode}-${unique()}/page.html?lang=${lang}`, 1000, 800);
  const el = page.elements[0] as KetamineCompare;
  const root = el.shadowRoot!;
  const row = (id: string) => root.querySelector(`tbody tr[data-id="${id}"]`) as HTMLTableRowElement;
  const toggle = (id: string) => root.querySelector(`[part="toggle"][data-row="${id}"]`) as HTMLButtonElement;
  const sources = () => root.querySelector('[part="sources"] ol')!;
  return { ...page, el, root, row, toggle, sources };
}

describe('rows and sources loaded after the first screen', () => {
  it('a row switched on 50 ms after the table appears says it is loading, then shows its cells; nothing else waits', async () => {
    const { el, row, toggle, sources, root, win, close } = await cdnPage('slow');
    await sleep(50);
    toggle('evidence').click();
    await el.updateComplete;
    // At once: the row is there, in the table's first place, and says its text is on the way.
    expect(row('evidence').hidden).to.be.false;
    expect(root.querySelector('tbody tr:not([hidden])')).to.equal(row('evidence'));
    expect(text(row('evidence').querySelector('td'))).to.equal(en.ui.loading);
    expect(toggle('evidence').getAttribute('aria-pressed')).to.equal('true');
    expect(text(root.querySelector('[role="status"]'))).to.equal(`${rowName('evidence')}: ${en.ui.shown}`);
    // The first screen did not wait: its rows are drawn, the crisis line is there.
    expect(row('route').querySelectorAll('td[part="cell"]')).to.have.length(3);
    expect(root.querySelector('.line a[href="tel:988"]')).to.exist;
    await waitUntil(() => row('evidence').querySelectorAll('td[part="cell"]').length === 3, 'the row never got its cells', { timeout: 5000 });
    expect(text(row('evidence').querySelector('td[part="cell"] p'))).to.contain(firstLine(en.cells.evidence.kap).text);
    (root.querySelector('.fold') as HTMLButtonElement).click(); // unfolded, as a visitor reads them
    await waitUntil(() => sources().querySelectorAll('li a').length > 0, 'the sources never came', { timeout: 5000 });
    expect(sources().querySelectorAll('li')).to.have.length(en.sources.length);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('an approach not shown at first, switched on 50 ms after the table appears, says it is loading, then shows its answers', async () => {
    // Only the columns shown at first (src/element/default-approaches.json) have their short answers in the script.
    const { el, row, root, win, close } = await cdnPage('slow');
    await sleep(50);
    (root.querySelector('[part="approach-toggle"][data-approach="at-home"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const homeCell = () => row('route').querySelectorAll('td')[3];
    expect(row('route').querySelectorAll('td')).to.have.length(4);
    expect(text(homeCell())).to.equal(en.ui.loading);
    await waitUntil(() => text(homeCell()).includes(firstLine(en.cells.route['at-home']).text), 'the column never got its answers', { timeout: 5000 });
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('a failed load says so in the row and in the sources, and Try again brings both', async () => {
    const { el, row, toggle, sources, root, win, close } = await cdnPage('fail');
    // The page loads, the rest is asked for, and the first attempt fails.
    await waitUntil(() => sources().querySelector('button.retry'), 'the sources did not say the load failed', { timeout: 5000 });
    expect(text(sources())).to.contain(en.ui.loadFailed);
    toggle('regulatory').click();
    await el.updateComplete;
    const retry = row('regulatory').querySelector('button.retry') as HTMLButtonElement;
    expect(text(row('regulatory'))).to.contain(en.ui.loadFailed);
    expect(retry.textContent).to.equal(en.ui.retry);
    // Everything else still works: another row on and off, the crisis line, the toggles.
    toggle('route').click();
    await el.updateComplete;
    expect(row('route').hidden).to.be.true;
    toggle('route').click();
    await el.updateComplete;
    expect(row('route').hidden).to.be.false;
    expect(root.querySelector('.line a[href="tel:988"]')).to.exist;
    retry.click();
    await waitUntil(() => row('regulatory').querySelectorAll('td[part="cell"]').length === 3, 'Try again did not bring the row', { timeout: 5000 });
    (root.querySelector('.fold') as HTMLButtonElement).click(); // unfolded, as a visitor reads them
    await waitUntil(() => sources().querySelectorAll('li a').length > 0, 'Try again did not bring the sources', { timeout: 5000 });
    // The console told the owner what failed, once, naming the file.
    expect(win.pageErrors.length).to.equal(1);
    expect(win.pageErrors[0]).to.match(/^<ketamine-compare> could not load .*ketamine-compare\.en\.later\.js/);
    close();
  });

  it('a file that never answers counts as failed after 10 seconds, and the widget stays usable', async function () {
    this.timeout(20_000);
    const { el, row, toggle, sources, win, close } = await cdnPage('silent');
    toggle('course').click();
    await el.updateComplete;
    expect(text(row('course').querySelector('td'))).to.equal(en.ui.loading);
    await waitUntil(() => row('course').querySelector('button.retry'), 'still waiting after the limit', { timeout: 14_000 });
    expect(text(sources())).to.contain(en.ui.loadFailed);
    expect(win.pageErrors.join()).to.contain('no answer within 10 seconds');
    toggle('course').click();
    await el.updateComplete;
    expect(row('course').hidden).to.be.true;
    close();
  });

  it('on a Spanish page, the Spanish file beside the script is used the same way', async () => {
    const { el, row, toggle, root, close } = await cdnPage('slow', 'es');
    expect(root.querySelector('.stack')!.getAttribute('lang')).to.equal('es');
    toggle('regulatory').click();
    await el.updateComplete;
    expect(row('regulatory').hidden).to.be.false;
    await waitUntil(() => row('regulatory').querySelectorAll('td[part="cell"]').length === 3, 'the Spanish row never came', { timeout: 5000 });
    close();
  });

  it('a Spanish page whose first view comes 1.5 s late is waited for (openPage holds on a loaded machine)', async () => {
    const { root, elements, close } = await cdnPage('late', 'es');
    expect(root.querySelector('.stack')!.getAttribute('lang')).to.equal('es');
    expect(elements[0].shadowRoot!.querySelector('tbody tr')).to.exist;
    close();
  });
});
