/**
 * The static fallback says what the element says: same title, questions, approaches, cells, crisis lines and
 * sources. And it reads on a phone where no script runs: no sideways scrolling at 360px, the 988 line near the
 * top, the owner's scope statement and call to action after the comparison.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { fallbackHtml } from '../src/configurator/fallback.js';
import { defaults, snippet, type WidgetOptions } from '../src/configurator/snippet.js';
import { $$, mount, text } from './helpers.js';
import { ALL_ROWS, ANSWERED } from './examples.js';
import { answerOf, pointsOf } from '../src/element/model.js';

const clean = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  // The element's per-cell approach name, screen-reader words and Details button; the fallback's labels and summaries.
  copy.querySelectorAll('.label, .vh, .expand, p > b:first-child, summary').forEach((n) => n.remove());
  return text(copy);
};

/** What a reader gets from the element's table, cell by cell. */
const fromElement = (root: ParentNode) => ({
  caption: text(root.querySelector('caption')),
  columns: [...root.querySelectorAll('thead th')].map(clean),
  rows: [...root.querySelectorAll('tbody tr:not([hidden])')].map((tr) => [...tr.children].map(clean)),
});

/**
 * The questions of the fallback, which is built to read without CSS on a phone: per question a heading, then per
 * approach a line led by its name in bold (its short answer), and its details folded after it.
 */
const questions = (root: ParentNode) =>
  [...root.querySelectorAll('h3')]
    .filter((h3) => h3.nextElementSibling?.matches('p:has(> b:first-child)'))
    .map((h3) => {
      const answers: Element[][] = [];
      let details: HTMLDetailsElement | undefined;
      for (let node = h3.nextElementSibling; node && node.localName !== 'h3'; node = node.nextElementSibling) {
        if (node.matches('p:has(> b:first-child)')) answers.push([node]);
        else if (node.localName === 'details') details = node as HTMLDetailsElement;
      }
      // The details hold every approach's points, each approach's first one led by its (short) name, in column order.
      let at = 0;
      for (const p of details?.querySelectorAll('p') ?? []) {
        if (p.matches(':has(> b:first-child)')) {
          const name = text(p.querySelector('b')).replace(/:$/, '');
          // A line may stand for several approaches (identical short answers, names joined): their points follow it.
          at = answers.findIndex(([line], i) => i >= at && text(line.querySelector('b')).replace(/:$/, '').split(', ').some((full) => [full, shortOf(full)].includes(name)));
        }
        answers[at].push(p);
      }
      return { heading: h3, answers, details };
    });

/** The short name of an approach by its full name, in any bundled or test dataset. */
const shortOf = (name: string) => [...en.approaches, ...es.approaches, ...ANSWERED.approaches].find((a) => a.name === name)?.short ?? name;

/** The same from the fallback: a heading for the comparison, then the questions. */
const fromFallback = (root: ParentNode) => ({
  caption: text(root.querySelector('h2')),
  columns: questions(root)[0].answers.map(([line]) => text(line.querySelector('b')).replace(/:$/, '')),
  rows: questions(root).map(({ heading, answers }) => [text(heading), ...answers.map((parts) => parts.map(clean).join(' '))]),
});

const cases: Array<[string, Dataset, string | null, string | null]> = [
  ['English defaults', en as unknown as Dataset, null, null],
  ['English, five columns, three rows in a chosen order', en as unknown as Dataset, 'at-home esketamine kap iv-infusion iv-integration', 'evidence route side-effects'],
  ['Spanish, two columns', es as unknown as Dataset, 'esketamine kap', 'course can-talk'],
];

