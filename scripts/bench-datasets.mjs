// `npm run bench:datasets`: how long the custom-dataset checker takes to accept or refuse an owner's dataset,
// and how long it holds the page's main thread, for datasets of 10 KB to 1 MB, valid and broken.
//
// Builds, serves the project on 127.0.0.1 (the datasets from memory), and drives headless Chromium (Debian's,
// CHROME_PATH), not throttled. Each case runs RUNS times in a fresh tab; medians are printed.
//   verdict:      what the element is told: accepted, or refused with how many problems
//   to verdict:   customDataset(src), the call the element makes: fetch from 127.0.0.1, parse, check; the
//                 median, and the fastest run (the cost on a machine that nothing else is using)
//   longest task: the longest task on the tab's main thread meanwhile, from a trace (a frame is 16 ms;
//                 50 ms and more is a "long task", when a click or a scroll visibly waits)
//   on screen:    the element itself, from being added to the page with that src to the owner's table drawn
//                 or the error event (the checker is already loaded, as it is after the first element), and
//                 the longest task meanwhile (the checker's, and drawing the table when the dataset is used)
// A case that has not finished after CAP_S seconds is stopped and its tab closed.
// Environment: RUNS (default 3), CAP_S (30), ONLY (a pattern: only the cases it matches), NO_BUILD (use dist/
// as it is), CHROME_PATH.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.RUNS ?? 3);
const CAP_S = Number(process.env.CAP_S ?? 30);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const ONLY = new RegExp(process.env.ONLY ?? ''); // e.g. ONLY='dense' runs only the cases whose name matches
const SIZES = { '10 KB': 10e3, '100 KB': 100e3, '200 KB': 200e3, '500 KB': 500e3, '1 MB': 1e6 };
if (!existsSync(CHROME)) {
  console.error(`bench: no browser at ${CHROME}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}
if (!process.env.NO_BUILD) execSync('npm run build --silent', { stdio: 'inherit' });

// --- Datasets -------------------------------------------------------------------------------------------------
// Each case is a function of n, a count that makes the dataset bigger; n is searched for to land on each size.
const en = JSON.parse(readFileSync('src/data/en.json', 'utf8'));
const words = (length, seed = 0) => {
  const text = 'Ketamine is given by mouth, nasal spray or infusion, with or without therapy before and after. ';
  return text.repeat(Math.ceil((length + seed) / text.length) + 1).slice(seed % text.length, (seed % text.length) + length).trim() || 'x';
};

/** A valid dataset: a grid that grows to the schema's limits (12 approaches, 40 rows, 4 points), then more sources. */
function valid(n) {
  const A = Math.min(12, 2 + Math.floor(n / 6));
  const R = Math.min(40, 2 + Math.floor(n / 3));
  const P = Math.min(4, 1 + Math.floor(n / 60));
  const S = Math.max(2, n);
  const sources = Array.from({ length: S }, (_, i) => ({ id: `source-${i}`, citation: words(180, i), url: `https://doi.org/10.1000/${i}` }));
  const approaches = Array.from({ length: A }, (_, i) => ({ id: `approach-${i}`, name: `Approach ${i}` }));
  const rows = Array.from({ length: R }, (_, i) => ({ id: `row-${i}`, name: `Question ${i}?`, core: i < 6 }));
  let cited = 0;
  const cells = Object.fromEntries(
    rows.map((row) => [
      row.id,
      Object.fromEntries(approaches.map((a) => [a.id, Array.from({ length: P }, () => ({ text: words(140, cited), sources: [sources[cited++ % S].id, sources[cited++ % S].id] }))])),
    ]),
  );
  return { lang: 'en', title: 'A big comparison', reviewed: '2026-11-23', ui: en.ui, approaches, rows, cells, disclaimers: en.disclaimers, crisis: en.crisis, sources };
}

const CASES = {
  valid,
  // A mistake an owner makes by hand: one id with capitals and a space.
  'one bad field': (n) => {
    const data = valid(n);
    data.sources.at(-1).id = 'Not An Id';
    return data;
  },
  // The same mistake everywhere: every source id (thousands of schema problems).
  'bad field everywhere': (n) => {
    const data = valid(n);
    data.sources.forEach((source, i) => (source.id = `Source ${i}`));
    return data;
  },
  // The worst of it: every point cites its sources by their list numbers, as the table shows them, and many
  // of them (a wrong type at every number: up to hundreds of thousands of problems).
  'numbers for ids, dense': (n) => {
    const data = valid(10);
    for (const byApproach of Object.values(data.cells)) for (const points of Object.values(byApproach)) for (const point of points) point.sources = Array.from({ length: n }, (_, i) => i + 1);
    return data;
  },
  // A field the schema does not know, added to every source (thousands of unknown fields).
  'unknown field everywhere': (n) => {
    const data = valid(n);
    for (const source of data.sources) source.year = 2024;
    return data;
  },
  // The worst of it: n short fields the schema does not know at the top (tens of thousands).
  'unknown fields, dense': (n) => {
    const data = valid(10);
    for (let i = 0; i < n; i++) data[`x${i}`] = 0;
    return data;
  },
  // A small valid dataset with an unknown field holding arrays nested n deep (written as text: JSON.stringify
  // recurses, and would overflow the stack).
  'deep nesting': (n) => `${JSON.stringify(valid(10)).slice(0, -1)},"notes":${'['.repeat(n)}${']'.repeat(n)}}`,
  // A small valid dataset whose title and first point are n characters long (far over their limits).
  'huge strings': (n) => {
    const data = valid(10);
    data.title = words(n);
    data.cells['row-0']['approach-0'][0].text = words(n, 7);
    return data;
  },
  // Valid for the schema, but every point cites many sources the dataset does not list.
  'unknown sources': (n) => {
    const data = valid(10);
    let i = 0;
    for (const byApproach of Object.values(data.cells)) for (const points of Object.values(byApproach)) for (const point of points) point.sources.push(...Array.from({ length: n }, () => `missing-${i++}`));
    return data;
  },
  // A download cut short: the last byte missing.
  'cut short': (n) => valid(n),
};

const serialize = (name, n) => {
  const data = CASES[name](n);
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return name === 'cut short' ? text.slice(0, -1) : text;
};

/** The smallest n whose dataset is at least `bytes` long (sizes grow with n). */
function sized(name, bytes) {
  let low = 1;
  let high = 2;
  while (serialize(name, high).length < bytes) [low, high] = [high, high * 2];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (serialize(name, mid).length < bytes) low = mid;
    else high = mid;
  }
  return serialize(name, high);
}

