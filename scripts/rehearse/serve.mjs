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

/** Pages kept in memory, by path: `pages.set('/post.html', html)` publishes one. */
export async function servePages() {
  const pages = new Map();
  const server = await listen((request, response) => {
    const html = pages.get(new URL(request.url, 'http://blog').pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  return { ...server, pages };
}
