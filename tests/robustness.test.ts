/**
 * Never break the page, in any layout: shrink-to-fit parents, any number of approaches, text direction,
 * language changes, problems found while off the page, and a page that arrives slowly.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import type { ErrorDetail } from '../src/element/events.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, afterFrame, captureConsole, mount, openPage, text, type El } from './helpers.js';

/** Parents that size their children to fit their content: page builders put blocks in these all the time. */
const SHRINK_TO_FIT: Record<string, string> = {
  'a flex row': 'display: flex',
  'a centred grid': 'display: grid; place-items: center',
  'a centred flex column': 'display: flex; flex-direction: column; align-items: center',
  'an inline-block': 'display: inline-block',
  'a float': 'float: left',
  'a table cell': 'display: table-cell',
  'an absolutely positioned box': 'position: absolute',
};

describe('layout: any parent', () => {
  for (const width of [1000, 360]) {
    for (const [name, style] of Object.entries(SHRINK_TO_FIT)) {
      it(`inside ${name} in a ${width}px column, it takes the column's width and reads normally`, async () => {
        const root = await fixture<HTMLElement>(html`<div style="width: ${width}px; position: relative"><div style=${style}><ketamine-compare></ketamine-compare></div></div>`);
        const el = root.querySelector('ketamine-compare') as El;
        await waitUntil(() => el.shadowRoot?.querySelector('table'));
        await afterFrame();
        const box = el.getBoundingClientRect();
        expect(box.width, 'width').to.be.within(width * 0.9, width + 0.5);
        expect(box.height, 'height').to.be.below(width < 500 ? 9000 : 4000); // was 86,000 px: one character a line
        expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(el.clientWidth + 1);
        expect($(el, 'td[part="cell"]')!.getBoundingClientRect().width, 'a cell').to.be.at.least(120);
      });
    }
  }
});

/** A dataset with `count` approaches, each with a cell in every row. */
function withApproaches(count: number): Dataset {
  const data = JSON.parse(JSON.stringify(en)) as Dataset;
  data.approaches = Array.from({ length: count }, (_, i) => ({ id: `a${i}`, name: `Approach number ${i + 1}` }));
  data.cells = Object.fromEntries(data.rows.map((row) => [row.id, Object.fromEntries(data.approaches.map((a) => [a.id, [{ text: `What ${a.name} does for ${row.name}`, sources: [data.sources[0].id] }]]))]));
  return data;
}

describe('layout: any number of approaches the schema allows', () => {
  for (const count of [6, 9, 12]) {
    for (const width of [600, 1200]) {
      it(`${count} approaches in ${width}px: every answer gets room to read`, async () => {
        const el = await mount(html`<div style="width: ${width}px"><ketamine-compare><script type="application/json">${JSON.stringify(withApproaches(count))}</script></ketamine-compare></div>`);
        await waitUntil(() => $$(el, 'td[part="cell"]').length === count * 7, 'the custom dataset was not drawn');
        await afterFrame();
        for (const cell of $$(el, 'tbody tr:not([hidden]) td[part="cell"]')) expect(cell.getBoundingClientRect().width).to.be.at.least(130); // was 45px at 600px
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      });
    }
  }
});

describe('direction follows the content', () => {
  it('English on a right-to-left page reads left to right', async () => {
    const el = await mount(html`<div dir="rtl" lang="he"><ketamine-compare></ketamine-compare></div>`);
    expect($(el, '.stack')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(el, 'td p')!).direction).to.equal('ltr');
    expect(text($(el, 'caption'))).to.equal(en.title);
  });

  it('a right-to-left dataset on a left-to-right page reads right to left', async () => {
    const data = { ...JSON.parse(JSON.stringify(en)), lang: 'ar', title: 'مقارنة' };
    const el = await mount(html`<div dir="ltr"><ketamine-compare><script type="application/json">${JSON.stringify(data)}</script></ketamine-compare></div>`);
    await waitUntil(() => text($(el, 'caption')) === 'مقارنة', 'the dataset was not used');
    expect($(el, '.stack')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, 'td p')!).direction).to.equal('rtl');
  });
});

