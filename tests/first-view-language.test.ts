/**
 * A page in another language than the bundled one (issue 22, "Spanish jumps"): its first view is a part of its
 * own, started as soon as the script runs; meanwhile the owner's fallback shows, unchanged, and the comparison
 * replaces it once, in the page's language: never English first, never two jumps. Measured before and after in
 * docs/bundlers.md (the one replacement is still a large shift without the plain copy).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { fallbackHtml } from '../src/configurator/fallback.js';
import type { PageWindow } from './helpers.js';
import { afterFrame, text } from './helpers.js';

const unique = () => Math.random().toString(36).slice(2, 10);

async function cdnPage(mode: 'held' | 'fine', query: string) {
  const base = `/tests/cdn/${mode}-${unique()}/`;
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${base}page.html?${query}`;
  document.body.append(frame);
  await loaded;
  return {
    win: frame.contentWindow as PageWindow,
    doc: frame.contentDocument!,
    requests: async () => (await fetch(`${base}requests.json`, { cache: 'no-store' })).json() as Promise<Record<string, number>>,
    close: async () => {
      await fetch(`${base}release`, { cache: 'no-store' });
      frame.remove();
    },
  };
}

const APPROACHES = 'kap iv-infusion iv-integration';

/**
 * A Spanish blog post with the script from the CDN (tests/server/cdn.mjs) and the element holding `fallback`;
 * with `languageTag`, the Spanish file's own tag before the script, as a hand-written page without the plain copy
 * has it (docs/api.md).
 */
async function spanishPage(fallback: string, languageTag = false) {
  const base = `/tests/cdn/fine-${unique()}/`;
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // passedFrames: the element's caption in each frame drawn once the parser has passed the element (something
  // follows it), when the element chooses its dataset. Before that, any engine may draw the fallback it has parsed
  // so far, the more so on a busy machine: English too.
  frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="/tests/pages/record-errors.js"></script><script src="/tests/pages/record-frames.js"></script>
<script>window.passedFrames = []; (function sample() { const el = document.querySelector('ketamine-compare'); const caption = el && el.nextSibling && el.shadowRoot && el.shadowRoot.querySelector('caption'); if (el && el.nextSibling) passedFrames.push(caption && caption.getClientRects().length ? caption.textContent : null); requestAnimationFrame(sample); })();</script></head>
<body><h1>Tratamientos con ketamina</h1><p>Un párrafo antes del widget.</p>
${languageTag ? `<script src="${base}ketamine-compare.es.js"></script>` : ''}<script src="${base}ketamine-compare.js"></script>
<ketamine-compare approaches="${APPROACHES}">${fallback}</ketamine-compare>
<p>Un párrafo después del widget.</p></body></html>`;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as PageWindow, doc: frame.contentDocument!, close: () => frame.remove() };
}

describe('the first view of a language not in the script', () => {
  it("starts loading as soon as the script runs, from the page's lang, before any element is parsed", async () => {
    // A Spanish page with the script and no element (yet): the Spanish first view is already asked for.
    const page = await cdnPage('held', 'lang=es&element=0');
    await waitUntil(async () => (await page.requests())['ketamine-compare.es.js'] === 1, 'the Spanish file was not asked for', { timeout: 5000 });
    await page.close();
  });

  it('an English page asks for no language file', async () => {
    const page = await cdnPage('held', 'lang=en&element=0');
    expect(await page.requests()).to.deep.equal({ 'ketamine-compare.js': 1 });
    await page.close();
  });

  // The owner's fallback as the configurator writes it (its plain copy of the table), and as the demo's Spanish
  // page has it (one line): the comparison replaces either once.
  const fallbacks = {
    "the configurator's plain copy": fallbackHtml(es as unknown as Dataset, { approaches: APPROACHES }),
    'a one-line fallback': '<p>Aquí aparece una comparación de tratamientos con ketamina. <a href="https://988lifeline.org/es/">¿En crisis? Llame o envíe un mensaje de texto al 988.</a></p>',
  };
  for (const [name, fallback] of Object.entries(fallbacks)) {
    it(`replaces ${name} once, in Spanish, never English first`, async () => {
      const page = await spanishPage(fallback);
      const el = page.doc.querySelector('ketamine-compare')!;
      await waitUntil(() => text(el.shadowRoot?.querySelector('caption') ?? null) === es.title, 'the Spanish comparison did not come', { timeout: 5000 });
      await afterFrame(page.win);
      const seen = new Set(page.win.captionFrames!.map(([caption]) => caption));
      expect([...seen]).not.to.include(en.title);
      expect([...page.win.drawnCaptions!]).to.deep.equal([es.title]);
      // Where the browser reports layout shifts (Chromium): the fallback's own replacement, once at most; with
      // the configurator's plain copy, under Lighthouse's 0.01 (it is as tall as the comparison, or taller).
      if (page.win.shifts) {
        expect(page.win.shifts.length, `shifts: ${page.win.shifts.join(', ')}`).to.be.at.most(1);
        if (name === "the configurator's plain copy") expect(page.win.shifts.reduce((a, b) => a + b, 0)).to.be.below(0.01);
      }
      expect(page.win.pageErrors).to.deep.equal([]);
      page.close();
    });
  }

  // A page without the configurator's plain copy loads the Spanish first view with a tag of its own before the
  // script, which finds it there and draws the comparison before the first paint: nothing moves, whatever the
  // fallback (issue 22: Lighthouse's layout shift under 0.01 on a Spanish page without the plain copy).
  it('with the Spanish tag before the script, draws Spanish before the first paint: no shift, no second load', async () => {
    const page = await spanishPage(fallbacks['a one-line fallback'], true);
    const el = page.doc.querySelector('ketamine-compare')!;
    await waitUntil(() => text(el.shadowRoot?.querySelector('caption') ?? null) === es.title, 'the Spanish comparison did not come', { timeout: 5000 });
    await afterFrame(page.win);
    // Every frame drawn once the element could choose shows the Spanish comparison: it had its dataset at once.
    const passed = (page.win as PageWindow & { passedFrames: Array<string | null> }).passedFrames;
    expect(passed.length).to.be.above(0);
    expect(passed.every((caption) => caption === es.title), JSON.stringify(passed.slice(0, 3))).to.be.true;
    // And, where no frame came before that (as on a page not under load), nothing moved.
    const drawnFirst = page.win.captionFrames!.every(([caption]) => caption === es.title);
    if (page.win.shifts && drawnFirst) expect(page.win.shifts, `shifts: ${page.win.shifts.join(', ')}`).to.deep.equal([]);
    // The script took the tag's value: it asked for no file of its own (it preloads what it loads: a `link`).
    const asked = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith('ketamine-compare.es.js'));
    expect(asked.map((entry) => entry.initiatorType)).to.deep.equal(['script']);
    expect(page.win.pageErrors).to.deep.equal([]);
    page.close();
  });
});
