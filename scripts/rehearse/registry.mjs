// The release rehearsal's npm registry: Verdaccio (the exact version in package.json's devDependencies), as its
// own process on 127.0.0.1, with a configuration written here: storage in the rehearsal's scratch folder, no
// uplinks (it knows only what is published to it, and never asks the real npm), no web interface, and a user
// made for this run alone. scripts/rehearse.mjs starts it and stops it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../browsers.mjs';

const VERDACCIO = join(dirname(fileURLToPath(import.meta.resolve('verdaccio/package.json'))), 'bin', 'verdaccio');

/**
 * Starts Verdaccio with its storage under `dir`, and adds a throwaway user. Resolves to its address, the token
 * that user publishes with, and `stop()`. If it cannot start, it is stopped and the error says what it printed.
 */
export async function startRegistry(dir) {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'config.yaml');
  // JSON is YAML: https://verdaccio.org/docs/configuration
  const settings = {
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'warn' },
  };
  writeFileSync(config, JSON.stringify(settings, null, 2));

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [VERDACCIO, '--config', config, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  child.stdout.on('data', (chunk) => (said += chunk));
  child.stderr.on('data', (chunk) => (said += chunk));
  const ended = new Promise((resolve) => child.once('exit', resolve));
  // A rehearsal that ends any way Node can catch takes the registry with it.
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill();
  process.on('exit', kill);
  const stop = async () => {
    kill();
    await ended;
    process.off('exit', kill);
  };

  try {
    await answering(`${url}-/ping`, ended, () => said);
    // What `npm adduser` does (the CouchDB user document); Verdaccio answers with the user's token.
    const name = 'rehearsal';
    const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password: randomBytes(18).toString('base64url') }),
    });
    const { token } = await response.json();
    if (!response.ok || !token) throw new Error(`registry: Verdaccio did not add the user (${response.status}).`);
    return { url, token, user: name, stop };
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\nVerdaccio said:\n${said.trim()}`);
  }
}

/** Waits until `url` answers, for at most 60 s (Verdaccio loads for a few seconds on a busy machine). */
async function answering(url, ended, said) {
  let done = false;
  ended.then(() => (done = true));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (done) throw new Error('registry: Verdaccio ended before it answered.');
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`registry: Verdaccio did not answer ${url} within 60 s.${said() ? '' : ' It printed nothing.'}`);
}
