// A new language is a data file with its UI words, and nothing else to remember: in a copy of the project, a
// throwaway language `xx` is added to src/data, the project is built, and a real browser shows it in the element
// (a page in that language) and in the configurator's language list. Run by `npm test` (node --test).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browsers.mjs';

const project = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'ketamine-compare-languages-'));
let server;
let browser;
let origin;

before(async () => {
  for (const entry of ['src', 'scripts', 'demo', 'rollup.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
  // The throwaway language: the English dataset under another language's name, with words of its own.
  const en = JSON.parse(readFileSync(join(project, 'src/data/en.json'), 'utf8'));
  const xx = { ...en, lang: 'xx', title: 'Throwaway comparison', ui: { ...en.ui, toggles: 'Throwaway rows' } };
  writeFileSync(join(copy, 'src/data/xx.json'), JSON.stringify(xx));
  execFileSync('npx', ['--no-install', 'rollup', '-c', '--silent'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await startDevServer({ config: { rootDir: copy, hostname: '127.0.0.1', port: 0, injectWebSocket: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  origin = `http://127.0.0.1:${server.server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(copy, { recursive: true, force: true });
});

test('the build writes the language its files, beside the script', () => {
  for (const file of ['ketamine-compare.xx.js', 'ketamine-compare.xx.later.js']) assert.ok(existsSync(join(copy, 'dist', file)), file);
});

test('a page in that language shows its comparison, in its words', async () => {
  writeFileSync(join(copy, 'demo', 'xx.html'), '<!doctype html><html lang="xx"><body><script src="../dist/ketamine-compare.js"></script><ketamine-compare></ketamine-compare></body></html>');
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/xx.html`);
  const words = await page.waitForFunction(() => {
    const root = document.querySelector('ketamine-compare').shadowRoot;
    const caption = root.querySelector('.stack:not([hidden]) caption');
    return caption && { caption: caption.textContent, toggles: root.querySelector('[part="toggles"] .label-of').textContent, lang: root.querySelector('.stack').lang };
  });
  assert.deepEqual(await words.jsonValue(), { caption: 'Throwaway comparison', toggles: 'Throwaway rows', lang: 'xx' });
  await page.close();
});

test("the configurator offers it in its language list", async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/configurator.html`);
  const languages = await page.waitForFunction(() => {
    const options = [...document.querySelectorAll('select#lang option')].map((option) => option.value);
    return options.length && options;
  });
  assert.ok((await languages.jsonValue()).includes('xx'));
  await page.close();
});
