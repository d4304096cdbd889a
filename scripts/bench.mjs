// `npm run bench`: what the widget costs a page, measured against the same table as static HTML.
//
// Builds, serves the project on 127.0.0.1, and drives headless Chromium (Debian's, CHROME_PATH) with the CPU
// throttled 4x. Widget and static pages alternate, RUNS times each; medians and ratios are printed.
//   time to table: navigation start to the first frame in which the (last) widget's table exists
//   static twin:   the same blog page, each widget replaced by its own rendered markup in a declarative
//                  shadow root (<template shadowrootmode>), with no script: what plain HTML would cost
//   CLS:           layout shift on demo/index.html for three ways of placing the snippet, script 300 ms late
//   toggle:        a click on a row toggle until the row is laid out (shown or hidden), against the same markup
//                  toggled by a few lines of hand-written script: the least a toggle can cost with this table.
//                  Then where the time goes, from a trace of real mouse clicks, up to the frame being painted.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.RUNS ?? 15);
const TOGGLES = 50; // shows and as many hides per page load
const THROTTLE = 4;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TOGGLE_RUNS = Math.max(2, Math.round(RUNS / 4));
if (!existsSync(CHROME)) {
  console.error(`bench: no browser at ${CHROME}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

execSync('npm run build --silent', { stdio: 'inherit' });
execSync('node scripts/check-size.mjs', { stdio: 'inherit' });

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0, injectWebSocket: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`; // port 0: the system picked a free one
const browser = await puppeteer.launch({
  executablePath: CHROME,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

try {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };

  // --- Pages --------------------------------------------------------------------------------------------------
  // Runs first in every bench page: marks the first frame in which the last widget's table exists.
  const PROBE = `<script>
    (function wait() {
      var all = document.querySelectorAll('ketamine-compare'), last = all[all.length - 1];
      if (last && last.shadowRoot && last.shadowRoot.querySelector('table')) window.tableAt = performance.now();
      else requestAnimationFrame(wait);
    })();
  </script>`;

  const blog = readFileSync('demo/index.html', 'utf8').replace('<link rel="stylesheet" href="blog.css" />', `<link rel="stylesheet" href="/demo/blog.css" />${PROBE}`);
  const SNIPPET = /<script src="\.\.\/dist\/ketamine-compare\.js"><\/script>\s*(<ketamine-compare[\s\S]*?<\/ketamine-compare>)/;
  const element = SNIPPET.exec(blog)[1];
  const withWidgets = (count, placement = 'before') => {
    const script = placement === 'module' ? '<script type="module" src="/dist/ketamine-compare.js"></script>' : '<script src="/dist/ketamine-compare.js"></script>';
    const widgets = Array.from({ length: count }, () => element).join('\n');
    const html = placement === 'after' || placement === 'module' ? `${widgets}\n${script}` : `${script}\n${widgets}`;
    return blog.replace(SNIPPET, html);
  };

  /**
   * The widget's own rendered markup and styles, frozen into a declarative shadow root. With `allRows`, every
   * row's cells are drawn first (shown and hidden again), so the twin can show any row without script.
   */
  async function staticTwin({ allRows = false } = {}) {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/index.html`);
    const shadow = await page.evaluate(async (allRows) => {
      const el = document.querySelector('ketamine-compare');
      await el.updateComplete;
      for (const button of allRows ? el.shadowRoot.querySelectorAll('[aria-pressed="false"]') : []) {
        button.click();
        await el.updateComplete;
        button.click();
        await el.updateComplete;
      }
      const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      const markup = el.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
      return `<template shadowrootmode="open"><style>${css}</style>${markup}</template>`;
    }, allRows);
    await page.close();
    return (count) => blog.replace(SNIPPET, Array.from({ length: count }, () => element.replace('>', `>${shadow}`)).join('\n'));
  }

  // What a toggle does, written by hand: the pressed state, the row's hidden attribute, the live announcement.
  const HAND_WRITTEN_TOGGLES = `<script>
    var root = document.querySelector('ketamine-compare').shadowRoot;
    var rows = root.querySelectorAll('tbody tr'), status = root.querySelector('[role="status"]');
    root.querySelectorAll('[data-row]').forEach(function (button, i) {
      button.addEventListener('click', function () {
        var on = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', on);
        rows[i].hidden = !on;
        status.textContent = button.textContent.trim() + (on ? ': shown' : ': hidden');
      });
    });
  </script>`;

  mkdirSync('.bench', { recursive: true });
  const twin = await staticTwin();
  const toggleTwin = await staticTwin({ allRows: true });
  const pages = {
    'toggle-hand-written': toggleTwin(1).replace('</body>', `${HAND_WRITTEN_TOGGLES}</body>`),
    'widget-1': withWidgets(1),
    'static-1': twin(1),
    'widget-50': withWidgets(50),
    'static-50': twin(50),
    'cls-before': withWidgets(1, 'before'),
    'cls-after': withWidgets(1, 'after'),
    'cls-module': withWidgets(1, 'module'),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(`.bench/${name}.html`, html);

  // --- Measurements -------------------------------------------------------------------------------------------
  async function throttledPage() {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return page;
  }

  async function timeToTable(name) {
    const page = await throttledPage();
    await page.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.tableAt !== undefined);
    const at = await page.evaluate(() => window.tableAt);
    await page.close();
    return at;
  }

  async function layoutShift(name) {
    // Not CPU-throttled: layout shift is about network timing. Throttled, the first paint comes so late that
    // every placement has run by then, which hides the difference an owner's visitors see.
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // As on a real network, the script arrives after the first paint: 300 ms late. Without this, every
    // placement scores 0, because the whole page is parsed and run before anything is painted.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/dist/ketamine-compare.js')) setTimeout(() => request.continue(), 300);
      else request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cls = await page.evaluate(() => window.cls);
    await page.close();
    return cls;
  }

  /** Click to laid out, in the page: shows and hides of one row, TOGGLES of each after a warm-up pair. */
  async function toggleTimes(name, row) {
    const page = await throttledPage();
    await page.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    const times = await page.evaluate(async (row, count) => {
      const el = document.querySelector('ketamine-compare');
      const button = el.shadowRoot.querySelector(`[data-row="${row}"]`);
      const times = { show: [], hide: [] };
      for (let i = 0; i < 2 * count + 2; i++) {
        const start = performance.now();
        button.click();
        await el.updateComplete; // the widget renders in a microtask; the hand-written page has nothing to wait for
        el.shadowRoot.querySelector('table').getBoundingClientRect(); // style and layout
        const took = performance.now() - start;
        if (i >= 2) times[button.getAttribute('aria-pressed') === 'true' ? 'show' : 'hide'].push(took);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      return times;
    }, row, TOGGLES);
    await page.close();
    return times;
  }

  /**
   * Where a toggle's time goes, up to the painted frame: a trace of real mouse clicks on the row's toggle, split
   * into the click's task (handler and render), style, layout, and pre-paint + paint + layerize + commit.
   */
  async function tracedToggles(name, row, clicks = 20) {
    const page = await throttledPage();
    await page.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    const button = await page.evaluateHandle((row) => document.querySelector('ketamine-compare').shadowRoot.querySelector(`[data-row="${row}"]`), row);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 120));
    for (let i = 0; i < 2; i++) await button.click().then(settle);
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < clicks; i++) await button.click().then(settle);
    const events = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
    await page.close();
    const dispatches = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
    const { pid, tid } = dispatches[0];
    const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const PHASE = { UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint' };
    return dispatches.map((click, i) => {
      // The first traced click shows the row (it starts hidden), the next hides it, and so on.
      const phases = { action: i % 2 === 0 ? 'show' : 'hide', script: click.dur / 1000, style: 0, layout: 0, paint: 0 };
      for (const e of main) {
        if (e.ts < click.ts + click.dur || !PHASE[e.name]) continue;
        phases[PHASE[e.name]] += e.dur / 1000;
        if (e.name === 'Commit') break; // the frame that shows the change
      }
      return phases;
    });
  }

  const results = {};
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so drift on the machine hits both sides alike.
    for (const name of ['widget-1', 'static-1', 'widget-50', 'static-50']) (results[name] ??= []).push(await timeToTable(name));
  }
  const shifts = {};
  for (const name of ['cls-before', 'cls-after', 'cls-module']) shifts[name] = median(await Promise.all([0, 1, 2].map(() => layoutShift(name))));
  const TOGGLE_PAGES = { widget: 'widget-1', 'hand-written': 'toggle-hand-written' };
  const toggles = {};
  for (let run = 0; run < TOGGLE_RUNS; run++) {
    for (const row of ['evidence', 'route']) {
      for (const [who, name] of Object.entries(TOGGLE_PAGES)) {
        const times = await toggleTimes(name, row);
        for (const action of ['show', 'hide']) ((toggles[`${row} ${action}`] ??= {})[who] ??= []).push(...times[action]);
      }
    }
  }
  const traced = {};
  for (let run = 0; run < 2; run++) for (const [who, name] of Object.entries(TOGGLE_PAGES)) (traced[who] ??= []).push(...(await tracedToggles(name, 'evidence')));

  // --- Report ---------------------------------------------------------------------------------------------------
  const ms = (value) => `${value.toFixed(1)} ms`;
  const compare = (count, limit) => {
    const widget = median(results[`widget-${count}`]);
    const plain = median(results[`static-${count}`]);
    const ratio = widget / plain;
    return { widget: ms(widget), 'static HTML': ms(plain), ratio: ratio.toFixed(2), target: `<= ${limit}`, ok: ratio <= limit ? 'yes' : 'NO' };
  };
  console.log(`\nTime to table, CPU throttled ${THROTTLE}x, median of ${RUNS} alternating runs`);
  console.table({ '1 widget': compare(1, 1.2), '50 widgets': compare(50, 1.5) });

  console.log('\nCumulative layout shift on demo/index.html, by snippet placement, script 300 ms late (median of 3)');
  console.table({
    'script before the element (recommended)': { CLS: shifts['cls-before'].toFixed(4), ok: shifts['cls-before'] === 0 ? 'yes' : 'NO' },
    'classic script after the element': { CLS: shifts['cls-after'].toFixed(4) },
    'module script (deferred, like defer/async)': { CLS: shifts['cls-module'].toFixed(4) },
  });

  console.log(`\nRow toggle, click to laid out, CPU throttled ${THROTTLE}x, median of ${TOGGLES * TOGGLE_RUNS} of each`);
  const quartile = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.75)];
  const toggleTable = {};
  for (const [key, by] of Object.entries(toggles)) {
    const [row, action] = key.split(' ');
    toggleTable[`${action} ${row === 'route' ? 'the first row (route)' : 'a row at the end (evidence)'}`] = {
      widget: ms(median(by.widget)),
      'widget p75': ms(quartile(by.widget)),
      'hand-written': ms(median(by['hand-written'])),
      target: '< 8 ms',
      ok: median(by.widget) < 8 ? 'yes' : 'NO',
    };
  }
  console.table(toggleTable);

  console.log(`\nWhere the time goes: evidence row, real clicks, traced (tracing adds time), median of ${traced.widget.length / 2} of each`);
  const phases = {};
  for (const [who, clicks] of Object.entries(traced)) {
    for (const action of ['show', 'hide']) {
      const mine = clicks.filter((click) => click.action === action);
      const phase = (pick) => ms(median(mine.map(pick)));
      phases[`${who}, ${action}`] = {
        'click task': phase((c) => c.script),
        style: phase((c) => c.style),
        layout: phase((c) => c.layout),
        'paint to commit': phase((c) => c.paint),
        'laid out': phase((c) => c.script + c.style + c.layout),
        painted: phase((c) => c.script + c.style + c.layout + c.paint),
      };
    }
  }
  console.table(phases);

  const chromium = execSync(`${CHROME} --version 2>/dev/null`).toString().trim();
  console.log(`\nMachine: ${cpus().length} x ${cpus()[0].model}, Node ${process.version}, ${chromium}`);
} finally {
  await browser.close();
  await server.stop();
}
