/** Preact as a host, from the real package: properties, events, a prop removed, an unmount. */
import { expect } from '@open-wc/testing';
import { $, rowNames, text, toggle } from '../helpers.js';
import { container, drawn, errorsDuring, load } from './host.js';

describe('Preact host', () => {
  it('sets properties, hears the toggle event, and a removed theme prop ("") takes the theme away', async () => {
    const { h, render } = await load('preact');
    const div = container();
    const seen: unknown[] = [];
    const app = (props: Record<string, unknown>) =>
      h('ketamine-compare', { rows: 'route', scope: 'I am a coach.', 'onketamine-compare-toggle': (event: CustomEvent) => seen.push(event.detail), ...props });
    const errors = await errorsDuring(async () => {
      render(app({ theme: 'dark' }), div);
      const el = await drawn(div);
      expect(getComputedStyle(el).paddingTop).not.to.equal('0px');
      expect(text($(el, '[part="disclaimers"]'))).to.contain('I am a coach.');
      toggle(el, 'setting').click();
      expect(seen).to.deep.equal([{ row: 'setting', visible: true }]);
      render(app({}), div); // Preact writes '' to the property of a prop that is gone
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('');
      expect(getComputedStyle(el).paddingTop).to.equal('0px');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(rowNames(el)).to.have.length(2);
      render(null, div);
      expect(div.children).to.have.length(0);
    });
    expect(errors).to.deep.equal([]);
    div.remove();
  });
});
