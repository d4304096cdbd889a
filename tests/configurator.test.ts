/** demo/configurator.html, used as an owner would: every option changes the preview and the snippet. */
import { expect, waitUntil } from '@open-wc/testing';
import es from '../src/data/es.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import { checkAccent, checkCta, checkLink } from '../src/configurator/checks.js';
import { contrast } from '../src/element/model.js';
import { rgbOf } from '../src/element/colour.js';
import { openPage, text } from './helpers.js';

async function configurator() {
  const page = await openPage('/demo/configurator.html', 1280, 1000);
  const { doc, win } = page;
  await waitUntil(() => (doc.getElementById('snippet') as HTMLTextAreaElement)?.value, 'no snippet');
  const preview = doc.querySelector('ketamine-compare') as HTMLElement & { updateComplete: Promise<unknown> };
  const snippet = () => (doc.getElementById('snippet') as HTMLTextAreaElement).value;
  const set = (name: string, value: string | boolean) => {
    const field = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    if (typeof value === 'boolean') field.checked = value;
    else field.value = value;
    field.dispatchEvent(new win.Event('input', { bubbles: true }));
    field.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  const check = (id: string, on: boolean) => {
    const box = doc.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
    box.checked = on;
    box.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  /** What an owner's page would look like with the snippet pasted, parsed but not run. */
  const pasted = () => {
    const box = doc.createElement('template');
    box.innerHTML = snippet();
    return box.content;
  };
  return { ...page, preview, snippet, set, check, pasted };
}

describe('configurator: the call-to-action link', () => {
  const cases: Array<[string, 'empty' | 'ok' | 'fixed' | 'refused', string | undefined]> = [
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['https://example.com/book', 'ok', 'https://example.com/book'],
    ['  https://example.com/book  ', 'ok', 'https://example.com/book'],
    ['http://example.com', 'ok', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM', 'ok', 'HTTPS://EXAMPLE.COM'],
    ['mailto:hello@site.com', 'ok', 'mailto:hello@site.com'],
    ['tel:988', 'ok', 'tel:988'],
    ['www.site.com/contact', 'fixed', 'https://www.site.com/contact'],
    ['site.com', 'fixed', 'https://site.com'],
    ['calendly.com/jane-doe/15min?month=2026-12', 'fixed', 'https://calendly.com/jane-doe/15min?month=2026-12'],
    ['www.site.com:8080/x', 'fixed', 'https://www.site.com:8080/x'],
    ['bücher.de/kontakt', 'fixed', 'https://bücher.de/kontakt'],
    ['//example.com/x', 'fixed', 'https://example.com/x'],
    ['hello@site.com', 'fixed', 'mailto:hello@site.com'],
    ['+1 (555) 123-4567', 'fixed', 'tel:+15551234567'],
    ['555.123.4567', 'fixed', 'tel:5551234567'],
    ['javascript:alert(1)', 'refused', undefined],
    [' JavaScript:alert(1)', 'refused', undefined],
    ['data:text/html,<script>alert(1)</script>', 'refused', undefined],
    ['ftp://example.com/file', 'refused', undefined],
    ['/contact', 'refused', undefined],
    ['#book', 'refused', undefined],
    ['https://', 'refused', undefined],
    ['https://intranet', 'refused', undefined],
    ['book a call', 'refused', undefined],
    ['hello@', 'refused', undefined],
  ];
  for (const [typed, kind, href] of cases) {
    it(`${JSON.stringify(typed)}: ${kind}${href ? ` ${href}` : ''}`, () => {
      const result = checkLink(typed);
      expect(result.kind).to.equal(kind);
      expect(result.href).to.equal(href);
      if (kind === 'fixed' || kind === 'refused') expect(result.message).to.be.a('string').and.not.be.empty;
    });
  }

  it('a link without words is flagged; words without a link are fine (shown as text)', () => {
    expect(checkCta('', checkLink('https://example.com'))).to.match(/words/);
    expect(checkCta('  ', checkLink('hello@site.com'))).to.match(/words/);
    expect(checkCta('Book a call', checkLink(''))).to.be.undefined;
    expect(checkCta('', checkLink(''))).to.be.undefined;
    expect(checkCta('', checkLink('javascript:alert(1)'))).to.be.undefined; // the link is refused already
  });
});

describe('configurator: the accent colour', () => {
  const white = [255, 255, 255];
  const black = [0, 0, 0];
  // Yellow and the dark theme's purple are the colours of the issue (1.6:1 and 2.4:1 before).
  for (const colour of ['yellow', '#ffff00', '#7a3e9d', 'purple', 'teal', '#0f766e', 'white', 'black', '#777', 'rgb(250 200 10)', 'hsl(200 80% 60%)', 'oklch(0.9 0.1 100)', 'currentcolor']) {
    it(`${colour}: a hex code, and the element's text colour on it at 4.5:1 or more`, () => {
      const result = checkAccent(colour);
      expect(result.kind).to.be.oneOf(['ok', 'fixed']);
      expect(result.hex).to.match(/^#[0-9a-f]{6}$/);
      const rgb = rgbOf(result.hex!)!;
      expect(contrast(rgb, result.text === '#fff' ? white : black)).to.be.at.least(4.5);
      expect(result.ratio).to.be.at.least(4.5);
      // Corrected (black text, said so) exactly when white text would not read.
      expect(result.kind === 'fixed').to.equal(contrast(rgb, white) < 4.5);
    });
  }
  for (const colour of ['banana', 'var(--brand)', 'transparent', 'rgba(255, 0, 0, 0.5)', '#ff000080', 'red; background: url(x)', '"red"', 'url(x)']) {
    it(`${JSON.stringify(colour)}: refused with a message, nothing written`, () => {
      const result = checkAccent(colour);
      expect(result.kind).to.equal('refused');
      expect(result.hex).to.be.undefined;
      expect(result.message).to.be.a('string').and.not.be.empty;
    });
  }
  it('empty: the default', () => {
    expect(checkAccent('').kind).to.equal('default');
    expect(checkAccent('  ').hex).to.be.undefined;
  });
});

describe('configurator', () => {
  it('columns and rows: the preview and the snippet change together, in the chosen order', async () => {
    const { doc, preview, snippet, check, pasted, close } = await configurator();
    expect(snippet()).to.contain(`<script src="https://cdn.jsdelivr.net/npm/ketamine-compare@${pkg.version}/dist/ketamine-compare.js"></script>`);
    check('iv-integration', false);
    check('esketamine', true);
    expect(preview.getAttribute('approaches')).to.equal('kap iv-infusion esketamine');
    expect(snippet()).to.contain('approaches="kap iv-infusion esketamine"');
    // Move esketamine up three places (past the unchecked iv-integration too): the first column.
    const up = doc.querySelector<HTMLButtonElement>('li[data-id="esketamine"] button[data-move="-1"]')!;
    up.click();
    up.click();
    up.click();
    up.click(); // already first: stays
    expect(preview.getAttribute('approaches')).to.equal('esketamine kap iv-infusion');
    check('evidence', true);
    check('route', false);
    expect(preview.getAttribute('rows')).to.equal('dose-depth can-talk duration support-role scope evidence');
    await preview.updateComplete;
    expect(text(preview.shadowRoot!.querySelector('thead th'))).to.contain('Esketamine');
    // The fallback inside the snippet is the same table.
    const fallback = pasted().querySelector('ketamine-compare table')!;
    expect([...fallback.querySelectorAll('thead th')].map(text)).to.deep.equal([...preview.shadowRoot!.querySelectorAll('thead th')].map(text));
    expect([...fallback.querySelectorAll('tbody th')].map(text)).to.deep.equal([...preview.shadowRoot!.querySelectorAll('tbody tr:not([hidden]) th')].map(text));
    close();
  });

  it('language, theme and accent colour', async () => {
    const { preview, snippet, set, pasted, close } = await configurator();
    set('lang', 'es');
    set('theme', 'dark');
    set('custom-accent', true);
    set('accent', '#aa3377');
    await waitUntil(() => text(preview.shadowRoot!.querySelector('caption')) === es.title, 'preview not in Spanish');
    expect(preview.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(preview).getPropertyValue('--ketamine-compare-accent').trim()).to.equal('#aa3377');
    expect(snippet()).to.contain('lang="es"').and.contain('theme="dark"').and.contain('--ketamine-compare-accent: #aa3377');
    expect(text(pasted().querySelector('caption'))).to.equal(es.title);
    close();
  });

  it('scope statement and call to action, escaped, with unsafe links left out', async () => {
    const { doc, preview, snippet, set, pasted, close } = await configurator();
    set('scope', 'I am not a therapist <b>really</b>');
    set('cta-text', 'Book a call');
    set('cta-url', 'javascript:alert(1)');
    expect(doc.getElementById('cta-warning')!.hidden).to.be.false;
    expect(snippet()).not.to.contain('javascript:');
    expect(preview.querySelector('[slot="cta"]')).to.be.null;
    set('cta-url', 'https://example.com/book');
    expect(doc.getElementById('cta-warning')!.hidden).to.be.true;
    expect(preview.querySelector('[slot="scope"]')!.textContent).to.equal('I am not a therapist <b>really</b>');
    expect(preview.querySelector<HTMLAnchorElement>('[slot="cta"]')!.href).to.equal('https://example.com/book');
    const element = pasted().querySelector('ketamine-compare')!;
    expect(element.querySelector('[slot="scope"]')!.textContent).to.equal('I am not a therapist <b>really</b>');
    expect(element.querySelector('b')).to.be.null;
    expect(element.querySelector('[slot="cta"]')!.getAttribute('href')).to.equal('https://example.com/book');
    close();
  });

  it('the Wix tab gives the Server URL, the tag name and the attributes to set', async () => {
    const { doc, check, close } = await configurator();
    check('at-home', true);
    const tab = doc.getElementById('tab-wix')!;
    tab.click();
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    expect(doc.getElementById('panel-wix')!.hidden).to.be.false;
    expect(doc.getElementById('panel-html')!.hidden).to.be.true;
    expect(text(doc.getElementById('wix-url'))).to.equal(`https://cdn.jsdelivr.net/npm/ketamine-compare@${pkg.version}/dist/ketamine-compare.js`);
    expect(text(doc.getElementById('panel-wix'))).to.contain('ketamine-compare');
    const attributes = [...doc.querySelectorAll('#wix-attributes tr')].map((tr) => [...tr.children].map(text));
    expect(attributes).to.deep.include(['approaches', 'kap iv-infusion iv-integration at-home']);
    expect(attributes.map(([name]) => name)).to.include('rows');
    close();
  });

  it('the snippet, pasted into a page of its own, shows the widget as configured', async () => {
    const { snippet, check, set, close } = await configurator();
    check('at-home', true);
    set('scope', 'Integration coaching only.');
    // The CDN URL is the published package; here the same file comes from this build.
    const pastedHtml = snippet().replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/ketamine-compare@[^/]+\/dist\//, '/dist/');
    close();
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><body>${pastedHtml}</body></html>`;
    document.body.append(frame);
    await loaded;
    const el = frame.contentDocument!.querySelector('ketamine-compare')!;
    await waitUntil(() => el.shadowRoot?.querySelector('tbody tr'), 'pasted snippet did not render');
    expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(4);
    expect(el.querySelector<HTMLElement>('.ketamine-compare-fallback')!.offsetHeight).to.equal(0); // replaced once running
    expect(el.querySelector('[slot="scope"]')!.textContent).to.equal('Integration coaching only.');
    frame.remove();
  });

  it('copy puts the snippet on the clipboard, or selects it and says how to copy', async () => {
    const { doc, close } = await configurator();
    doc.getElementById('copy')!.click();
    await waitUntil(() => text(doc.getElementById('copy-status')), 'no copy status');
    expect(text(doc.getElementById('copy-status'))).to.match(/Copied|Selected/);
    close();
  });
});
