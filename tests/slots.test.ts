import { expect, html } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import { $, mount, slottedContrasts } from './helpers.js';

describe('slots', () => {
  it('shows the scope statement inside the disclaimers', async () => {
    const el = await mount(html`<ketamine-compare><p slot="scope">I am not a licensed therapist.</p></ketamine-compare>`);
    const slot = $(el, '[part="disclaimers"] slot[name="scope"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['I am not a licensed therapist.']);
    expect((el.querySelector('[slot="scope"]') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('shows the call to action after the comparison, labelled as the practice’s own', async () => {
    const el = await mount(html`<ketamine-compare><a slot="cta" href="https://example.com/book">Book a call</a></ketamine-compare>`);
    const cta = $(el, '.cta')!;
    expect(cta.hidden).to.be.false;
    expect(cta.textContent).to.contain(en.ui.cta);
    // After the table and the safety notes, not inside the comparison; before the long list of sources.
    expect($(el, 'table')!.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect($(el, 'aside')!.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(cta.compareDocumentPosition($(el, '[part="sources"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect((el.querySelector('[slot="cta"]') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('hides the call-to-action area when there is none, and shows it when one is added later', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    expect($(el, '.cta')!.hidden).to.be.true;
    const link = Object.assign(document.createElement('a'), { slot: 'cta', href: 'https://example.com', textContent: 'Book' });
    el.append(link);
    await new Promise((resolve) => setTimeout(resolve)); // slotchange fires asynchronously
    await el.updateComplete;
    expect($(el, '.cta')!.hidden).to.be.false;
  });

  it('hides fallback content once upgraded', async () => {
    const el = await mount(html`<ketamine-compare><p id="fallback">Static comparison for editors and crawlers</p></ketamine-compare>`);
    const fallback = el.querySelector('#fallback') as HTMLElement;
    expect(fallback.assignedSlot).to.be.null;
    expect(fallback.offsetHeight).to.equal(0);
    expect(fallback.getClientRects().length).to.equal(0);
  });
});

describe('slots: the owner\'s text stays readable in a theme, whatever the page styles', () => {
  // Bare-tag colours as an ordinary blog theme sets them, for its own light or dark background.
  const PAGES = {
    light: 'p { color: #2b2b2b; } a { color: #6b3f1f; }',
    dark: 'p { color: #e9e6e1; } a { color: #f0c36d; }',
  };

  for (const [pageName, css] of Object.entries(PAGES)) {
    for (const theme of ['light', 'dark']) {
      it(`on a ${pageName} page with theme="${theme}": the scope statement, a link in it and the call to action reach 4.5:1`, async () => {
        const style = Object.assign(document.createElement('style'), { textContent: css });
        document.head.append(style);
        try {
          const el = await mount(html`<ketamine-compare theme=${theme}
            ><p slot="scope">I am an integration coach. <a href="#about">About my training</a></p
            ><a slot="cta" href="#contact">Book a call</a></ketamine-compare
          >`);
          for (const { node, ratio } of slottedContrasts(el)) expect(ratio, node).to.be.at.least(4.5);
        } finally {
          style.remove();
        }
      });
    }
  }
});
