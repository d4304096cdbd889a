/**
 * Wix's Custom Element takes only attributes: everything the configurator offers can be set on an element with
 * no children. The slots win where both are given.
 */
import { expect, html } from '@open-wc/testing';
import { contrast } from '../src/element/model.js';
import en from '../src/data/en.json' with { type: 'json' };
import { $, captureConsole, mount, text, toggle } from './helpers.js';

const rgb = (colour: string) => colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);

describe('[scope], [cta-text], [cta-href], [accent] on an element with no children', () => {
  it('show the scope statement with the disclaimers, labelled as the practice\'s, and the call to action after the safety notes', async () => {
    const el = await mount(html`<ketamine-compare scope="I am an integration coach, not a therapist." cta-text="Book a call" cta-href="https://example.com/book"></ketamine-compare>`);
    expect(el.childNodes).to.have.length(0);
    const scope = $(el, '[part="disclaimers"] .scope')!;
    expect(text(scope)).to.equal(`${en.ui.cta}: I am an integration coach, not a therapist.`);
    expect(scope.getClientRects().length).to.be.greaterThan(0);
    const cta = $(el, '.cta')!;
    expect(cta.hidden).to.be.false;
    const link = cta.querySelector('slot[name="cta"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.com/book');
    expect(text(link)).to.equal('Book a call');
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect($(el, 'aside')!.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(cta.compareDocumentPosition($(el, '[part="sources"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('follow changes made later, as Velo makes them', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    expect($(el, '.cta')!.hidden).to.be.true;
    expect($(el, '.scope')!.hidden).to.be.true;
    el.setAttribute('scope', 'Not medical care.');
    el.setAttribute('cta-text', 'Call us');
    el.setAttribute('cta-href', 'tel:+15555550100');
    await el.updateComplete;
    expect(text($(el, 'slot[name="scope"]'))).to.equal('Not medical care.');
    expect($(el, '.cta a')!.getAttribute('href')).to.equal('tel:+15555550100');
    el.removeAttribute('cta-text');
    await el.updateComplete;
    expect($(el, '.cta')!.hidden).to.be.true;
  });

  it('only safe links become links: anything else leaves the text, and the owner is told', async () => {
    let el!: Element;
    const { warnings } = await captureConsole(async () => {
      el = await mount(html`<ketamine-compare cta-text="Click me" cta-href="javascript:alert(1)"></ketamine-compare>`);
    });
    expect($(el, '.cta a')).to.be.null;
    expect(text($(el, '.cta slot[name="cta"]'))).to.equal('Click me');
    expect(warnings.join()).to.match(/<ketamine-compare> cta-href "javascript:alert\(1\)"/);
  });

  it('the slots win over the attributes', async () => {
    const el = await mount(html`<ketamine-compare scope="From the attribute" cta-text="Attribute CTA" cta-href="https://example.com/a"
      ><p slot="scope">From the slot</p><a slot="cta" href="https://example.com/s">Slot CTA</a></ketamine-compare
    >`);
    const scopeSlot = $(el, 'slot[name="scope"]') as HTMLSlotElement;
    expect(scopeSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['From the slot']);
    expect(scopeSlot.assignedNodes({ flatten: true }).map((n) => n.textContent)).to.deep.equal(['From the slot']); // the attribute's text is not rendered
    expect($(el, '.scope')!.hidden).to.be.false;
    const ctaSlot = $(el, 'slot[name="cta"]') as HTMLSlotElement;
    expect(ctaSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Slot CTA']);
  });

  for (const [accent, expected] of [
    ['rebeccapurple', 'rgb(255, 255, 255)'],
    ['#ffd400', 'rgb(0, 0, 0)'],
    ['hsl(160 84% 39%)', 'rgb(0, 0, 0)'],
  ]) {
    it(`accent="${accent}" colours the switched-on toggles, with text that reads on it (4.5:1 or more)`, async () => {
      for (const theme of ['', 'light', 'dark']) {
        const el = await mount(theme ? html`<ketamine-compare accent=${accent} theme=${theme}></ketamine-compare>` : html`<ketamine-compare accent=${accent}></ketamine-compare>`);
        const style = getComputedStyle(toggle(el, 'route'));
        expect(style.color, theme).to.equal(expected);
        expect(contrast(rgb(style.backgroundColor), rgb(style.color)), theme).to.be.at.least(4.5);
        const probe = document.createElement('div');
        probe.style.color = accent;
        document.body.append(probe);
        expect(style.backgroundColor).to.equal(getComputedStyle(probe).color);
        probe.remove();
      }
    });
  }

  // Colours whose value depends on where they are used (the text colour, the system's colours) are drawn as the
  // colour that was read, so the text chosen for them reads: white on white before.
  for (const accent of ['currentColor', 'CanvasText', 'color-mix(in srgb, currentColor 50%, red)']) {
    it(`accent="${accent}" on a light-on-dark page still has text that reads on it`, async () => {
      for (const theme of ['', 'dark']) {
        const el = await mount(html`<div style="color: #fff; background: #111">
          <ketamine-compare accent=${accent} theme=${theme}></ketamine-compare>
        </div>`);
        const style = getComputedStyle(toggle(el, 'route'));
        expect(contrast(rgb(style.backgroundColor), rgb(style.color)), `${theme}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
      }
    });
  }

  // A dataset that arrives after the first update (a Spanish page's file, a custom `src`): the accent given before
  // it is still drawn (it was lost: the element skipped the attribute while it had nothing to draw).
  it('accent with a dataset that comes later (lang="es") colours the switched-on toggles', async () => {
    const el = await mount(html`<ketamine-compare lang="es" accent="rebeccapurple"></ketamine-compare>`);
    expect(getComputedStyle(toggle(el, 'route')).backgroundColor).to.equal('rgb(102, 51, 153)');
  });

  for (const accent of ['not-a-colour; background: red', 'var(--brand)', 'transparent', 'rgb(200 0 0 / 50%)']) {
    it(`accent="${accent}" (not a solid colour) keeps the default, and the owner is told`, async () => {
      let el!: Element;
      const { warnings } = await captureConsole(async () => {
        el = await mount(html`<ketamine-compare accent=${accent}></ketamine-compare>`);
      });
      expect(getComputedStyle(toggle(el, 'route')).backgroundColor).to.equal('rgb(15, 118, 110)');
      expect(getComputedStyle(toggle(el, 'route')).color).to.equal('rgb(255, 255, 255)');
      expect(warnings.join()).to.contain(`<ketamine-compare> accent "${accent}" is not a solid CSS colour`);
    });
  }
});

