// The release rehearsal's CDN, shaped like jsDelivr's npm mirror: on the first request for a version it asks the
// registry for the package, downloads the tarball npm would hand out (checking it against the registry's
// integrity, as npm does), unpacks it, and from then on serves its files at
//   /npm/NAME@VERSION/PATH            e.g. /npm/ketamine-compare@0.2.0/dist/ketamine-compare.js
// with the headers of jsDelivr's that matter to a pasted snippet: CORS for everyone (a script with `integrity`
// and `crossorigin` is refused without it), the files' content types, nosniff, and a year's caching. A version
// the registry does not have is a 404, not remembered (a version can be published the next minute).
//
// `changeByte: true` makes it a CDN that serves the published script, dist/ketamine-compare.js, with one byte
// changed: the first "988" (the crisis line) becomes "989". Every pasted snippet must then refuse to run it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { listen, TYPES } from './serve.mjs';

export const SCRIPT = 'dist/ketamine-compare.js';

/** Starts the CDN on 127.0.0.1. Resolves to its `base` (…/npm/), the `requests` it answered, and `stop()`. */
export async function startCdn({ registry, dir, changeByte = false }) {
  const unpacked = new Map(); // "name@version" → the folder holding its package/
  const requests = [];

  async function unpack(name, version) {
    const key = `${name}@${version}`;
    if (unpacked.has(key)) return unpacked.get(key);
    const answer = await fetch(new URL(encodeURIComponent(name), registry));
    if (!answer.ok) return undefined;
    const release = (await answer.json()).versions?.[version];
    if (!release) return undefined;
    const tarball = Buffer.from(await (await fetch(release.dist.tarball)).arrayBuffer());
    const [algorithm, expected] = release.dist.integrity.split(/-(.*)/s);
    if (createHash(algorithm).update(tarball).digest('base64') !== expected) throw new Error(`cdn: the tarball of ${key} does not match the registry's integrity`);
    const folder = join(dir, key);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.tgz'), tarball);
    execFileSync('tar', ['-xzf', 'package.tgz'], { cwd: folder });
    unpacked.set(key, folder);
    return folder;
  }

  const server = await listen(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://cdn').pathname);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      requests.push({ path, status, origin: request.headers.origin });
      response.writeHead(status, {
        'access-control-allow-origin': '*',
        'cross-origin-resource-policy': 'cross-origin',
        'timing-allow-origin': '*',
        'x-content-type-options': 'nosniff',
        'content-type': type,
        'cache-control': status === 200 ? 'public, max-age=31536000, s-maxage=31536000, immutable' : 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const match = /^\/npm\/((?:@[^/@]+\/)?[^/@]+)@(\d+\.\d+\.\d+[^/]*)\/(.+)$/.exec(path);
    if (!match) return send(404, 'Not found: this CDN serves /npm/NAME@X.Y.Z/PATH only.');
    const [, name, version, file] = match;
    const folder = await unpack(name, version);
    if (!folder) return send(404, `Couldn't find the requested release version ${version}.`);
    const local = normalize(join(folder, 'package', file));
    if (!local.startsWith(join(folder, 'package') + '/') || !statSync(local, { throwIfNoEntry: false })?.isFile()) {
      return send(404, `Couldn't find the requested file ${file} in ${name}@${version}.`);
    }
    let bytes = readFileSync(local);
    if (changeByte && file === SCRIPT) bytes = changeOneByte(bytes);
    send(200, bytes, TYPES[/\.[^.]+$/.exec(file)?.[0]] ?? 'text/plain; charset=utf-8');
  });
  return { base: `${server.url}npm/`, requests, stop: server.stop };
}

/** The first "988" (the crisis line's number) made "989": one byte, and the script still runs if let through. */
export function changeOneByte(bytes) {
  const at = bytes.indexOf('988');
  if (at < 0) throw new Error(`cdn: ${SCRIPT} has no "988" to change`);
  const changed = Buffer.from(bytes);
  changed[at + 2] = '9'.charCodeAt(0);
  return changed;
}
