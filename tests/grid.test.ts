/**
 * The comparison as an Option Grid (issue 23): a short answer first in every cell, its details a tap away per
 * row; every approach in reach; statements past their `until` marked; blog sources marked; the scope statement
 * and call to action labelled as the practice's; and the visitor's view printed as one grid.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { answerOf, contrast, pointsOf } from '../src/element/model.js';
import { mergeRest, restState } from '../src/element/datasets.js';
import { rgbOf } from '../src/element/colour.js';
import { $, $$, at, columns, mount, openSources, openToggles, text, type El } from './helpers.js';
import { ANSWERED, OLD_SHAPE } from './examples.js';
import { until } from './until.js';

/** Mounts the element with an inline dataset, at a width. */
const withData = (data: unknown, width = 1000, attributes = '') => {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.innerHTML = `<ketamine-compare ${attributes}><script type="application/json">${JSON.stringify(data)}</script></ketamine-compare>`;
  return mount(html`${box}`);
};
const row = (el: El, id: string) => $(el, `tbody tr[data-id="${id}"]`)!;
const seen = (node: Element | null) => !!node && node.getClientRects().length > 0;
const status = (el: El) => text($(el, '[role="status"]'));
/** Opens a row's details, as a visitor does. */
const openDetails = async (el: El, id: string) => {
  row(el, id).querySelector<HTMLButtonElement>('th button')!.click();
  await el.updateComplete;
};

