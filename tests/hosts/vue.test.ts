/** Vue 3 as a host, from the real package: props through render functions, events, reactive updates, unmount. */
import { expect } from '@open-wc/testing';
import { $, rowNames, text, toggle } from '../helpers.js';
import { container, drawn, errorsDuring, load } from './host.js';

describe('Vue 3 host', () => {
  it('sets attributes and properties, hears the toggle event, follows reactive state, unmounts', async () => {
    const { createApp, h, nextTick, ref } = await load('vue');
    const div = container();
    const seen: unknown[] = [];
    const lang = ref('en');
    const app = createApp({
      setup: () => () =>
        h('ketamine-compare', { lang: lang.value, theme: 'light', rows: 'route can-talk', 'cta-text': 'Book a call', 'cta-href': 'https://example.com/book', onKetamineCompareToggle: (event: CustomEvent) => seen.push(event.detail) }, [
          h('p', { slot: 'scope' }, 'I am a coach.'),
        ]),
    });
    const warnings: string[] = [];
    app.config.warnHandler = (message: string) => warnings.push(message);
    const errors = await errorsDuring(async () => {
      app.mount(div);
      const el = await drawn(div);
      expect(rowNames(el)).to.have.length(2);
      expect(text($(el, '.cta'))).to.contain('Book a call');
      toggle(el, 'setting').click();
      expect(seen).to.deep.equal([{ row: 'setting', visible: true }]);
      lang.value = 'es';
      await nextTick();
      expect(el.getAttribute('lang')).to.equal('es');
      app.unmount();
      expect(div.children).to.have.length(0);
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    div.remove();
  });
});
