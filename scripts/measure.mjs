// `npm run measure`: how long the comparison is on a phone, as a visitor meets it (issue 23's measures).
//
// The configurator's default snippet (src/configurator/snippet.ts: its `defaults` and `snippet`, the script tag
// pointed at this build), in a plain blog page (demo/blog.css, a title and one paragraph above it), in headless
// Chromium at 360x740, English and Spanish; and the same page without the script: the plain copy inside the
// snippet, as a site without JavaScript shows it. For each it prints:
//   height:   the widget (or the plain copy) from its top to its bottom, in px and in phone screens of 740 px
//   words:    words a visitor can see before any tap (toggle labels included; text hidden from sight is not)
//   risk y:   where the first serious-risk sentence starts (the side-effects row's first answer), from the top
//   988 y:    where the 988 link is, from the widget's top and on the page (it must be in the first screen)
// Targets for the widget: height <= 3,600 px, words <= 1,000, risk y <= 1,800 px, 988 in the first screen.
// Exits 1 if the widget misses one. `--shots DIR` also saves screenshots of each page, screen by screen.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';

const WIDTH = 360;
const SCREEN = 740;
const TARGETS = { height: 3600, words: 1000, risk: 1800 };
const shots = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : undefined;

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`measure: no browser at ${CHROMIUM_PATH}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'inherit' });

// The configurator's own functions and the whole datasets, bundled for Node.
mkdirSync('.measure', { recursive: true });
await build({
  stdin: {
    contents: `export { defaults, snippet } from './src/configurator/snippet.ts'; export { default as en } from './src/data/en.json'; export { default as es } from './src/data/es.json';`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: '.measure/configurator.mjs',
  logLevel: 'error',
});
const { defaults, snippet, en, es } = await import(`${process.cwd()}/.measure/configurator.mjs?${Date.now()}`);

const page = (lang, data, script) => {
  // The snippet as an owner pastes it, its script tag (the CDN's) swapped for this build's, or taken out.
  const pasted = snippet(defaults(data, lang), data, '0.0.0', 'sha384-local').replace(/<script [^>]*><\/script>/, script ? '<script src="/dist/ketamine-compare.js"></script>' : '');
  const title = lang === 'es' ? '¿KAP, infusión IV o espray nasal?' : 'KAP, IV infusion or nasal spray?';
  const intro = lang === 'es' ? 'Muchas personas me preguntan en qué se diferencian. Esta comparación ayuda a hacer mejores preguntas.' : 'People often ask me how these differ. This comparison helps you ask better questions.';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/demo/blog.css"></head><body><main><article><h1>${title}</h1><p>${intro}</p>\n${pasted}\n<p>The post goes on.</p></article></main></body></html>`;
};

