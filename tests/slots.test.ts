import { expect, html } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import { $, mount } from './helpers.js';

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
    // After the table and the sources, not inside the comparison.
    expect($(el, 'table')!.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect($(el, '[part="sources"]')!.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
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
