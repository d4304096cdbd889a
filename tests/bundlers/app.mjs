// What every bundler test shares: the package as `npm pack` makes it, unpacked into a tiny app's node_modules as
// npm would install it; the app itself; a static server for a built app; and Chromium to open it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
export const es = read('src/data/es.json');
export const en = read('src/data/en.json');
export const custom = read('demo/data/our-programs.json');

/** A row that starts hidden: its cells come in the part loaded later (`data/en.later.js`). */
export const LATER_ROW = en.rows.find((row) => !row.core).id;

/**
 * The app's code: three elements, each needing a part that is not in the element's first module: a row loaded
 * later (English), another language (Spanish), and a custom dataset (the checker).
 */
const MAIN = `import 'ketamine-compare/define';
document.querySelector('#app').innerHTML =
  '<ketamine-compare id="later" rows="route ${LATER_ROW}"></ketamine-compare>' +
  '<ketamine-compare id="spanish" lang="es"></ketamine-compare>' +
  '<ketamine-compare id="custom" src="our-programs.json"></ketamine-compare>';
`;
export const INDEX_HTML = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title></head>
<body><div id="app"></div><script type="module" src="${script}"></script></body></html>`;

/** Packs the built package (run `npm run build` first) and makes an app that depends on it. Returns its folder. */
export function makeApp() {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-compare-app-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  // As npm installs it: the tarball's package/ folder, under node_modules/<name>.
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'ketamine-compare'), { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', join(modules, 'ketamine-compare'), '--strip-components=1']);
  // Its one dependency, Lit, copied from this project's install (no network): real folders, as npm lays them out.
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) cpSync(join(ROOT, 'node_modules', pkg), join(modules, pkg), { recursive: true, dereference: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { 'ketamine-compare': `file:${filename}` } }));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.js'), MAIN);
  mkdirSync(join(dir, 'public'));
  cpSync(join(ROOT, 'demo/data/our-programs.json'), join(dir, 'public', 'our-programs.json'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves a built app's folder on 127.0.0.1; resolves to its URL and a close(). */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

let browser;
/** One Chromium for the whole file. */
export async function chromium() {
  browser ??= await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  return browser;
}
export const closeChromium = () => browser?.close();

/**
 * Opens the app and waits until each element shows what its part brought: the row loaded later, with cells;
 * the Spanish title; the custom dataset's title. Resolves to what the page showed, and every failed request.
 */
export async function openApp(url) {
  const page = await (await chromium()).newPage();
  const failed = [];
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  const shown = () =>
    page.evaluate((row) => {
      const root = (id) => document.getElementById(id)?.shadowRoot;
      return {
        laterRowCells: root('later')?.querySelectorAll(`tbody tr[data-id="${row}"] td[part="cell"]`).length ?? 0,
        spanishCaption: root('spanish')?.querySelector('caption')?.textContent ?? null,
        customCaption: root('custom')?.querySelector('caption')?.textContent ?? null,
      };
    }, LATER_ROW);
  try {
    await page.waitForFunction(
      (row, esTitle, customTitle) => {
        const root = (id) => document.getElementById(id)?.shadowRoot;
        return (
          root('later')?.querySelectorAll(`tbody tr[data-id="${row}"] td[part="cell"]`).length > 0 &&
          root('spanish')?.querySelector('caption')?.textContent === esTitle &&
          root('custom')?.querySelector('caption')?.textContent === customTitle
        );
      },
      { timeout: 15_000 },
      LATER_ROW,
      es.title,
      custom.title,
    );
  } catch {
    // The assertions below say what was missing.
  }
  const result = { ...(await shown()), failed, errors };
  await page.close();
  return result;
}
