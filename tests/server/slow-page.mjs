// A page that arrives in two parts, and a script that arrives late.
//
// A page that arrives in two parts, as over a slow network: /tests/slow/<page> serves tests/pages/<page> up to
// the comment <!-- pause -->, waits 600 ms, then sends the rest. Browsers draw what they have in between, which
// is when a widget could show something other than what the owner wrote (tests/robustness.test.ts).
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { injectClock } from './clock.mjs';

export async function slowPage(context, next) {
  // A parser-blocking script that takes a second and a half to arrive (tests/pages/head-inline-blocking.html).
  if (context.path === '/tests/slow/script.js') {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    context.type = 'js';
    context.body = '// late\n';
    return;
  }
  const match = /^\/tests\/slow\/([\w-]+\.html)$/.exec(context.path);
  if (!match) return next();
  // A page this middleware answers skips the plugins' transforms, so it puts the fixed clock in itself.
  const [before, after] = injectClock(readFileSync(`tests/pages/${match[1]}`, 'utf8')).split('<!-- pause -->');
  context.type = 'html';
  context.body = Readable.from(
    (async function* () {
      // Enough bytes first for the browser to start drawing (it waits for about 512 bytes before sniffing).
      yield before + ' '.repeat(2048);
      await new Promise((resolve) => setTimeout(resolve, 600));
      yield after;
    })(),
  );
}
