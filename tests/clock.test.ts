/**
 * The suite gives the same answer on any day: every page the test server sends starts on the day the bundled
 * content was reviewed (tests/server/clock.mjs), the test page and the pages tests open in frames alike, so the
 * widget shows no "may be out of date" note and logs no warning, whatever the machine's date. Tests about another
 * day move the clock themselves (tests/stale.test.ts).
 */
import { expect, html } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import { $, captureConsole, mount, openPage } from './helpers.js';

const day = (win: Window & typeof globalThis) => new win.Date().toISOString().slice(0, 10);

describe('the test pages’ clock', () => {
  it('starts on the day the bundled content was reviewed, and ticks', async () => {
    expect(day(window)).to.equal(en.reviewed);
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.now() - before).to.be.at.least(15);
  });

  it('so the bundled content is fresh: no note, no warning', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await mount(html`<ketamine-compare></ketamine-compare>`);
      expect($(el, '.stale')!.hidden).to.be.true;
    });
    expect(warnings).to.deep.equal([]);
  });

  // A strict Content-Security-Policy (no inline script), and pages that middleware sends itself. The slow page at an
  // address of its own: the browser may keep a page it has loaded, and tests/robustness.test.ts needs it to arrive slowly.
  for (const page of ['csp-strict.html', '/tests/slow/head-inline-slow.html?clock', '/tests/cdn/fine-clock/page.html', '/demo/index.html']) {
    it(`is the same in a page a test opens: ${page}`, async () => {
      const { win, elements, close } = await openPage(page);
      const pageWindow = win as unknown as Window & typeof globalThis;
      expect(day(pageWindow)).to.equal(en.reviewed);
      for (const el of elements) expect(el.shadowRoot!.querySelector<HTMLElement>('.stale')!.hidden).to.be.true;
      if (win.pageErrors) expect(win.pageErrors).to.deep.equal([]);
      close();
    });
  }
});
