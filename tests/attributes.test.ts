import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import type { Cell } from '../src/data/types.js';
import { answerOf, blogNumbers, citation, pointsOf, sourceNumbers } from '../src/element/model.js';
import es from '../src/data/es.json' with { type: 'json' };
import { $, captureConsole, columns, mount, openSources, rowNames, text, toggle } from './helpers.js';
import { documentedParts } from './manifest.js';
import { until } from './until.js';

/** A cell's first line: its short answer, or its first point in a cell written as a list of points. */
const firstLine = (cell: unknown) => { const c = cell as Cell; return answerOf(c) ?? pointsOf(c)[0]; };

const approach = (data: typeof en, id: string) => data.approaches.find((a) => a.id === id)!.name;
const row = (data: typeof en, id: string) => data.rows.find((r) => r.id === id)!.name;

describe('[approaches]', () => {
  it('sets the columns, in the order given', async () => {
    const el = await mount(html`<ketamine-compare approaches="at-home esketamine kap"></ketamine-compare>`);
    expect(columns(el)).to.deep.equal(['at-home', 'esketamine', 'kap'].map((id) => approach(en, id)));
  });

  it('skips unknown ids with a prefixed warning that names them', async () => {
    let el!: Element;
    const { warnings } = await captureConsole(async () => {
      el = await mount(html`<ketamine-compare approaches="kap bogus iv-infusion"></ketamine-compare>`);
    });
    expect(columns(el)).to.deep.equal([approach(en, 'kap'), approach(en, 'iv-infusion')]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<ketamine-compare> /).and.contain('bogus');
  });

  it('falls back to the default columns when no id is valid', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await mount(html`<ketamine-compare approaches="nope"></ketamine-compare>`);
      expect(columns(el)).to.deep.equal(['kap', 'iv-infusion', 'iv-integration', 'esketamine'].map((id) => approach(en, id)));
    });
    expect(warnings.join()).to.contain('nope');
  });

  it('updates live when changed after upgrade', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    el.setAttribute('approaches', 'esketamine at-home kap iv-infusion iv-integration');
    await el.updateComplete;
    expect(columns(el)).to.have.length(5);
    expect(columns(el)[0]).to.equal(approach(en, 'esketamine'));
  });
});

describe('[rows]', () => {
  it('sets the rows shown at first, in that order; the others stay available as toggles', async () => {
    const el = await mount(html`<ketamine-compare rows="evidence route"></ketamine-compare>`);
    expect(rowNames(el)).to.deep.equal([row(en, 'evidence'), row(en, 'route')]);
    expect(toggle(el, 'evidence').getAttribute('aria-pressed')).to.equal('true');
    expect(toggle(el, 'can-talk').getAttribute('aria-pressed')).to.equal('false');
    // Toggles are listed in the same order as the rows: the chosen ones first.
    expect(toggle(el, 'evidence').previousElementSibling!.matches('.label-of')).to.be.true;
  });

  it('skips unknown row ids with a prefixed warning', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await mount(html`<ketamine-compare rows="route made-up"></ketamine-compare>`);
      expect(rowNames(el)).to.deep.equal([row(en, 'route')]);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<ketamine-compare> /).and.contain('made-up');
  });

  it('updates live when changed after upgrade', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    el.setAttribute('rows', 'side-effects');
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal([row(en, 'side-effects')]);
    el.removeAttribute('rows');
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(7);
  });
});

