// The Subresource Integrity hashes of the files a pasted snippet loads, and checks that what is published is
// byte for byte this build (docs/release.md). Run after `npm run build`.
//
//   node scripts/sri.mjs                      sha384 of each file, and the script tag for package.json's version
//   node scripts/sri.mjs --npm [SPEC]         fail unless the published package's dist/ is this dist/, file for file
//                                             (SPEC: default name@version from package.json; a .tgz path works too)
//   node scripts/sri.mjs --cdn [VERSION]      fail unless jsDelivr serves these bytes for that version
//        [--base URL]                         (or any other base URL that holds dist/, e.g. a local server)
//   --wait SECONDS                            with --npm or --cdn: keep trying while the version is not there yet
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** The script tag's file and every file it loads later from beside itself (other languages, the rows and sources
 * that come after the first screen, the custom-dataset checker): whatever the build wrote. */
const FILES = readdirSync('dist')
  .filter((file) => /^ketamine-compare\..*js$/.test(file))
  .sort((a, b) => (a === 'ketamine-compare.js' ? -1 : b === 'ketamine-compare.js' ? 1 : a.localeCompare(b)))
  .map((file) => `dist/${file}`);

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const args = process.argv.slice(2);
const option = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  return value && !value.startsWith('--') ? value : '';
};
const waitSeconds = Number(option('--wait') || 0);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it returns a value, for up to --wait seconds (a new version takes a moment to appear). */
async function patiently(what, attempt) {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() >= until) throw new Error(`${what} is not there${waitSeconds ? ` after ${waitSeconds} s` : ''}.`);
    console.log(`${what} is not there yet; trying again in 20 s.`);
    await sleep(20_000);
  }
}

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

async function againstNpm(spec) {
  const scratch = mkdtempSync(join(tmpdir(), 'sri-npm-'));
  try {
    const tarball = await patiently(spec, () => {
      try {
        const [packed] = JSON.parse(execFileSync('npm', ['pack', spec, '--json', '--pack-destination', scratch], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
        return join(scratch, packed.filename);
      } catch {
        return undefined;
      }
    });
    execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
    const published = join(scratch, 'package', 'dist');
    const theirs = walk(published).map((file) => relative(published, file)).sort();
    const ours = walk('dist').map((file) => relative('dist', file)).sort();
    const differ = [
      ...theirs.filter((file) => !ours.includes(file)).map((file) => `dist/${file}: published, not in this build`),
      ...ours.filter((file) => !theirs.includes(file)).map((file) => `dist/${file}: in this build, not published`),
      ...theirs.filter((file) => ours.includes(file) && !readFileSync(join(published, file)).equals(readFileSync(join('dist', file)))).map((file) => `dist/${file}: differs`),
    ];
    return { differ, checked: `${theirs.length} files of ${spec}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function againstCdn(base) {
  const differ = [];
  for (const file of FILES) {
    const url = new URL(file, base).href;
    const bytes = await patiently(url, async () => {
      const response = await fetch(url).catch(() => undefined);
      return response?.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
    });
    const ours = sri(readFileSync(file));
    const theirs = sri(bytes);
    console.log(`${theirs === ours ? 'same     ' : 'DIFFERENT'} ${url}\n          served ${theirs}\n          built  ${ours}`);
    if (theirs !== ours) differ.push(`${url}: differs`);
  }
  return { differ, checked: `${FILES.length} files at ${base}` };
}

for (const file of FILES) console.log(`${sri(readFileSync(file))}  ${file}`);
console.log(`\n<script src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/ketamine-compare.js" integrity="${sri(readFileSync(FILES[0]))}" crossorigin="anonymous"></script>\n`);

let result;
try {
  if (option('--npm') !== undefined) result = await againstNpm(option('--npm') || `${name}@${version}`);
  else if (option('--cdn') !== undefined) result = await againstCdn(option('--base') || `https://cdn.jsdelivr.net/npm/${name}@${option('--cdn') || version}/`);
} catch (error) {
  console.error(`sri: ${error.message}`);
  process.exit(1);
}
if (result) {
  if (result.differ.length) {
    for (const line of result.differ) console.error(`sri: ${line}`);
    console.error('sri: the published files are not this build, so a snippet with these integrity hashes would not load.');
    process.exit(1);
  }
  console.log(`sri: ${result.checked} are byte for byte this build.`);
}