describe('grid: a short answer first, details per row', () => {
  it('each cell shows its answer with its sources; its points wait behind the row\'s Details button', async () => {
    const el = await withData(ANSWERED);
    const [pill, shot] = [...row(el, 'route').querySelectorAll('td')];
    expect(text(pill.querySelector('p'))).to.contain('By mouth.').and.contain('[1]');
    expect(text(shot.querySelector('p'))).to.contain('In a muscle.');
    // Not drawn until asked for (or printed): hidden, the points were most of the table's markup.
    expect(row(el, 'route').querySelector('.details'), 'points not drawn at first').to.be.null;
    const button = row(el, 'route').querySelector<HTMLButtonElement>('th button')!;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('Details');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Details: How is it given?');
  });

  it('Details opens that row\'s points in every column, by keyboard too, and says so', async () => {
    const el = await withData(ANSWERED);
    const button = row(el, 'cost').querySelector<HTMLButtonElement>('th button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const open = [...row(el, 'cost').querySelectorAll('.details')];
    expect(open).to.have.length(2);
    expect(open.every(seen), 'every column of the row').to.be.true;
    expect(text(open[1])).to.contain('Some plans pay part.');
    expect(seen(row(el, 'route').querySelector('.details')), 'other rows stay closed').to.be.false;
    expect(status(el)).to.equal('What does it cost? Details: shown');
    await sendKeys({ press: ' ' }); // the space bar (Firefox's driver knows it by its key, not 'Space')
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(open.some(seen)).to.be.false;
    expect(status(el)).to.equal('What does it cost? Details: hidden');
  });

  it('an old-shape dataset (cells as lists of points) shows its points as before, with no Details button', async () => {
    const el = await withData(OLD_SHAPE);
    expect(text($(el, 'caption'))).to.equal(OLD_SHAPE.title);
    const pill = row(el, 'route').querySelector('td')!;
    const lines = [...pill.querySelectorAll('p')];
    expect(lines.map((p) => text(p).replace(/^[^:]+: /, ''))).to.deep.equal(['By mouth. Sources[1]', 'Taken with water. Sources[1]']);
    expect(lines.every(seen)).to.be.true;
    expect($$(el, 'tbody th button')).to.have.length(0);
    expect($$(el, '.details')).to.have.length(0);
  });

  it('stacked on a phone, each cell leads with its approach: the full name in the first row, the short name after, inline', async () => {
    const el = await mount(html`<div style="width: 360px"><ketamine-compare rows="can-talk route"></ketamine-compare></div>`);
    const label = (id: string) => row(el, id).querySelector<HTMLElement>('td .label')!;
    expect(text(label('can-talk'))).to.equal(`${en.approaches[0].name}:`);
    expect(text(label('route'))).to.equal(`${en.approaches[0].short}:`);
    expect(getComputedStyle(label('route')).display).to.equal('inline');
    // On the answer's own line.
    const line = label('route').parentElement!;
    expect(label('route').getBoundingClientRect().top).to.be.closeTo(line.getBoundingClientRect().top, 2);
    // Side by side in a table, the column headers say it: no label.
    const wide = await withData(ANSWERED, 1000);
    expect(seen(row(wide, 'route').querySelector('td .label'))).to.be.false;
  });
});

describe('grid: identical short answers side by side', () => {
  it('in bands (middle widths) a merged cell is about as wide as the cells it stands for', async () => {
    // 700 px, four columns: each row a band of answers side by side under its question (flex, one share a column).
    const el = await mount(html`<div style="width: 700px"><ketamine-compare rows="route side-effects"></ketamine-compare></div>`);
    expect(getComputedStyle(row(el, 'route')).display).to.equal('flex');
    const widths = (id: string) => [...row(el, id).querySelectorAll('td')].map((td) => td.getBoundingClientRect().width);
    const [merged, last] = widths('side-effects');
    const route = widths('route');
    // Three shares of the band, and the last column where it is in the other rows (within the padding of the two
    // cells the merged one replaces).
    expect(merged).to.be.closeTo(route[0] + route[1] + route[2], 40);
    expect(last).to.be.closeTo(route[3], 40);
  });

  it('draw as one cell spanning their columns, led by all their names, until the row\'s details open', async () => {
    const el = await mount(html`<div style="width: 360px"><ketamine-compare rows="side-effects"></ketamine-compare></div>`);
    const tr = row(el, 'side-effects');
    const same = en.approaches.slice(0, 3);
    const cells = () => [...tr.querySelectorAll('td')];
    const merged = cells()[0];
    expect(merged.colSpan, 'spans the three ketamine columns, so each column header names it').to.equal(3);
    expect(cells()).to.have.length(columns(el).length - 2);
    expect(merged.dataset.short).to.equal(same.map((a) => a.short ?? a.name).join(', '));
    expect(text(merged.querySelector('.label'))).to.equal(`${same.map((a) => a.name).join(', ')}:`);
    expect(merged.querySelectorAll(':scope > p')).to.have.length(1);
    tr.querySelector<HTMLButtonElement>('th button')!.click();
    await el.updateComplete;
    expect(cells().map((td) => td.colSpan), 'the points differ: one cell per approach again').to.deep.equal(cells().map(() => 1));
    expect(cells()).to.have.length(columns(el).length);
  });
});

describe('grid: every approach in reach', () => {
  it('by default: KAP, IV infusion, IV with integration and Spravato, with at-home one toggle away', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const names = (ids: string[]) => ids.map((id) => en.approaches.find((a) => a.id === id)!.name);
    expect(columns(el)).to.deep.equal(names(['kap', 'iv-infusion', 'iv-integration', 'esketamine']));
    const toggles = $$(el, '[part="approach-toggle"]');
    expect(toggles.map((t) => t.dataset.approach)).to.deep.equal(['kap', 'iv-infusion', 'iv-integration', 'esketamine', 'at-home']);
    expect(toggles.map((t) => t.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true', 'true', 'false']);
    toggles[4].click();
    await el.updateComplete;
    expect(columns(el).at(-1)).to.equal(names(['at-home'])[0]);
  });

  it('approaches sets the columns shown at first and their order; the others follow as toggles', async () => {
    const el = await mount(html`<ketamine-compare approaches="esketamine kap"></ketamine-compare>`);
    expect($$(el, '[part="approach-toggle"]').map((t) => `${t.dataset.approach}:${t.getAttribute('aria-pressed')}`)).to.deep.equal([
      'esketamine:true',
      'kap:true',
      'iv-infusion:false',
      'iv-integration:false',
      'at-home:false',
    ]);
    expect(columns(el)).to.have.length(2);
  });

  for (const [lang, data] of [['en', en], ['es', es]] as const) {
    it(`tapping the last approach still on shows a visible note, in the dataset's language (${lang})`, async () => {
      const el = await mount(html`<ketamine-compare lang=${lang} approaches="kap"></ketamine-compare>`);
      await waitUntil(() => text($(el, 'caption')) === data.title, 'language not loaded');
      const note = $(el, '.keep-one')!;
      expect(seen(note)).to.be.false;
      $(el, '[part="approach-toggle"][data-approach="kap"]')!.click();
      await el.updateComplete;
      expect(seen(note), 'visible').to.be.true;
      expect(text(note)).to.equal(data.ui.keepOne);
      expect(status(el)).to.equal(data.ui.keepOne);
      expect(columns(el)).to.have.length(1);
      // Gone once the visitor does something that works.
      $(el, '[part="approach-toggle"][data-approach="esketamine"]')!.click();
      await el.updateComplete;
      expect(seen(note)).to.be.false;
    });
  }
});

describe('grid: statements past their until date', () => {
  const spanish = { ...ANSWERED, lang: 'es', ui: { ...ANSWERED.ui, until: es.ui.until } } as Dataset;
  const cases = [
    { lang: 'en', data: ANSWERED, answer: en.ui.until.replace('{date}', 'June 30, 2027'), point: en.ui.until.replace('{date}', 'January 31, 2027') },
    { lang: 'es', data: spanish, answer: es.ui.until.replace('{date}', '30 de junio de 2027'), point: es.ui.until.replace('{date}', '31 de enero de 2027') },
  ];
  for (const { lang, data, answer, point } of cases) {
    it(`before the date nothing is marked; after it, the statement itself says so (${lang})`, async () => {
      // The answer and, the row's details open, its point.
      const marks = async (el: El) => {
        await openDetails(el, 'cost');
        return [...row(el, 'cost').querySelectorAll('td')[0].querySelectorAll('p')].map((p) => text(p.querySelector('.until')));
      };
      await at('2026-12-15T12:00:00Z', async () => {
        const el = await withData(data);
        expect(await marks(el)).to.deep.equal(['', '']);
      });
      await at('2027-02-01T12:00:00Z', async () => {
        const el = await withData(data);
        expect(await marks(el)).to.deep.equal(['', point]); // the point's date has passed, not yet the answer's
      });
      await at('2027-07-01T00:30:00Z', async () => {
        const el = await withData(data);
        expect(await marks(el)).to.deep.equal([answer, point]);
        expect(seen(row(el, 'cost').querySelector('td p .until'))).to.be.true;
      });
    });
  }
});

describe('grid: sources that are a practice\'s blog', () => {
  it('are marked in citations and in the list of sources', async () => {
    const el = await withData(ANSWERED);
    const cites = [...row(el, 'route').querySelectorAll('td')].map((td) => text(td.querySelector('.cite')).replace('Sources', ''));
    expect(cites).to.deep.equal(['[1]', '[2 blog]']);
    await openDetails(el, 'route');
    expect(text(row(el, 'route').querySelector('.details .cite')).replace('Sources', '')).to.equal('[1, 2 blog]');
    await openSources(el);
    expect($$(el, '[part="sources"] li').map(text)).to.deep.equal(['The drug label, 2026.', 'A practice blog post, 2026. (blog)']);
  });
});

describe('grid: the practice\'s own words', () => {
  it('the scope statement is labelled as the practice\'s; the call to action follows the safety notes, before the sources, a button in the accent colour', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount(html`<ketamine-compare theme=${theme} scope="I am a coach, not a therapist." cta-text="Book a call" cta-href="https://example.com/book"></ketamine-compare>`);
      expect(text($(el, '.scope'))).to.equal(`${en.ui.cta}: I am a coach, not a therapist.`);
      const link = $(el, '.cta a')!;
      const y = (node: Element) => node.getBoundingClientRect().top;
      expect(y(link)).to.be.above($(el, 'aside')!.getBoundingClientRect().bottom);
      expect(y(link)).to.be.below(y($(el, '[part="sources"]')!));
      const style = getComputedStyle(link);
      const [background, colour] = [rgbOf(style.backgroundColor)!, rgbOf(style.color)!];
      expect(style.backgroundColor).to.equal(getComputedStyle($(el, '[aria-pressed="true"]')!).backgroundColor); // the accent
      expect(contrast(background, colour), theme).to.be.at.least(4.5);
      el.parentElement?.removeChild(el);
    }
  });
});

