// The built files as an unreliable CDN would serve them, for tests/lazy.test.ts and tests/load-event.test.ts.
// Under /tests/cdn/<mode>-<id>/:
//   page.html             a page with the script (from this same folder) and one <ketamine-compare>; the query
//                         sets the page's `lang`, the element's `rows`, its `src` (a custom dataset), with
//                         `plain=1` the owner's plain copy inside it, and with `element=0` no element at all
//   ketamine-compare*.js  the file from dist/, where the files loaded after the first screen (*.later.js) are
//                         slow: 1.5 s late;  fail: missing the first time (per id), there after;
//                         silent: never answered (held for 20 s, then missing);  fine: as they are;
//                         and every file beside the script (any but ketamine-compare.js) is
//                         held: not answered until the test asks for release (or 30 s have passed);
//                         gone: missing, always;  late: 1.5 s late (a Spanish page's first view waits for its
//                         language: tests/lazy.test.ts, as a loaded machine would make any page wait)
//   release               answers every held request of this id, and any that comes after it at once
//   requests.json         how many times each file was asked for, by this id's page
import { injectClock } from './clock.mjs';

const failed = new Set();
/** Held requests waiting for release, by id. */
const held = new Map();
/** Requests, by id, then file. */
const asked = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The owner's plain copy, as the configurator writes it (shortened): shown until the widget draws, and where it cannot. */
const PLAIN_COPY = {
  en: '<div class="plain"><h2>How ketamine treatments differ</h2><p>Plain copy of the comparison.</p></div>',
  es: '<div class="plain"><h2>En qué se diferencian los tratamientos con ketamina</h2><p>Copia sencilla de la comparación.</p></div>',
};

export async function unreliableCdn(context, next) {
  const match = /^\/tests\/cdn\/(slow|fail|silent|fine|held|gone|late)-(\w+)\/([\w.-]+)$/.exec(context.path);
  if (!match) return next();
  const [, mode, id, file] = match;
  if (file === 'page.html') {
    const { lang = 'en', rows, src, plain, element = '1' } = context.query;
    const attributes = [['approaches', 'kap iv-infusion iv-integration'], ['rows', rows], ['src', src]].filter(([, value]) => value).map(([name, value]) => ` ${name}="${value}"`);
    const widget = element === '1' ? `<ketamine-compare${attributes.join('')}>${plain ? PLAIN_COPY[lang] : ''}</ketamine-compare>` : '';
    context.type = 'html';
    // A paragraph after the widget: what moves if the widget changes height (a layout shift).
    context.body = injectClock(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script src="/tests/pages/record-errors.js"></script><script src="/tests/pages/record-frames.js"></script></head>
<body><script src="ketamine-compare.js"></script>${widget}<p class="after">After the widget.</p></body></html>`);
    return;
  }
  if (file === 'release') {
    const waiting = held.get(id);
    if (Array.isArray(waiting)) for (const release of waiting) release();
    held.set(id, 'released'); // and any asked for later is answered at once
    context.body = 'released';
    return;
  }
  if (file === 'requests.json') {
    context.body = Object.fromEntries(asked.get(id) ?? []);
    return;
  }
  if (!asked.has(id)) asked.set(id, new Map());
  asked.get(id).set(file, (asked.get(id).get(file) ?? 0) + 1);
  const beside = file !== 'ketamine-compare.js';
  if (mode === 'held' && beside && held.get(id) !== 'released') {
    await new Promise((release) => {
      if (!held.has(id)) held.set(id, []);
      held.get(id).push(release);
      // Until released, the browser gives up (a removed page), or 30 s have passed.
      context.res.once('close', release);
      setTimeout(release, 30_000).unref();
    });
  }
  if (mode === 'late' && beside) await sleep(1500);
  if (file.includes('.later.')) {
    if (mode === 'slow') await sleep(1500);
    if (mode === 'silent') await sleep(20_000);
  }
  if ((mode === 'gone' && beside) || (file.includes('.later.') && (mode === 'silent' || (mode === 'fail' && !failed.has(id))))) {
    failed.add(id);
    context.status = 404;
    context.body = 'Not found';
    return;
  }
  context.url = `/dist/${file}`;
  return next();
}
