/**
 * The built dist/ketamine-compare.js, loaded the ways site owners load it: a classic <script src>, a module,
 * in <head> or after the element, and more than once on the same page.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { openPage as open } from './helpers.js';
import es from '../src/data/es.json' with { type: 'json' };

describe('dist/ketamine-compare.js in a script tag', () => {
  it('works as a classic script after the element, replacing the fallback content', async () => {
    const { win, elements, close: done } = await open('classic.html');
    const [el] = elements;
    expect(win.fallbackHeightBefore).to.be.greaterThan(0); // visible before the script ran
    expect((el.querySelector('#fallback') as HTMLElement).offsetHeight).to.equal(0); // hidden after
    expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(2);
    expect(win.pageErrors).to.deep.equal([]);
    done();
  });

  it('is harmless when included three times, classic and module mixed', async () => {
    const { win, elements, close: done } = await open('twice.html');
    expect(elements).to.have.length(2);
    expect(elements[1].shadowRoot!.querySelectorAll('tbody tr:not([hidden])')).to.have.length(1);
    expect(win.customElements.get('ketamine-compare')).to.exist;
    expect(win.pageErrors).to.deep.equal([]);
    done();
  });

  it('works as a module in <head>, and finds the Spanish file next to itself', async () => {
    const { win, elements, close: done } = await open('module-spanish.html');
    await waitUntil(() => elements[0].shadowRoot!.querySelector('caption')?.textContent === es.title, 'Spanish did not load');
    expect(win.pageErrors).to.deep.equal([]);
    done();
  });

  it('in <head>, still finds an inline JSON dataset that the parser reaches after the element', async () => {
    const { win, elements, close: done } = await open('head-inline-json.html');
    await waitUntil(() => elements[0].shadowRoot!.querySelector('caption')?.textContent === 'Inline dataset, read after parsing', 'inline dataset not used');
    expect(win.pageErrors).to.deep.equal([]);
    done();
  });
});