/**
 * Runs `check` with the page printed: first what printing starts with, the window's `beforeprint` event (the
 * element draws every row's details then); then the print media: Chromium emulates print; elsewhere the element's
 * print rules are switched on.
 */
async function printed(el: El, check: () => void) {
  dispatchEvent(new Event('beforeprint'));
  const emulated = await executeServerCommand('emulate-print', true);
  // Elsewhere: `print` rules made `all`, `not print` rules `not all`.
  const media = emulated ? [] : el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /^(not )?print$/.test(rule.media.mediaText));
  const was = media.map((rule) => rule.media.mediaText);
  media.forEach((rule) => (rule.media.mediaText = rule.media.mediaText.replace('print', 'all')));
  try {
    if (emulated) expect(matchMedia('print').matches).to.be.true;
    check();
  } finally {
    media.forEach((rule, i) => (rule.media.mediaText = was[i]));
    if (emulated) await executeServerCommand('emulate-print', false);
  }
}

describe('grid: print', () => {
  it('prints the view as one grid: the risks always, every detail, every source, the date; no controls', async () => {
    const el = await withData({ ...ANSWERED, reviewed: '2026-10-01' }, 1000, 'rows="route"');
    expect(row(el, 'side-effects').hidden, 'switched off on screen').to.be.true;
    await printed(el, () => {
      expect(seen(row(el, 'side-effects')), 'the risks printed').to.be.true;
      expect(text(row(el, 'side-effects'))).to.contain('Upset stomach.').and.contain('Rarely, a rash.');
      expect(seen(row(el, 'route').querySelector('.details')), 'details printed').to.be.true;
      expect(seen(row(el, 'cost')), 'a row the visitor has off (not the risks) stays off').to.be.false;
      expect($$(el, '[part="sources"] li').length, 'folded on screen, drawn for print').to.equal(2);
      expect($$(el, '[part="sources"] li').every(seen), 'every source').to.be.true;
      expect(text($(el, '[part="sources"] time'))).to.equal('October 1, 2026');
      expect($$(el, 'button').filter(seen).map(text)).to.deep.equal([`${ANSWERED.ui.sources} (2)`]); // the list's heading only
      expect(text(el.shadowRoot!.querySelector('.stack'))).not.to.match(/turn on the row/i);
    });
    expect(seen(row(el, 'side-effects')), 'off again on screen').to.be.false;
  });

  it('a merged cell prints the points of every approach it stands for, each led by its name', async () => {
    const el = await mount(html`<div style="width: 360px"><ketamine-compare rows="side-effects"></ketamine-compare></div>`);
    await until(el, () => $(el, '[part="sources"] ol[data-state="ready"]')); // the points are in
    const merged = row(el, 'side-effects').querySelector('td')!;
    expect(merged.colSpan).to.equal(3);
    await printed(el, () => {
      const all = en.approaches.slice(0, 3).flatMap((a) => pointsOf((en.cells as Dataset['cells'])['side-effects'][a.id]).map((p) => p.text));
      for (const line of all) expect(text(merged.querySelector('.details'))).to.contain(line);
      expect([...merged.querySelectorAll('.details b')].map(text)).to.deep.equal(en.approaches.slice(0, 3).map((a) => `${a.short ?? a.name}:`));
    });
  });

  it('draws every row\'s details as printing starts, before print() returns: the page is laid out for print then', async () => {
    const el = await withData(ANSWERED, 1000, 'rows="route cost"');
    const details = () => $$(el, '.details');
    expect(details(), 'not drawn until asked for').to.have.length(0);
    // Chromium: the page's own window.print() (headless, it fires beforeprint and prints nowhere). Elsewhere, where
    // print() would open a dialog, the event it fires first.
    const chromium = navigator.userAgent.includes('Chrome/');
    if (chromium) window.print();
    else dispatchEvent(new Event('beforeprint'));
    // No await: the script that called print() is still running, and Lit's microtask has not come.
    // Every answered cell, the risks' row (printed while switched off) included.
    expect(details().map((node) => node.closest('tr')!.dataset.id)).to.deep.equal(['route', 'route', 'cost', 'cost', 'side-effects', 'side-effects']);
    expect(text(details()[0])).to.contain('Taken with water, once a day.');
    expect(details().some(seen), 'hidden on screen').to.be.false;
    expect($$(el, 'th button').map((button) => button.getAttribute('aria-expanded')), 'no row opened').to.deep.equal(['false', 'false', 'false']);
    // Printed: shown. Then, back on screen, still hidden, and a row's Details still opens and closes it.
    await printed(el, () => expect(details().filter(seen), 'printed (every row shown, and the risks)').to.have.length(6));
    expect(details().some(seen)).to.be.false;
    await openDetails(el, 'cost');
    expect(details().filter(seen)).to.have.length(2);
    await openDetails(el, 'cost');
    expect(details().some(seen)).to.be.false;
  });

  it('a removed element stops listening for the page\'s printing; put back, it listens again', async () => {
    const el = await withData(ANSWERED);
    const box = el.parentElement!;
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, '.details'), 'not drawn while removed').to.have.length(0);
    box.append(el);
    dispatchEvent(new Event('beforeprint'));
    expect($$(el, '.details')).to.have.length(6);
  });

  it('no "turn on the row" text in the bundled notes', () => {
    for (const data of [en, es]) expect(JSON.stringify(data.disclaimers)).not.to.match(/turn on the row|active la fila/i);
  });
});

