/**
 * The back/forward cache (issue 22): a visitor who leaves a post and comes back with the Back button gets the page
 * as they left it, at once, from the cache, unless something on the page keeps it out (an `unload` listener, an
 * open connection). The widget must not, and must still work once restored. A page in an iframe is never cached,
 * so the test server opens a tab of its own and goes away and back there (web-test-runner.config.mjs,
 * 'bfcache-round-trip'): Chromium only, where the DevTools protocol also says why a page was not cached. The page
 * comes without the test server's own WebSocket (tests/server/bfcache.mjs), which would keep any page out.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import en from '../src/data/en.json' with { type: 'json' };

/**
 * Runs in the tab (as source text: it may use nothing from this file): what a visitor sees of the widget; after the
 * page is restored, also what happens when they open the questions and switch on one that was off.
 */
async function look(phase: 'before' | 'after') {
  const el = document.querySelector('ketamine-compare') as HTMLElement & { updateComplete: Promise<boolean> };
  const root = el.shadowRoot!;
  // On what it needs (the element's own changes), not a clock.
  const until = (ready: () => unknown) =>
    new Promise<void>((resolve) => {
      if (ready()) return resolve();
      const observer = new MutationObserver(() => ready() && (observer.disconnect(), resolve()));
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  await until(() => root.querySelector('tbody tr'));
  const words = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
  const seen = {
    widgets: document.querySelectorAll('ketamine-compare').length,
    shadowChildren: root.children.length,
    tables: root.querySelectorAll('table').length,
    caption: words('caption'),
    rowsShown: words('tbody tr:not([hidden]) th[scope="row"] > span'),
    toggles: root.querySelectorAll('[part="toggle"]').length,
    errors: (window as unknown as { pageErrors: string[] }).pageErrors,
  };
  if (phase === 'before') return seen;
  const events: string[] = [];
  el.addEventListener('ketamine-compare-toggle', (event) => events.push(JSON.stringify((event as CustomEvent).detail)));
  (root.querySelector('.more') as HTMLElement).click();
  await el.updateComplete;
  const setting = root.querySelector('[part="toggle"][data-row="setting"]') as HTMLElement;
  const toggleShown = setting.checkVisibility();
  setting.click();
  const row = () => root.querySelector('tbody tr[data-id="setting"]:not([hidden]) td');
  await until(() => row()?.textContent?.trim());
  return { ...seen, toggleShown, events, rowsAfter: words('tbody tr:not([hidden]) th[scope="row"] > span') };
}

describe('the back/forward cache', () => {
  it('takes a page with the widget, and gives it back working: a row switched on shows, same language, nothing twice', async function () {
    this.timeout(30_000);
    const trip = (await executeServerCommand('bfcache-round-trip', { path: '/tests/pages/host-plain.html?bfcache', look: String(look) })) as
      | false
      | { shows: boolean[]; reasons: string[]; before: Record<string, unknown>; after: Record<string, unknown> & { events: string[]; rowsAfter: string[]; toggleShown: boolean } };
    if (!trip) this.skip(); // Firefox, WebKit: no hook to open a tab and go back in it here
    expect(trip.reasons, 'what kept the page out of the cache').to.deep.equal([]);
    expect(trip.shows, "pageshow events: the first load, then the page restored from the cache").to.deep.equal([false, true]);
    const { events, rowsAfter, toggleShown, ...after } = trip.after;
    // As it was left: one widget, one table, English, the owner's rows, no errors.
    expect(after).to.deep.equal(trip.before);
    expect(trip.before.caption).to.deep.equal([en.title]);
    expect(trip.before.rowsShown).to.deep.equal(['route', 'can-talk'].map((id) => en.rows.find((row) => row.id === id)!.name));
    // And still working: the questions open, a question switched on comes first and says so.
    expect(toggleShown, 'the row toggle shows once the questions are open').to.be.true;
    expect(rowsAfter[0]).to.equal(en.rows.find((row) => row.id === 'setting')!.name);
    expect(rowsAfter.slice(1)).to.deep.equal(trip.before.rowsShown);
    expect(events).to.deep.equal([JSON.stringify({ row: 'setting', visible: true })]);
  });
});
