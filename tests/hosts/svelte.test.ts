/** Svelte 5 as a host: a component compiled at test time by the real compiler (tests/hosts/Host.svelte). */
import { expect } from '@open-wc/testing';
import { $, rowNames, text, toggle } from '../helpers.js';
import { container, drawn, errorsDuring, load } from './host.js';

describe('Svelte 5 host', () => {
  it('compiles without warnings in the documented form, passes attributes and the slot, hears the toggle event, unmounts', async () => {
    const { Host, flushSync, mount, unmount } = await load('svelte');
    // The compiler's warnings for Host.svelte, as a site's build would print them.
    const warnings = await (await fetch('/tests/hosts/built/svelte-warnings.json')).json();
    expect(warnings).to.deep.equal([]);
    const div = container();
    const seen: unknown[] = [];
    const errors = await errorsDuring(async () => {
      const component = mount(Host, { target: div, props: { onToggle: (detail: unknown) => seen.push(detail) } });
      flushSync();
      const el = await drawn(div);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(rowNames(el)).to.have.length(1);
      expect(text($(el, '.cta'))).to.contain('Book a call');
      expect((el.querySelector('[slot="scope"]') as HTMLElement).assignedSlot).not.to.be.null;
      toggle(el, 'setting').click();
      expect(seen).to.deep.equal([{ row: 'setting', visible: true }]);
      unmount(component);
      expect(div.querySelector('ketamine-compare')).to.be.null;
    });
    expect(errors).to.deep.equal([]);
    div.remove();
  });
});