describe('grid: accessibility', () => {
  it('names the safety notes and the groups; h2 headings; a text link beside the 988 call link', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    expect($(el, 'aside')!.getAttribute('aria-label')).to.equal(en.ui.safety);
    expect(text($(el, '[part="approach-toggles"] .label-of'))).to.equal('Compare:');
    expect($$(el, 'h3')).to.have.length(0);
    expect($$(el, 'h2').map(text)).to.deep.equal([en.ui.crisis, en.ui.disclaimers, `${en.ui.sources} (${en.sources.length})`]);
    for (const scope of [$(el, '.line')!, $(el, '[part="crisis"] li')!]) {
      const tel = scope.querySelector('a[href="tel:988"]')!;
      const sms = scope.querySelector('a[href="sms:988"]')!;
      expect(text(sms)).to.equal(en.ui.sms);
      expect(tel.compareDocumentPosition(sms) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    }
    expect(getComputedStyle($(el, '.stack')!).overflowWrap).to.equal('break-word');
    await openToggles(el); // the row toggles' group is in the tree once the Questions button opens it
    const tree = await executeServerCommand<{ roles: string[]; names: boolean } | false, undefined>('accessible-roles');
    if (!tree) return; // Firefox: the markup above only
    // WebKit names some nodes and not others (tree.names false): there, the role with its name or with none.
    const has = (role: string, name: string) => tree.roles.includes(`${role}:${name}`) || (!tree.names && tree.roles.includes(`${role}:`));
    for (const [role, name] of [['complementary', en.ui.safety], ['group', 'Compare:'], ['group', en.ui.toggles], ['rowheader', en.rows[0].name]]) {
      expect(has(role, name), `${role}: ${name}`).to.be.true;
    }
  });
});