describe('fallbackHtml', () => {
  for (const [name, data, approaches, rows] of cases) {
    it(`matches the element: ${name}`, async () => {
      const el = await mount(html`<ketamine-compare lang=${data.lang} approaches=${approaches ?? ''} rows=${rows ?? ''}></ketamine-compare>`);
      await waitUntil(() => text(el.shadowRoot!.querySelector('caption')) === data.title, 'language not loaded');
      // Rows that start hidden come in a file loaded after the first screen: wait for their words.
      await waitUntil(() => !text(el.shadowRoot!.querySelector('tbody')).includes(data.ui.loading!), 'rows not loaded', { timeout: 5000 });
      // Every row's details, which the element draws once asked for: as for print, where merged cells stay merged
      // as in the fallback (a visitor's Details would split them).
      dispatchEvent(new Event('beforeprint'));
      const box = document.createElement('div');
      box.innerHTML = fallbackHtml(data, { approaches, rows });
      const element = fromElement(el.shadowRoot!);
      const fallback = fromFallback(box);
      expect(fallback.caption).to.equal(element.caption);
      expect(fallback.columns).to.deep.equal(element.columns);
      expect(fallback.rows).to.deep.equal(element.rows);
      // Crisis lines, disclaimers and sources are there too, in the same words.
      const fallbackText = text(box);
      for (const line of $$(el, '[part="crisis"] li, [part="disclaimers"] li')) expect(fallbackText).to.contain(text(line));
      expect(box.querySelectorAll('ol li').length).to.equal(data.sources.length);
      expect(box.querySelector('a[href="tel:988"]')).to.exist;
    });
  }

  it('escapes every string and keeps only safe links', () => {
    const data = JSON.parse(JSON.stringify(en)) as Dataset;
    data.title = '<img src=x onerror=alert(1)>';
    const kap = data.cells.route.kap;
    (answerOf(kap) ?? pointsOf(kap)[0]).text = '</p><script>alert(1)</script>'; // the line shown first
    data.crisis = [[{ text: 'bad', href: 'javascript:alert(1)' }, ' & ', { text: 'ok', href: 'https://988lifeline.org/' }]];
    const box = document.createElement('div');
    box.innerHTML = fallbackHtml(data, { scope: '<img src=x>', cta: { text: '<b>Book</b>', href: 'javascript:alert(1)' } });
    expect(box.querySelectorAll('img, script').length).to.equal(0);
    expect(text(box.querySelector('h2'))).to.equal('<img src=x onerror=alert(1)>');
    expect(text(box.querySelector('h3 + p'))).to.contain('</p><script>');
    expect(text(box)).to.contain('<img src=x>').and.contain('<b>Book</b>');
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://988lifeline.org/').and.not.include('javascript:alert(1)');
  });

  it('the owner\'s scope statement goes with the disclaimers, then the call to action before the sources, each labelled as the practice\'s', () => {
    const data = en as unknown as Dataset;
    const box = document.createElement('div');
    box.innerHTML = fallbackHtml(data, { scope: 'I am a coach.', cta: { text: 'Book a call', href: 'https://example.com/book' } });
    const blocks = [...box.children];
    const scope = blocks.findIndex((b) => text(b) === `${data.ui.cta}: I am a coach.`);
    const cta = blocks.findIndex((b) => text(b) === `${data.ui.cta}: Book a call`);
    const disclaimers = blocks.findIndex((b) => text(b) === data.ui.disclaimers);
    const sources = blocks.findIndex((b) => b.localName === 'details' && text(b.querySelector('summary')).startsWith(data.ui.sources));
    const lastQuestion = blocks.indexOf(questions(box).at(-1)!.heading);
    expect(scope).to.be.greaterThan(disclaimers).and.greaterThan(lastQuestion);
    expect(cta).to.equal(scope + 1);
    expect(sources).to.be.greaterThan(cta);
    expect(blocks[cta].querySelector('a')!.getAttribute('href')).to.equal('https://example.com/book');
    // The review date as readers write it.
    expect(text(blocks.at(-1)!)).to.equal(`${data.ui.reviewed}: November 23, 2026.`.replace('November 23, 2026', new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(data.reviewed))));
  });

  it('a short answer per approach, its details folded, in the element\'s shape (a dataset with answers)', () => {
    const box = document.createElement('div');
    box.innerHTML = fallbackHtml({ ...ANSWERED, ui: { ...en.ui, ...ANSWERED.ui } }, {});
    const [first] = questions(box);
    expect(text(first.heading)).to.equal('How is it given?');
    expect(first.answers.map(([line]) => text(line))).to.deep.equal(['Pill by mouth: By mouth. [1]', 'Shot in a muscle: In a muscle. [2 blog]']);
    expect(first.answers.map((parts) => parts.length)).to.deep.equal([2, 1]); // the pill has details, the shot none
    const details = first.details!;
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary'))).to.equal('Details');
    expect(text(details.querySelector('p'))).to.equal('Pill: Taken with water, once a day. [1, 2 blog]');
  });
});

