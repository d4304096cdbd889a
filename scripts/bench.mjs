// `npm run bench`: what the widget costs a page, measured against the same table as static HTML.
//
// Builds, serves the project on 127.0.0.1, and drives headless Chromium (scripts/browsers.mjs) with the CPU
// throttled 4x and the cache off. Every page is the `index` scenario (demo/scenarios.mjs: the blog post with
// the configurator's snippet), written into .bench/ with `pageHtml`. Pages alternate, RUNS times each;
// medians and ratios are printed.
//   time to table:  navigation start to the end of the first frame in which the (last) widget's table exists,
//                   painted (what a visitor sees); also when it first exists in the DOM, which is where this
//                   bench used to stop (see docs/performance.md: a static page has its tables in the DOM long
//                   before they are laid out and painted, so that figure flattered the static page)
//   static twin:    the same page where each widget is its own rendered markup, frozen in a declarative shadow
//                   root (<template shadowrootmode>) with no script: the same table as plain HTML
//   CLS:            layout shift for three ways of placing the snippet, script 300 ms late
//   toggle:         a click on a row toggle until the row is laid out (shown or hidden), against the same markup
//                   toggled by a few lines of hand-written script: the least a toggle can cost with this table
//   delayed toggle: a row whose text comes after the first screen, switched on 50 ms after the table appears,
//                   until its text is laid out (the file beside the script is fetched on the way)
//   where it goes:  a trace of real mouse clicks, up to the frame being painted
//   approach switch: the last of 12 approaches switched off and on with the largest dataset the schema allows, every
//                   row shown (scripts/bench-approach.mjs), click to the frame painted
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { SCENARIOS, pageHtml } from '../demo/scenarios.mjs';
import { measureApproachSwitch } from './bench-approach.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const TOGGLES = 50; // shows and as many hides per page load
const THROTTLE = 4;
const TOGGLE_RUNS = Math.max(2, Math.round(RUNS / 4));
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`bench: no browser at ${CHROMIUM_PATH}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
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
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const quartile = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.75)];
  const ms = (value) => `${value.toFixed(1)} ms`;

  // --- Pages --------------------------------------------------------------------------------------------------
  // Runs first in every bench page: marks the first frame in which every widget on the page (all `copies` of
  // them) shows its table (tableAt, in an animation-frame callback, before that frame's style, layout and paint),
  // and the end of that frame (paintedAt: a task queued then runs once the frame is rendered). Until the page is
  // parsed, querySelectorAll finds only the widgets parsed so far: counting them is what makes this the time
  // to the last table, not to the most recently parsed one. A table drawn but not yet shown (the widget keeps its
  // first draw behind the fallback until the parser has passed it) does not count; the static twin has the same
  // markup, so the same selector reads both.
  const probe = (copies) => `<script>
    (function wait() {
      var shown = document.querySelectorAll('ketamine-compare').length === ${copies} && [].every.call(document.querySelectorAll('ketamine-compare'), function (el) {
        return el.shadowRoot && el.shadowRoot.querySelector('.stack:not([hidden]) table');
      });
      if (!shown) return requestAnimationFrame(wait);
      window.tableAt = performance.now();
      setTimeout(function () { window.paintedAt = performance.now(); });
    })();
  </script>`;
  const blog = SCENARIOS.find((scenario) => scenario.id === 'index');
  const page = (options = {}) => pageHtml(blog, { base: '../demo/', head: probe(options.copies ?? 1), ...options }); // .bench/ is beside demo/

  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/widget-1.html', page());

  /**
   * The widget's own rendered markup and styles, once everything is in (the sources come after the first
   * screen). With `allRows`, each hidden row holds the cells it shows when switched on (the widget draws a hidden
   * row's cells only once it is shown), so the twin shows any row without script, cells and all.
   */
  async function frozen({ allRows = false } = {}) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${origin}/.bench/widget-1.html`);
    const twin = await tab.evaluate(async (allRows) => {
      const el = document.querySelector('ketamine-compare');
      while (!el.shadowRoot.querySelector('[part="sources"] ol[data-state="ready"]')) await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      const copy = document.createElement('template');
      copy.innerHTML = el.shadowRoot.innerHTML;
      if (allRows) {
        for (const button of el.shadowRoot.querySelectorAll('[data-row][aria-pressed="false"]')) button.click();
        await el.updateComplete;
        // A hidden row that is always printed (the risks) has its cells already.
        for (const row of copy.content.querySelectorAll('tbody tr[hidden]:not([data-print])')) {
          row.append(...[...el.shadowRoot.querySelectorAll(`tbody tr[data-id="${row.dataset.id}"] > td`)].map((cell) => cell.cloneNode(true)));
        }
      }
      const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      return { css, markup: copy.innerHTML.replace(/<!--[^>]*-->/g, '') };
    }, allRows);
    await tab.close();
    return twin;
  }

  // What a toggle does, written by hand: the pressed state, the row's place (a row switched on comes first) and
  // hidden attribute, the live announcement.
  const HAND_WRITTEN_TOGGLES = `<script>
    var root = document.querySelector('ketamine-compare').shadowRoot;
    var body = root.querySelector('tbody'), status = root.querySelector('[role="status"]');
    root.querySelectorAll('[data-row]').forEach(function (button) {
      var row = root.querySelector('tbody tr[data-id="' + button.dataset.row + '"]');
      button.addEventListener('click', function () {
        var on = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', on);
        if (on) body.prepend(row);
        row.hidden = !on;
        status.textContent = button.textContent.trim() + (on ? ': shown' : ': hidden');
      });
    });
  </script>`;

  const { css, markup } = await frozen();
  const toggleTwin = await frozen({ allRows: true });
  writeFileSync('.bench/twin.css', css);
  // Two static twins: a <style> in every copy (what each copy of plain HTML must carry without script), and
  // one stylesheet file that every copy links to (parsed once, as the widget's one constructed stylesheet is).
  const styled = `<template shadowrootmode="open"><style>${css}</style>${markup}</template>`;
  const linked = `<template shadowrootmode="open"><link rel="stylesheet" href="twin.css">${markup}</template>`;
  const pages = {
    'widget-1': page(),
    'widget-1-after': page({ script: 'after' }),
    'static-1': page({ script: 'none', twin: styled }),
    'widget-50': page({ copies: 50 }),
    'static-50': page({ copies: 50, script: 'none', twin: styled }),
    'static-50-linked': page({ copies: 50, script: 'none', twin: linked }),
    'cls-before': pageHtml(blog, { base: '../demo/' }),
    'cls-after': pageHtml(blog, { base: '../demo/', script: 'after' }),
    'cls-module': pageHtml(blog, { base: '../demo/', script: 'module' }),
    'toggle-hand-written': page({ script: 'none', twin: `<template shadowrootmode="open"><style>${toggleTwin.css}</style>${toggleTwin.markup}</template>` }).replace('</body>', `${HAND_WRITTEN_TOGGLES}</body>`),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(`.bench/${name}.html`, html);

  // --- Measurements -------------------------------------------------------------------------------------------
  async function throttledPage() {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return tab;
  }

  async function timeToTable(name) {
    const tab = await throttledPage();
    await tab.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.paintedAt !== undefined);
    const at = await tab.evaluate(() => ({ dom: window.tableAt, painted: window.paintedAt }));
    await tab.close();
    return at;
  }

  async function layoutShift(name) {
    // Not CPU-throttled: layout shift is about network timing. Throttled, the first paint comes so late that
    // every placement has run by then, which hides the difference an owner's visitors see.
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    // As on a real network, the script arrives after the first paint: 300 ms late. Without this, every
    // placement scores 0, because the whole page is parsed and run before anything is painted.
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (request.url().endsWith('/dist/ketamine-compare.js')) setTimeout(() => request.continue(), 300);
      else request.continue();
    });
    await tab.evaluateOnNewDocument(() => {
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 800)); // the file that comes later, too
    const cls = await tab.evaluate(() => window.cls);
    await tab.close();
    return cls;
  }

  /** Click to laid out, in the page: shows and hides of one row, TOGGLES of each after a warm-up pair. */
  async function toggleTimes(name, row) {
    const tab = await throttledPage();
    await tab.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    const times = await tab.evaluate(async (row, count) => {
      const el = document.querySelector('ketamine-compare');
      // The widget's rows that start hidden have their text once the file beside the script is in.
      while (!el.shadowRoot.querySelector('[part="sources"] ol[data-state="ready"], [part="sources"] li a')) await new Promise((resolve) => setTimeout(resolve, 20));
      const button = el.shadowRoot.querySelector(`[data-row="${row}"]`);
      const times = { show: [], hide: [] };
      for (let i = 0; i < 2 * count + 2; i++) {
        const start = performance.now();
        button.click();
        await el.updateComplete; // the widget draws at once; the hand-written page has nothing to wait for
        el.shadowRoot.querySelector('table').getBoundingClientRect(); // style and layout
        const took = performance.now() - start;
        if (i >= 2) times[button.getAttribute('aria-pressed') === 'true' ? 'show' : 'hide'].push(took);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      return times;
    }, row, TOGGLES);
    await tab.close();
    return times;
  }

  /** A row whose text comes later, switched on 50 ms after the table first appears, until its text is laid out. */
  async function delayedToggle() {
    const tab = await throttledPage();
    await tab.goto(`${origin}/.bench/widget-1.html`);
    const took = await tab.evaluate(async () => {
      while (window.tableAt === undefined) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50 - (performance.now() - window.tableAt)));
      const root = document.querySelector('ketamine-compare').shadowRoot;
      const start = performance.now();
      root.querySelector('[data-row="evidence"]').click();
      const row = root.querySelector('tbody tr[data-id="evidence"]');
      while (!row.querySelector('td[part="cell"]')) await new Promise((resolve) => setTimeout(resolve, 1));
      row.getBoundingClientRect();
      return performance.now() - start;
    });
    await tab.close();
    return took;
  }

  /**
   * Where a toggle's time goes, up to the painted frame: a trace of real mouse clicks on the row's toggle, split
   * into the click's task (handler and render), style, layout, and pre-paint + paint + layerize + commit.
   */
  async function tracedToggles(name, row, clicks = 20) {
    const tab = await throttledPage();
    await tab.goto(`${origin}/.bench/${name}.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the rows that start hidden have their text
    // The row toggles are folded behind the Questions button at every width: a visitor opens it first.
    // (The hand-written page's few lines of script do not know that button: its folded state is undone by hand.)
    await tab.evaluate(() => {
      const more = document.querySelector('ketamine-compare').shadowRoot.querySelector('.more');
      more.click();
      more.setAttribute('aria-expanded', 'true');
    });
    const button = await tab.evaluateHandle((row) => document.querySelector('ketamine-compare').shadowRoot.querySelector(`[data-row="${row}"]`), row);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 120));
    for (let i = 0; i < 2; i++) await button.click().then(settle);
    await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < clicks; i++) await button.click().then(settle);
    const events = JSON.parse(new TextDecoder().decode(await tab.tracing.stop())).traceEvents;
    await tab.close();
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
  const TIMED = ['widget-1', 'widget-1-after', 'static-1', 'widget-50', 'static-50', 'static-50-linked'];
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so drift on the machine hits every page alike.
    for (const name of TIMED) (results[name] ??= []).push(await timeToTable(name));
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
  const delayed = [];
  for (let run = 0; run < RUNS; run++) delayed.push(await delayedToggle());
  const traced = {};
  for (let run = 0; run < 2; run++) for (const [who, name] of Object.entries(TOGGLE_PAGES)) (traced[who] ??= []).push(...(await tracedToggles(name, 'evidence')));

  // --- Report ---------------------------------------------------------------------------------------------------
  const compare = (widget, plain, limit) => {
    const at = (name, key) => median(results[name].map((run) => run[key]));
    const ratio = at(widget, 'painted') / at(plain, 'painted');
    return {
      widget: ms(at(widget, 'painted')),
      static: ms(at(plain, 'painted')),
      ratio: ratio.toFixed(2),
      target: limit ? `<= ${limit}` : '',
      ok: limit ? (ratio <= limit ? 'yes' : 'NO') : '',
      'in DOM: widget': ms(at(widget, 'dom')),
      'in DOM: static': ms(at(plain, 'dom')),
    };
  };
  console.log(`\nTime to table painted, CPU throttled ${THROTTLE}x, cache off, median of ${RUNS} alternating runs`);
  console.table({
    '1 widget (script before it) / static, a <style> per copy': compare('widget-1', 'static-1', 1.2),
    '1 widget (script after it) / static, a <style> per copy': compare('widget-1-after', 'static-1', 1.2),
    '50 widgets / static, one linked stylesheet': compare('widget-50', 'static-50-linked', 1.5),
    '50 widgets / static, a <style> per copy': compare('widget-50', 'static-50', 1.5),
  });

  console.log('\nCumulative layout shift by snippet placement, script 300 ms late (median of 3)');
  console.table({
    'script before the element (recommended)': { CLS: shifts['cls-before'].toFixed(4), ok: shifts['cls-before'] === 0 ? 'yes' : 'NO' },
    'classic script after the element': { CLS: shifts['cls-after'].toFixed(4) },
    'module script (deferred, like defer/async)': { CLS: shifts['cls-module'].toFixed(4) },
  });

  console.log(`\nRow toggle, click to laid out, CPU throttled ${THROTTLE}x, median of ${TOGGLES * TOGGLE_RUNS} of each`);
  const toggleTable = {};
  for (const [key, by] of Object.entries(toggles)) {
    const [row, action] = key.split(' ');
    toggleTable[`${action} ${row === 'route' ? 'the first row (route)' : 'a row at the end (evidence)'}`] = {
      widget: ms(median(by.widget)),
      'widget p75': ms(quartile(by.widget)),
      'hand-written': ms(median(by['hand-written'])),
      // The target is in ms, but what a CPU can do varies by machine: the ratio says how much of a toggle is the widget's.
      'x hand-written': (median(by.widget) / median(by['hand-written'])).toFixed(2),
      target: '< 8 ms',
      ok: median(by.widget) < 8 ? 'yes' : 'NO',
    };
  }
  console.table(toggleTable);

  console.log(`\nDelayed toggle: a row whose text comes later, switched on 50 ms after the table appears, CPU ${THROTTLE}x, cache off (${RUNS} runs)`);
  console.table({ 'click to its text laid out': { median: ms(median(delayed)), worst: ms(Math.max(...delayed)), target: '< 100 ms', ok: Math.max(...delayed) < 100 ? 'yes' : 'NO' } });

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

  const approach = await measureApproachSwitch(browser, origin, { runs: TOGGLE_RUNS, throttle: THROTTLE });
  console.log(`\nApproach switch, largest dataset (12 approaches, 40 rows, ${approach.cells} cells), CPU ${THROTTLE}x, click to painted, median of ${approach.on.length} of each`);
  console.table({
    'switch off the last approach': { median: ms(median(approach.off)), p75: ms(quartile(approach.off)), worst: ms(Math.max(...approach.off)) },
    'switch it on again': { median: ms(median(approach.on)), p75: ms(quartile(approach.on)), worst: ms(Math.max(...approach.on)) },
  });

  const chromium = execSync(`${CHROMIUM_PATH} --version 2>/dev/null`).toString().trim();
  console.log(`\nMachine: ${cpus().length} x ${cpus()[0].model}, load ${loadavg().map((load) => load.toFixed(1)).join(' ')}, Node ${process.version}, ${chromium}`);
} finally {
  await browser.close();
  await server.stop();
}
