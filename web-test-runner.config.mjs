// Runs every test in two real engines: Debian's Chromium and Firefox ESR (no browser downloads here).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // Root needs --no-sandbox; the rest stop Chromium calling home on a machine with no network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
});

const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
});

/** The strict policy of issue 4 / the contract: no inline code, no eval, Trusted Types for script sinks. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export default {
  // tests/pages/csp-*.html are served with a strict Content-Security-Policy header, as a locked-down site would.
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/tests/pages/csp-')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  files: 'tests/**/*.test.ts',
  // Lit's production build, as in dist/ (its dev build warns on every page).
  nodeResolve: { exportConditions: ['production'] },
  // The tsconfig carries the class-field settings Lit needs. JSON is imported natively (`with { type: 'json' }`),
  // so the server leaves .json files alone: the element fetches the Spanish one at run time.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [chromium, firefox],
  testFramework: { config: { timeout: 10000 } },
};
