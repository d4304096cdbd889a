// `npm start` is where a site owner begins (the README's first command): it must say that it is building before
// the minute-long build, and then open the configurator, not a demo post. Checked on the script and the server
// config it uses, without building.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const node = (args) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CI: '' } });

test('npm start runs scripts/start.mjs, which says it is building first, then where the configurator is', () => {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(scripts.start, 'node scripts/start.mjs');
  const run = node(['scripts/start.mjs', '--dry-run']);
  assert.equal(run.status, 0, run.stderr);
  const [first, second] = run.stdout.split('\n');
  assert.match(first, /^Building the widget.*about a minute/);
  assert.match(second, /http:\/\/127\.0\.0\.1:8000\/demo\/configurator\.html/);
});

test('the dev server opens the configurator (outside CI), a page that exists', () => {
  const run = node(['--input-type=module', '-e', "import c from './web-dev-server.config.mjs'; console.log(c.open)"]);
  assert.equal(run.status, 0, run.stderr);
  const page = run.stdout.trim();
  assert.equal(page, '/demo/configurator.html');
  assert.ok(existsSync(`.${page}`));
});