describe('[lang]', () => {
  const caption = (el: Element) => text($(el, 'caption'));

  it('renders Spanish with lang="es", loaded from the file next to the script', async () => {
    const el = await mount(html`<ketamine-compare lang="es"></ketamine-compare>`);
    expect(caption(el)).to.equal(es.title);
    expect($(el, '.stack')!.getAttribute('lang')).to.equal('es');
    expect(text($(el, '[part="crisis"]'))).to.contain('988');
  });

  it("follows the nearest ancestor's lang", async () => {
    const el = await mount(html`<div lang="es-MX"><section><ketamine-compare></ketamine-compare></section></div>`);
    expect(caption(el)).to.equal(es.title);
  });

  it('its own lang wins over the ancestor, and unknown languages are English', async () => {
    const own = await mount(html`<div lang="es"><ketamine-compare lang="en"></ketamine-compare></div>`);
    expect(caption(own)).to.equal(en.title);
    const unknown = await mount(html`<ketamine-compare lang="fr"></ketamine-compare>`);
    expect(caption(unknown)).to.equal(en.title);
  });

  it('switches language live, every part of the widget', async function () {
    // Two language files and two files of sources may be fetched and drawn: on a loaded machine that takes seconds.
    this.timeout(60_000);
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    await openSources(el); // unfolded, as a visitor reads them (folded, they are not drawn); they stay so
    // Column headers, notes and sources are drawn once and skipped on later renders: they must follow the switch.
    const words = () => [
      columns(el)[0],
      text($(el, '[part="crisis"] h2')),
      text($(el, '[part="disclaimers"] li')),
      text($(el, '[part="sources"] h2')),
      text($(el, '[part="sources"] li')),
      text($(el, 'tbody td p')).replace(/^[^:]+: /, ''), // less the approach's name, shown in the stacked layout only
    ];
    const expected = (data: typeof en) => [
      approach(data, 'kap'),
      data.ui.crisis,
      (data.disclaimers[0] as Array<string | { text: string }>).map((part) => (typeof part === 'string' ? part : part.text)).join('').replace(/\s+/g, ' ').trim(),
      // The heading is the button that unfolds the list, and says how long it is.
      `${data.ui.sources} (${data.sources.length})`,
      data.sources[0].citation,
      `${firstLine(data.cells.route.kap).text} ${data.ui.sources}${citation(firstLine(data.cells.route.kap).sources, sourceNumbers(data), blogNumbers(data), data.ui.blog)}`,
    ];
    // The sources come after the first screen, from the file beside the script.
    const sourcesIn = () => $(el, '[part="sources"] ol[data-state="ready"]');
    el.setAttribute('lang', 'es');
    await until(el, () => caption(el) === es.title && sourcesIn());
    expect(words()).to.deep.equal(expected(es as typeof en));
    el.setAttribute('lang', 'en');
    await until(el, () => caption(el) === en.title && sourcesIn());
    expect(words()).to.deep.equal(expected(en));
  });
});

describe('[theme]', () => {
  const background = (el: Element) => getComputedStyle(el).backgroundColor;

  it('without theme the background is transparent and the text colour is inherited', async () => {
    const el = await mount(html`<div style="color: rgb(10, 20, 30)"><ketamine-compare></ketamine-compare></div>`);
    expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, 'td')!).color).to.equal('rgb(10, 20, 30)');
  });

  it('light and dark set their own background and text, and switch live', async () => {
    const el = await mount(html`<ketamine-compare theme="light"></ketamine-compare>`);
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    el.setAttribute('theme', 'dark');
    expect(background(el)).to.equal('rgb(18, 26, 25)');
    expect(getComputedStyle($(el, 'td')!).color).to.equal('rgb(238, 243, 242)');
  });

  it('every part of the contract can be styled from the page with ::part()', async () => {
    const parts = documentedParts; // custom-elements.json's list
    const style = document.createElement('style');
    style.textContent = parts.map((part) => `ketamine-compare::part(${part}) { outline: 3px solid rgb(1, 2, 3); }`).join('\n');
    document.head.append(style);
    try {
      let el!: Element;
      await captureConsole(async () => {
        el = await mount(html`<ketamine-compare src="/tests/fixtures/missing.json"></ketamine-compare>`); // shows the error part too
        await waitUntil(() => $(el, '[part="error"]'), 'no error part');
      });
      for (const part of parts) {
        const node = $(el, `[part~="${part}"]`);
        expect(node, `no element carries the part ${part}`).to.exist;
        expect(getComputedStyle(node!).outlineColor, part).to.equal('rgb(1, 2, 3)');
      }
    } finally {
      style.remove();
    }
  });

  it('custom properties set by the page win over the defaults', async () => {
    const el = await mount(html`<ketamine-compare style="--ketamine-compare-accent: rgb(200, 0, 100)"></ketamine-compare>`);
    expect(getComputedStyle(toggle(el, 'route')).backgroundColor).to.equal('rgb(200, 0, 100)');
  });
});
