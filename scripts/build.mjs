// Builds what `npm start` runs: the server bundle (dist/) and the browser assets (public/assets/).
// esbuild does both in well under a second; the NL Design System CSS is copied from its packages,
// so it is served from our own origin.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = join(root, 'public/assets');
mkdirSync(out, { recursive: true });

const copies = {
  'utrecht.css': require.resolve('@utrecht/component-library-css/dist/index.css'),
  'voorbeeld-theme.css': require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
  'favicon.svg': join(root, 'src/assets/favicon.svg'),
};
for (const [name, source] of Object.entries(copies)) copyFileSync(source, join(out, name));

// Samen's own CSS is split by concern; app.css @imports the parts and esbuild inlines them, so the pages
// still load one stylesheet.
await esbuild.build({
  entryPoints: [join(root, 'src/assets/app.css')],
  outfile: join(out, 'app.css'),
  bundle: true,
  logLevel: 'warning',
});

await esbuild.build({
  entryPoints: [join(root, 'src/assets/app.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
});

const hash = createHash('sha256');
for (const name of [...Object.keys(copies), 'app.css', 'app.js']) hash.update(readFileSync(join(out, name)));
writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: hash.digest('hex').slice(0, 12) }));

if (!process.argv.includes('--assets-only')) {
  await esbuild.build({
    entryPoints: [join(root, 'src/server.ts'), join(root, 'src/seed/run.ts')],
    outdir: join(root, 'dist'),
    outbase: join(root, 'src'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    logLevel: 'warning',
  });
}
