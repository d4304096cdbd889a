// Small HTTP servers for the release rehearsal, each on its own port of 127.0.0.1 and so its own origin: the
// hosted configurator's site (a folder, as GitHub Pages serves it) and an owner's blog (pages held in memory).
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `handle(request, response)` on a free port of 127.0.0.1. Resolves to its `url` (with a final "/") and `stop()`. */
export function listen(handle) {
  const server = createServer((request, response) => {
    Promise.resolve(handle(request, response)).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error?.message ?? error));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        // Browsers keep connections open: close those too, or close() waits for them.
        stop: () => new Promise((done) => (server.close(done), server.closeAllConnections())),
      }),
    );
  });
}

/** A static site from a folder: a folder's address serves its index.html. */
export function serveFolder(root) {
  return listen((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://site').pathname);
    let file = normalize(join(root, path));
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end('Not found');
    }
    response.writeHead(200, { 'content-type': TYPES[/\.[^.]+$/.exec(file)?.[0]] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
}

/**
 * Pages kept in memory, by path: `pages.set('/post.html', html)` publishes one. With `compose(snippet)`, the
 * page at "/" is also a box to paste a snippet into, for a person trying the rehearsal by hand: it posts to
 * "/post", which answers `compose(snippet)`.
 */
export async function servePages({ compose } = {}) {
  const pages = new Map();
  if (compose) pages.set('/', PASTE_PAGE);
  const server = await listen(async (request, response) => {
    const path = new URL(request.url, 'http://blog').pathname;
    let html = pages.get(path);
    if (compose && request.method === 'POST' && path === '/post') {
      let body = '';
      for await (const chunk of request) body += chunk;
      html = compose(new URLSearchParams(body).get('snippet') ?? '');
    }
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  return { ...server, pages };
}

const PASTE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog: new post</title><link rel="icon" href="data:,"></head>
<body style="font: 18px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem">
<h1>New post</h1>
<form method="post" action="post">
<p><label for="snippet">Paste your snippet (the configurator's Copy snippet):</label></p>
<p><textarea id="snippet" name="snippet" rows="12" style="width: 100%"></textarea></p>
<p><button>Publish the post</button></p>
</form>
</body>
</html>
`;
