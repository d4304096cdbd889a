/** An owner's own dataset, from `src` or an inline JSON child: used when valid, explained when not. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import type { ErrorDetail } from '../src/element/events.js';
import { loadChecker } from '../src/element/datasets.js';
import { $, $$, captureConsole, columns, mount, openSources, rowNames, text } from './helpers.js';
import { answerOf, pointsOf } from '../src/element/model.js';

const inline = (value: unknown) => JSON.stringify(value);
const broken = (change: (data: Dataset) => void) => {
  const data = JSON.parse(JSON.stringify(en)) as Dataset;
  change(data);
  return inline(data);
};

/** Mounts, waits for the error part, and returns what the owner would see and hear. */
async function failing(template: ReturnType<typeof html>) {
  let el!: Element;
  let detail!: ErrorDetail;
  const logged = await captureConsole(async () => {
    const heard = oneEvent(document, 'ketamine-compare-error');
    el = await fixture(template);
    detail = ((await heard) as CustomEvent<ErrorDetail>).detail;
    await waitUntil(() => $(el, '[part="error"]') && $(el, 'tbody tr'), 'no visible error with the bundled table');
  });
  return { el, detail, message: text($(el, '[part="error"]')), logged };
}

describe('custom dataset: valid', () => {
  it('an inline JSON child replaces the bundled dataset', async () => {
    const el = await mount(html`<ketamine-compare
      ><script type="application/json">
        ${inline({ ...en, title: 'Our own comparison' })}
      </script></ketamine-compare
    >`);
    await waitUntil(() => text($(el, 'caption')) === 'Our own comparison', 'inline dataset not used');
  });

  it('src loads a dataset with its own approaches and rows', async () => {
    const el = await fixture<HTMLElement>(html`<ketamine-compare src="/demo/data/our-programs.json"></ketamine-compare>`);
    await waitUntil(() => text($(el, 'caption')) === 'How our two programs compare', 'src dataset not used');
    expect(columns(el)).to.deep.equal(['Group integration circle', 'One-to-one integration']);
    expect(rowNames(el)).to.deep.equal(['How many people?']);
    expect($(el, '[part="error"]')).to.be.null;
  });

  it('src can be set after upgrade, and changed back', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    el.setAttribute('src', '/demo/data/our-programs.json');
    await waitUntil(() => text($(el, 'caption')) === 'How our two programs compare', 'src set later not used');
    // Sources are drawn once per dataset: they must change with it.
    await openSources(el);
    expect(text($(el, '[part="sources"] li'))).to.equal('Our program page, 2026.');
    el.removeAttribute('src');
    await waitUntil(() => text($(el, 'caption')) === en.title, 'bundled dataset not back');
    expect(text($(el, '[part="sources"] li'))).to.equal(en.sources[0].citation);
  });
});

