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

/**
 * The session's DevTools protocol connection, or null where there is none: Chromium is driven over CDP, Firefox
 * over WebDriver BiDi (through Puppeteer). Errors in Chromium are not hidden.
 */
async function devTools(session) {
  if (session.browser.type !== 'puppeteer') return null;
  const page = session.browser.getPage(session.id);
  return page.browser().protocol === 'cdp' ? page.createCDPSession() : null;
}

/**
 * `executeServerCommand(name, true | false)` in a test: switches a CSS media feature on or off through Chromium's
 * DevTools protocol (Puppeteer's own emulation does not know forced-colors). Answers whether it could: Firefox has
 * no such hook here, so the command answers false and the test checks what does not depend on the mode.
 * (`emulateMedia` from @web/test-runner-commands throws there, so a test could not tell "cannot" from "failed".)
 */
const emulateMediaFeature = (command, feature, on, off) => ({
  name: command,
  async executeCommand({ command: called, payload, session }) {
    if (called !== command) return undefined;
    const cdp = await devTools(session);
    if (!cdp) return false;
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: feature, value: payload ? on : off }] });
    return true;
  },
});

/**
 * `executeServerCommand('accessible-roles')`: every "role:name" in Chromium's full accessibility tree, which is
 * what a screen reader is given (Puppeteer's snapshot keeps only "interesting" nodes and drops table structure);
 * false where the engine's tree cannot be read here (Firefox).
 */
const accessibleRolesCommand = {
  name: 'accessible-roles',
  async executeCommand({ command, session }) {
    if (command !== 'accessible-roles') return undefined;
    const cdp = await devTools(session);
    if (!cdp) return false;
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
    emulateMediaFeature('emulate-forced-colors', 'forced-colors', 'active', 'none'),
    emulateMediaFeature('emulate-reduced-motion', 'prefers-reduced-motion', 'reduce', 'no-preference'),
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
