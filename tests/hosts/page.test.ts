/**
 * What the page around the widget does: a translator rewriting the owner's text in the light DOM, and the widget
 * starting inside a closed <details> or a display:none container that is opened later.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, rowNames, text } from '../helpers.js';
import { drawn, errorsDuring } from './host.js';

describe('page translation', () => {
  it("a translator's changes to the owner's slotted text show, and the widget keeps working", async () => {
    const errors = await errorsDuring(async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <ketamine-compare rows="route"><p slot="scope">I am an integration coach.</p><a slot="cta" href="https://example.com/book">Book a call</a></ketamine-compare>
      </div>`);
      const el = await drawn(root);
      // As Google Translate does: each text node is replaced by <font> wrappers holding the translation.
      for (const [selector, words] of [
        ['[slot="scope"]', 'Soy coach de integración.'],
        ['[slot="cta"]', 'Reserve una llamada'],
      ]) {
        const node = el.querySelector(selector)!;
        const outer = document.createElement('font');
        outer.style.verticalAlign = 'inherit';
        outer.append(Object.assign(document.createElement('font'), { textContent: words }));
        node.firstChild!.replaceWith(outer);
      }
      // And a translator that rewrites text nodes in place.
      el.querySelector('[slot="cta"] font font')!.firstChild!.nodeValue = 'Reservar una llamada';
      expect((el.querySelector('[slot="scope"]') as HTMLElement).innerText).to.equal('Soy coach de integración.');
      expect((el.querySelector('[slot="scope"]') as HTMLElement).assignedSlot).not.to.be.null;
      expect((el.querySelector('[slot="cta"]') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      // Still the widget's own table and controls.
      $$(el, '[part="toggle"]').find((button) => button.dataset.row === 'setting')!.click();
      await el.updateComplete;
      expect(rowNames(el)).to.have.length(2);
    });
    expect(errors).to.deep.equal([]);
  });
});

describe('hidden at load, shown later', () => {
  /** The layout a person sees: columns side by side (the table) with the widget's width, not the narrow bands. */
  const laidOut = (el: HTMLElement) => ({
    width: el.getBoundingClientRect().width > 600,
    headers: getComputedStyle($(el, 'thead')!).position !== 'absolute',
    rowHeight: $(el, 'tbody tr:not([hidden]) td')!.getBoundingClientRect().height > 0,
  });

  it('inside a closed <details>: drawn, and laid out as a table once opened', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 1000px">
      <details><summary>Compare approaches</summary><ketamine-compare approaches="kap esketamine"></ketamine-compare></details>
    </div>`);
    const el = await drawn(root);
    expect(el.checkVisibility()).to.be.false; // closed: not shown
    root.querySelector('details')!.open = true;
    expect(laidOut(el)).to.deep.equal({ width: true, headers: true, rowHeight: true });
    expect(text($(el, 'caption'))).not.to.equal('');
  });

  it('in a display:none container: drawn, and laid out as a table once shown', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 1000px">
      <div id="tab" style="display: none"><ketamine-compare approaches="kap esketamine"></ketamine-compare></div>
    </div>`);
    const el = await drawn(root);
    (root.querySelector('#tab') as HTMLElement).style.display = 'block';
    expect(laidOut(el)).to.deep.equal({ width: true, headers: true, rowHeight: true });
  });
});
