/**
 * demo/configurator.html, used as an owner would: every option changes the preview and the snippet, mistakes are
 * caught next to their field, the snippet is safe to paste, the choices survive a reload and a pasted snippet
 * comes back as choices. The checks and the snippet builder are also tested on their own, with tables of cases.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import fc from 'fast-check';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { BACKGROUNDS, CONTROL_CONTRAST, backgroundOf, checkAccent, checkCta, checkLink, type Surroundings } from '../src/configurator/checks.js';
import { attributes, defaults, snippet, veloCode, type WidgetOptions } from '../src/configurator/snippet.js';
import { fromHash, readSnippet, sanitize, toHash } from '../src/configurator/state.js';
import { contrast } from '../src/element/model.js';
import { rgbOf } from '../src/element/colour.js';
import { afterFrame, openPage, text } from './helpers.js';
import { SCENARIOS } from '../demo/scenarios.mjs';

declare const __LANGUAGES__: string[];

const CDN = `https://cdn.jsdelivr.net/npm/ketamine-compare@${pkg.version}/dist/ketamine-compare.js`;
const data = en as unknown as Dataset;
/** The plain comparison inside a snippet, as the text it is (without the snippet's indentation). */
const staticPart = (snippetText: string) => snippetText.split('<div class="ketamine-compare-fallback">')[1].split('</div></ketamine-compare>')[0];
/** The plain comparison as the snippet holds it, on one line (line breaks between tags dropped). */
const oneLine = (html: string) => html.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
const known = { approaches: en.approaches.map((a) => a.id), rows: en.rows.map((r) => r.id), languages: __LANGUAGES__ };

async function configurator(width = 1280, height = 1000, hash = '') {
  const page = await openPage(`/demo/configurator.html${hash}`, width, height);
  const { doc, win } = page;
  await waitUntil(() => (doc.getElementById('snippet') as HTMLTextAreaElement)?.value, 'no snippet');
  const preview = doc.querySelector('ketamine-compare') as HTMLElement & { updateComplete: Promise<unknown> };
  const snippetText = () => (doc.getElementById('snippet') as HTMLTextAreaElement).value;
  const set = (name: string, value: string | boolean) => {
    const field = doc.querySelector<HTMLInputElement>(`[name="${name}"], #${name}`)!;
    if (typeof value === 'boolean') field.checked = value;
    else field.value = value;
    field.dispatchEvent(new win.Event('input', { bubbles: true }));
    field.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  const check = (id: string, on: boolean) => {
    const box = doc.querySelector<HTMLInputElement>(`#options input[value="${id}"]`)!;
    box.checked = on;
    box.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  /** What an owner's page would look like with the snippet pasted, parsed but not run. */
  const pasted = () => {
    const box = doc.createElement('template');
    box.innerHTML = snippetText();
    return box.content;
  };
  /** The message next to a field: the element its aria-describedby names, shown. */
  const message = (fieldId: string) => {
    const ids = doc.getElementById(fieldId)!.getAttribute('aria-describedby')!.split(' ');
    return ids.map((id) => doc.getElementById(id)!).filter((el) => !el.hidden && el.getClientRects().length).map(text).join(' ');
  };
  return { ...page, preview, snippet: snippetText, set, check, pasted, message };
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
    // Vanity numbers: letters dial the digits of a phone keypad (T 8, H 4, E 3, R 7, A 2, P 7, Y 9).
    ['1-800-THERAPY', 'fixed', 'tel:18008437279'],
    ['1 800 therapy', 'fixed', 'tel:18008437279'],
    ['+1 (555) GET-HELP', 'fixed', 'tel:+15554384357'],
    ['1-800-flowers.com', 'fixed', 'https://1-800-flowers.com'],
    ['2 weeks', 'refused', undefined],
    ['1-800-THERAPY-RIGHT-NOW', 'refused', undefined],
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
      if (kind !== 'empty') expect(result.message).to.be.a('string').and.not.be.empty.and.not.match(/mailto:|tel:/);
    });
  }

  it('a link without words is flagged, and words without a link', () => {
    expect(checkCta('', checkLink('https://example.com')).text).to.match(/words/);
    expect(checkCta('  ', checkLink('hello@site.com')).text).to.match(/words/);
    // Words with nowhere to go show as plain text nobody can tap: the link field says so.
    expect(checkCta('Book a call', checkLink('')).href).to.match(/where it leads/);
    expect(checkCta('Book a call', checkLink('https://example.com'))).to.deep.equal({});
    expect(checkCta('', checkLink(''))).to.deep.equal({});
    expect(checkCta('', checkLink('javascript:alert(1)'))).to.deep.equal({}); // the link is refused already
  });

  it('a vanity number keeps its letters in the message, with the digits it dials', () => {
    expect(checkLink('1-800-THERAPY').message).to.equal('On a phone, tapping it calls 1-800-THERAPY (it dials 18008437279).');
    expect(checkLink('+1 (555) 123-4567').message).to.equal('On a phone, tapping it calls +15551234567.');
  });

  it('a mistyped scheme is mended, not refused', () => {
    for (const typed of ['https//site.com/contact', 'https:/site.com/contact', 'https:site.com/contact', 'https;//site.com/contact', 'HTTPS://site.com/contact']) {
      const result = checkLink(typed);
      expect(result.href?.toLowerCase(), typed).to.equal('https://site.com/contact');
    }
    expect(checkLink('httpsite.com').href).to.equal('https://httpsite.com');
  });
});

