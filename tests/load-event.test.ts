/**
 * The widget never holds the host page's `load` event (issue 22): the owner's analytics, lazy images and theme
 * scripts wait on it. Here every file beside the script is held by the server (tests/server/cdn.mjs, `held`)
 * until the test releases it: the page's load event must fire meanwhile, and what the visitor asked for must
 * still come once the server answers.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import custom from '../demo/data/our-programs.json' with { type: 'json' };
import type { PageWindow } from './helpers.js';
import { text } from './helpers.js';

const unique = () => Math.random().toString(36).slice(2, 10);
/** Far less than the 30 s the server holds a file: a load event that waited for one would not be here in time. */
const PROMPTLY_MS = 5000;

/** Opens a page of the held CDN; resolves once its load event has fired (or fails if it has not within PROMPTLY_MS). */
async function heldPage(query: string) {
  const base = `/tests/cdn/held-${unique()}/`;
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise<'loaded'>((resolve) => frame.addEventListener('load', () => resolve('loaded'), { once: true }));
  const held = new Promise<'held'>((resolve) => setTimeout(resolve, PROMPTLY_MS, 'held'));
  frame.src = `${base}page.html?${query}`;
  document.body.append(frame);
  const first = await Promise.race([loaded, held]);
  const win = frame.contentWindow as PageWindow;
  const requests = async () => (await fetch(`${base}requests.json`, { cache: 'no-store' })).json() as Promise<Record<string, number>>;
  return {
    first,
    win,
    el: () => frame.contentDocument!.querySelector('ketamine-compare')!,
    requests,
    release: () => fetch(`${base}release`, { cache: 'no-store' }),
    close: async () => {
      await fetch(`${base}release`, { cache: 'no-store' }); // no request left waiting on the server
      frame.remove();
    },
  };
}

describe("the page's load event", () => {
  it('fires while the Spanish first view is still on its way; the Spanish comparison comes when the server answers', async function () {
    this.timeout(PROMPTLY_MS + 8000);
    const page = await heldPage('lang=es&plain=1');
    expect(page.first, "the page's load event waited for the Spanish file").to.equal('loaded');
    // The file was asked for before the load event and is still unanswered: the owner's plain copy shows.
    expect((await page.requests())['ketamine-compare.es.js']).to.be.at.least(1);
    expect(page.el().shadowRoot!.querySelector('table')).to.equal(null);
    await page.release();
    await waitUntil(() => text(page.el().shadowRoot!.querySelector('caption')) === es.title, 'the Spanish comparison did not come', { timeout: 5000 });
    expect(page.win.pageErrors).to.deep.equal([]);
    await page.close();
  });

  it('fires while a row shown at first, from the file loaded later, is on its way; its cells come when the server answers', async function () {
    this.timeout(PROMPTLY_MS + 8000);
    const later = en.rows.find((row) => !row.core)!.id;
    const page = await heldPage(`lang=en&rows=route%20${later}`);
    expect(page.first, "the page's load event waited for the file loaded later").to.equal('loaded');
    const row = () => page.el().shadowRoot!.querySelector(`tbody tr[data-id="${later}"]`)!;
    // The first view is there (in the script), the row says its text is on its way.
    await waitUntil(() => row(), 'the table did not render');
    expect(text(row().querySelector('td'))).to.equal(en.ui.loading);
    expect((await page.requests())[`ketamine-compare.en.later.js`]).to.be.at.least(1);
    await page.release();
    await waitUntil(() => row().querySelectorAll('td[part="cell"]').length === 3, 'the row never got its cells', { timeout: 5000 });
    expect(page.win.pageErrors).to.deep.equal([]);
    await page.close();
  });

  it('fires while the custom-dataset checker is on its way; the custom dataset shows when the server answers', async function () {
    this.timeout(PROMPTLY_MS + 8000);
    const page = await heldPage('lang=en&plain=1&src=%2Fdemo%2Fdata%2Four-programs.json');
    expect(page.first, "the page's load event waited for the checker").to.equal('loaded');
    expect((await page.requests())['ketamine-compare.custom.js']).to.be.at.least(1);
    await page.release();
    await waitUntil(() => text(page.el().shadowRoot!.querySelector('caption')) === custom.title, 'the custom dataset did not show', { timeout: 5000 });
    expect(page.win.pageErrors).to.deep.equal([]);
    await page.close();
  });

  it('fires with the defaults; the file loaded later is then asked for once', async function () {
    this.timeout(PROMPTLY_MS + 8000);
    const page = await heldPage('lang=en');
    expect(page.first, "the page's load event waited").to.equal('loaded');
    const sources = () => page.el().shadowRoot!.querySelector('[part="sources"] ol')!;
    await waitUntil(async () => (await page.requests())['ketamine-compare.en.later.js'], 'the file loaded later was never asked for', { timeout: 5000 });
    await page.release();
    await waitUntil(() => sources()?.getAttribute('data-state') === 'ready', 'the sources never came', { timeout: 5000 });
    expect(await page.requests()).to.deep.equal({ 'ketamine-compare.js': 1, 'ketamine-compare.en.later.js': 1 });
    await page.close();
  });
});
