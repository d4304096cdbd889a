/**
 * What fails leaves the better content in place (issue 22): when a part the comparison needs cannot be loaded
 * (its language, the custom-dataset checker), the owner's plain copy stays, with a message in the page's
 * language, not another comparison over it. Served by tests/server/cdn.mjs (`gone`: every file beside the
 * script is missing).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { PageWindow } from './helpers.js';
import { text } from './helpers.js';

const unique = () => Math.random().toString(36).slice(2, 10);

async function gonePage(query: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/cdn/gone-${unique()}/page.html?${query}`;
  document.body.append(frame);
  await loaded;
  const el = frame.contentDocument!.querySelector('ketamine-compare')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no message that the comparison could not be loaded', { timeout: 5000 });
  return { el, win: frame.contentWindow as PageWindow, close: () => frame.remove() };
}

/** The owner's plain copy is what a visitor sees: assigned to the slot and drawn, with no table over it. */
function expectPlainCopyShown(el: Element, title: string) {
  const plain = el.querySelector('.plain') as HTMLElement;
  expect(plain, 'the plain copy is in the page').to.exist;
  expect(plain.assignedSlot, 'the plain copy is in the slot').to.exist;
  expect(plain.getClientRects().length, 'the plain copy is drawn').to.be.greaterThan(0);
  expect(text(plain.querySelector('h2'))).to.equal(title);
  expect(el.shadowRoot!.querySelector('table'), 'no comparison over it').to.equal(null);
}

describe('a part that cannot be loaded', () => {
  it("Spanish: the owner's Spanish plain copy stays, with a message in Spanish; the console names the file", async () => {
    const { el, win, close } = await gonePage('lang=es&plain=1');
    expectPlainCopyShown(el, 'En qué se diferencian los tratamientos con ketamina');
    expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.equal(`${es.ui.unavailable} 988.`);
    expect(win.pageErrors.join('\n')).to.contain('ketamine-compare.es.js');
    close();
  });

  it('a custom dataset on a Spanish page: the plain copy stays, with a message in Spanish, not the bundled comparison', async () => {
    const { el, win, close } = await gonePage('lang=es&plain=1&src=%2Fdemo%2Fdata%2Four-programs.json');
    expectPlainCopyShown(el, 'En qué se diferencian los tratamientos con ketamina');
    const message = text(el.shadowRoot!.querySelector('[part="error"]'));
    expect(message).to.equal(`${es.ui.unavailable} 988.`);
    expect(message).not.to.contain('.js');
    // The owner is told, in the console, what failed.
    expect(win.pageErrors.join('\n')).to.contain('ketamine-compare.custom.js').and.contain('could not be checked');
    close();
  });

  it('Spanish, on a page with no fallback content (Wix, attributes only): the message still gives the 988 line', async () => {
    const { el, close } = await gonePage('lang=es');
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(text(error)).to.equal(`${es.ui.unavailable} 988.`);
    expect(error.querySelector('a[href="tel:988"]')).to.exist;
    close();
  });

  it('a custom dataset on an English page: the plain copy stays, with the message in English', async () => {
    const { el, close } = await gonePage('lang=en&plain=1&src=%2Fdemo%2Fdata%2Four-programs.json');
    expectPlainCopyShown(el, 'How ketamine treatments differ');
    expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.equal(`${en.ui.unavailable} 988.`);
    close();
  });
});
