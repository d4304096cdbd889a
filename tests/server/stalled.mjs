// Servers that stall, for the src time limit (tests/custom-dataset.test.ts): /tests/slow/never-answers.json never
// answers, /tests/slow/stops-halfway.json stops halfway through the body. Both hold the request until the
// browser gives up on it (or a minute has passed), as a stalled server does.
import { PassThrough } from 'node:stream';

export async function stalledServers(context, next) {
  if (context.path !== '/tests/slow/never-answers.json' && context.path !== '/tests/slow/stops-halfway.json') return next();
  const closed = new Promise((resolve) => {
    context.res.once('close', resolve);
    setTimeout(resolve, 60_000).unref();
  });
  if (context.path === '/tests/slow/never-answers.json') return closed.then(() => (context.status = 204));
  context.type = 'json';
  context.body = new PassThrough();
  context.body.write('{"lang": "en", "title": "Half a ');
  closed.then(() => context.body.end());
  return undefined;
}
