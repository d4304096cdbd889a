// `npm run bench`: what the widget costs a page, measured against the same table as static HTML.
//
// Builds, serves the project on 127.0.0.1, and drives headless Chromium (Debian's, CHROME_PATH) with the CPU
// throttled 4x. Widget and static pages alternate, RUNS times each; medians and ratios are printed.
//   time to table: navigation start to the first frame in which the (last) widget's table exists
//   static twin:   the same blog page, each widget replaced by its own rendered markup in a declarative
//                  shadow root (<template shadowrootmode>), with no script: what plain HTML would cost
//   CLS:           layout shift on demo/index.html for three ways of placing the snippet, script 300 ms late
//   toggle:        a click on a row toggle until the new row is laid out
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.RUNS ?? 15);
const THROTTLE = 4;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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

  /** The widget's own rendered markup and styles, frozen into a declarative shadow root. */
  async function staticTwin() {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/index.html`);
    const shadow = await page.evaluate(async () => {
      const el = document.querySelector('ketamine-compare');
      await el.updateComplete;
      const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      const markup = el.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
      return `<template shadowrootmode="open"><style>${css}</style>${markup}</template>`;
    });
    await page.close();
    return (count) => blog.replace(SNIPPET, Array.from({ length: count }, () => element.replace('>', `>${shadow}`)).join('\n'));
  }

  mkdirSync('.bench', { recursive: true });
  const twin = await staticTwin();
  const pages = {
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

  async function toggleTimes(row) {
    const page = await throttledPage();
    await page.goto(`${origin}/.bench/widget-1.html`, { waitUntil: 'load' });
    const times = await page.evaluate(async (row) => {
      const el = document.querySelector('ketamine-compare');
      const button = el.shadowRoot.querySelector(`[data-row="${row}"]`);
      const result = [];
      for (let i = 0; i < 40; i++) {
        const start = performance.now();
        button.click();
        await el.updateComplete;
        el.shadowRoot.querySelector('table').getBoundingClientRect(); // style and layout of the new row
        result.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      return result;
    }, row);
    await page.close();
    return times;
  }

  const results = {};
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so drift on the machine hits both sides alike.
    for (const name of ['widget-1', 'static-1', 'widget-50', 'static-50']) (results[name] ??= []).push(await timeToTable(name));
  }
  const shifts = {};
  for (const name of ['cls-before', 'cls-after', 'cls-module']) shifts[name] = median(await Promise.all([0, 1, 2].map(() => layoutShift(name))));
  const toggles = { evidence: await toggleTimes('evidence'), route: await toggleTimes('route') };

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

  console.log(`\nRow toggle, click to laid out, CPU throttled ${THROTTLE}x (40 toggles each)`);
  const toggleRow = (times) => ({ median: ms(median(times)), worst: ms(Math.max(...times)), target: '< 8 ms', ok: median(times) < 8 ? 'yes' : 'NO' });
  console.table({
    'a row at the end (evidence)': toggleRow(toggles.evidence),
    'the first row (route): all rows below move': toggleRow(toggles.route),
  });

  const chromium = execSync(`${CHROME} --version 2>/dev/null`).toString().trim();
  console.log(`\nMachine: ${cpus().length} x ${cpus()[0].model}, Node ${process.version}, ${chromium}`);
} finally {
  await browser.close();
  await server.stop();
}
