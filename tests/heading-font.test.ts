/**
 * Blended headings (issue 21): without a theme the widget's caption and headings take the font of the page's own
 * headings, which many themes set apart from the text (a serif title over sans-serif text); the rest keeps the
 * text's font. A theme keeps one font throughout, and so does an owner's --ketamine-compare-font-family.
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, mount } from './helpers.js';
import { until } from './until.js';

const SERIF = '"DejaVu Serif", serif';
const SANS = '"DejaVu Sans", sans-serif';
const MONO = 'monospace';

/** A post as a theme writes it: headings in a serif, text in a sans-serif. */
const PAGE = `.post { font-family: ${SANS}; } .post h1 { font-family: ${SERIF}; }`;

/** The font families of what a visitor reads as the widget's headings, and of its text. */
function fonts(el: HTMLElement) {
  const family = (node: Element) => getComputedStyle(node).fontFamily;
  const headings = [$(el, 'caption')!, ...$$(el, 'h2'), $(el, '.fold')!];
  expect(headings.length).to.equal(5); // the caption, three h2 and the sources' button inside the last
  return { headings: [...new Set(headings.map(family))], text: family($(el, 'td')!), rowHeader: family($(el, 'th[scope="row"]')!) };
}

describe('the page heading font', () => {
  it("a post with a serif h1 over sans-serif text: the caption and headings take the h1's font, the text keeps the text's", async () => {
    const el = await mount(html`<div class="post"><style>${PAGE}</style><h1>A post</h1><p>Text.</p><ketamine-compare></ketamine-compare></div>`);
    expect(fonts(el)).to.deep.equal({ headings: [SERIF], text: SANS, rowHeader: SANS });
  });

  it('a page without headings: everything keeps the text font', async () => {
    const el = await mount(html`<div class="post"><style>${PAGE}</style><p>Text.</p><ketamine-compare></ketamine-compare></div>`);
    expect(fonts(el)).to.deep.equal({ headings: [SANS], text: SANS, rowHeader: SANS });
  });

  for (const theme of ['light', 'dark']) {
    it(`theme="${theme}" keeps one font: the text's`, async () => {
      const el = await mount(html`<div class="post"><style>${PAGE}</style><h1>A post</h1><ketamine-compare theme=${theme}></ketamine-compare></div>`);
      expect(fonts(el)).to.deep.equal({ headings: [SANS], text: SANS, rowHeader: SANS });
    });
  }

  it('a theme set later and taken away: the headings follow', async () => {
    const el = await mount(html`<div class="post"><style>${PAGE}</style><h1>A post</h1><ketamine-compare theme="dark"></ketamine-compare></div>`);
    el.theme = null;
    await el.updateComplete;
    expect(fonts(el).headings).to.deep.equal([SERIF]);
    el.theme = 'light';
    await el.updateComplete;
    expect(fonts(el).headings).to.deep.equal([SANS]);
  });

  for (const theme of [undefined, 'dark']) {
    it(`the owner's --ketamine-compare-font-family is the whole widget's font${theme ? ` (theme="${theme}")` : ''}`, async () => {
      const el = await mount(
        html`<div class="post"><style>${PAGE} ketamine-compare { --ketamine-compare-font-family: ${MONO}; }</style><h1>A post</h1><ketamine-compare theme=${theme ?? ''}></ketamine-compare></div>`,
      );
      expect(fonts(el)).to.deep.equal({ headings: [MONO], text: MONO, rowHeader: MONO });
    });
  }

  it("in another component's shadow root: the headings of that root", async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    try {
      const root = outer.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>:host { font-family: ${SANS}; } h2 { font-family: ${SERIF}; }</style><h2>A section</h2><ketamine-compare></ketamine-compare>`;
      const el = root.querySelector('ketamine-compare')!;
      await until(el, () => el.shadowRoot?.querySelector('table'));
      expect(fonts(el)).to.deep.equal({ headings: [SERIF], text: SANS, rowHeader: SANS });
    } finally {
      outer.remove();
    }
  });
});
