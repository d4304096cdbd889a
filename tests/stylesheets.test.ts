/**
 * The element's styles wherever it is: in a browser without constructable stylesheets (Lit's <style> fallback,
 * Safari 16.0-16.3), and after being moved into another document (an iframe's).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { $, $$, openPage } from './helpers.js';
import '../src/element/define.js';

/** A few things only the element's own styles do: if they hold, its styles are in. */
function styled(el: Element) {
  const win = el.ownerDocument.defaultView!;
  const host = win.getComputedStyle(el);
  const table = win.getComputedStyle($(el, 'table')!);
  const toggle = win.getComputedStyle($(el, '[part="toggle"]')!);
  return {
    background: host.backgroundColor,
    padding: host.paddingTop !== '0px',
    tableLayout: table.tableLayout,
    toggleRadius: toggle.borderTopLeftRadius,
    sizerHeight: win.getComputedStyle($(el, '.sizer')!).height,
  };
}
const EXPECTED = { background: 'rgb(18, 26, 25)', padding: true, tableLayout: 'fixed', toggleRadius: '999px', sizerHeight: '0px' };

describe('without constructable stylesheets (Safari 16.0-16.3)', () => {
  it('keeps its styles through the first draw and several updates', async () => {
    const { win, elements, close } = await openPage('no-constructable.html');
    const el = elements[0] as HTMLElement & { updateComplete: Promise<boolean> };
    expect((win as unknown as { noConstructable: boolean }).noConstructable, 'the page took the feature away').to.be.true;
    expect(styled(el)).to.deep.equal(EXPECTED);
    // Updates of every kind: a row, an approach, an attribute, the theme and back.
    $(el, '[part="toggle"][data-row="setting"]')!.click();
    await el.updateComplete;
    $$(el, '[part="approach-toggle"]')[1].click();
    await el.updateComplete;
    el.setAttribute('rows', 'route evidence');
    await el.updateComplete;
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(styled(el)).to.deep.equal(EXPECTED);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('moved into another document', () => {
  it("keeps its styles in an iframe's document, and again when moved back", async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
    await loaded;
    const el = document.createElement('ketamine-compare');
    el.setAttribute('theme', 'dark');
    document.body.append(el);
    try {
      await waitUntil(() => $(el, 'table'), 'did not render');
      await el.updateComplete;
      expect(styled(el)).to.deep.equal(EXPECTED);
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
      expect(el.ownerDocument).to.equal(frame.contentDocument);
      expect(styled(el)).to.deep.equal(EXPECTED);
      // Still itself (Firefox gave a moved element the plain HTMLElement prototype of the iframe's window), still
      // drawn and styled after an update in its new document.
      expect(el).to.be.instanceOf(customElements.get('ketamine-compare'));
      $(el, '.more')!.click();
      $(el, '[part="toggle"][data-row="setting"]')!.click();
      await el.updateComplete;
      expect($(el, 'tbody tr[data-id="setting"]')!.hidden, 'the row switched on shows').to.be.false;
      expect(styled(el)).to.deep.equal(EXPECTED);
      document.body.append(el);
      expect(styled(el)).to.deep.equal(EXPECTED);
    } finally {
      el.remove();
      frame.remove();
    }
  });
});
