// A page the back/forward cache can take (tests/bfcache.test.ts).
//
// The test server adds a script to every HTML page that opens a WebSocket back to it (for its own use, not the
// widget's), and an open WebSocket keeps a page out of the cache: Chromium names it as the reason. A page asked for
// with `?bfcache` is served without that script, so what could keep it out is the page's and the widget's own.
const INJECTED = /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

export async function withoutWebSocket(context, next) {
  await next();
  if (context.query.bfcache !== undefined && typeof context.body === 'string') context.body = context.body.replace(INJECTED, '');
}