describe('custom dataset: errors', () => {
  it('a 404 shows a visible message, logs it, fires the event, and keeps the bundled table', async () => {
    const { el, detail, message, logged } = await failing(html`<ketamine-compare src="/tests/fixtures/missing.json"></ketamine-compare>`);
    expect(message).to.contain('HTTP 404').and.contain('/tests/fixtures/missing.json');
    expect(detail.message).to.equal(message);
    expect(detail.source).to.equal('/tests/fixtures/missing.json');
    expect(logged.errors.some((line) => line.startsWith('<ketamine-compare>') && line.includes('404'))).to.be.true;
    expect(text($(el, 'caption'))).to.equal(en.title);
    expect(text($(el, '[part="crisis"]'))).to.contain('988');
  });

  it('a network error is explained', async () => {
    const { message } = await failing(html`<ketamine-compare src="http://127.0.0.1:9/nothing-listens-here.json"></ketamine-compare>`);
    expect(message).to.contain('could not be loaded');
  });

  describe('a server that stalls', () => {
    // The element loads the checker from dist/, as a page does; the test shortens its limit on that copy.
    let limits: { srcSeconds: number };
    before(async () => {
      ({ limits } = await loadChecker());
    });
    beforeEach(() => (limits.srcSeconds = 0.5));
    afterEach(() => (limits.srcSeconds = 15));

    it('and never answers gets an error after the time limit, with the bundled table', async () => {
      const { el, detail, message, logged } = await failing(html`<ketamine-compare src="/tests/slow/never-answers.json"></ketamine-compare>`);
      expect(message).to.contain('/tests/slow/never-answers.json').and.contain('could not be loaded: the server did not answer within 0.5 seconds.');
      expect(detail.message).to.equal(message);
      expect(detail.source).to.equal('/tests/slow/never-answers.json');
      expect(logged.errors.some((line) => line.startsWith('<ketamine-compare>') && line.includes('did not answer within 0.5 seconds'))).to.be.true;
      expect(text($(el, 'caption'))).to.equal(en.title);
      expect(text($(el, '[part="crisis"]'))).to.contain('988');
    });

    it('and stops halfway through gets an error too', async () => {
      const { message } = await failing(html`<ketamine-compare src="/tests/slow/stops-halfway.json"></ketamine-compare>`);
      expect(message).to.contain('could not be loaded: the server did not send all of it within 0.5 seconds.');
    });
  });

  it('text that is not JSON is explained', async () => {
    const { message, detail } = await failing(html`<ketamine-compare><script type="application/json">{ "title": oops }</script></ketamine-compare>`);
    expect(message).to.contain('inline JSON').and.contain('not valid JSON');
    expect(detail.source).to.equal('inline JSON');
  });

  it('a schema error names its JSON path', async () => {
    const bad = broken((data) => (data.rows[2].id = 'Not An Id'));
    const { message, detail } = await failing(html`<ketamine-compare><script type="application/json">${bad}</script></ketamine-compare>`);
    expect(message).to.contain('$.rows[2].id');
    expect(detail.problems.map((p) => p.path)).to.include('$.rows[2].id');
  });

  it('a missing required field and a wrong type are both reported', async () => {
    const bad = broken((data) => {
      delete (data as Partial<Dataset>).crisis;
      (data as { reviewed: unknown }).reviewed = 20261123;
    });
    const { detail } = await failing(html`<ketamine-compare><script type="application/json">${bad}</script></ketamine-compare>`);
    expect(detail.problems).to.deep.include({ path: '$.crisis', message: 'missing (required)' });
    expect(detail.problems.map((p) => p.path)).to.include('$.reviewed');
    expect(detail.problems).to.have.length(2); // no noise from the parents of each problem
  });

  it('crisis lines that leave out 988 are not used: the bundled comparison, with its crisis lines, shows instead', async () => {
    const bad = broken((data) => (data.crisis = [['Call your doctor.']]));
    const { el, detail } = await failing(html`<ketamine-compare><script type="application/json">${bad}</script></ketamine-compare>`);
    expect(detail.problems).to.deep.include({ path: '$.crisis', message: 'no crisis line gives the 988 Suicide & Crisis Lifeline (call or text 988)' });
    expect(text($(el, '[part="crisis"]'))).to.contain('988');
  });

  it('a cell citing an unknown source is reported with its path', async () => {
    const bad = broken((data) => pointsOf(data.cells['can-talk'].kap)[0].sources.push('no-such-source'));
    const { message } = await failing(html`<ketamine-compare><script type="application/json">${bad}</script></ketamine-compare>`);
    // a list of points, or a cell's points
    expect(message).to.match(/\$\.cells\.can-talk\.kap(\.points)?\[0\]\.sources\[\d\]/).and.contain('no-such-source');
  });

  it('an id that exists on every object ("constructor", "toString") is not mistaken for a cell', async () => {
    const bad = broken((data) => {
      data.approaches.push({ id: 'constructor', name: 'Sneaky' });
    });
    const { message } = await failing(html`<ketamine-compare approaches="constructor kap"><script type="application/json">${bad}</script></ketamine-compare>`);
    expect(message).to.contain('no cell for row "route" and approach "constructor"');
  });

  it('leaves other instances on the page alone, and no exception reaches the page', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      await captureConsole(async () => {
        const root = await fixture<HTMLElement>(html`<div>
          <ketamine-compare id="bad"><script type="application/json">[]</script></ketamine-compare>
          <ketamine-compare id="good" approaches="esketamine"></ketamine-compare>
        </div>`);
        const bad = root.querySelector('#bad')!;
        const good = root.querySelector('#good')!;
        await waitUntil(() => $(bad, '[part="error"]'), 'no error shown');
        expect(columns(good)).to.deep.equal([en.approaches.find((a) => a.id === 'esketamine')!.name]);
        expect($(good, '[part="error"]')).to.be.null;
      });
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

describe('hostile strings', () => {
  const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
  const hostile = broken((data) => {
    data.title = attack;
    data.approaches[0].name = attack;
    data.rows[0].name = attack;
    // The cell's first words: its short answer (the bundled cells have one) and its first point.
    for (const said of [answerOf(data.cells.route.kap), pointsOf(data.cells.route.kap)[0]]) if (said) said.text = attack;
    data.disclaimers = [[attack, { text: 'click', href: 'javascript:window.hacked=1' }]];
    data.crisis = [
      [{ text: 'data link', href: 'data:text/html,<script>alert(1)</script>' }],
      [{ text: 'ok link', href: 'https://988lifeline.org/' }, ' ', { text: 'call', href: 'tel:988' }, ' ', { text: 'mail', href: 'mailto:a@b.c' }],
    ];
    data.sources[0].citation = attack;
  });

  it('are shown as text, never run, and only safe links become links', async () => {
    const el = await mount(html`<ketamine-compare><script type="application/json">${hostile}</script></ketamine-compare>`);
    await waitUntil(() => text($(el, 'caption')).includes('<img'), 'hostile dataset not rendered');
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for an onerror to fire, if one could
    expect((window as { hacked?: number }).hacked).to.be.undefined;
    expect($$(el, 'img, script, iframe, object')).to.have.length(0);
    expect(text($(el, 'caption'))).to.equal(attack);
    expect(text($(el, 'thead th'))).to.equal(attack);
    expect(text($(el, '[part="cell"] p'))).to.contain(attack);
    await openSources(el);
    expect(text($(el, '[part="sources"] li'))).to.contain(attack);
    expect($$(el, 'a').map((a) => a.getAttribute('href')).filter((href) => !href!.startsWith('https://example') && !href!.startsWith('https://doi'))).to.include.members([
      'https://988lifeline.org/',
      'tel:988',
      'mailto:a@b.c',
    ]);
    expect($$(el, 'a').some((a) => /^(javascript|data):/i.test(a.getAttribute('href')!))).to.be.false;
    expect(text($(el, '[part="disclaimers"]'))).to.contain('click'); // the text stays, without the link
  });
});
