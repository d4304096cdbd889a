// The hosted configurator and demo (GitHub Pages, .github/workflows/pages.yml), laid out as in the repository so
// that demo/*.html finds ../dist/… exactly as it does under `npm start`. Run `npm run build` first.
//
//   node scripts/site.mjs [OUT]        (OUT defaults to .bench/site, which git ignores)
//                    [--cdn BASE]      only for the release rehearsal (scripts/rehearse.mjs): the configurator's
//                                      snippets load the script from BASE + ketamine-compare@X.Y.Z/dist/… instead
//                                      of jsDelivr's https://cdn.jsdelivr.net/npm/ (the hosted site never uses it)
//
//   OUT/index.html   sends visitors on to demo/configurator.html
//   OUT/demo/        demo/ as it is (with --cdn, configurator.html names BASE in a <meta>)
//   OUT/dist/        the files the pages and the element load: dist/*.js and dist/*.json (no types)
//
// A project site is served under /REPOSITORY/, so every link must be relative: afterwards each relative src, href
// and url() in the pages and style sheets must name a file inside OUT, and none may start with "/".
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const cdnAt = args.indexOf('--cdn');
const [, cdn] = cdnAt >= 0 ? args.splice(cdnAt, 2) : [];
const out = resolve(args[0] ?? '.bench/site');
if (!existsSync('dist/ketamine-compare.js')) throw new Error('site: dist/ketamine-compare.js is missing; run npm run build first.');
if (cdn !== undefined && !/^https?:\/\/[^"<>\s]+\/$/.test(cdn)) throw new Error(`site: --cdn needs an http(s) address ending in "/", not ${JSON.stringify(cdn)}.`);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'dist'), { recursive: true });
cpSync('demo', join(out, 'demo'), { recursive: true });
if (cdn) {
  // Read by src/configurator/configurator.ts.
  const page = join(out, 'demo', 'configurator.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes('<meta charset="utf-8" />')) throw new Error('site: demo/configurator.html has no <meta charset="utf-8" /> to put the CDN after.');
  writeFileSync(page, html.replace('<meta charset="utf-8" />', `$&\n    <meta name="ketamine-compare-cdn" content="${cdn}" />`));
}
for (const file of readdirSync('dist')) if (/\.(js|json)$/.test(file)) cpSync(join('dist', file), join(out, 'dist', file));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=demo/configurator.html">
<title>ketamine-compare</title>
</head>
<body>
<p><a href="demo/configurator.html">Build your snippet</a> (the configurator) · <a href="demo/">See the demo pages</a></p>
</body>
</html>
`,
);

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const shown = (file) => relative(out, file).split(sep).join('/');
const broken = [];
for (const page of walk(out).filter((file) => /\.(html|css)$/.test(file))) {
  const text = readFileSync(page, 'utf8');
  for (const [, quoted, inUrl] of text.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']|url\(\s*["']?([^"')]*)["']?\s*\)/g)) {
    const ref = (quoted ?? inUrl).trim();
    if (!ref || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) continue; // other sites, mailto:, data:, fragments
    if (ref.startsWith('/')) {
      broken.push(`${shown(page)}: ${ref} starts with "/", which on a project site is outside /REPOSITORY/`);
      continue;
    }
    const target = resolve(dirname(page), decodeURI(ref.split(/[?#]/)[0]));
    const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
    if (!file.startsWith(out + sep)) broken.push(`${shown(page)}: ${ref} leads out of the site`);
    else if (!existsSync(file)) broken.push(`${shown(page)}: ${ref} (there is no ${shown(file)})`);
  }
}
if (broken.length) {
  for (const line of broken) console.error(`site: ${line}`);
  process.exit(1);
}
console.log(`site: ${relative(process.cwd(), out) || '.'} holds ${walk(out).length} files; every relative link in its pages resolves.${cdn ? ` Its configurator's snippets load the script from ${cdn}.` : ''}`);
