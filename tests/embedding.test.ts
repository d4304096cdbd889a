/** The pages the widget really lands on: strict CSP, hostile themes, AJAX page loads, privacy-minded sites. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { openPage, type PageWindow } from './helpers.js';
import { until } from './until.js';

const rendered = (el: Element) => !!el.shadowRoot?.querySelector('tbody tr');
/** What the page fetched, less the test server's own live-reload socket, which it injects into every page. */
const requests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'))
    .sort();

describe('strict Content-Security-Policy', () => {
  it(`renders with "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'" and no violation`, async () => {
    const served = await fetch('/tests/pages/csp-strict.html');
    expect(served.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const { win, elements, close } = await openPage('csp-strict.html');
    expect(elements).to.have.length(3);
    expect(elements[1].shadowRoot!.querySelectorAll('thead th')).to.have.length(2); // approaches="esketamine at-home"
    // Styles applied (constructable stylesheets are allowed by style-src 'self'): the dark theme has its background.
    expect(win.getComputedStyle(elements[1]).backgroundColor).to.equal('rgb(18, 26, 25)');
    // A toggle still works under Trusted Types.
    (elements[0].shadowRoot!.querySelector('[data-row="setting"]') as HTMLElement).click();
    await waitUntil(() => elements[0].shadowRoot!.querySelectorAll('tbody tr:not([hidden])').length === 7);
    // The files beside the script load as scripts (script-src 'self'), through the Trusted Types policy: the rows
    // that come after the first screen get their text, the sources come, and Spanish loads its own files.
    const complete = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr:not([hidden])')].every((tr) => tr.querySelector('td[part="cell"]')) && el.shadowRoot!.querySelector('[part="sources"] ol[data-state="ready"]');
    await waitUntil(() => elements.every(complete), 'a file beside the script did not load under the policy', { timeout: 5000 });
    expect(elements[2].shadowRoot!.querySelector('.stack')!.getAttribute('lang')).to.equal('es');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('strict Content-Security-Policy with a list of Trusted Types policies', () => {
  it('renders, loads the files beside the script and raises no violation when the list has ketamine-compare and lit-html', async () => {
    const served = await fetch('/tests/pages/csp-listed.html');
    expect(served.headers.get('content-security-policy')).to.contain('trusted-types ketamine-compare lit-html');
    const { win, elements, close } = await openPage('csp-listed.html');
    const complete = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr:not([hidden])')].every((tr) => tr.querySelector('td[part="cell"]')) && el.shadowRoot!.querySelector('[part="sources"] ol[data-state="ready"]');
    await waitUntil(() => elements.every(complete), 'a file beside the script did not load under the policy list', { timeout: 5000 });
    expect(elements[1].shadowRoot!.querySelector('.stack')!.getAttribute('lang')).to.equal('es');
    expect(win.pageErrors).to.deep.equal([]);
    // The page's own createPolicy is back once Lit has loaded (src/element/trusted-types.ts stands in while it loads).
    const types = (win as { trustedTypes?: { createPolicy: unknown } }).trustedTypes;
    if (types) expect(types.createPolicy).to.equal((win as unknown as { TrustedTypePolicyFactory: { prototype: { createPolicy: unknown } } }).TrustedTypePolicyFactory.prototype.createPolicy);
    close();
  });

  it('a list that leaves out lit-html keeps the plain copy, says in the console what to add, and leaves the page alone', async function () {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/csp-no-lit.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow & { trustedTypes?: object; TrustedTypePolicyFactory?: { prototype: { createPolicy: unknown } } };
    // Firefox ESR enforces no Trusted Types: there the widget simply starts.
    if (!win.trustedTypes) {
      frame.remove();
      this.skip();
    }
    const doc = frame.contentDocument!;
    // Said once, in the owner's words, while the script ran; no uncaught error (the browser's own report of the
    // refusal comes as a violation event).
    const ours = win.pageErrors.filter((line) => !line.startsWith('CSP violation'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(/^<ketamine-compare> .*"lit-html".*"trusted-types ketamine-compare lit-html"/);
    // The owner's plain copy is there to read, in both elements, which were never upgraded.
    expect(win.customElements.get('ketamine-compare')).to.be.undefined;
    expect((doc.getElementById('fallback') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    for (const el of doc.querySelectorAll('ketamine-compare')) expect(el.shadowRoot).to.be.null;
    // Nothing else is touched: the page's own createPolicy is back, and the blog's script after ours made its policy.
    expect((win.trustedTypes as { createPolicy: unknown }).createPolicy).to.equal(win.TrustedTypePolicyFactory!.prototype.createPolicy);
    expect(doc.getElementById('blog')!.textContent).to.equal('The blog’s own script ran.');
    frame.remove();
  });

  it('a list that leaves out ketamine-compare shows the first screen and says in the console what to add', async function () {
    const { win, elements, close } = await openPage('csp-no-ours.html');
    if (!('trustedTypes' in win)) {
      close();
      this.skip();
    }
    const [el] = elements;
    // The rest (rows that start hidden, the sources) is a file beside the script, which the page refuses.
    await until(el, () => el.shadowRoot!.querySelector('[part="sources"] ol[data-state="failed"]'));
    expect(win.pageErrors.find((line) => line.startsWith('<ketamine-compare>'))).to.match(/"ketamine-compare".*"trusted-types ketamine-compare lit-html"/);
    expect(win.pageErrors.join('\n')).not.to.contain('Uncaught');
    close();
  });
});

describe('host page CSS', () => {
  /** Boxes of everything a visitor sees, relative to the element, rounded to whole pixels. */
  const layout = (el: Element) => {
    const origin = el.getBoundingClientRect();
    return [...el.shadowRoot!.querySelectorAll('caption, th, td, [part="toggle"], [part="crisis"], [part="disclaimers"], [part="sources"]')].map((node) => {
      const box = node.getBoundingClientRect();
      return [node.localName, Math.round(box.x - origin.x), Math.round(box.y - origin.y), Math.round(box.width), Math.round(box.height)].join(' ');
    });
  };

  it('Bootstrap, Tailwind preflight and a theme styling table, td, button and [part] change nothing inside', async () => {
    const plain = await openPage('host-plain.html');
    const hostile = await openPage('host-hostile.html');
    const [a] = plain.elements;
    const [b] = hostile.elements;
    // The sources arrive after the first screen: compare the two pages once both have them.
    await waitUntil(() => [a, b].every((el) => el.shadowRoot!.querySelector('[part="sources"] ol[data-state="ready"]')), 'sources not in');
    expect(hostile.win.getComputedStyle(hostile.doc.body).textTransform).to.equal('uppercase'); // the theme is on
    expect(layout(b)).to.deep.equal(layout(a));
    const cell = (el: Element) => hostile.win.getComputedStyle(el.shadowRoot!.querySelector('td p')!);
    for (const property of ['lineHeight', 'letterSpacing', 'textTransform', 'textAlign', 'fontFamily', 'color'] as const) {
      expect(cell(b)[property], property).to.equal(plain.win.getComputedStyle(a.shadowRoot!.querySelector('td p')!)[property]);
    }
    expect(hostile.win.pageErrors).to.deep.equal([]);
    plain.close();
    hostile.close();
  });

  it('stays readable when a theme shrinks the root font (html { font-size: 62.5% })', async () => {
    const { doc, win, elements, close } = await openPage('host-plain.html');
    doc.documentElement.style.fontSize = '62.5%';
    const p = elements[0].shadowRoot!.querySelector('td p')!;
    expect(parseFloat(win.getComputedStyle(p).fontSize)).to.be.at.least(13); // 15px floor, cells at 0.9375em
    expect(parseFloat(win.getComputedStyle(elements[0].shadowRoot!.querySelector('td')!).paddingLeft)).to.be.at.least(10);
    close();
  });
});

describe('AJAX page loads and page builders', () => {
  it('renders when inserted after load by innerHTML or createElement, moved, removed and re-added; never leaks listeners', async () => {
    const { win, doc, close } = await openPage('classic.html');
    // Count the listeners the widget adds to the page itself (its own shadow DOM is collected with it), by type.
    let added = 0;
    let removed = 0;
    let printing = 0; // `beforeprint`: one per element on the page, none once it is removed
    for (const target of [win, doc]) {
      const { addEventListener, removeEventListener } = target;
      target.addEventListener = (...args: Parameters<typeof addEventListener>) => (args[0] === 'beforeprint' ? printing++ : added++, addEventListener.apply(target, args));
      target.removeEventListener = (...args: Parameters<typeof removeEventListener>) => (args[0] === 'beforeprint' ? printing-- : removed++, removeEventListener.apply(target, args));
    }
    const box = doc.createElement('div');
    doc.body.append(box);
    const other = doc.createElement('section');
    doc.body.append(other);

    box.innerHTML = '<ketamine-compare rows="route"></ketamine-compare>';
    const byHtml = box.querySelector('ketamine-compare')!;
    await waitUntil(() => rendered(byHtml), 'innerHTML element did not render');

    const byCode = doc.createElement('ketamine-compare');
    byCode.setAttribute('approaches', 'at-home');
    other.append(byCode);
    await waitUntil(() => rendered(byCode), 'createElement element did not render');

    for (let i = 0; i < 50; i++) {
      box.append(byCode); // move
      byHtml.remove();
      box.prepend(byHtml); // re-add
      byCode.setAttribute('rows', i % 2 ? 'evidence' : 'route course');
    }
    byCode.setAttribute('rows', 'route course');
    await (byCode as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(byCode.shadowRoot!.querySelectorAll('tbody tr:not([hidden])')).to.have.length(2);
    expect(rendered(byHtml)).to.be.true;
    // Still works after all that: a visitor's click shows the row and is heard by the page.
    let heard = 0;
    doc.addEventListener('ketamine-compare-toggle', () => heard++);
    (byHtml.shadowRoot!.querySelector('[data-row="setting"]') as HTMLElement).click();
    await waitUntil(() => byHtml.shadowRoot!.querySelectorAll('tbody tr:not([hidden])').length === 2, 'toggle did nothing after moves');
    expect(heard).to.equal(1);
    added--; // the listener this test just added
    expect(added - removed).to.equal(0);
    expect(printing, 'the two elements on the page listen for printing').to.equal(2);
    byHtml.remove();
    byCode.remove();
    expect(printing, 'removed, none').to.equal(0);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('privacy', () => {
  it('requests nothing but its own files, sets no cookie and uses no storage', async () => {
    const { win, close } = await openPage('classic.html');
    // Once the page has loaded, the cells of the rows that start hidden come from the file next to the script.
    await waitUntil(() => requests(win).length === 3, 'the rows that start hidden were not fetched after the load event');
    expect(requests(win)).to.deep.equal(['/dist/ketamine-compare.en.later.js', '/dist/ketamine-compare.js', '/tests/pages/record-errors.js']);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    close();
  });

  it('on a Spanish page, only adds the Spanish files next to the script', async () => {
    const { win, elements, close } = await openPage('module-spanish.html');
    await waitUntil(() => elements[0].shadowRoot!.querySelector('.stack')!.getAttribute('lang') === 'es');
    await waitUntil(() => requests(win).length === 4, 'the Spanish rows that start hidden were not fetched after the load event', { timeout: 5000 });
    expect(requests(win)).to.deep.equal(['/dist/ketamine-compare.es.js', '/dist/ketamine-compare.es.later.js', '/dist/ketamine-compare.js', '/tests/pages/record-errors.js']);
    close();
  });
});
