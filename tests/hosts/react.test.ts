/** React 19 as a host, from the real packages: StrictMode, events, re-renders, and hydration of server markup. */
import { expect } from '@open-wc/testing';
import { $, rowNames, text, toggle } from '../helpers.js';
import { container, drawn, errorsDuring, load } from './host.js';

describe('React 19 host', () => {
  it('in StrictMode: one element, attributes, the toggle event, a re-render and an unmount', async () => {
    const { createElement: h, StrictMode, createRoot, flushSync } = await load('react');
    const div = container();
    const seen: unknown[] = [];
    const app = (theme: string) =>
      h(
        StrictMode,
        null,
        h(
          'ketamine-compare',
          { theme, rows: 'route side-effects', 'cta-text': 'Book a call', 'cta-href': 'https://example.com/book', 'onketamine-compare-toggle': (event: CustomEvent) => seen.push(event.detail) },
          h('p', { slot: 'scope' }, 'I am an integration coach.'),
        ),
      );
    const root = createRoot(div);
    const errors = await errorsDuring(async () => {
      flushSync(() => root.render(app('dark')));
      const el = await drawn(div);
      expect(div.querySelectorAll('ketamine-compare')).to.have.length(1);
      expect(rowNames(el)).to.have.length(2);
      expect(text($(el, '.cta'))).to.contain('Book a call');
      toggle(el, 'setting').click();
      expect(seen).to.deep.equal([{ row: 'setting', visible: true }]);
      // React renders again with another theme: the visitor's row stays on.
      flushSync(() => root.render(app('light')));
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(rowNames(el)).to.have.length(3);
      root.unmount();
      expect(div.children).to.have.length(0);
    });
    expect(errors).to.deep.equal([]);
    div.remove();
  });

  it('hydrates server-rendered markup without a mismatch; the attribute form cta-text survives it, camelCase ctaText does not', async () => {
    const { createElement: h, hydrateRoot, renderToString, useEffect } = await load('react');
    const widget = () => h('ketamine-compare', { theme: 'dark', lang: 'en', 'cta-text': 'Book a call', 'cta-href': 'https://example.com/book' }, h('p', { slot: 'scope' }, 'I am a coach.'));
    let hydrated: () => void = () => {};
    const done = new Promise<void>((resolve) => (hydrated = resolve));
    // Effects run once React has hydrated the markup (committed): the test waits on that.
    function Page() {
      useEffect(() => hydrated(), []);
      return widget();
    }
    const app = () => h(Page);
    const markup = renderToString(app());
    expect(markup).to.contain('cta-text="Book a call"');
    // What docs/hosts.md warns about: on the server React writes the property's name as an attribute, which HTML
    // reads as "ctatext", an attribute the element does not have.
    expect(renderToString(h('ketamine-compare', { ctaText: 'Book' }))).to.contain('ctaText="Book"');
    const div = container();
    div.innerHTML = markup; // as the server sent it: the element upgrades before React hydrates
    const recoverable: unknown[] = [];
    const errors = await errorsDuring(async () => {
      const el = await drawn(div);
      const root = hydrateRoot(div, app(), { onRecoverableError: (error: unknown) => recoverable.push(error) });
      await done;
      await el.updateComplete;
      expect(div.querySelector('ketamine-compare')).to.equal(el); // hydrated in place, not replaced
      expect($(el, '.cta a')!.getAttribute('href')).to.equal('https://example.com/book');
      root.unmount();
    });
    expect(recoverable).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    div.remove();
  });
});