const datasets = new Map();
for (const name of Object.keys(CASES).filter((name) => ONLY.test(name))) for (const [size, bytes] of Object.entries(SIZES)) datasets.set(`${name}|${size}`, sized(name, bytes));

// --- Page -----------------------------------------------------------------------------------------------------
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><script src="/dist/ketamine-compare.js"></script><script>
  // The element's checker, from where the element loads it (the same module, so the same instance).
  window.checker = import('/dist/ketamine-compare.custom.js');
  // Long tasks (50 ms and more) as the page itself sees them: a check on the trace, which can miss a task of
  // several seconds.
  window.longTask = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.longTask = Math.max(window.longTask, e.duration)))).observe({ type: 'longtask' });
  window.verdict = ({ data, error }) =>
    data ? 'accepted' : / is not valid JSON /.test(error.message) ? 'refused: not JSON'
      : 'refused: ' + (Number(/and ([\\d,]+) more/.exec(error.message)?.[1].replace(/,/g, '') ?? 0) + (error.problems.length ? 1 : 0)) + ' problems';
  window.viaChecker = async (src) => {
    const { customDataset } = await window.checker;
    const start = performance.now();
    try {
      const loaded = await customDataset(src, '');
      return { ms: performance.now() - start, verdict: verdict(loaded) };
    } catch (error) {
      return { ms: performance.now() - start, verdict: 'THREW ' + error };
    }
  };
  window.viaElement = (src, title) => new Promise((resolve) => {
    const start = performance.now();
    setTimeout(() => resolve(Infinity), ${CAP_S * 500}); // no verdict at all (the checker threw)
    const el = document.createElement('ketamine-compare');
    el.addEventListener('ketamine-compare-error', () => resolve(performance.now() - start));
    (function drawn() {
      if (el.shadowRoot?.querySelector('caption')?.textContent.trim() === title) resolve(performance.now() - start);
      else requestAnimationFrame(drawn);
    })();
    el.setAttribute('src', src);
    document.body.append(el);
  });
