// An approach switched on and off with the largest dataset the schema allows (12 approaches, 40 rows shown, a short
// answer and 4 points in every cell): click to the frame painted. Part of `npm run bench` (scripts/bench.mjs), and
// alone: `node scripts/bench-approach.mjs` (after `npm run build`; RUNS, THROTTLE).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const en = JSON.parse(readFileSync('src/data/en.json', 'utf8'));
const schema = JSON.parse(readFileSync('src/data/schema.json', 'utf8'));

/** The largest grid the schema allows, every cell full, with sources enough for every citation to differ. */
export function largestDataset() {
  const A = schema.properties.approaches.maxItems;
  const R = schema.properties.rows.maxItems;
  const text = (i) => `Point ${i}: ketamine is given by mouth, nasal spray or infusion, with or without therapy before and after.`.slice(0, 140);
  const sources = Array.from({ length: 60 }, (_, i) => ({ id: `source-${i}`, citation: `Source ${i}, a paper about ketamine treatment.`, url: `https://doi.org/10.1000/${i}` }));
  const approaches = Array.from({ length: A }, (_, i) => ({ id: `approach-${i}`, name: `Approach ${i}`, short: `A${i}` }));
  const rows = Array.from({ length: R }, (_, i) => ({ id: `row-${i}`, name: `Question ${i}?`, core: true }));
  let n = 0;
  const point = () => ({ text: text(n), sources: [sources[n++ % 60].id, sources[(n * 7) % 60].id] });
  const cells = Object.fromEntries(rows.map((row) => [row.id, Object.fromEntries(approaches.map((a) => [a.id, { answer: point(), points: [point(), point(), point(), point()] }]))]));
  return { lang: 'en', title: 'The largest comparison', reviewed: '2026-11-23', ui: en.ui, approaches, rows, cells, disclaimers: en.disclaimers, crisis: en.crisis, sources };
}

/** Writes the page into .bench/ (beside demo/ and dist/): every row shown, all approaches but the last on. */
export function writePage() {
  const data = largestDataset();
  const rows = data.rows.map((row) => row.id).join(' ');
  const approaches = data.approaches.map((a) => a.id).join(' ');
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/approach-largest.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Largest dataset</title>
<script src="../dist/ketamine-compare.js"></script></head><body style="width: 1200px">
<ketamine-compare rows="${rows}" approaches="${approaches}"><script type="application/json">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script></ketamine-compare>
</body></html>`,
  );
  return '/.bench/approach-largest.html';
}

/** In the page: switches the last approach off then on, `times` times each; click to the next frame painted. */
async function switchTimes(times) {
  const el = document.querySelector('ketamine-compare');
  while (!el.shadowRoot?.querySelector('[part="approach-toggle"]')) await new Promise((resolve) => setTimeout(resolve, 20));
  const button = () => [...el.shadowRoot.querySelectorAll('[part="approach-toggle"]')].at(-1);
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await painted();
  const off = [];
  const on = [];
  for (let i = 0; i < times; i++) {
    for (const list of [off, on]) {
      const start = performance.now();
      button().click();
      await painted();
      list.push(performance.now() - start);
      await painted();
    }
  }
  return { off, on, cells: el.shadowRoot.querySelectorAll('td[part="cell"]').length };
}

/** Opens the page `runs` times in a fresh tab, CPU throttled; the click-to-painted times of every switch. */
export async function measureApproachSwitch(browser, origin, { runs = 3, times = 5, throttle = 4 } = {}) {
  const path = writePage();
  const all = { off: [], on: [] };
  let cells = 0;
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateCPUThrottling(throttle);
    await page.goto(origin + path, { waitUntil: 'load' });
    const result = await page.evaluate(switchTimes, times);
    all.off.push(...result.off);
    all.on.push(...result.on);
    cells = result.cells;
    await page.close();
  }
  return { ...all, cells };
}

// Alone: serve, measure, print.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startDevServer } = await import('@web/dev-server');
  const puppeteer = (await import('puppeteer-core')).default;
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('./browsers.mjs');
  const server = await startDevServer({ config: { rootDir: '.', hostname: '127.0.0.1', port: 0, injectWebSocket: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const throttle = Number(process.env.THROTTLE ?? 4);
    const { off, on, cells } = await measureApproachSwitch(browser, `http://127.0.0.1:${server.server.address().port}`, { runs: Number(process.env.RUNS ?? 3), throttle });
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(`Approach switch, largest dataset (${cells} cells shown after), CPU ${throttle}x: off ${median(off).toFixed(1)} ms (worst ${Math.max(...off).toFixed(1)}), on ${median(on).toFixed(1)} ms (worst ${Math.max(...on).toFixed(1)})`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