describe('configurator: the accent colour', () => {
  const white = [255, 255, 255];
  const black = [0, 0, 0];
  // Yellow and the dark theme's purple are the colours of the issue (1.6:1 and 2.4:1 before).
  for (const colour of ['yellow', '#ffff00', '#7a3e9d', '7a3e9d', 'fc0', 'purple', 'teal', '#0f766e', 'white', 'black', '#777', 'rgb(250 200 10)', 'hsl(200 80% 60%)', 'oklch(0.9 0.1 100)', 'currentcolor']) {
    it(`${colour}: a hex code, and the element's text colour on it at 4.5:1 or more`, () => {
      const result = checkAccent(colour);
      expect(result.kind).to.be.oneOf(['ok', 'close']);
      expect(result.hex).to.match(/^#[0-9a-f]{6}$/);
      const rgb = rgbOf(result.hex!)!;
      expect(contrast(rgb, result.text === '#fff' ? white : black)).to.be.at.least(4.5);
      expect(result.ratio).to.be.at.least(4.5);
      expect(result.message).not.to.match(/Fixed|:1/);
    });
  }
  // A colour near the background behind it: said so, with the nearest shade of it that stands out there.
  const surroundings: Array<[string, Surroundings, 'ok' | 'close']> = [
    ['yellow', { theme: '', page: 'light' }, 'close'],
    ['yellow', { theme: '', page: 'dark' }, 'ok'],
    ['#7a3e9d', { theme: 'dark', page: 'light' }, 'close'],
    ['#7a3e9d', { theme: 'light', page: 'dark' }, 'ok'],
    ['#0f766e', { theme: '', page: 'light' }, 'ok'],
    ['#333333', { theme: '', page: 'dark' }, 'close'],
    ['#333333', { theme: '', page: 'light' }, 'ok'],
    ['white', { theme: 'light', page: 'light' }, 'close'],
    ['black', { theme: 'dark', page: 'dark' }, 'close'],
  ];
  for (const [colour, on, kind] of surroundings) {
    it(`${colour} with theme "${on.theme}" on a ${on.page} page: ${kind}`, () => {
      const result = checkAccent(colour, on);
      const background = backgroundOf(on).rgb;
      expect(result.kind).to.equal(kind);
      expect(result.against).to.be.closeTo(contrast(rgbOf(result.hex!)!, background), 1e-9);
      if (kind === 'ok') return expect(result.suggestion).to.be.undefined;
      expect(result.against).to.be.below(CONTROL_CONTRAST);
      expect(contrast(rgbOf(result.suggestion!)!, background)).to.be.at.least(CONTROL_CONTRAST);
      expect(result.message).to.contain(result.suggestion!);
    });
  }
  // Colour names as people write them, with spaces and capitals: the CSS keyword they mean.
  for (const [colour, keyword, code] of [
    ['light blue', 'lightblue', '#add8e6'],
    ['Light Blue', 'lightblue', '#add8e6'],
    ['  DARK   slate grey ', 'darkslategrey', '#2f4f4f'],
    ['Purple', 'purple', '#800080'],
  ]) {
    it(`${JSON.stringify(colour)}: read as ${keyword}`, () => {
      const result = checkAccent(colour);
      expect(result.kind).to.be.oneOf(['ok', 'close']);
      expect(result.hex).to.equal(code);
      expect(result.message).to.contain(keyword);
    });
  }
  for (const colour of ['light banana', 'blue green']) {
    it(`${JSON.stringify(colour)}: refused, saying it is not a colour name`, () => {
      const result = checkAccent(colour);
      expect(result.kind).to.equal('refused');
      expect(result.message).to.contain(`"${colour}" is not a colour name`);
    });
  }
  it('a colour close to the page behind a widget without a background says which page: the preview\'s', () => {
    const dark = checkAccent('#333333', { theme: '', page: 'dark' }).message;
    expect(dark).not.to.contain("your page's background");
    expect(dark).to.contain('the dark page').and.contain('"Show it on"').and.contain('If your site is dark');
    expect(checkAccent('#7a3e9d', { theme: 'dark', page: 'light' }).message).to.contain("the widget's dark background");
  });
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
  it('the backgrounds it measures against are the ones that render', async () => {
    const { doc, win, preview, set, close } = await configurator();
    try {
      for (const theme of ['light', 'dark'] as const) {
        set('theme', theme);
        await afterFrame(win);
        expect(win.getComputedStyle(preview).backgroundColor, theme).to.equal(`rgb(${BACKGROUNDS.theme[theme].join(', ')})`);
      }
      for (const page of ['light', 'dark'] as const) {
        (doc.querySelector(`input[name="preview-page"][value="${page}"]`) as HTMLInputElement).click();
        await afterFrame(win);
        expect(win.getComputedStyle(doc.getElementById('preview-page')!).backgroundColor, page).to.equal(`rgb(${BACKGROUNDS.page[page].join(', ')})`);
      }
    } finally {
      close();
    }
  });
});

describe('configurator: choices in the address and snippets read back', () => {
  const start = defaults(data);
  const chosen: WidgetOptions = {
    approaches: ['esketamine', 'kap'],
    rows: ['evidence', 'route'],
    lang: 'es',
    theme: 'dark',
    accent: 'yellow',
    scope: 'I am a coach & "not" a <therapist> #1?',
    ctaText: 'Book = a call',
    ctaHref: 'www.site.com/contact?a=1&b=2#top',
  };

  it('the address keeps only what differs from the defaults, and gives it back', () => {
    expect(toHash(start, start)).to.equal('');
    const hash = toHash(chosen, start);
    expect(hash).to.contain('approaches=esketamine+kap').and.contain('cta-href=');
    expect({ ...start, ...sanitize(fromHash(`#${hash}`), known) }).to.deep.equal(chosen);
  });

  it('an address with unknown or malformed values gives a usable form', () => {
    const given = sanitize(fromHash('#approaches=nope+kap+kap&rows=%3Cimg%3E&lang=xx&theme=purple&scope=%E2%80%A8'), known);
    expect(given).to.deep.equal({ approaches: ['kap'], rows: [], theme: '', scope: '\u2028' });
  });

  it('a snippet made now reads back as the same choices (any text, any link, any colour)', () => {
    fc.assert(
      fc.property(
        fc.record({ scope: fc.string(), ctaText: fc.string(), ctaHref: fc.string(), accent: fc.constantFrom('', 'yellow', '#7a3e9d', 'banana') }),
        (typed) => {
          const options = { ...chosen, ...typed };
          const loaded = readSnippet(snippet(options, es as unknown as Dataset, pkg.version, 'sha384-x'));
          if ('error' in loaded) throw new Error(loaded.error);
          const back = { ...start, ...sanitize(loaded.given, known) };
          const line = (s: string) => s.replace(/\s+/g, ' ').trim();
          expect(back.approaches).to.deep.equal(options.approaches);
          expect(back.rows).to.deep.equal(options.rows);
          expect(back.scope).to.equal(line(options.scope));
          // The snippet holds what was used: the checked link and colour, so writing it again gives the same.
          expect(attributes(back)).to.deep.equal(attributes(options));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a snippet from 0.1.0 (slots, the accent as a custom property, no integrity) reads back', () => {
    const old = `<script src="https://cdn.jsdelivr.net/npm/ketamine-compare@0.1.0/dist/ketamine-compare.js"></script>
<ketamine-compare approaches="kap iv-infusion esketamine" rows="route can-talk" lang="es" theme="dark" style="--ketamine-compare-accent: #aa3377">
  <p slot="scope">Soy coach,
     no terapeuta.</p>
  <a slot="cta" href="https://example.com/reservar">Reserve una llamada</a>
  <div class="ketamine-compare-fallback"><table><caption>…</caption></table></div>
</ketamine-compare>`;
    const loaded = readSnippet(old);
    if ('error' in loaded) throw new Error(loaded.error);
    expect(loaded.version).to.equal('0.1.0');
    expect(sanitize(loaded.given, known)).to.deep.equal({
      approaches: ['kap', 'iv-infusion', 'esketamine'],
      rows: ['route', 'can-talk'],
      lang: 'es',
      theme: 'dark',
      accent: '#aa3377',
      scope: 'Soy coach, no terapeuta.',
      ctaText: 'Reserve una llamada',
      ctaHref: 'https://example.com/reservar',
    });
  });

  it('the README\'s example, a custom dataset and text that is no snippet', () => {
    const readme = readSnippet(`<ketamine-compare approaches="kap iv-infusion iv-integration" src="https://x.example/data.json">
  <p slot="scope">I am not a licensed therapist.</p>
  <a slot="cta" href="https://example.com/contact">Book a free consultation</a></ketamine-compare>`);
    if ('error' in readme) throw new Error(readme.error);
    expect(readme.given.scope).to.equal('I am not a licensed therapist.');
    expect(readme.notes.join(' ')).to.match(/dataset of its own/);
    const nothing = readSnippet('<p>hello</p><script>parent.hacked = true</script><img src=x onerror="parent.hacked = true">');
    expect(nothing).to.have.property('error').that.matches(/no <ketamine-compare>/);
    expect((window as unknown as { hacked?: boolean }).hacked).to.be.undefined;
  });
});

describe('configurator: the snippet and the Velo code, on their own', () => {
  const start = defaults(data);
  it('the script tag: this version, its integrity hash, crossorigin; then every attribute chosen', () => {
    const options: WidgetOptions = { ...start, accent: 'yellow', scope: 'Coach.', ctaText: 'Book', ctaHref: 'hello@site.com', theme: 'light' };
    const html = snippet(options, data, pkg.version, 'sha384-abc');
    // One line in one <div>, the script first in it (tests/editors.test.ts says why).
    expect(html.split('\n').length).to.equal(1);
    expect(html.startsWith(`<div class="ketamine-compare-embed"><script src="${CDN}" integrity="sha384-abc" crossorigin="anonymous"></script><ketamine-compare `)).to.be.true;
    const box = document.createElement('template');
    box.innerHTML = html;
    const el = box.content.querySelector('ketamine-compare')!;
    expect(Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))).to.deep.equal({
      approaches: 'kap iv-infusion iv-integration esketamine',
      rows: 'route dose-depth side-effects can-talk duration support-role scope',
      lang: 'en',
      theme: 'light',
      accent: '#ffff00',
      scope: 'Coach.',
      'cta-text': 'Book',
      'cta-href': 'mailto:hello@site.com',
    });
  });

  it('Velo code is valid JavaScript that sets seoMarkup to the static comparison, whatever the text', () => {
    const nasty = 'Quote " apostrophe \' backslash \\ backtick ` ${x} </script> \u2028 \u2029 <b>bold</b>\nnew line';
    const options: WidgetOptions = { ...start, scope: nasty, ctaText: nasty, ctaHref: 'https://example.com/?a=1&b="2"' };
    const code = veloCode(options, data);
    const set: Record<string, unknown> = {};
    const $w = Object.assign((selector: string) => ({ set seoMarkup(value: string) { set[selector] = value; } }), { onReady: (run: () => void) => run() });
    new Function('$w', code)($w);
    const markup = set['#customElement1'] as string;
    expect(oneLine(markup)).to.equal(staticPart(snippet(options, data, pkg.version, 'sha384-x')));
    const parsed = document.createElement('template');
    parsed.innerHTML = markup;
    expect(parsed.content.querySelectorAll('script').length).to.equal(0);
    const scope = [...parsed.content.querySelectorAll('p')].find((p) => p.textContent!.startsWith(`${data.ui.cta}:`) && p.textContent!.includes('Quote'))!;
    expect(scope.querySelectorAll('b').length).to.equal(1); // the label "From this practice:" only
    expect(scope.textContent).to.contain('</script>').and.contain('<b>bold</b>').and.contain('${x}');
    // Another element ID, as an owner may have renamed it.
    new Function('$w', veloCode(options, data, 'comparison'))($w);
    expect(set['#comparison']).to.equal(markup);
  });
});

describe('configurator page', () => {
  it('columns and rows: the preview and the snippet change together, in the chosen order', async () => {
    const { doc, preview, snippet, check, pasted, close } = await configurator();
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
    expect(preview.getAttribute('rows')).to.equal('dose-depth side-effects can-talk duration support-role scope evidence');
    await preview.updateComplete;
    expect(text(preview.shadowRoot!.querySelector('thead th[scope="col"]'))).to.contain('Esketamine');
    // The fallback inside the snippet is the same comparison: its questions, and each one's approaches.
    const fallback = pasted().querySelector('ketamine-compare .ketamine-compare-fallback')!;
    // A question is an h3 followed by its answers, each a line led by the approach's name in bold.
    const questions = [...fallback.querySelectorAll('h3')].filter((h3) => h3.nextElementSibling?.matches('p:has(> b:first-child)'));
    const rowName = (th: Element) => text(th).replace(/ Details$/, ''); // less the row's Details button, where there is one
    expect(questions.map(text)).to.deep.equal([...preview.shadowRoot!.querySelectorAll('tbody tr:not([hidden]) th')].map(rowName));
    const firstAnswers: string[] = [];
    for (let node = questions[0].nextElementSibling; node && node.localName !== 'h3'; node = node.nextElementSibling) if (node.matches('p:has(> b:first-child)')) firstAnswers.push(text(node.querySelector('b')).replace(/:$/, ''));
    expect(firstAnswers).to.deep.equal([...preview.shadowRoot!.querySelectorAll('thead th')].map(text));
    close();
  });

  it('none chosen: says so next to the list, and the snippet gives what the widget then shows', async () => {
    const { doc, check, preview, close } = await configurator();
    // Every approach stays in visitors' reach: the owner picks the columns shown at first.
    expect(text(doc.getElementById('approach-hint'))).to.contain('shown at first; visitors can switch on the others');
    for (const id of ['kap', 'iv-infusion', 'iv-integration', 'esketamine']) check(id, false);
    expect(text(doc.getElementById('approach-note'))).to.match(/at least one/);
    expect(doc.getElementById('approach-note')!.hidden).to.be.false;
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelectorAll('thead th[scope="col"]').length).to.equal(4);
    close();
  });

  it('the language list is the languages the build found, named in English and in themselves', async () => {
    const { doc, close } = await configurator();
    const options = [...doc.querySelectorAll<HTMLOptionElement>('select[name="lang"] option')];
    expect(options.map((o) => o.value)).to.deep.equal(__LANGUAGES__);
    // Each engine's language data capitalises names its own way (WebKit: "Español"); the names are what count.
    expect(options.map((o) => o.textContent!.toLowerCase())).to.include('spanish (español)');
    close();
  });

  it('language and theme', async () => {
    const { preview, snippet, set, pasted, close } = await configurator();
    set('lang', 'es');
    set('theme', 'dark');
    await waitUntil(() => text(preview.shadowRoot!.querySelector('caption')) === es.title, 'preview not in Spanish');
    expect(preview.getAttribute('theme')).to.equal('dark');
    expect(snippet()).to.contain('lang="es"').and.contain('theme="dark"');
    expect(text(pasted().querySelector('h2'))).to.equal(es.title);
    close();
  });

  it('an accent colour takes effect at once, with readable toggles in every theme and on light and dark pages', async function () {
    this.timeout(30_000);
    const { doc, win, preview, snippet, set, message, close } = await configurator();
    // (Elements of the page are not given to expect(): a failing assertion would try to serialize them.)
    expect(doc.querySelectorAll('[name="custom-accent"]').length, 'no separate box to tick').to.equal(0);
    const pressed = () => preview.shadowRoot!.querySelector<HTMLElement>('[part="toggle"][aria-pressed="true"]')!;
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    for (const colour of ['yellow', '#7a3e9d', '#5eead4', '#ffffff', '#000000', '#3b82f6', '']) {
      // Picked with the colour picker, or typed.
      if (colour.startsWith('#')) set('accent-picker', colour);
      else set('accent', colour);
      expect(preview.getAttribute('accent') ?? '', colour).to.equal(colour === 'yellow' ? '#ffff00' : colour);
      if (colour) expect(snippet()).to.contain(`accent="${preview.getAttribute('accent')}"`);
      else expect(snippet()).not.to.contain('accent=');
      expect(message('accent')).not.to.equal('');
      for (const [theme, page] of [['light', 'light'], ['dark', 'dark'], ['', 'light'], ['', 'dark']]) {
        set('theme', theme);
        doc.querySelector<HTMLInputElement>(`input[name="preview-page"][value="${page}"]`)!.click();
        await preview.updateComplete;
        await afterFrame(win);
        const style = win.getComputedStyle(pressed());
        const ratio = contrast(rgb(style.color), rgb(style.backgroundColor));
        expect(ratio, `${colour || 'default'} on theme "${theme}", ${page} page`).to.be.at.least(4.5);
      }
    }
    close();
  });

  it('a colour that cannot be used is refused next to the field, and the preview keeps the default', async () => {
    const { doc, preview, snippet, set, message, close } = await configurator();
    for (const colour of ['banana', 'rgba(0, 0, 0, 0.2)', 'transparent']) {
      set('accent', colour);
      expect(message('accent'), colour).to.match(/default colour is used\.$/);
      expect(doc.getElementById('accent')!.getAttribute('aria-invalid')).to.equal('true');
      expect(preview.hasAttribute('accent')).to.be.false;
      expect(snippet()).not.to.contain('accent=');
      await preview.updateComplete;
      expect(preview.shadowRoot!.querySelector('tbody tr')).to.exist;
    }
    doc.getElementById('accent-reset')!.click();
    expect((doc.getElementById('accent') as HTMLInputElement).value).to.equal('');
    expect(doc.getElementById('accent')!.getAttribute('aria-invalid')).to.equal('false');
    close();
  });

  it('a colour close to the page behind it: said so, with a shade of it that stands out, one click away', async () => {
    const { doc, win, preview, snippet, set, message, close } = await configurator();
    set('accent', '#ffe066');
    // Used (the owner may know their page better), and said so, in words of its own.
    expect(preview.getAttribute('accent')).to.equal('#ffe066');
    expect(message('accent')).to.match(/close to light pages: on the light page the preview shows/);
    expect(doc.getElementById('accent-note')!.dataset.kind).to.equal('warn');
    const suggestion = doc.getElementById('accent-suggestion') as HTMLButtonElement;
    expect(suggestion.hidden).to.be.false;
    const shade = suggestion.dataset.colour!;
    expect(text(suggestion)).to.equal(`Use the deeper shade, ${shade}`);
    expect(getComputedStyle(suggestion.querySelector('.swatch')!).backgroundColor).to.equal(`rgb(${rgbOf(shade)!.join(', ')})`);
    suggestion.click();
    expect((doc.getElementById('accent') as HTMLInputElement).value).to.equal(shade);
    expect(snippet()).to.contain(`accent="${shade}"`);
    expect(message('accent')).to.match(/^Colour code/);
    expect(suggestion.hidden).to.be.true;
    // On a dark page the pale colour stands out, and the message follows the page shown.
    set('accent', '#ffe066');
    doc.querySelector<HTMLInputElement>('input[name="preview-page"][value="dark"]')!.click();
    await afterFrame(win);
    expect(message('accent')).to.match(/^Colour code #ffe066: switched-on buttons get black text on it\.$/);
    close();
  });

  it('the preview as wide as a phone: 360 px, with nothing wider than it', async () => {
    const { doc, win, preview, close } = await configurator();
    doc.querySelector<HTMLInputElement>('input[name="preview-width"][value="phone"]')!.click();
    await afterFrame(win);
    const page = doc.getElementById('preview-page')!;
    expect(page.getBoundingClientRect().width).to.equal(360);
    expect(preview.getBoundingClientRect().width).to.be.below(360);
    expect(preview.scrollWidth).to.be.at.most(Math.ceil(preview.getBoundingClientRect().width));
    doc.querySelector<HTMLInputElement>('input[name="preview-width"][value="computer"]')!.click();
    await afterFrame(win);
    expect(page.getBoundingClientRect().width).to.be.above(360);
    close();
  });

  it('says how long the widget is on a phone, measured on a real widget, and follows the rows and approaches', async () => {
    const { doc, preview, check, close } = await configurator();
    const length = doc.getElementById('length')!;
    const figure = () => Number(/\(([\d,]+) px tall at 360 px wide\)/.exec(text(length))?.[1].replace(/,/g, '') ?? 0);
    const screens = () => Number(/^About ([\d.]+) phone screens? on a phone/.exec(text(length))?.[1] ?? 0);
    await waitUntil(() => figure() > 0, 'no length shown');
    expect(screens()).to.equal(Math.max(1, Math.round((figure() / 740) * 2) / 2));
    // The figure is the widget's height as the preview shows it on a phone, to the pixel.
    doc.querySelector<HTMLInputElement>('input[name="preview-width"][value="phone"]')!.click();
    await waitUntil(() => Math.ceil(preview.getBoundingClientRect().height) === figure(), 'not the preview\'s height on a phone');
    // Fewer rows: shorter. A row whose text loads later: longer again, once it is there.
    const all = figure();
    check('dose-depth', false);
    check('duration', false);
    await waitUntil(() => figure() < all, 'no shorter with two rows fewer');
    const fewer = figure();
    check('evidence', true);
    await waitUntil(() => figure() > fewer, 'no longer with a row more');
    // Fewer approaches: shorter too.
    const before = figure();
    check('iv-integration', false);
    await waitUntil(() => figure() < before, 'no shorter with an approach fewer');
    expect(screens()).to.equal(Math.max(1, Math.round((figure() / 740) * 2) / 2));
    await waitUntil(() => Math.ceil(preview.getBoundingClientRect().height) === figure(), 'not the preview\'s height after the changes');
    close();
  });

  it('the Wix tab says how tall to make the box, measured at the widths Wix gives it', async () => {
    const { doc, win, preview, check, close } = await configurator();
    doc.getElementById('tab-wix')!.click();
    const height = (view: string) => Number(text(doc.getElementById(`wix-height-${view}`)).replace(/\D/g, ''));
    await waitUntil(() => height('desktop') > 0 && height('mobile') > 0, 'no heights shown');
    // Once every widget on the page has its sources (the file that loads after the first screen).
    await waitUntil(() => [...doc.querySelectorAll('ketamine-compare')].every((el) => el.shadowRoot?.querySelector<HTMLElement>('#sources-list')?.dataset.state === 'ready'), 'sources not loaded');
    expect(text(doc.getElementById('panel-wix'))).to.contain('980 px wide').and.contain('320 px wide');
    // Narrower is taller.
    expect(height('mobile')).to.be.above(height('desktop'));
    // A widget with the preview's attributes in a box 980 px wide is that tall, to the next 10 px.
    const measure = async (width: number) => {
      const box = doc.createElement('div');
      box.style.width = `${width}px`;
      const widget = box.appendChild(doc.createElement('ketamine-compare')) as HTMLElement & { updateComplete: Promise<unknown> };
      for (const { name, value } of preview.attributes) widget.setAttribute(name, value);
      doc.body.append(box);
      await waitUntil(() => widget.shadowRoot?.querySelector('tbody tr'), 'not drawn');
      await widget.updateComplete;
      await afterFrame(win);
      const tall = Math.ceil(Math.ceil(widget.getBoundingClientRect().height) / 10) * 10;
      box.remove();
      return tall;
    };
    const desktopMeasured = await measure(980);
    const mobileMeasured = await measure(320);
    await waitUntil(() => height('desktop') === desktopMeasured && height('mobile') === mobileMeasured, `not the heights measured: ${desktopMeasured} and ${mobileMeasured} px`);
    const desktop = height('desktop');
    check('scope', false);
    check('support-role', false);
    await waitUntil(() => height('desktop') < desktop, 'the box height does not follow the rows');
    close();
  });

  it('a colour name with a space and a vanity phone number are taken, as an owner types them', async () => {
    const { doc, preview, snippet, set, message, close } = await configurator();
    set('accent', 'Light Blue');
    expect(preview.getAttribute('accent')).to.equal('#add8e6');
    expect(message('accent')).to.contain('lightblue');
    expect(doc.getElementById('accent')!.getAttribute('aria-invalid')).to.equal('false');
    set('cta-text', 'Call us');
    set('cta-href', '1-800-THERAPY');
    expect((doc.getElementById('cta-href') as HTMLInputElement).value).to.equal('1-800-THERAPY');
    expect(preview.getAttribute('cta-href')).to.equal('tel:18008437279');
    expect(snippet()).to.contain('href="tel:18008437279"');
    expect(message('cta-href')).to.contain('calls 1-800-THERAPY');
    close();
  });

  it('words without a link: the link field asks where it leads', async () => {
    const { doc, preview, set, message, close } = await configurator();
    set('cta-text', 'Book a call');
    expect(message('cta-href')).to.match(/where it leads/);
    expect(doc.getElementById('cta-href-note')!.dataset.kind).to.equal('warn');
    expect(preview.getAttribute('cta-text')).to.equal('Book a call');
    set('cta-href', 'https//site.com/book');
    expect(message('cta-href')).to.contain('https://site.com/book');
    expect(preview.getAttribute('cta-href')).to.equal('https://site.com/book');
    close();
  });

  it('says whether the script the snippet loads is online, matching its hash', async () => {
    const { doc, win, pasted, close } = await configurator();
    const integrity = pasted().querySelector('script')!.getAttribute('integrity');
    const asked: Array<[string, string | undefined]> = [];
    const answer = (how: 'ok' | 'missing' | 'different' | 'offline') =>
      ((url: string, init: RequestInit = {}) => {
        asked.push([url, init.integrity]);
        // As browsers do: a hashed fetch fails for any bytes but the right ones, a 404 page's too.
        if (how === 'offline' || (how !== 'ok' && init.integrity)) return Promise.reject(new TypeError('Failed to fetch'));
        return Promise.resolve(new Response('', { status: how === 'missing' ? 404 : 200 }));
      }) as typeof fetch;
    const status = doc.getElementById('online-status')!;
    const cases: Array<[Parameters<typeof answer>[0], string, RegExp]> = [
      ['ok', 'ok', /is online and matches your snippet/],
      // Not out yet: what the owner should do, in their words (wait, come back, copy the snippet again then).
      ['missing', 'warn', /^Version \d+\.\d+\.\d+ of the widget is not out yet\. Don't paste this snippet yet: .*only the plain copy.*Come back later and press Check again; .*copy your snippet again/],
      ['different', 'refused', /does not match.*Do not paste/],
      ['offline', 'warn', /couldn't check/],
    ];
    for (const [how, kind, words] of cases) {
      win.fetch = answer(how);
      asked.length = 0;
      doc.getElementById('online-check')!.click();
      await waitUntil(() => !text(status).startsWith('Checking'), how);
      expect(status.dataset.kind, how).to.equal(kind);
      expect(text(status), how).to.match(words);
      expect(text(status), `${how}: no developer words`).not.to.match(/\b(CDN|SHA|hash|integrity|npm|404)\b/i);
      expect(asked[0], how).to.deep.equal([CDN, integrity]);
    }
    close();
  });

  it('on a phone, the Wix tab with long values stays within the screen', async () => {
    const hash = '#cta-text=Book%20a%20free%20consultation&cta-href=https%3A%2F%2Fwww.a-long-practice-name.com%2Fcontact-us%2Fbook&scope=Coach';
    const { doc, win, close } = await configurator(360, 800, hash);
    doc.getElementById('tab-wix')!.click();
    await afterFrame(win);
    expect(doc.documentElement.scrollWidth).to.be.at.most(360);
    const tabs = [...doc.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().top);
    expect(new Set(tabs).size, 'the tabs on one line').to.equal(1);
    close();
  });

  it('loading with nothing pasted says what to do', async () => {
    const { doc, close } = await configurator();
    doc.getElementById('load')!.click();
    expect(text(doc.getElementById('load-status'))).to.match(/^Paste your snippet first/);
    close();
  });

  it('call to action: links completed or refused next to the field, a link without words flagged', async () => {
    const { doc, preview, snippet, set, message, pasted, close } = await configurator();
    set('cta-text', 'Book a call');
    set('cta-href', 'www.site.com/contact');
    expect(message('cta-href')).to.contain('https://www.site.com/contact');
    expect(snippet()).to.contain('cta-href="https://www.site.com/contact"');
    expect(preview.getAttribute('cta-href')).to.equal('https://www.site.com/contact');
    expect(pasted().querySelector<HTMLAnchorElement>('.ketamine-compare-fallback a[href="https://www.site.com/contact"]')!.textContent).to.equal('Book a call');

    set('cta-href', 'hello@site.com');
    expect(message('cta-href')).to.contain('Opens an email to hello@site.com');
    expect(preview.getAttribute('cta-href')).to.equal('mailto:hello@site.com');

    set('cta-href', 'javascript:alert(1)');
    expect(message('cta-href')).to.match(/^A web address.*cannot be used/);
    expect(doc.getElementById('cta-href')!.getAttribute('aria-invalid')).to.equal('true');
    expect(snippet()).not.to.contain('javascript:');
    expect(preview.hasAttribute('cta-href')).to.be.false;
    expect(preview.getAttribute('cta-text')).to.equal('Book a call'); // shown as text, without a link

    set('cta-href', 'https://example.com/book');
    set('cta-text', '');
    expect(message('cta-text')).to.match(/words/);
    expect(doc.getElementById('cta-text')!.getAttribute('aria-invalid')).to.equal('true');
    expect(snippet()).not.to.contain('cta-');
    close();
  });

  it('scope statement: escaped in the snippet, after the comparison in the plain copy', async () => {
    const { preview, set, pasted, close } = await configurator();
    set('scope', 'I am not a therapist <b>really</b> "quoted"');
    expect(preview.getAttribute('scope')).to.equal('I am not a therapist <b>really</b> "quoted"');
    const element = pasted().querySelector('ketamine-compare')!;
    expect(element.getAttribute('scope')).to.equal('I am not a therapist <b>really</b> "quoted"');
    const fallback = element.querySelector('.ketamine-compare-fallback')!;
    const scope = [...fallback.querySelectorAll('p')].find((p) => text(p).includes('I am not a therapist'))!;
    expect(scope.querySelectorAll('b').length).to.equal(1); // the label "From this practice:" only
    expect(text(scope.querySelector('b'))).to.equal('From this practice:');
    const lastAnswer = [...fallback.querySelectorAll('h3 ~ p:has(> b:first-child)')].filter((p) => p !== scope).at(-1)!;
    expect(scope.compareDocumentPosition(lastAnswer) & Node.DOCUMENT_POSITION_PRECEDING).to.be.ok;
    close();
  });

  it('the snippet pins this version with the integrity hash of the built file', async () => {
    const { snippet, pasted, close } = await configurator();
    const script = pasted().querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(CDN);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    const bytes = await (await fetch('/dist/ketamine-compare.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(script.getAttribute('integrity')).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
    expect(snippet().indexOf('<script')).to.equal('<div class="ketamine-compare-embed">'.length);
    close();
  });

  // Issue 22: a Spanish page's first view is a file of its own, loaded by the script; meanwhile the snippet's plain
  // copy shows, as tall as the comparison, so nothing moves. No second tag: one that hung would hold up the page.
  it('a Spanish snippet, pasted into a Spanish page, shows its plain copy, then the Spanish comparison, never English', async () => {
    const { snippet, set, close } = await configurator();
    set('lang', 'es');
    expect(snippet().split('<script ').length - 1, 'script tags').to.equal(1);
    // The CDN's files from this build.
    const pastedHtml = snippet().replace(CDN, '/dist/ketamine-compare.js');
    close();
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="es"><head><script src="/tests/pages/record-frames.js"></script></head><body>${pastedHtml}</body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { captionFrames: Array<Array<string | null>>; shifts: number[] };
    const el = frame.contentDocument!.querySelector('ketamine-compare')!;
    await waitUntil(() => text(el.shadowRoot?.querySelector('caption') ?? null) === es.title, 'the pasted Spanish snippet did not draw');
    await afterFrame(win);
    const captions = win.captionFrames.map(([caption]) => caption);
    expect(captions.every((caption) => caption === null || caption === es.title), JSON.stringify(captions.slice(0, 5))).to.be.true;
    // Where the browser reports layout shifts (Chromium): under Lighthouse's 0.01.
    expect(win.shifts.reduce((a, b) => a + b, 0)).to.be.below(0.01);
    frame.remove();
  });

  it('the snippet, pasted into a page of its own, shows the widget as configured; a wrong hash runs nothing', async () => {
    const { snippet, check, set, close } = await configurator();
    check('at-home', true);
    set('scope', 'Integration coaching only.');
    // The CDN URL is the published package; here the same file comes from this build, with the snippet's hash.
    const pastedHtml = snippet().replace(CDN, '/dist/ketamine-compare.js');
    close();
    const page = async (html: string) => {
      const frame = document.createElement('iframe');
      frame.style.width = '1000px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
      document.body.append(frame);
      await loaded;
      return frame;
    };
    const good = await page(pastedHtml);
    const el = good.contentDocument!.querySelector('ketamine-compare')!;
    await waitUntil(() => el.shadowRoot?.querySelector('tbody tr'), 'pasted snippet did not render');
    expect(el.shadowRoot!.querySelectorAll('thead th').length).to.equal(5);
    expect(el.querySelector<HTMLElement>('.ketamine-compare-fallback')!.offsetHeight).to.equal(0); // replaced once running
    expect(text(el.shadowRoot!.querySelector('[part="disclaimers"]'))).to.contain('Integration coaching only.');
    good.remove();
    // One byte of difference in the hash: the browser refuses the script, the plain comparison stays.
    const bad = await page(pastedHtml.replace(/integrity="sha384-(.)/, (_, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stays = bad.contentDocument!.querySelector('ketamine-compare')!;
    expect(stays.shadowRoot === null, 'not upgraded').to.be.true;
    expect(stays.querySelector<HTMLElement>('.ketamine-compare-fallback')!.offsetHeight).to.be.greaterThan(0);
    bad.remove();
  });

  for (const [width, height] of [[1280, 800], [390, 844]]) {
    it(`"Copy snippet" comes before the preview at ${width}x${height}`, async () => {
      const { doc, close } = await configurator(width, height);
      const copy = doc.getElementById('copy')!.getBoundingClientRect();
      const preview = doc.querySelector('ketamine-compare')!.getBoundingClientRect();
      expect(copy.height).to.be.greaterThan(0);
      expect(copy.bottom, 'above the preview').to.be.at.most(preview.top);
      if (width > 800) expect(copy.bottom, 'in the first screen').to.be.at.most(height);
      // On a phone, a link at the top goes straight to it.
      const skip = doc.querySelector<HTMLAnchorElement>('a.skip')!;
      expect(skip.getBoundingClientRect().bottom).to.be.at.most(height);
      expect(doc.querySelector(skip.hash)!.closest('section')!.contains(doc.getElementById('copy'))).to.be.true;
      close();
    });
  }

  it('choices survive a reload: kept in the address, not in cookies or storage', async () => {
    const { frame, doc, win, set, check, snippet, close } = await configurator();
    check('at-home', true);
    check('evidence', true);
    set('lang', 'es');
    set('accent', '#7a3e9d');
    set('scope', 'Coach & guide: "not" a therapist');
    set('cta-text', 'Reserve');
    set('cta-href', 'www.site.com/reservar');
    const before = snippet();
    await waitUntil(() => win.location.hash.includes('cta-href=www.site.com'), 'the address does not hold the choices');
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win.location.reload();
    await reloaded;
    const again = frame.contentDocument!;
    await waitUntil(() => (again.getElementById('snippet') as HTMLTextAreaElement)?.value, 'no snippet after reload');
    expect((again.getElementById('snippet') as HTMLTextAreaElement).value).to.equal(before);
    expect((again.getElementById('cta-href') as HTMLInputElement).value).to.equal('www.site.com/reservar');
    expect(again.querySelector<HTMLInputElement>('input[value="at-home"]')!.checked).to.be.true;
    expect(again.cookie).to.equal('');
    expect(frame.contentWindow!.localStorage.length + frame.contentWindow!.sessionStorage.length).to.equal(0);
    expect(doc === again, 'a new document').to.be.false;
    close();
  });

  it('the link to the snippet, and choices typed into the address', async () => {
    const { doc, win, set, snippet, close } = await configurator(390, 844);
    set('scope', 'Coach.');
    const before = snippet();
    const changed = () => new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
    let hashchange = changed();
    doc.querySelector<HTMLAnchorElement>('a.skip')!.click();
    await hashchange;
    expect(snippet(), 'the choices stay').to.equal(before);
    await waitUntil(() => win.location.hash.includes('scope=Coach.'), 'the address lost the choices');
    hashchange = changed();
    win.location.hash = '#theme=dark&rows=evidence';
    await hashchange;
    expect((doc.getElementById('theme') as HTMLSelectElement).value).to.equal('dark');
    expect((doc.getElementById('scope') as HTMLTextAreaElement).value, 'an address is the whole set of choices').to.equal('');
    expect(snippet()).to.contain('rows="evidence"').and.contain('theme="dark"');
    close();
  });

  it('a pasted snippet (from 0.1.0 too) loads its settings to edit; anything else is refused visibly', async () => {
    const { doc, preview, snippet, close } = await configurator();
    const paste = (html: string) => {
      (doc.getElementById('paste') as HTMLTextAreaElement).value = html;
      doc.getElementById('load')!.click();
      return text(doc.getElementById('load-status'));
    };
    expect(paste('<p>my page</p>')).to.match(/no <ketamine-compare>/);
    const said = paste(`<script src="https://cdn.jsdelivr.net/npm/ketamine-compare@0.1.0/dist/ketamine-compare.js"></script>
<ketamine-compare approaches="esketamine kap" rows="evidence route" lang="es" style="--ketamine-compare-accent: #aa3377">
  <p slot="scope">Soy coach.</p>
  <a slot="cta" href="https://example.com/reservar">Reserve</a>
</ketamine-compare>`);
    expect(said).to.match(/^Loaded/);
    if (pkg.version !== '0.1.0') expect(said).to.contain('0.1.0');
    expect((doc.querySelector('[name="lang"]') as HTMLSelectElement).value).to.equal('es');
    expect((doc.getElementById('scope') as HTMLTextAreaElement).value).to.equal('Soy coach.');
    expect(preview.getAttribute('approaches')).to.equal('esketamine kap');
    expect(preview.getAttribute('rows')).to.equal('evidence route');
    expect(snippet()).to.contain('accent="#aa3377"').and.contain('cta-href="https://example.com/reservar"').and.contain('integrity="sha384-');
    close();
  });

  it('the Wix tab: menu paths, Server URL, every attribute with its value to copy, and Velo code for search engines', async () => {
    const { doc, check, set, close } = await configurator();
    check('at-home', true);
    set('accent', 'yellow');
    set('scope', 'Coach, not a therapist.');
    set('cta-text', 'Book a call');
    set('cta-href', 'hello@site.com');
    const tab = doc.getElementById('tab-wix')!;
    tab.click();
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    expect(doc.getElementById('panel-wix')!.hidden).to.be.false;
    expect(doc.getElementById('panel-html')!.hidden).to.be.true;
    const panel = text(doc.getElementById('panel-wix'));
    expect(panel).to.contain('Add Elements › Embed & Social › Custom Element').and.contain('Add Elements › Embed › Popular Embeds › Custom Element');
    expect(panel).to.contain('Choose Source').and.contain('Server URL').and.contain('Set Attributes').and.contain('Tag Name');
    expect(text(doc.getElementById('wix-url'))).to.equal(CDN);
    expect(text(doc.getElementById('wix-tag'))).to.equal('ketamine-compare');
    const rows = [...doc.querySelectorAll('#wix-attributes tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td code'))]);
    expect(Object.fromEntries(rows)).to.deep.equal({
      approaches: 'kap iv-infusion iv-integration esketamine at-home',
      rows: 'route dose-depth side-effects can-talk duration support-role scope',
      lang: 'en',
      theme: '',
      accent: '#ffff00',
      scope: 'Coach, not a therapist.',
      'cta-text': 'Book a call',
      'cta-href': 'mailto:hello@site.com',
    });
    // Every value there has a button that copies it.
    for (const code of doc.querySelectorAll('#wix-attributes td code')) expect(doc.querySelector(`button[data-copy="${code.id}"]`)).to.exist;
    // The Velo code sets seoMarkup to the same plain comparison as the snippet's.
    const velo = (doc.getElementById('velo') as HTMLTextAreaElement).value;
    let markup = '';
    const $w = Object.assign(() => ({ set seoMarkup(value: string) { markup = value; } }), { onReady: (run: () => void) => run() });
    new Function('$w', velo)($w);
    expect(oneLine(markup)).to.equal(staticPart((doc.getElementById('snippet') as HTMLTextAreaElement).value));
    expect(markup).to.contain('Coach, not a therapist.').and.contain('href="mailto:hello@site.com"');
    close();
  });

  it('bad input never breaks the page or the preview', async function () {
    this.timeout(60_000);
    const { win, preview, set, snippet, close } = await configurator();
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const nasty = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('<script>parent.hacked=1</script>', '"><img src=x onerror=parent.hacked=1>', '</ketamine-compare><b>x', 'javascript:parent.hacked=1', 'var(--x)', '\u2028\u2029', '%E0%A4%A', '#', '&amp;', 'a'.repeat(5000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.record({ accent: nasty, scope: nasty, 'cta-text': nasty, 'cta-href': nasty }), async (typed) => {
        for (const [name, value] of Object.entries(typed)) set(name, value);
        await preview.updateComplete;
        expect(preview.shadowRoot!.querySelector('tbody tr')).to.exist;
        const box = document.createElement('template');
        box.innerHTML = snippet();
        expect(box.content.querySelectorAll('ketamine-compare').length).to.equal(1);
        expect(box.content.querySelectorAll('img, script:not([src])').length).to.equal(0);
        expect(fromHash(win.location.hash)).to.be.an('object');
      }),
      { numRuns: 40, endOnFailure: true }, // no shrinking through the DOM: the first failure is reported as it is
    );
    expect(errors).to.deep.equal([]);
    expect((window as unknown as { hacked?: unknown }).hacked).to.be.undefined;
    close();
  });

  it('copy puts the snippet on the clipboard, or selects it and says how to copy', async () => {
    const { doc, close } = await configurator();
    doc.getElementById('copy')!.click();
    await waitUntil(() => text(doc.getElementById('copy-status')), 'no copy status');
    expect(text(doc.getElementById('copy-status'))).to.match(/Copied|Selected/);
    close();
  });

  // Every demo page but the bare one inside narrow.html's fixed-height box (what an owner puts in Wix's Embed
  // HTML), which a visitor does not open on its own.
  for (const { id } of SCENARIOS.filter((scenario) => scenario.layout !== 'bare')) {
    it(`${id}.html links to the configurator, visibly, in its first screen on a phone`, async () => {
      const { doc, close } = await openPage(`/demo/${id}.html`, 390, 844);
      const link = doc.querySelector<HTMLAnchorElement>('a[href="configurator.html"]');
      expect(!!link, 'a link').to.be.true;
      const box = link!.getBoundingClientRect();
      expect(box.width * box.height, 'visible').to.be.greaterThan(0);
      expect(box.bottom, 'in the first screen').to.be.at.most(844);
      close();
    });
  }
});

describe('configurator: WordPress, and the makers', () => {
  it('the WordPress tab: the same snippet to copy, where to paste it in each editor, and who may add code', async () => {
    const { doc, win, snippet, close } = await configurator();
    const tab = doc.getElementById('tab-wordpress')!;
    tab.click();
    expect(doc.getElementById('panel-wordpress')!.hidden).to.be.false;
    expect(doc.getElementById('panel-html')!.hidden).to.be.true;
    const panel = text(doc.getElementById('panel-wordpress'));
    expect(panel).to.contain('Custom HTML').and.contain('Text').and.contain('Visual').and.contain('administrator');
    expect(panel, 'no developer words').not.to.match(/\b(CDN|SHA|hash|integrity|wpautop|kses|unfiltered_html|script tag)\b/i);
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
    doc.getElementById('copy-wordpress')!.click();
    await waitUntil(() => copied, 'nothing copied');
    expect(copied).to.equal(snippet());
    // Without the clipboard: the snippet, selected, in the first tab, with how to copy it by hand.
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    doc.getElementById('copy-wordpress')!.click();
    const box = doc.getElementById('snippet') as HTMLTextAreaElement;
    await waitUntil(() => !doc.getElementById('panel-html')!.hidden, 'the snippet box not shown');
    expect(box.selectionEnd - box.selectionStart).to.equal(box.value.length);
    expect(text(doc.getElementById('copy-status'))).to.match(/^Selected: now copy it/);
    tab.click();
    // The arrow keys go round the three tabs.
    tab.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(doc.getElementById('tab-wix')!.getAttribute('aria-selected')).to.equal('true');
    close();
  });

  it('"tell the widget\'s makers" links to package.json\'s bugs page, in the page and in the online check', async () => {
    const { doc, win, close } = await configurator();
    const makers = pkg.bugs.url;
    expect(makers).to.match(/^https:\/\/github\.com\/[\w-]+\/[\w-]+\/issues$/);
    const footer = doc.querySelector<HTMLAnchorElement>('footer a')!;
    expect(footer.href).to.equal(makers);
    expect(text(footer)).to.equal("the widget's makers");
    // A file online that differs from the snippet's: the owner is told to write to the makers, with the link.
    win.fetch = ((_url: string, init: RequestInit = {}) =>
      init.integrity ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response('', { status: 200 }))) as typeof fetch;
    doc.getElementById('online-check')!.click();
    const status = doc.getElementById('online-status')!;
    await waitUntil(() => status.dataset.kind === 'refused', 'no mismatch message');
    const link = status.querySelector('a')!;
    expect(link.href).to.equal(makers);
    expect(text(status)).to.match(/please tell the widget's makers\.$/);
    close();
  });
});
