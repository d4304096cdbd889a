// npm consumers with the bundlers people use: webpack 5, Vite (dev server and build), esbuild and Rollup each
// build a tiny app from the package `npm pack` makes, and the app, opened in Chromium, gets the parts loaded
// later: a row that starts hidden, Spanish, and the custom-dataset checker (docs/bundlers.md). Run by `npm test`
// after the build: `node --test tests/bundlers/`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_HTML, LATER_ROW, closeChromium, custom, es, makeApp, openApp, serve } from './app.mjs';

let app;
before(() => (app = makeApp()));
after(async () => {
  await closeChromium();
  app?.remove();
});

/** Builds with `build(out)` into a fresh folder with the page and the custom dataset, serves it and opens it. */
async function buildAndOpen(name, build, script = 'main.js') {
  const out = join(app.dir, `dist-${name}`);
  await build(out);
  writeFileSync(join(out, 'index.html'), INDEX_HTML(script));
  cpSync(join(app.dir, 'public', 'our-programs.json'), join(out, 'our-programs.json'));
  const server = await serve(out);
  try {
    return await openApp(server.url);
  } finally {
    await server.close();
  }
}

/** What each app must show, and nothing failed on the way. */
function assertParts(shown) {
  assert.deepEqual(shown.failed, [], 'no request failed');
  assert.ok(shown.laterRowCells > 0, `the row "${LATER_ROW}", loaded later, has its cells`);
  assert.equal(shown.spanishCaption, es.title, 'the Spanish element shows Spanish');
  assert.equal(shown.customCaption, custom.title, 'the custom dataset was checked and shown');
  assert.deepEqual(shown.errors, [], 'no console errors');
}

describe('bundlers', () => {
  test('webpack 5', async () => {
    const { default: webpack } = await import('webpack');
    const shown = await buildAndOpen('webpack', async (out) => {
      const stats = await new Promise((resolve, reject) =>
        webpack({ mode: 'production', context: app.dir, entry: './src/main.js', output: { path: out, filename: 'main.js' }, infrastructureLogging: { level: 'error' } }, (error, result) =>
          error ? reject(error) : resolve(result),
        ),
      );
      assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
    });
    assertParts(shown);
  });

  test('Vite build', async () => {
    const { build } = await import('vite');
    writeFileSync(join(app.dir, 'index.html'), INDEX_HTML('/src/main.js'));
    const out = join(app.dir, 'dist-vite');
    await build({ root: app.dir, logLevel: 'error', configFile: false, build: { outDir: out } });
    const server = await serve(out);
    try {
      assertParts(await openApp(server.url));
    } finally {
      await server.close();
    }
  });

  test('Vite dev server', async () => {
    const { createServer } = await import('vite');
    writeFileSync(join(app.dir, 'index.html'), INDEX_HTML('/src/main.js'));
    const server = await createServer({ root: app.dir, logLevel: 'error', configFile: false, server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false } });
    await server.listen();
    try {
      const { port } = server.httpServer.address();
      assertParts(await openApp(`http://127.0.0.1:${port}/`));
    } finally {
      await server.close();
    }
  });

  test('esbuild, with code splitting', async () => {
    const esbuild = await import('esbuild');
    const shown = await buildAndOpen('esbuild', (out) =>
      esbuild.build({ absWorkingDir: app.dir, entryPoints: ['src/main.js'], bundle: true, splitting: true, format: 'esm', minify: true, outdir: out, logLevel: 'error' }),
    );
    assertParts(shown);
  });

  test('Rollup, with @rollup/plugin-node-resolve', async () => {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const shown = await buildAndOpen('rollup', async (out) => {
      const bundle = await rollup({ input: join(app.dir, 'src/main.js'), plugins: [nodeResolve({ rootDir: app.dir })], onwarn: () => {} });
      await bundle.write({ dir: out, format: 'es', entryFileNames: 'main.js' });
      await bundle.close();
    });
    assertParts(shown);
  });
});
