// Runs every test in three real engines: Debian's Chromium, Firefox ESR and WebKitGTK (no browser downloads here).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_CAPABILITIES, startWebKitDriver } from './scripts/browsers.mjs';
import { HANDOFF, languages, readDataset, unavailableWords } from './scripts/datasets.mjs';
import { withoutWebSocket } from './tests/server/bfcache.mjs';
import { unreliableCdn } from './tests/server/cdn.mjs';
import { nonUtf8Page } from './tests/server/charset.mjs';
import { fixedClock } from './tests/server/clock.mjs';
import { hostFrameworks } from './tests/server/hosts.mjs';
import { slowPage } from './tests/server/slow-page.mjs';
import { writtenOutDates } from './tests/server/dates.mjs';
import { stalledServers } from './tests/server/stalled.mjs';

const chromium = chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });

/**
 * Firefox over WebDriver BiDi. Puppeteer's setViewport (which the launcher calls for every test page) also sends
 * a screen-orientation override that Debian's Firefox ESR 140.12 does not know ("unknown command"): every test
 * file failed. The viewport itself is set by the command before it; only that one error is let through.
 */
const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
  async createPage({ context }) {
    const page = await context.newPage();
    const setViewport = page.setViewport.bind(page);
    page.setViewport = (viewport) =>
      setViewport(viewport).catch((error) => {
        if (!/setScreenOrientationOverride/.test(String(error?.message))) throw error;
      });
    return page;
  },
});

/**
 * WebKit, the engine of every iPhone, as WebKitGTK's MiniBrowser under WebDriver. The launcher starts the virtual
 * display and the driver before its first test file and stops them after its last.
 */
class WebKitLauncher extends WebdriverLauncher {
  // One test file at a time, each in the top-level page: with more, the webdriver launcher runs files side by side
  // in iframes of one page, where focus, keyboard and the window size are shared.
  concurrency = 1;

  constructor() {
    const options = { hostname: '127.0.0.1', capabilities: WEBKIT_CAPABILITIES };
    super(options);
    this.driverOptions = options;
  }

  async initialize(config, testFiles) {
    this.processes = await startWebKitDriver();
    this.driverOptions.port = this.processes.port;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
  }

  async stop() {
    await super.stop();
    await this.processes?.stop();
  }
}

/** The strict policy the README documents: no inline code, no eval, Trusted Types for script sinks. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The policy of each tests/pages/csp-*.html page: the strict one, and for three pages a list of the Trusted Types
 * policies allowed, as sites that list them have: both the widget's (csp-listed), the widget's own and the blog's
 * but not Lit's (csp-no-lit), or Lit's only (csp-no-ours).
 */
const CSP = {
  'csp-listed.html': `${STRICT_CSP}; trusted-types ketamine-compare lit-html`,
  'csp-no-lit.html': `${STRICT_CSP}; trusted-types ketamine-compare blog`,
  'csp-no-ours.html': `${STRICT_CSP}; trusted-types lit-html`,
};

/**
 * The session's DevTools protocol connection, or null where there is none: Chromium is driven over CDP; Firefox
 * (WebDriver BiDi through Puppeteer) and WebKit (classic WebDriver) are not. Errors in Chromium are not hidden.
 */
async function devTools(session) {
  if (session.browser.type !== 'puppeteer') return null;
  const page = session.browser.getPage(session.id);
  return page.browser().protocol === 'cdp' ? page.createCDPSession() : null;
}

/**
 * `executeServerCommand(name, true | false)` in a test: switches a CSS media feature on or off through Chromium's
 * DevTools protocol (Puppeteer's own emulation does not know forced-colors). Answers whether it could: Firefox and
 * WebKit have no such hook here, so the command answers false and the test checks what does not depend on the mode.
 * (`emulateMedia` from @web/test-runner-commands throws in both, so a test could not tell "cannot" from "failed".)
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
 * `executeServerCommand('emulate-print', true | false)`: the page as printed (CSS media type `print`), through
 * Chromium's DevTools protocol; false where there is no such hook here (Firefox, WebKit: tests then switch the
 * element's print rules on themselves).
 */
const emulatePrintCommand = {
  name: 'emulate-print',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-print') return undefined;
    const cdp = await devTools(session);
    if (!cdp) return false;
    await cdp.send('Emulation.setEmulatedMedia', { media: payload ? 'print' : '' });
    return true;
  },
};

/**
 * `executeServerCommand('accessible-roles')`: what a screen reader is given, as "role:name" strings, or false where
 * the engine's accessibility tree cannot be read here (Firefox). In Chromium, every node of the full tree over CDP
 * (Puppeteer's snapshot keeps only "interesting" nodes and drops table structure), with `names: true`. In WebKit,
 * WebDriver's computed role and label of every element in the page and its shadow roots, with `names: false`:
 * WebKit computes no label for a node named by its content, such as a table cell, so those names come back empty.
 */
const accessibleRolesCommand = {
  name: 'accessible-roles',
  async executeCommand({ command, session }) {
    if (command !== 'accessible-roles') return undefined;
    if (session.browser.type === 'webdriver') return webKitRoles(session.browser.driver); // its webdriverio session
    const cdp = await devTools(session);
    if (!cdp) return false;
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return { names: true, roles: nodes.filter((node) => !node.ignored).map((node) => `${node.role?.value}:${node.name?.value ?? ''}`) };
  },
};

