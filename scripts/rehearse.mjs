// The release rehearsal (docs/release.md): the way from a tagged build to a snippet pasted in a blog post, walked
// with real parts that this script starts on 127.0.0.1 and stops afterwards (also when it fails):
//   - a registry, Verdaccio, that the package is published to with `npm pack` and `npm publish`, as the release
//     workflow does (scripts/rehearse/registry.mjs);
//   - a CDN laid out as jsDelivr's, which fetches the published tarball from that registry and serves its files at
//     /npm/ketamine-compare@X.Y.Z/… (scripts/rehearse/cdn.mjs);
//   - the hosted configurator's site, laid out by `scripts/site.mjs --cdn`, its snippets pointed at that CDN;
//   - a blog on an origin of its own, and Chromium, in which an owner copies the configurator's snippet into a
//     post and a visitor opens it (scripts/rehearse/owner.mjs).
// The same walk then runs against a second CDN that serves the published script with one byte changed: there it
// must fail (the browser refuses the script, the widget never upgrades, the configurator says the file differs).
//
//   npm run rehearse                           build, then this (both walks)
//   node scripts/rehearse.mjs                  this, on the dist/ already built (CI runs it after npm test)
//   node scripts/rehearse.mjs --changed-byte   only the walk with the changed byte, judged as a release would be:
//                                              it fails, to show how
//   node scripts/rehearse.mjs --serve          no browser: publish, then keep the registry, the CDN, the
//                                              configurator's site and a blog to paste into running until Ctrl-C,
//                                              to try it by hand as a site owner would
//
// Exit 0 when every check passed and the changed byte was caught; 1 otherwise. It cannot rehearse the real npm
// (provenance, tokens), jsDelivr or GitHub Pages: those need the project's accounts.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';
import { SCRIPT, startCdn } from './rehearse/cdn.mjs';
import { blogPost, copySnippet, onlineCheck, openConfigurator, openPost, showSomethingLoadedLater, widgetState } from './rehearse/owner.mjs';
import { startRegistry } from './rehearse/registry.mjs';
import { serveFolder, servePages } from './rehearse/serve.mjs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const onlyChangedByte = process.argv.includes('--changed-byte');
const serve = process.argv.includes('--serve');
const started = Date.now();
const sri = (bytes, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// What is printed: numbered steps, and under each the checks. A check passes when it came out as expected: in the
// walk with the changed byte, some checks are expected to fail, and they are printed "fails, as it must".
let stepNumber = 0;
const tally = { passed: 0, failed: 0 };
const step = (text) => console.log(`\n${++stepNumber}. ${text} [${seconds()}]`);
const say = (text) => console.log(`   ${text}`);
function check(what, ok, detail = '', { mustFail = false } = {}) {
  const pass = mustFail ? !ok : ok;
  tally[pass ? 'passed' : 'failed']++;
  const label = pass ? (mustFail ? 'ok    (fails, as it must)' : 'ok   ') : mustFail ? 'FAIL  (passed, but must fail)' : 'FAIL ';
  console.log(`   ${label} ${what}${detail ? `\n           ${detail}` : ''}`);
  return ok;
}

if (!existsSync(SCRIPT)) {
  console.error(`rehearse: ${SCRIPT} is missing; run npm run build first (or npm run rehearse, which does).`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'rehearse-'));
// Stopped another way (Ctrl-C, a CI timeout): exit, so that the registry (registry.mjs) and the browser
// (puppeteer) are ended by their 'exit' handlers, and the scratch folder goes too.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(1));
const running = []; // what to stop afterwards, last started first
let browser;
try {
  console.log(`rehearse: ${name}@${version}, from this build to a snippet pasted in a blog post; scratch folder ${scratch}`);

  step('Start the registry, the CDNs, the configurator sites and the blog');
  const registry = await startRegistry(join(scratch, 'registry'));
  running.push(registry.stop);
  say(`registry  ${registry.url}  Verdaccio ${JSON.parse(readFileSync('node_modules/verdaccio/package.json', 'utf8')).version}, no uplinks, throwaway user "${registry.user}"`);
  const cdns = {};
  for (const [kind, changeByte] of [['honest', false], ['changed', true]]) {
    const cdn = await startCdn({ registry: registry.url, dir: join(scratch, `cdn-${kind}`), changeByte });
    running.push(cdn.stop);
    const site = join(scratch, `site-${kind}`);
    execFileSync(process.execPath, ['scripts/site.mjs', site, '--cdn', cdn.base], { stdio: 'ignore' });
    const server = await serveFolder(site);
    running.push(server.stop);
    cdns[kind] = { ...cdn, site: server.url };
    say(`CDN       ${cdn.base}  jsDelivr's paths${changeByte ? `, serving ${SCRIPT} with one byte changed ("988" made "989")` : ''}`);
    say(`site      ${server.url}demo/configurator.html  laid out by scripts/site.mjs --cdn ${cdn.base}`);
  }
  const blog = await servePages({ compose: blogPost });
  running.push(blog.stop);
  say(`blog      ${blog.url}  an owner's site, on an origin of its own`);
  if (!serve) {
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    say(`browser   ${await browser.version()} (${CHROMIUM_PATH})`);
  }

  const npmEnv = { ...process.env, npm_config_registry: registry.url, npm_config_userconfig: join(scratch, '.npmrc'), npm_config_cache: join(scratch, 'npm-cache') };
  writeFileSync(npmEnv.npm_config_userconfig, `registry=${registry.url}\n//${new URL(registry.url).host}/:_authToken=${registry.token}\n`);
  const npm = (...args) => run('npm', args, npmEnv);

  if (!onlyChangedByte && !serve) {
    step(`Before the release: ${version} is not published yet`);
    const context = await browser.createBrowserContext();
    const { page, online } = await openConfigurator(context, `${cdns.honest.site}demo/configurator.html`);
    check('the configurator says the version is not out yet, and what to do', online.kind === 'warn' && /not out yet.*Come back later/.test(online.words), `"${online.words}"`);
    const { snippet } = await copySnippet(page);
    blog.pages.set('/before.html', blogPost(snippet));
    const post = await openPost(context, `${blog.url}before.html`);
    const widget = await widgetState(post.page);
    check('pasted anyway, the post shows the plain copy of the comparison', !widget.defined && widget.plainCopyShown, JSON.stringify(widget));
    await context.close();
  }

  step('Pack and publish, as the release workflow does (npm pack --ignore-scripts; npm publish TARBALL --access public)');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tarball = join(scratch, packed.filename);
  const distFiles = packed.files.map((file) => file.path).filter((path) => path.startsWith('dist/') && !path.startsWith('dist/types/'));
  say(`packed    ${packed.filename}: ${packed.files.length} files (${distFiles.length} in dist/ besides its types), ${packed.size} bytes`);
  // Never the real npm: the registry is this machine's, and the only token is the throwaway user's.
  if (new URL(registry.url).hostname !== '127.0.0.1') throw new Error('rehearse: the registry is not on 127.0.0.1');
  // The workflow adds --provenance, which only a CI provider with an identity can sign: not rehearsed here.
  const published = await npm('publish', tarball, '--access', 'public', '--registry', registry.url);
  check(`npm publish ${packed.filename} --access public --registry ${registry.url}`, published.status === 0, published.status === 0 ? published.stdout.trim().split('\n').pop() : published.stderr.trim());
  const view = await npm('view', `${name}@${version}`, 'dist.integrity', '--registry', registry.url);
  check('the registry has that tarball (npm view dist.integrity = the packed sha512)', view.stdout.trim() === packed.integrity, `${view.stdout.trim() || view.stderr.trim()}`);
  const unpacked = join(scratch, 'packed');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const packageDir = join(unpacked, 'package');
  // Pages' gate before it deploys the configurator (pages.yml): this build is byte for byte what npm has.
  const gate = await run(process.execPath, ['scripts/sri.mjs', '--npm'], npmEnv);
  check(`the site's build is what the registry has (pages.yml's "node scripts/sri.mjs --npm")`, gate.status === 0, lastLine(gate));

  if (serve) {
    step('Serving until Ctrl-C: try it as a site owner would');
    say(`configurator   ${cdns.honest.site}demo/configurator.html   (snippets for ${cdns.honest.base})`);
    say(`blog           ${blog.url}   (paste the snippet, then "Publish the post")`);
    say(`one byte off   ${cdns.changed.site}demo/configurator.html   (snippets for the CDN that changed a byte)`);
    await new Promise(() => {}); // until a signal ends the process; its 'exit' handlers stop the registry
  }

  const walks = onlyChangedByte ? [['changed', false]] : [['honest', false], ['changed', true]];
  let snippetIntegrity;
  for (const [kind, mustFail] of walks) {
    const cdn = cdns[kind];
    step(kind === 'honest' ? 'The owner makes a snippet and pastes it into a blog post' : `The same, with a CDN that changed one byte of ${SCRIPT}${mustFail ? ': it must fail' : ''}`);
    // In the walk with the changed byte, what a snippet's integrity stops must fail.
    const stopped = { mustFail };
    const context = await browser.createBrowserContext();
    const { page, online } = await openConfigurator(context, `${cdn.site}demo/configurator.html`);
    check(`the configurator's online check says "online and matches"`, online.kind === 'ok' && /is online and matches your snippet/.test(online.words), `"${online.words}"`, stopped);
    const { snippet, how } = await copySnippet(page);
    const tag = /<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(snippet);
    const src = `${cdn.base}${name}@${version}/${SCRIPT}`;
    check('the copied snippet loads the script from this CDN, pinned, with its integrity and crossorigin', tag?.[1] === src && /^sha384-/.test(tag[2]), `from ${how}: ${tag?.[0] ?? snippet.slice(0, 200)}`);
    snippetIntegrity ??= tag?.[2];
    blog.pages.set(`/${kind}.html`, blogPost(snippet));
    const post = await openPost(context, `${blog.url}${kind}.html`);
    const widget = await widgetState(post.page);
    const integrity = await post.page.evaluate(() => document.querySelector('script[src*="ketamine-compare"]')?.integrity);
    const refused = post.errors.find((text) => /integrity/i.test(text));
    const upgraded = check(
      'in the post, the widget upgraded and shows its table and the crisis line',
      widget.defined && widget.rows > 0 && widget.crisisLine && !widget.plainCopyShown,
      `script with integrity ${integrity === tag?.[2] ? 'intact' : `CHANGED (${integrity})`}; ${widget.columns} columns, ${widget.rows} rows, crisis line ${widget.crisisLine ? 'shown' : 'missing'}, plain copy ${widget.plainCopyShown ? 'shown' : 'hidden'}${refused ? `; the browser said: ${refused}` : ''}`,
      stopped,
    );
    if (upgraded) {
      // The published dataset of the widget's language: the words the row must show.
      const lang = await post.page.evaluate(() => document.querySelector('ketamine-compare').getAttribute('lang'));
      const data = JSON.parse(readFileSync(join(packageDir, 'src', 'data', `${lang}.json`), 'utf8'));
      const later = await showSomethingLoadedLater(post.page, data);
      const served = cdn.requests.find((request) => request.path === `/npm/${name}@${version}/dist/${later.file}`);
      check(
        `switching on ${later.what} loads ${later.file} from the CDN and shows its words`,
        served?.status === 200 && !!later.shown,
        `the CDN answered ${served ? `${served.status} to ${served.origin ?? 'no origin'}` : 'nothing: it was not asked'}; shown: "${later.shown.slice(0, 90)}…"`,
      );
    } else {
      check('switching on something that loads later (not reached: no widget)', false, '', stopped);
    }
    check("the post's console has no errors", post.errors.length === 0, post.errors.join('\n           '), stopped);
    // The release checklist's check after publishing (docs/release.md), against this CDN.
    const bytes = await run(process.execPath, ['scripts/sri.mjs', '--cdn', '--base', `${cdn.base}${name}@${version}/`]);
    check(`every file a snippet loads is served as built ("node scripts/sri.mjs --cdn --base …")`, bytes.status === 0, lastLine(bytes), stopped);
    if (mustFail) {
      check('the browser refused the changed script for its integrity', !!refused, refused ?? post.errors.join(' | '));
      // The changed byte is one the integrity attribute alone stops: without it, the script runs, and wrongly.
      blog.pages.set(`/${kind}-without-integrity.html`, blogPost(snippet.replace(/ integrity="[^"]*"/, '')));
      const bare = await openPost(context, `${blog.url}${kind}-without-integrity.html`);
      await widgetState(bare.page);
      const line = await bare.page.evaluate(() => document.querySelector('ketamine-compare').shadowRoot?.querySelector('.line')?.textContent ?? '');
      check('without its integrity attribute, the changed script would run, with the crisis line changed', line.includes('989'), `the crisis line would read: "${line.trim()}"`);
      check(`the configurator says the file online does not match`, online.kind === 'refused' && /does not match your snippet/.test(online.words), `"${online.words}"`);
    }
    await context.close();
  }

  if (!onlyChangedByte) {
    step('The files npm would publish are the files whose hashes the snippet carries');
    const dist = join(packageDir, 'dist');
    const loaded = readdirSync(dist).filter((file) => /^ketamine-compare\..*js$/.test(file));
    const hashes = Object.fromEntries(loaded.map((file) => [file, sri(readFileSync(join(dist, file)))]));
    check(`the snippet's integrity is the packed ${SCRIPT}'s sha384`, hashes['ketamine-compare.js'] === snippetIntegrity, hashes['ketamine-compare.js']);
    const script = readFileSync(join(dist, 'ketamine-compare.js'), 'utf8');
    // The files beside the script are pinned by SHA-256 inside it (scripts/datasets.mjs), the script by SHA-384.
    // Keyed by part name: `es` for ketamine-compare.es.js (src/element/parts.ts).
    // (The minifier leaves a key that is a plain name unquoted: `es:"sha256-…"`.)
    const inside = Object.fromEntries([...script.matchAll(/(?:"([\w.-]+)"|\b(\w+)):"((sha256|sha384)-[\w+/=]+)"/g)].map(([, quoted, plain, hash, algorithm]) => [`ketamine-compare.${quoted ?? plain}.js`, { hash, algorithm }]));
    const wrong = Object.entries(inside).filter(([file, { hash, algorithm }]) => !loaded.includes(file) || sri(readFileSync(join(dist, file)), algorithm) !== hash).map(([file]) => file);
    const unnamed = loaded.filter((file) => file !== 'ketamine-compare.js' && !(file in inside));
    check(
      'the hashes inside the packed script are the packed files beside it',
      Object.keys(inside).length > 0 && wrong.length === 0 && unnamed.length <= 1 && unnamed.every((file) => /^ketamine-compare\.[a-z-]+\.js$/.test(file)),
      `${Object.keys(inside).length} named and matching${wrong.length ? `; DIFFERENT: ${wrong.join(', ')}` : ''}; not named: ${unnamed.join(', ') || 'none'} (the bundled language's own file, never loaded)`,
    );
    const configurator = readFileSync(join(dist, 'configurator.js'), 'utf8');
    check('the packed configurator writes the same integrity', !!snippetIntegrity && configurator.includes(snippetIntegrity));
  }
} catch (error) {
  check('the rehearsal ran to its end', false, error.stack ?? String(error));
} finally {
  await browser?.close();
  for (const stop of running.reverse()) await stop();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nrehearse: ${tally.passed} passed, ${tally.failed} failed (${seconds()})`);
if (onlyChangedByte && tally.failed) console.log('rehearse: with one byte changed, the release fails, as it must.');
process.exit(tally.failed ? 1 : 0);

/**
 * Runs a command and resolves to its exit status and output. Never synchronously: the CDN, the sites and the blog
 * are served by this process, and a command that asks them must get an answer.
 */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => (out.stdout += chunk));
    child.stderr.on('data', (chunk) => (out.stderr += chunk));
    child.on('error', (error) => resolve({ status: -1, ...out, stderr: String(error) }));
    child.on('close', (status) => resolve({ status, ...out }));
  });
}

/** The last line a child printed, to stdout or (when it failed) to stderr. */
function lastLine(child) {
  const text = (child.status === 0 ? child.stdout : child.stderr || child.stdout).trim();
  return text.split('\n').pop();
}
