// The built files as an unreliable CDN would serve them, for tests/lazy.test.ts. Under /tests/cdn/<mode>-<id>/:
//   page.html             a page with the script (from this same folder) and one <ketamine-compare>
//   ketamine-compare*.js  the file from dist/, where the files loaded after the first screen (*.later.js) are
//                         slow: 1.5 s late;  fail: missing the first time (per id), there after;
//                         silent: never answered (held for 20 s, then missing);  fine: as they are.
import { injectClock } from './clock.mjs';

const failed = new Set();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function unreliableCdn(context, next) {
  const match = /^\/tests\/cdn\/(slow|fail|silent|fine)-(\w+)\/([\w.-]+)$/.exec(context.path);
  if (!match) return next();
  const [, mode, id, file] = match;
  if (file === 'page.html') {
    context.type = 'html';
    // A page this middleware answers skips the plugins' transforms, so it puts the fixed clock in itself.
    context.body = injectClock(`<!doctype html><html lang="${context.query.lang ?? 'en'}"><head><meta charset="utf-8"><script src="/tests/pages/record-errors.js"></script></head>
<body><script src="ketamine-compare.js"></script><ketamine-compare approaches="kap iv-infusion iv-integration"></ketamine-compare></body></html>`);
    return;
  }
  if (file.includes('.later.')) {
    if (mode === 'slow') await sleep(1500);
    if (mode === 'silent') await sleep(20_000);
    if (mode === 'silent' || (mode === 'fail' && !failed.has(id))) {
      failed.add(id);
      context.status = 404;
      context.body = 'Not found';
      return;
    }
  }
  context.url = `/dist/${file}`;
  return next();
}
