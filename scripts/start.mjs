// `npm start`: builds the widget, then serves the project and opens the configurator, where a site owner makes
// a snippet. The build takes about a minute and prints little, so it says so first, then where to go.
//   node scripts/start.mjs            build, then serve (what npm start runs)
//   node scripts/start.mjs --dry-run  print what it would say and open, build nothing (tests/node/start.test.mjs)
import { spawn, spawnSync } from 'node:child_process';
import config from '../web-dev-server.config.mjs';

export const BUILDING = 'Building the widget first: this takes about a minute…';
const address = `http://${config.hostname}:${config.port}${config.open || '/demo/configurator.html'}`;
const READY = `Ready. The configurator opens in your browser; if it does not, open ${address}\n(Press Ctrl+C here to stop it.)`;

if (process.argv.includes('--dry-run')) {
  console.log(BUILDING);
  console.log(READY);
  process.exit(0);
}

console.log(BUILDING);
// The build's own lines (files written, a minifier's notes) mean nothing to an owner: shown only if it fails.
const build = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('The build failed (above is what it printed). Please tell the widget\'s makers, with these lines.');
  process.exit(build.status ?? 1);
}
console.log(READY);
spawn('npx', ['--no-install', 'wds'], { stdio: 'inherit', shell: process.platform === 'win32' }).on('exit', (code) => process.exit(code ?? 0));
