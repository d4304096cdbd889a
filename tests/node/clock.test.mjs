// The test server's fixed clock (tests/server/clock.mjs): where its script goes in a page, and what `Date` does once
// it has run (in a fresh JavaScript context, as a page's). Run by `npm test`; tests/clock.test.ts checks it in browsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { CLOCK_PATH, clockScript, fixedClock, injectClock } from '../../tests/server/clock.mjs';

const TAG = `<script src="${CLOCK_PATH}"></script>`;

test('injectClock: first in <head>, else before the first tag after the doctype and <html>', () => {
  const cases = [
    ['<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="a.js"></script></head><body></body></html>', `<!doctype html><html lang="es"><head>${TAG}<meta charset="utf-8"><script src="a.js"></script></head><body></body></html>`],
    ['<!DOCTYPE html>\n<HTML>\n  <HEAD data-x="1">\n  </HEAD>', `<!DOCTYPE html>\n<HTML>\n  <HEAD data-x="1">${TAG}\n  </HEAD>`],
    ['<!doctype html><html lang="en"><body><script>1</script></body></html>', `<!doctype html><html lang="en">${TAG}<body><script>1</script></body></html>`],
    ['<!doctype html><script type="module">import "x";</script>', `<!doctype html>${TAG}<script type="module">import "x";</script>`],
    ['<p>No doctype.</p><script></script>', `${TAG}<p>No doctype.</p><script></script>`],
    ['<header>not a head</header>', `${TAG}<header>not a head</header>`],
    ['', TAG],
  ];
  for (const [html, expected] of cases) assert.equal(injectClock(html), expected, html);
});

/** Runs the clock's script in a new context, then `code` there, and returns its value. */
const inPage = (start, code) => runInNewContext(`${clockScript(start)};${code}`);

test('clockScript: the page starts on the day given and its clock goes on at the real rate', () => {
  assert.equal(inPage('2026-11-23T12:00:00Z', 'new Date().toISOString().slice(0, 13)'), '2026-11-23T12');
  const elapsed = inPage('2026-11-23T12:00:00Z', 'const a = Date.now(); const until = a + 30; while (Date.now() < until); Date.now() - a');
  assert.ok(elapsed >= 30 && elapsed < 5000, `the clock did not tick: ${elapsed} ms`);
  assert.ok(Math.abs(inPage('2026-11-23T12:00:00Z', 'Date.now() - new Date().getTime()')) < 1000);
});

test('clockScript: every other use of Date is as before', () => {
  const cases = [
    ['new Date(0).toISOString()', '1970-01-01T00:00:00.000Z'],
    ["new Date('2027-01-15T08:00:00Z').getTime()", Date.parse('2027-01-15T08:00:00Z')],
    ['new Date(2027, 0, 15).getDate()', 15],
    ["Date.UTC(2027, 0, 15) === Date.parse('2027-01-15')", true],
    ['new Date() instanceof Date', true],
    ['typeof Date()', 'string'],
    ['Date().slice(11, 15)', '2026'],
    // A test that moves the clock again, as tests/stale.test.ts does, by a subclass of the page's Date.
    ["class Moved extends Date { constructor(...a) { if (a.length) super(...a); else super('2030-06-15T00:00:00Z'); } }; const m = new Moved(); [m instanceof Date, m instanceof Moved, m.getUTCFullYear(), new Moved(0).getTime()].join()", 'true,true,2030,0'],
  ];
  for (const [code, expected] of cases) assert.equal(inPage('2026-11-23T12:00:00Z', code), expected, code);
});

test('fixedClock: refuses a start that is not a date; serves its script and changes only HTML', async () => {
  assert.throws(() => fixedClock('the reviewed day'), /"the reviewed day" is not a date/);
  const plugin = fixedClock('2026-11-23T12:00:00Z');
  assert.deepEqual(plugin.serve({ path: CLOCK_PATH }), { body: clockScript('2026-11-23T12:00:00Z'), type: 'js' });
  assert.equal(plugin.serve({ path: '/tests/pages/host-plain.html' }), undefined);
  const context = (type, body) => ({ body, response: { is: (t) => t === type } });
  assert.deepEqual(plugin.transform(context('html', '<head></head>')), { body: `<head>${TAG}</head>` });
  assert.equal(plugin.transform(context('js', '<head></head>')), undefined);
});
