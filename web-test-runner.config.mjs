// Runs every test in two real engines: Debian's Chromium and Firefox ESR (no browser downloads here).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from './scripts/browsers.mjs';
import { HANDOFF, languages } from './scripts/datasets.mjs';
import { unreliableCdn } from './tests/server/cdn.mjs';
import { slowPage } from './tests/server/slow-page.mjs';
import { stalledServers } from './tests/server/stalled.mjs';

const chromium = chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });

const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
});

/** The strict policy of issue 4 / the contract: no inline code, no eval, Trusted Types for script sinks. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** `executeServerCommand('emulate-forced-colors', true)` in a test: Windows High Contrast mode, in Chromium. */
const forcedColorsCommand = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    // Puppeteer does not know this media feature; Chromium's DevTools protocol does. Firefox has no such hook
    // here, so the command answers false and the test checks what does not depend on the mode.
    if (!/chrom/i.test(session.browser.name)) return false;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }] });
    return true;
  },
};

/**
 * `executeServerCommand('accessible-roles')`: every "role:name" in Chromium's full accessibility tree, which is
 * what a screen reader is given. (Puppeteer's snapshot keeps only "interesting" nodes and drops table structure.)
 */
const accessibleRolesCommand = {
  name: 'accessible-roles',
  async executeCommand({ command, session }) {
    if (command !== 'accessible-roles') return undefined;
    if (!/chrom/i.test(session.browser.name)) return false;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((node) => !node.ignored).map((node) => `${node.role?.value}:${node.name?.value ?? ''}`);
  },
};

/**
 * `executeServerCommand('screenshot')`: the test page's viewport as a base64 PNG, so a test can compare what a
 * visitor sees (the focus rings, tests/focus.test.ts) instead of reading CSS.
 */
const screenshotCommand = {
  name: 'screenshot',
  async executeCommand({ command, session }) {
    if (command !== 'screenshot') return undefined;
    return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
  },
};

export default {
  // tests/pages/csp-*.html are served with a strict Content-Security-Policy header, as a locked-down site would.
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/tests/pages/csp-')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    unreliableCdn,
    slowPage,
    stalledServers,
  ],
  files: 'tests/**/*.test.ts',
  // Lit's production build, as in dist/ (its dev build warns on every page).
  nodeResolve: { exportConditions: ['production'] },
  // The tsconfig carries the class-field settings Lit needs. JSON is imported natively (`with { type: 'json' }`),
  // so the server leaves .json files alone: the element fetches the Spanish one at run time.
  plugins: [
    forcedColorsCommand,
    accessibleRolesCommand,
    screenshotCommand,
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // What the build writes into the code (rollup.config.mjs), from the same source.
      define: { __LANGUAGES__: JSON.stringify(languages()), __HANDOFF__: JSON.stringify(HANDOFF), __VERSION__: '"0.0.0-test"' },
    }),
  ],
  browsers: [chromium, firefox],
  testFramework: { config: { timeout: 10000 } },
};
