// Every test page runs on a fixed day, so `npm test` gives the same answer on any day (issue 20).
//
// The widget reads the visitor's clock (`new Date()`): after the dataset's `nextReview` it shows a note, warns in
// the console and grows taller; after a point's `until` it marks that point. A suite that ran on the real clock
// would turn red on the day after `nextReview`, whatever had changed. So this plugin puts a tiny script first in
// every HTML page the test server sends (the test runner's own pages and every page a test opens in an iframe),
// before any other script: it moves the page's clock to `start`, from where it goes on ticking at the real rate
// (Date.now() differences, cache-busting `?t=${Date.now()}` and timeouts still work). Only `Date` moves;
// `performance.now()` and timers do not depend on the day.
//
// The day chosen (web-test-runner.config.mjs) is the bundled dataset's `reviewed` date: content is fresh on the day
// it was reviewed. A test about another day sets the clock itself, on top of this one (tests/stale.test.ts).
//
// The script is served from a file of the test server's own, not inline, so pages under a strict
// Content-Security-Policy (script-src 'self', tests/pages/csp-*.html) run it too. Its path starts with the
// prefix of the server's other injected script (its live-reload socket), which tests that list what a page
// fetched leave out (tests/embedding.test.ts).
//
// The script shifts whatever clock the browser has, so pages start on `start` whatever the machine's date. Checked
// with Debian's `faketime '2027-01-15 12:00:00'`: Chromium inherits the fake clock (LD_PRELOAD reaches it), and
// without this plugin its pages say 2027-01-15; with it, the whole suite passes. Firefox ESR does not start under
// `faketime` at all (its launch times out), so there the plain JavaScript above is the whole argument.

export const CLOCK_PATH = '/__web-dev-server__fixed-clock.js';

/** The script that moves a page's clock to `start` (an ISO date-time), ticking on from there. */
export function clockScript(start) {
  const startMs = Date.parse(start);
  if (Number.isNaN(startMs)) throw new Error(`fixedClock: "${start}" is not a date`);
  return `// The test server's fixed clock (tests/server/clock.mjs): this page starts on ${start}.
(() => {
  const RealDate = Date;
  const offset = ${startMs} - RealDate.now();
  const now = () => RealDate.now() + offset;
  // A function, not a class, so that Date() called without new still answers a string, as it does natively.
  function FixedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  }
  Object.setPrototypeOf(FixedDate, RealDate); // Date.UTC, Date.parse
  FixedDate.prototype = RealDate.prototype; // instanceof Date, and subclasses of Date, as before
  FixedDate.now = now;
  globalThis.Date = FixedDate;
})();
`;
}

/** Puts the script tag before anything else the page runs: first in <head>, or else before the first tag. */
export function injectClock(html) {
  const tag = `<script src="${CLOCK_PATH}"></script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  // No <head> tag: after the doctype and an <html> tag if there are, else at the start (the parser opens the head).
  const lead = /^(\s*<!doctype[^>]*>)?(\s*<html(\s[^>]*)?>)?/i.exec(html)[0];
  return lead + tag + html.slice(lead.length);
}

/** The web-test-runner plugin: serves the script and puts it into every HTML page. */
export function fixedClock(start) {
  const script = clockScript(start);
  return {
    name: 'fixed-clock',
    serve(context) {
      if (context.path === CLOCK_PATH) return { body: script, type: 'js' };
      return undefined;
    },
    transform(context) {
      if (context.response.is('html') && typeof context.body === 'string') return { body: injectClock(context.body) };
      return undefined;
    },
  };
}