// Runs in the page: the figures of the first <ketamine-compare>, upgraded or not.
function figures(riskRow) {
  const el = document.querySelector('ketamine-compare');
  // The widget's box; for the plain copy (an element never upgraded, inline), the span of what it shows.
  const shown = el.shadowRoot ? [el.shadowRoot.querySelector('.stack')] : [...el.querySelectorAll('*')].filter((node) => node.checkVisibility());
  const rects = shown.map((node) => node.getBoundingClientRect()).filter((rect) => rect.height > 0);
  const box = { top: Math.min(...rects.map((r) => r.top)), height: Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)) };
  const top = box.top + scrollY;
  // Words a visitor can see: text of rendered, not visually hidden elements, across the shadow root and slots,
  // and the approach names the styles write in (::before from data-short).
  let words = 0;
  const count = (text) => (text.match(/[\p{L}\p{N}]+[^\s]*/gu) ?? []).length;
  const hiddenFromSight = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true })) return true;
    return getComputedStyle(element).clipPath === 'inset(50%)'; // visually hidden, read by screen readers
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return void (words += count(node.textContent));
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName) || hiddenFromSight(node)) return;
      if (node.tagName === 'SLOT') {
        const assigned = node.assignedNodes({ flatten: true });
        return void (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      }
      if (node.tagName === 'DETAILS' && !node.open) return void walk(node.querySelector('summary'));
      const before = getComputedStyle(node, '::before').content;
      if (before.includes('attr(data-short)') && node.dataset.short) words += count(node.dataset.short);
      if (node.shadowRoot) return void walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot ? el.shadowRoot.querySelector('.stack') : el);
  // The first serious-risk sentence: the side-effects row's first answer (in the plain copy, the first line
  // under its heading).
  let risk;
  if (el.shadowRoot) risk = el.shadowRoot.querySelector('tbody tr[data-id="side-effects"]:not([hidden]) td');
  else risk = [...el.querySelectorAll('h3')].find((h) => h.textContent.trim() === riskRow)?.nextElementSibling;
  const tel = (el.shadowRoot ?? el).querySelector('a[href="tel:988"]');
  const y = (element) => (element ? Math.round(element.getBoundingClientRect().top + scrollY - top) : null);
  return {
    height: Math.round(box.height),
    words,
    risk: y(risk),
    tel: y(tel),
    telPage: tel ? Math.round(tel.getBoundingClientRect().bottom + scrollY) : null,
  };
}

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0, injectWebSocket: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = [];
try {
  for (const [lang, data] of [['en', en], ['es', es]]) {
    const riskRow = data.rows.find((row) => row.id === 'side-effects')?.name;
    for (const script of [true, false]) {
      const file = `.measure/${lang}-${script ? 'widget' : 'plain'}.html`;
      writeFileSync(file, page(lang, data, script));
      const tab = await browser.newPage();
      await tab.setViewport({ width: WIDTH, height: SCREEN });
      await tab.goto(`${origin}/${file}`, { waitUntil: 'load' });
      if (script) await tab.waitForFunction(() => document.querySelector('ketamine-compare')?.shadowRoot?.querySelector('tbody td'));
      await tab.evaluate(() => document.fonts.ready);
      const measured = await tab.evaluate(figures, riskRow);
      results.push({ lang, what: script ? 'widget' : 'plain copy (no JavaScript)', ...measured });
      if (shots) {
        mkdirSync(shots, { recursive: true });
        const full = await tab.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; y < full; y += SCREEN, i++) {
          await tab.screenshot({ path: `${shots}/${lang}-${script ? 'widget' : 'plain'}-${i}.png`, clip: { x: 0, y, width: WIDTH, height: Math.min(SCREEN, full - y) }, captureBeyondViewport: true });
        }
      }
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync('.measure', { recursive: true, force: true });
}

const px = (value) => (value === null ? 'none' : `${value.toLocaleString('en-US')} px`);
console.log(`At ${WIDTH}x${SCREEN} in Chromium, the configurator's default snippet in a blog page:`);
console.table(
  results.map((r) => ({
    language: r.lang,
    what: r.what,
    height: `${px(r.height)} (${(r.height / SCREEN).toFixed(1)} screens)`,
    'words before a tap': r.words,
    'risk y': px(r.risk),
    '988 y (widget / page)': `${px(r.tel)} / ${px(r.telPage)}`,
  })),
);
const misses = results
  .filter((r) => r.what === 'widget')
  .flatMap((r) => [
    r.height > TARGETS.height && `${r.lang}: ${px(r.height)} tall (target ${px(TARGETS.height)})`,
    r.words > TARGETS.words && `${r.lang}: ${r.words} words before a tap (target ${TARGETS.words})`,
    (r.risk === null || r.risk > TARGETS.risk) && `${r.lang}: first serious-risk sentence at ${px(r.risk)} (target ${px(TARGETS.risk)})`,
    (r.telPage === null || r.telPage > SCREEN) && `${r.lang}: 988 at ${px(r.telPage)} on the page, not in the first screen`,
  ])
  .filter(Boolean);
if (misses.length) {
  console.error(`measure: the widget misses its targets:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('measure: the widget meets every target.');