describe('the snippet with scripts off, on a 360px phone', () => {
  const owner: Partial<WidgetOptions> = {
    scope: 'I am an integration coach, not a licensed therapist. I do not prescribe or give ketamine.',
    ctaText: 'Book a free 15-minute call about integration support',
    ctaHref: 'https://riverbend-integration.example/contact/book-a-free-consultation',
  };
  const pages = [
    { about: 'English, five approaches, every row, a bare page', data: en, approaches: 'kap iv-infusion iv-integration esketamine at-home', rows: ALL_ROWS, css: '' },
    { about: 'Spanish, three approaches, on a blog theme', data: es, approaches: 'kap iv-infusion iv-integration', rows: null, css: '/demo/blog.css' },
  ];
  // Two ways a page runs no script: a sandbox without allow-scripts, and a policy that allows none.
  for (const off of ['sandbox', 'csp'] as const) {
    for (const { about, data, approaches, rows, css } of pages) {
      it(`${about} (${off}): no sideways scrolling, 988 near the top, scope and call to action after the comparison`, async () => {
        const dataset = data as unknown as Dataset;
        const options: WidgetOptions = { ...defaults(dataset), ...owner, approaches: approaches.split(' '), rows: (rows ?? dataset.rows.filter((r) => r.core).map((r) => r.id).join(' ')).split(' ') };
        const frame = document.createElement('iframe');
        Object.assign(frame.style, { width: '360px', height: '740px', border: '0' });
        if (off === 'sandbox') frame.setAttribute('sandbox', 'allow-same-origin');
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = `<!doctype html><html lang="${dataset.lang}"><head><meta charset="utf-8">
          ${off === 'csp' ? `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">` : ''}
          ${css ? `<link rel="stylesheet" href="${css}">` : ''}</head>
          <body><main><h1>Ketamine treatments</h1>${snippet(options, dataset, pkg.version, 'sha384-x')}</main></body></html>`;
        document.body.append(frame);
        await loaded;
        const doc = frame.contentDocument!;
        if (css) await waitUntil(() => doc.styleSheets.length > 0, 'host styles not loaded');
        try {
          // No script ran: the element never upgraded, so this is the fallback as such a visitor sees it.
          expect(frame.contentWindow!.customElements.get('ketamine-compare') === undefined, 'not defined').to.be.true;
          expect(doc.querySelector('ketamine-compare')!.shadowRoot === null, 'not upgraded').to.be.true;

          expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(360);
          for (const node of doc.querySelectorAll('body *')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(360.5);

          const fallback = doc.querySelector('.ketamine-compare-fallback')!;
          const crisis = fallback.querySelector('a[href="tel:988"]')!.getBoundingClientRect();
          const firstQuestion = fallback.querySelector('h3')!.getBoundingClientRect();
          expect(crisis.top, '988 before the first question').to.be.below(firstQuestion.top);
          expect(crisis.bottom, '988 in the first screen').to.be.at.most(740);

          // Meaningful structure: the title, then a heading and an answer per approach for each question.
          expect(text(fallback.querySelector('h2'))).to.equal(dataset.title);
          const asked = questions(fallback);
          expect(asked.length).to.equal(options.rows.length);
          // Every approach answered once, in column order (identical short answers side by side share a line, led by
          // their names joined).
          const names = options.approaches.map((id) => dataset.approaches.find((a) => a.id === id)!.name);
          for (const { answers } of asked) expect(answers.map(([line]) => text(line.querySelector('b')).replace(/:$/, '')).join(', ')).to.equal(names.join(', '));
          const lists = asked.map(({ answers, details }) => details ?? answers.at(-1)![0]);

          const y = (node: Element) => node.getBoundingClientRect().top;
          const scope = [...fallback.querySelectorAll('p')].find((p) => text(p) === `${dataset.ui.cta}: ${owner.scope}`)!;
          const cta = fallback.querySelector(`a[href="${owner.ctaHref}"]`)!;
          expect(y(scope), 'scope after the comparison').to.be.greaterThan(y(lists.at(-1)!));
          expect(y(cta), 'call to action after the scope').to.be.greaterThan(y(scope));
          expect(text(cta)).to.equal(owner.ctaText);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
