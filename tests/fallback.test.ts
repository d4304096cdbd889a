/** The static fallback says what the element says: same caption, headers, cells, crisis lines and sources. */
import { expect, html, waitUntil } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { fallbackHtml } from '../src/configurator/fallback.js';
import { $$, mount, text } from './helpers.js';

/** What a reader gets from a table, cell by cell, whichever markup it is in. */
function reading(root: ParentNode) {
  const clean = (node: Element) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('.label, .vh').forEach((n) => n.remove()); // the element's per-cell approach name and screen-reader words
    return text(copy);
  };
  return {
    caption: text(root.querySelector('caption')),
    columns: [...root.querySelectorAll('thead th')].map(clean),
    rows: [...root.querySelectorAll('tbody tr:not([hidden])')].map((tr) => [...tr.children].map(clean)),
    crisis: [...root.querySelectorAll('[part="crisis"] li, .crisis li')].map(clean),
  };
}

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
      const box = document.createElement('div');
      box.innerHTML = fallbackHtml(data, { approaches, rows });
      const fromElement = reading(el.shadowRoot!);
      const fromFallback = reading(box);
      expect(fromFallback.caption).to.equal(fromElement.caption);
      expect(fromFallback.columns).to.deep.equal(fromElement.columns);
      expect(fromFallback.rows).to.deep.equal(fromElement.rows);
      // Crisis lines, disclaimers and sources are there too, in the same words.
      const fallbackText = text(box);
      for (const line of $$(el, '[part="crisis"] li, [part="disclaimers"] li')) expect(fallbackText).to.contain(text(line));
      expect(box.querySelectorAll('ol li')).to.have.length(data.sources.length);
      expect(box.querySelector('a[href="tel:988"]')).to.exist;
    });
  }

  it('escapes every string and keeps only safe links', () => {
    const data = JSON.parse(JSON.stringify(en)) as Dataset;
    data.title = '<img src=x onerror=alert(1)>';
    data.cells.route.kap[0].text = '</td><script>alert(1)</script>';
    data.crisis = [[{ text: 'bad', href: 'javascript:alert(1)' }, ' & ', { text: 'ok', href: 'https://988lifeline.org/' }]];
    const box = document.createElement('div');
    box.innerHTML = fallbackHtml(data);
    expect(box.querySelectorAll('img, script')).to.have.length(0);
    expect(text(box.querySelector('caption'))).to.equal('<img src=x onerror=alert(1)>');
    expect(text(box.querySelector('tbody td'))).to.contain('</td><script>');
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://988lifeline.org/').and.not.include('javascript:alert(1)');
  });
});
