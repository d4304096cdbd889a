// `npm run package:check` (and so `npm test`): the package that `npm pack` would publish ships the Custom Elements
// Manifest that package.json names, and that manifest describes <ketamine-compare>. Editors and tools follow the
// `customElements` field into the installed package, so a manifest that is named but not packed is worse than none.
// (That it is current with the class JSDoc is scripts/api-docs.mjs --check.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

const named = pkg.customElements;
const path = typeof named === 'string' ? posix.normalize(named) : undefined;
if (!path || path.startsWith('../') || posix.isAbsolute(path)) {
  problems.push(`package.json "customElements" must be a path inside the package, not ${JSON.stringify(named)}.`);
} else {
  // --ignore-scripts: only the file list is wanted, and the build has already run.
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const packed = new Set(pack.files.map((file) => file.path));
  if (!packed.has(path)) problems.push(`package.json names ${path} as its "customElements" manifest, but npm pack does not ship it (see "files").`);

  const exported = pkg.exports?.['./custom-elements.json'];
  if (exported !== undefined && posix.normalize(exported) !== path) {
    problems.push(`exports["./custom-elements.json"] is ${exported}, but "customElements" is ${named}: they must be the same file.`);
  }

  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const tags = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
    if (!tags.includes('ketamine-compare')) problems.push(`${path} describes no <ketamine-compare> (custom elements in it: ${tags.join(', ') || 'none'}).`);
  } catch (error) {
    problems.push(`${path} cannot be read as JSON: ${error.message}`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`check-package: ${problem}`);
  process.exit(1);
}
console.log(`check-package: npm pack ships ${path}, the manifest package.json names, and it describes <ketamine-compare>.`);
