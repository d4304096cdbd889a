// The host frameworks, built for the browser from their real packages: /tests/hosts/built/<name>.js is
// tests/hosts/entries/<name>.js bundled by esbuild (React and Vue ship CommonJS or builds that expect a bundler;
// a .svelte file is compiled by Svelte's own compiler on the way). Built once per server, in memory, offline.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';

/** Svelte components compiled as Svelte's bundler plugins do; what the compiler warns is kept for the tests. */
const svelteWarnings = [];
const sveltePlugin = {
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js, warnings } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client' });
      svelteWarnings.push(...warnings.map((warning) => `${warning.code}: ${warning.message.split('\n')[0]}`));
      return { contents: js.code, loader: 'js' };
    });
  },
};

const built = new Map();
const bundle = (name) =>
  built.get(name) ??
  built
    .set(
      name,
      build({
        entryPoints: [`tests/hosts/entries/${name}.js`],
        bundle: true,
        format: 'esm',
        write: false,
        minifySyntax: true, // drops the development builds behind process.env.NODE_ENV
        // The frameworks' production builds, as a site ships them; Svelte's browser build.
        define: { 'process.env.NODE_ENV': JSON.stringify(process.env.HOSTS_NODE_ENV ?? 'production'), __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' },
        conditions: ['browser', 'production'],
        // The element comes from the page (the test imports it), never a second copy in a host bundle.
        external: ['/src/*'],
        plugins: [sveltePlugin],
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text),
    )
    .get(name);

export async function hostFrameworks(context, next) {
  if (context.path === '/tests/hosts/built/svelte-warnings.json') {
    await bundle('svelte');
    context.type = 'json';
    context.body = JSON.stringify(svelteWarnings);
    return;
  }
  const match = /^\/tests\/hosts\/built\/([\w-]+)\.js$/.exec(context.path);
  if (!match) return next();
  context.type = 'js';
  context.body = await bundle(match[1]);
}