async function webKitRoles(driver) {
  // Only rendered elements: one that is not (display: none, as a <script> is) has no accessibility object, and
  // WebKitWebDriver answers "unknown error" for it.
  const elements = await driver.execute(() => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    return all(document.body).filter((el) => el.checkVisibility());
  });
  const roles = [];
  for (const element of elements) {
    const id = Object.values(element)[0]; // the WebDriver element reference
    const role = await driver.getElementComputedRole(id);
    if (role) roles.push(`${role}:${await driver.getElementComputedLabel(id)}`);
  }
  return { names: false, roles };
}

/**
 * `executeServerCommand('dom-counters')`: after a full garbage collection, how many DOM nodes and event listeners
 * the test page's renderer holds (Chromium's DevTools protocol), or false where it cannot be read (Firefox, WebKit).
 */
const domCountersCommand = {
  name: 'dom-counters',
  async executeCommand({ command, session }) {
    if (command !== 'dom-counters') return undefined;
    const cdp = await devTools(session);
    if (!cdp) return false;
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { nodes, listeners: jsEventListeners };
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
    // WebDriver's screenshot is the viewport of the top-level page too, where WebKit runs each test file.
    if (session.browser.type === 'webdriver') return session.browser.driver.takeScreenshot();
    return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
  },
};

/**
 * `executeServerCommand('bfcache-round-trip', { path, look })`: opens `path` in a tab of its own (a page in an iframe
 * is never put in the back/forward cache), runs `look` there (the source of a function of 'before' | 'after', whose
 * result must be JSON), goes to another site (127.0.0.1 for localhost), comes back, and runs `look` again. Answers
 * each `pageshow` event's `persisted`, what Chromium said kept the page out of the cache (none when it was used) and
 * both looks; false where there is no such hook here (Firefox, WebKit).
 */
const bfcacheCommand = {
  name: 'bfcache-round-trip',
  async executeCommand({ command, payload, session }) {
    if (command !== 'bfcache-round-trip') return undefined;
    if (!(await devTools(session))) return false;
    const testPage = session.browser.getPage(session.id);
    const page = await testPage.browserContext().newPage();
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Page.enable');
      const reasons = [];
      cdp.on('Page.backForwardCacheNotUsed', ({ notRestoredExplanations }) => reasons.push(...notRestoredExplanations.map((e) => e.reason)));
      await page.evaluateOnNewDocument(() => {
        window.shows = [];
        addEventListener('pageshow', (event) => window.shows.push(event.persisted));
      });
      const url = new URL(payload.path, testPage.url());
      await page.goto(url.href, { waitUntil: 'load' });
      const look = (phase) => page.evaluate(`(${payload.look})(${JSON.stringify(phase)})`);
      const before = await look('before');
      url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      await page.goto(url.href, { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'load' });
      return { shows: await page.evaluate(() => window.shows), reasons, before, after: await look('after') };
    } finally {
      await page.close();
    }
  },
};

export default {
  // tests/pages/csp-*.html are served with a strict Content-Security-Policy header, as a locked-down site would (CSP).
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/tests/pages/csp-')) context.set('Content-Security-Policy', CSP[context.path.slice('/tests/pages/'.length)] ?? STRICT_CSP);
      return next();
    },
    unreliableCdn,
    nonUtf8Page,
    slowPage,
    writtenOutDates,
    stalledServers,
    hostFrameworks,
    withoutWebSocket,
  ],
  files: 'tests/**/*.test.ts',
  // Lit's production build, as in dist/ (its dev build warns on every page).
  nodeResolve: { exportConditions: ['production'] },
  // The tsconfig carries the class-field settings Lit needs. JSON is imported natively (`with { type: 'json' }`),
  // so the server leaves .json files alone: the element fetches the Spanish one at run time.
  plugins: [
    // Every test page starts on the day the bundled content was reviewed, whatever the machine's date, so the suite
    // gives the same answer on any day; a test about another day moves the clock itself (tests/server/clock.mjs).
    fixedClock(`${readDataset('en').reviewed}T12:00:00Z`),
    emulateMediaFeature('emulate-forced-colors', 'forced-colors', 'active', 'none'),
    emulateMediaFeature('emulate-reduced-motion', 'prefers-reduced-motion', 'reduce', 'no-preference'),
    emulatePrintCommand,
    accessibleRolesCommand,
    domCountersCommand,
    screenshotCommand,
    bfcacheCommand,
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // What the build writes into the code (rollup.config.mjs), from the same source.
      define: { __LANGUAGES__: JSON.stringify(languages()), __HANDOFF__: JSON.stringify(HANDOFF), __UNAVAILABLE__: JSON.stringify(unavailableWords()), __VERSION__: '"0.0.0-test"', __MAKERS__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).bugs.url) },
    }),
  ],
  // ENGINES=webkit (or a comma-separated list) runs only those, e.g. while working on one engine.
  browsers: Object.entries({ chromium, firefox, webkit: new WebKitLauncher() })
    .filter(([name]) => !process.env.ENGINES || process.env.ENGINES.split(',').includes(name))
    .map(([, launcher]) => launcher),
  testFramework: { config: { timeout: 10000 } },
  // A test file's whole run, browser start included: on a loaded 2-core machine WebKit's first file took over the
  // default two minutes to start. Each test keeps its own limit above.
  testsFinishTimeout: 600_000,
};