describe('language changes on the page', () => {
  it("follows a change of an ancestor's lang after it started", async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"><section><ketamine-compare></ketamine-compare></section></div>`);
    const el = root.querySelector('ketamine-compare')!;
    await waitUntil(() => text($(el, 'caption')) === en.title);
    root.setAttribute('lang', 'es-US');
    await waitUntil(() => text($(el, 'caption')) === es.title, 'did not follow the new lang');
    root.setAttribute('lang', 'en');
    await waitUntil(() => text($(el, 'caption')) === en.title, 'did not follow it back');
  });

  it("follows the nearest lang across a shadow root, as in another component's template", async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><ketamine-compare></ketamine-compare></article>';
    const el = shadow.querySelector('ketamine-compare')!;
    await waitUntil(() => text($(el, 'caption')) === en.title, 'did not start inside the shadow root');
    host.setAttribute('lang', 'es');
    await waitUntil(() => text($(el, 'caption')) === es.title, 'did not follow the host');
    shadow.querySelector('article')!.setAttribute('lang', 'en');
    await waitUntil(() => text($(el, 'caption')) === en.title, 'did not follow the nearer lang inside the shadow root');
  });
});

describe('removed elements', () => {
  it('release what they held at once, even while a file they asked for is still on its way', async function () {
    this.timeout(60_000);
    const counters = () => executeServerCommand('dom-counters') as Promise<{ nodes: number; listeners: number } | false>;
    // A CDN that never answers for the files loaded after the first screen: their loads wait 10 seconds.
    const { win, doc, close } = await openPage(`/tests/cdn/silent-${Math.random().toString(36).slice(2)}/page.html`);
    const before = await counters();
    if (!before) return close(), this.skip(); // only Chromium's DevTools protocol counts them
    for (let i = 0; i < 1000; i++) {
      // As an AJAX page swap or a page builder does: the widget is drawn, then taken away.
      const el = doc.createElement('ketamine-compare') as El;
      doc.body.append(el);
      await el.updateComplete;
      el.remove();
    }
    // The page goes idle: what a removed element queued for then must not run, or hold it.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => (win as Window & typeof globalThis).requestIdleCallback(resolve));
    const after = (await counters()) as { nodes: number; listeners: number };
    close();
    // One drawn widget is about 300 nodes and 20 listeners: a thousand kept would be 300,000 and 20,000.
    expect(after.nodes - before.nodes, 'nodes still held').to.be.below(3000);
    expect(after.listeners - before.listeners, 'listeners still held').to.be.below(200);
  });
});

describe('problems found while off the page', () => {
  it('are reported when the element is back on the page, where the page can hear them', async () => {
    const heard: ErrorDetail[] = [];
    const listen = (event: Event) => heard.push((event as CustomEvent<ErrorDetail>).detail);
    document.addEventListener('ketamine-compare-error', listen);
    try {
      const { errors } = await captureConsole(async () => {
        const el = document.createElement('ketamine-compare');
        el.setAttribute('src', '/tests/fixtures/missing.json');
        document.body.append(el); // starts the load
        el.remove(); // and the page moves it away before it ends (an AJAX page swap, a page builder)
        await new Promise((resolve) => setTimeout(resolve, 600));
        expect(heard, 'nobody could hear it while detached').to.deep.equal([]);
        document.body.append(el);
        expect(heard).to.have.length(1);
        expect(heard[0].message).to.contain('HTTP 404');
        await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no visible error');
        el.remove();
      });
      expect(errors.filter((line) => line.includes('HTTP 404'))).to.have.length(1);
    } finally {
      document.removeEventListener('ketamine-compare-error', listen);
    }
  });
});

describe('a page that arrives slowly', () => {
  it('with the script in <head>, an inline dataset and a slow parser-blocking script after the element, visitors never see another comparison first', async function () {
    this.timeout(10_000);
    const { win, elements, close } = await openPage('head-inline-blocking.html', 1000, 800);
    await waitUntil(() => text(elements[0].shadowRoot!.querySelector('caption')) === "The owner's own comparison", 'the inline dataset was not used');
    await afterFrame(win);
    const seen = new Set(win.captionFrames!.map(([caption]) => caption));
    expect([...seen]).not.to.include(en.title);
    // Not even drawn out of sight: no other comparison exists in the widget before the owner's.
    expect([...win.drawnCaptions!]).to.deep.equal(["The owner's own comparison"]);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('with the script in <head> and an inline dataset, visitors never see another comparison first', async function () {
    this.timeout(10_000);
    const { win, elements, close } = await openPage('/tests/slow/head-inline-slow.html', 1000, 800);
    await waitUntil(() => text(elements[0].shadowRoot!.querySelector('caption')) === "The owner's own comparison", 'the inline dataset was not used');
    await afterFrame(win);
    const seen = new Set(win.captionFrames!.map(([caption]) => caption));
    expect([...seen]).not.to.include(en.title);
    expect(seen.has(null), 'the fallback showed while the page arrived').to.be.true;
    // Where the browser reports layout shifts: only the fallback's own replacement, once.
    if (win.shifts) expect(win.shifts.length, `shifts: ${win.shifts.join(', ')}`).to.be.at.most(1);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});
