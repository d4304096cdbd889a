import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import type { Cell } from '../src/data/types.js';
import { answerOf, pointsOf } from '../src/element/model.js';
import { $, $$, columns, mount, openSources, openToggles, rowNames, text } from './helpers.js';
import { documentedParts } from './manifest.js';

const name = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)!.name;
const CORE = ['route', 'dose-depth', 'side-effects', 'can-talk', 'duration', 'support-role', 'scope'];
const MORE = ['setting', 'course', 'recovery', 'regulatory', 'evidence'];

describe('render', () => {
  it('is a real table: caption, column headers for approaches, row headers for questions', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const table = $(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal(en.title);
    expect(columns(el)).to.deep.equal(['kap', 'iv-infusion', 'iv-integration', 'esketamine'].map((id) => name(en.approaches, id)));
    expect(rowNames(el)).to.deep.equal(CORE.map((id) => name(en.rows, id)));
    // Each body row: one row header then cells covering every column once (identical short answers side by side
    // share one cell spanning their columns).
    for (const tr of table.querySelectorAll('tbody tr:not([hidden])')) {
      expect(tr.children[0].matches('th[scope="row"]')).to.be.true;
      expect([...tr.querySelectorAll('td')].reduce((sum, td) => sum + td.colSpan, 0)).to.equal(4);
    }
  });

  it('shows the first line of a cell with its numbered sources', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const cell = $$(el, 'tbody tr:not([hidden])')[0].querySelectorAll('td')[1]; // route × iv-infusion
    const content = en.cells.route['iv-infusion'] as Cell;
    const point = answerOf(content) ?? pointsOf(content)[0];
    const numbers = point.sources.map((id) => en.sources.findIndex((s) => s.id === id) + 1).sort((x, y) => x - y);
    expect(text(cell)).to.contain(point.text);
    expect(text(cell.querySelector('p .cite'))).to.equal(`Sources[${numbers.join(', ')}]`);
  });

  it('has a toggle for every row: core rows pressed, the others not', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const toggles = $$(el, '[part="toggles"] [part="toggle"]');
    expect(toggles.map((t) => t.dataset.row)).to.deep.equal([...CORE, ...MORE]);
    expect(toggles.every((t) => t.localName === 'button')).to.be.true;
    for (const t of toggles) expect(t.getAttribute('aria-pressed')).to.equal(String(CORE.includes(t.dataset.row!)));
    expect($(el, '[part="toggles"]')!.getAttribute('role')).to.equal('group');
  });

  it('always shows disclaimers, the 988 crisis line, the sources and the review date', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    expect(text($(el, '[part="disclaimers"]'))).to.match(/education only/i).and.match(/not medical advice/i).and.match(/licensed clinician/i);
    const crisis = $(el, '[part="crisis"]')!;
    expect(text(crisis)).to.contain('988').and.contain('911');
    expect(crisis.querySelector('a[href="tel:988"]')).to.exist;
    expect(crisis.querySelector('a[href="https://988lifeline.org/"]')).to.exist;
    const sources = $(el, '[part="sources"]')!;
    await openSources(el);
    expect(sources.querySelectorAll('ol li')).to.have.length(en.sources.length);
    expect(sources.querySelector('a[href="https://doi.org/10.1080/02791072.2019.1587556"]')).to.exist;
    expect(sources.querySelector('time')!.getAttribute('datetime')).to.equal(en.reviewed);
    expect(text(sources.querySelector('time'))).to.match(/\d{4}/);
  });

  // The first crisis line sits near the top (in a phone's first screen); the crisis block gives the others, so a
  // visitor reads each line once, and can still call or text 988 from the block.
  it('shows every crisis line once: the first near the top, the rest in the crisis block', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const lineText = (line: (typeof en.crisis)[number]) => line.map((part) => (typeof part === 'string' ? part : part.text)).join('').replace(/\s+/g, ' ').trim();
    // Without the "(send a text)" link the element adds after each 988 call link.
    const withoutSms = (node: Element) => text(node).replaceAll(` (${en.ui.sms})`, '');
    const top = withoutSms($(el, '.line')!);
    const block = $$(el, '[part="crisis"] li').map(withoutSms);
    expect(top).to.contain(lineText(en.crisis[0]));
    expect(block, 'the crisis block').to.have.length(en.crisis.length - 1);
    en.crisis.slice(1).forEach((line, i) => expect(block[i]).to.contain(lineText(line)));
    const crisis = $(el, '[part="crisis"]')!;
    expect(crisis.querySelector('a[href="tel:988"]'), 'call 988 from the block').to.exist;
    expect(crisis.querySelector('a[href^="sms:988"]'), 'text 988 from the block').to.exist;
  });

  it('shows the source numbers and the labels a visitor needs, not just puts them in the DOM', async () => {
    const el = await mount(html`<ketamine-compare><a slot="cta" href="#">Book</a></ketamine-compare>`);
    await openToggles(el); // the row toggles' label shows with them, behind the Questions button
    for (const selector of ['td > p .cite', '.cta-label', '[part="sources"] h2', '[part="sources"] time', 'caption', '.label-of']) {
      for (const node of $$(el, selector)) expect(node.getClientRects().length, selector).to.be.greaterThan(0);
    }
    // Visually hidden words for screen readers stay in the accessibility tree but take no room.
    expect($(el, '.cite .vh')!.offsetWidth).to.be.at.most(1);
  });

  it('puts every documented part on the right element', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    // The parts are the ones custom-elements.json lists; this says which element each must be (an approach control
    // may be a button or, as the contract allows, a checkbox input). `error` shows only when there is an error.
    const tags: Record<string, string[]> = {
      table: ['table'],
      caption: ['caption'],
      'column-header': ['th'],
      'row-header': ['th'],
      cell: ['td'],
      toggles: ['div'],
      toggle: ['button'],
      'approach-toggles': ['div', 'fieldset'],
      'approach-toggle': ['button', 'input'],
      disclaimers: ['section'],
      crisis: ['section'],
      sources: ['section'],
    };
    const conditional = ['error'];
    for (const part of documentedParts.filter((p) => !conditional.includes(p))) {
      expect(tags, `render.test.ts: which element carries the documented part "${part}"?`).to.have.property(part);
      const nodes = $$(el, `[part~="${part}"]`);
      expect(nodes.length, part).to.be.greaterThan(0);
      expect(nodes.every((n) => tags[part].includes(n.localName)), part).to.be.true;
    }
    expect($$(el, '[part="column-header"]').every((n) => n.getAttribute('scope') === 'col')).to.be.true;
    expect($$(el, '[part="row-header"]').every((n) => n.getAttribute('scope') === 'row')).to.be.true;
    expect($(el, '[part="error"]')).to.be.null; // only when there is an error
  });

  it('renders dataset strings as text and renders its lang', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    expect($(el, '.stack')!.getAttribute('lang')).to.equal('en');
    expect($$(el, 'a').every((a) => /^(https:|tel:|sms:)/.test(a.getAttribute('href')!))).to.be.true;
  });

  it('folds the long list of sources behind a button that says how many there are, and prints them all', async () => {
    const el = await mount(html`<ketamine-compare><a slot="cta" href="#">Book</a></ketamine-compare>`);
    await waitUntil(() => $(el, '[part="sources"] ol[data-state="ready"]'), 'the sources did not come');
    const button = $(el, '[part="sources"] h2 button')!;
    const list = $(el, '[part="sources"] ol')!;
    expect(button.getAttribute('aria-controls')).to.equal(list.id);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text(button)).to.equal(`${en.ui.sources} (${en.sources.length})`);
    expect(list.getClientRects().length, 'folded').to.equal(0);
    // The practice's call to action comes after the safety notes and before the sources, not after every reference.
    expect($(el, '.cta')!.getBoundingClientRect().top).to.be.above($(el, 'aside')!.getBoundingClientRect().bottom);
    expect($(el, '.cta')!.getBoundingClientRect().bottom).to.be.below($(el, '[part="sources"]')!.getBoundingClientRect().top);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect([...list.querySelectorAll('li')].every((li) => li.getClientRects().length > 0)).to.be.true;
    button.click();
    await el.updateComplete;
    const print = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    print.forEach((rule) => (rule.media.mediaText = 'all'));
    try {
      expect(list.getClientRects().length, 'printed in full').to.be.greaterThan(0);
    } finally {
      print.forEach((rule) => (rule.media.mediaText = 'print'));
    }
  });
});