describe('grid: the script\'s part and the later file, merged', () => {
  it('a short answer gets its points, a later row its cells, the skeleton its sources; then the rest is ready', () => {
    // As scripts/datasets.mjs `split` writes them (tests/node/split.test.mjs).
    const core = {
      ...ANSWERED,
      cells: { route: { pill: { answer: { text: 'By mouth.', sources: ['1'] } }, shot: [{ text: 'In a muscle.', sources: ['2'] }] } },
      sources: [{}, { blog: true }],
    } as unknown as Dataset;
    expect(restState(core)).to.equal('loading');
    mergeRest(core, {
      cells: { route: { pill: { points: [{ text: 'With water.', sources: ['1'] }] } }, cost: { pill: [{ text: 'About $20.', sources: ['1'] }] } },
      sources: [{ id: '1', citation: 'Label.' }, { id: '2', citation: 'Blog.', blog: true }],
    });
    expect(answerOf(core.cells.route.pill)!.text).to.equal('By mouth.');
    expect(pointsOf(core.cells.route.pill).map((p) => p.text)).to.deep.equal(['With water.']);
    expect(pointsOf(core.cells.route.shot).map((p) => p.text)).to.deep.equal(['In a muscle.']); // a list of points, untouched
    expect(pointsOf(core.cells.cost.pill).map((p) => p.text)).to.deep.equal(['About $20.']);
    expect(core.sources.map((s) => s.citation)).to.deep.equal(['Label.', 'Blog.']);
    expect(restState(core)).to.equal('ready');
  });
});
