/**
 * `theme` at its edges: the values frameworks write for a removed prop, and the owner's slotted text when the
 * widget sits inside another component's shadow root, where the page's own rules do not reach.
 */
import { expect, html } from '@open-wc/testing';
import { $, mount, slottedContrasts } from './helpers.js';


describe('theme values other than light and dark', () => {
  // Preact sets a removed prop to '' on a custom element (the property, which reflects); hand-typed values vary.
  for (const value of ['', 'Dark', 'auto']) {
    it(`theme="${value}" looks like no theme: no padding, no background, no sticky headers`, async () => {
      const plain = await mount(html`<ketamine-compare></ketamine-compare>`);
      const el = await mount(html`<ketamine-compare theme=${value}></ketamine-compare>`);
      const look = (node: Element) => {
        const host = getComputedStyle(node);
        return { padding: host.padding, radius: host.borderRadius, background: host.backgroundColor, sticky: getComputedStyle($(node, 'thead th')!).position };
      };
      expect(look(el)).to.deep.equal(look(plain));
      expect(look(el).padding).to.equal('0px');
    });
  }

  it('a framework removing the prop (theme = "") takes the theme away live', async () => {
    const el = await mount(html`<ketamine-compare theme="dark"></ketamine-compare>`);
    expect(getComputedStyle(el).paddingTop).not.to.equal('0px');
    el.theme = '' as never;
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('');
    expect(getComputedStyle(el).paddingTop).to.equal('0px');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe("slotted text inside another component's shadow root", () => {
  // Bare-tag colours as a site's own component sets them in its shadow root, for its own light or dark background.
  const COMPONENT = {
    light: 'p { color: #2b2b2b; } a { color: #1a0dab; }',
    dark: 'p { color: #e9e6e1; } a { color: #f0c36d; }',
  };
  for (const [componentName, css] of Object.entries(COMPONENT)) {
    for (const theme of ['light', 'dark']) {
      it(`in a ${componentName} component with theme="${theme}": the scope statement, a link in it and the call to action reach 4.5:1`, async () => {
        const outer = document.createElement('div');
        document.body.append(outer);
        try {
          const root = outer.attachShadow({ mode: 'open' });
          const style = Object.assign(document.createElement('style'), { textContent: css });
          const el = document.createElement('ketamine-compare');
          el.setAttribute('theme', theme);
          el.innerHTML = '<p slot="scope">I am an integration coach. <a href="#about">About my training</a></p><a slot="cta" href="#contact">Book a call</a>';
          root.append(style, el);
          await el.updateComplete;
          for (const { node, ratio } of slottedContrasts(el)) expect(ratio, node).to.be.at.least(4.5);
        } finally {
          outer.remove();
        }
      });
    }
  }
});
