// The hosted configurator and demo (GitHub Pages, .github/workflows/pages.yml), laid out as in the repository so
// that demo/*.html finds ../dist/… exactly as it does under `npm start`. Run `npm run build` first.
//
//   node scripts/site.mjs [OUT]        (OUT defaults to .bench/site, which git ignores)
//
//   OUT/index.html   sends visitors on to demo/configurator.html
//   OUT/demo/        demo/ as it is
//   OUT/dist/        the files the pages and the element load: dist/*.js and dist/*.json (no types)
//
// A project site is served under /REPOSITORY/, so every link must be relative: afterwards each relative src, href
// and url() in the pages and style sheets must name a file inside OUT, and none may start with "/".
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const out = resolve(process.argv[2] ?? '.bench/site');
if (!existsSync('dist/ketamine-compare.js')) throw new Error('site: dist/ketamine-compare.js is missing; run npm run build first.');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'dist'), { recursive: true });
cpSync('demo', join(out, 'demo'), { recursive: true });
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
console.log(`site: ${relative(process.cwd(), out) || '.'} holds ${walk(out).length} files; every relative link in its pages resolves.`);