</script></body></html>`;

const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port: 0,
    injectWebSocket: false,
    middleware: [
      (context, next) => {
        if (context.path === '/bench-datasets/page.html') {
          context.type = 'html';
          context.body = PAGE;
          return undefined;
        }
        const key = context.path.startsWith('/bench-datasets/') && decodeURIComponent(context.path.slice('/bench-datasets/'.length));
        if (key && datasets.has(key)) {
          context.type = 'json';
          context.body = datasets.get(key);
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
let browser = await puppeteer.launch({ executablePath: CHROME, args: ARGS });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/** The longest task on the page's main thread in a trace (RunTask events on its CrRendererMain thread). */
function longestTask(events) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => !f.parent);
  const pid = frame?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) return NaN;
  return Math.max(0, ...events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask').map((e) => e.dur / 1000));
}

/** One run of a case in a fresh tab; a run that is not done within CAP_S seconds is stopped. */
async function run(key, title) {
  const page = await browser.newPage();
  const src = `/bench-datasets/${encodeURIComponent(key)}`;
  const measure = async () => {
    await page.goto(`${origin}/bench-datasets/page.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.checker);
    await page.tracing.start({ categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    const checked = await page.evaluate((src) => window.viaChecker(src), src);
    const events = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
    const task = Math.max(longestTask(events), await page.evaluate(() => window.longTask));
    await page.evaluate(() => (window.longTask = 0));
    await page.tracing.start({ categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    const screen = await page.evaluate((src, title) => window.viaElement(src, title), src, title);
    const drawn = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
    return { ...checked, task, screen, screenTask: Math.max(longestTask(drawn), await page.evaluate(() => window.longTask)) };
  };
  const result = await Promise.race([measure(), timeout(CAP_S * 1000)]);
  if (result !== 'timeout') {
    await page.close();
    return result;
  }
  // The tab is stuck in a task: start a new browser rather than wait for it.
  await Promise.race([browser.close(), timeout(10_000)]);
  browser.process()?.kill('SIGKILL');
  browser = await puppeteer.launch({ executablePath: CHROME, args: ARGS });
  return undefined;
}

const load = loadavg().map((n) => n.toFixed(1)).join(' ');
try {
  const table = [];
  for (const name of Object.keys(CASES).filter((name) => ONLY.test(name))) {
    for (const size of Object.keys(SIZES)) {
      const key = `${name}|${size}`;
      const text = datasets.get(key);
      const title = JSON.parse(/^\{"lang":"en","title":("(?:[^"\\]|\\.)*")/.exec(text)?.[1] ?? '""');
      const results = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await run(key, title);
        if (!result) break;
        results.push(result);
      }
      const row = { size, case: name, bytes: text.length };
      if (results.length < RUNS) Object.assign(row, { verdict: 'none', 'to verdict': `stopped after ${CAP_S} s`, fastest: '', 'longest task': `>= ${CAP_S} s`, 'on screen': '', 'its longest task': '' });
      else {
        const ms = (pick) => `${median(results.map(pick)).toFixed(0)} ms`;
        Object.assign(row, {
          verdict: results[0].verdict,
          'to verdict': ms((r) => r.ms),
          fastest: `${Math.min(...results.map((r) => r.ms)).toFixed(0)} ms`,
          'longest task': ms((r) => r.task),
          'on screen': ms((r) => r.screen),
          'its longest task': ms((r) => r.screenTask),
        });
      }
      table.push(row);
      console.error(`${size.padEnd(6)} ${name.padEnd(24)} ${row.verdict.padEnd(26)} ${row['to verdict'].padStart(10)} ${row['longest task'].padStart(10)}`);
    }
  }
  console.log(`\nCustom datasets: time to verdict and longest main-thread task, not throttled, median of ${RUNS}`);
  console.log(`Load average before and after: ${load} and ${loadavg().map((n) => n.toFixed(1)).join(' ')} (on ${cpus().length} cores)`);
  console.table(table);
  const chromium = execSync(`${CHROME} --version 2>/dev/null`).toString().trim();
  console.log(`Machine: ${cpus().length} x ${cpus()[0].model}, Node ${process.version}, ${chromium}`);
} finally {
  await browser.close();
  await server.stop();
}
