// Where the engines come from and how they start, for the tests (web-test-runner.config.mjs) and the bench
// (Chromium only). All are Debian's packages: test tools cannot download browsers here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Root needs --no-sandbox; the rest stop Chromium calling home on a machine with no network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** WebKitGTK's WebDriver (package webkit2gtk-driver) and the MiniBrowser it drives (libwebkit2gtk-4.1-0). */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = 'Xvfb';

/** What WebKitWebDriver needs to open a MiniBrowser; webdriverio must speak classic WebDriver to it, not BiDi. */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
};

/**
 * Starts a virtual X display and WebKitWebDriver on it (MiniBrowser has no headless mode, and webdriverio cannot
 * start this driver itself). Resolves to the driver's port and a `stop()`. Both processes are also stopped when
 * this Node process exits for any reason it can catch, so none is left behind by a failed or interrupted run.
 */
export async function startWebKitDriver() {
  const missing = [[WEBKIT_DRIVER_PATH, 'webkit2gtk-driver'], [MINIBROWSER_PATH, 'libwebkit2gtk-4.1-0']].filter(([path]) => !existsSync(path));
  if (!onPath(XVFB)) missing.push([XVFB, 'xvfb']);
  if (missing.length > 0) {
    throw new Error(
      `WebKit cannot run: missing ${missing.map(([path]) => path).join(', ')}.\n` +
        `  Install Debian's packages: apt-get install -y ${[...new Set(missing.map(([, pkg]) => pkg))].join(' ')}\n` +
        '  or set WEBKIT_DRIVER_PATH / MINIBROWSER_PATH to where they are, or run the other engines: ENGINES=chromium,firefox',
    );
  }

  const children = [];
  const stopNow = () => children.filter(running).forEach((child) => child.kill());
  // 'exit' covers a normal end, process.exit() and an uncaught error; SIGINT (Ctrl-C) ends in process.exit()
  // through the test runner. SIGTERM and SIGHUP would end Node without 'exit', so they are made to exit.
  const onSignal = (signal) => {
    stopNow();
    process.exit(128 + (signal === 'SIGHUP' ? 1 : 15));
  };
  process.on('exit', stopNow);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  const stop = async () => {
    // The driver first, so that it ends the browser it started before the display goes away.
    for (const child of [...children].reverse()) {
      if (running(child)) child.kill();
      await exited(child);
    }
    process.off('exit', stopNow);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  };

  try {
    // -displayfd: Xvfb picks a free display number and writes it to stdout once it accepts clients.
    const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(xvfb);
    const display = `:${(await firstLine(xvfb, 'Xvfb')).trim()}`;

    const port = await freePort();
    // The driver passes its environment, with the display, to MiniBrowser. (WEBKIT_DISABLE_COMPOSITING_MODE
    // would save about a quarter of WebKit's time here, but then a WebDriver screenshot can wait 10 s for a frame.)
    const env = { ...process.env, DISPLAY: display };
    const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], env });
    children.push(driver);
    await listening(driver, port);
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const onPath = (command) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));

/** Resolves when a child has ended, or at once if it has ended already or never started. */
const exited = (child) => (!running(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve)));
const running = (child) => child.pid !== undefined && child.exitCode === null && child.signalCode === null;

/** Resolves to the first line a child prints, or rejects with what it said on stderr if it ends first. */
function firstLine(child, name) {
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${name} ended (${code}) before it was ready: ${stderr.trim()}`)));
  });
}

/** A TCP port free on the loopback address just now (for a server that must be told its port). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the driver answers on its port (it binds it a moment after it starts), for at most 10 s. */
async function listening(driver, port) {
  let stderr = '';
  driver.stderr.on('data', (chunk) => (stderr += chunk));
  const failed = new Promise((resolve, reject) => {
    driver.once('error', reject);
    driver.once('exit', (code) => reject(new Error(`WebKitWebDriver ended (${code}) before it was ready: ${stderr.trim()}`)));
  });
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const ready = fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
    if (await Promise.race([ready, failed])) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s: ${stderr.trim()}`);
}
