// Builds what `npm start` runs: the server bundle (dist/) and the browser assets (public/assets/).
// esbuild does both in well under a second; the NL Design System CSS is copied from its packages,
// so it is served from our own origin.
import { spawnSync } from 'node:child_process';
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

// The three builds run at once: `npm start` waits for them on every start (prestart).
const serverBuild = process.argv.includes('--assets-only')
  ? Promise.resolve()
  : esbuild.build({
      entryPoints: [
        join(root, 'src/server.ts'),
        join(root, 'src/seed/run.ts'),
        join(root, 'src/seed/build-snapshot.ts'),
      ],
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

// Samen's own CSS is split by concern; app.css @imports the parts and esbuild inlines them, so the pages
// still load one stylesheet.
await Promise.all([
  esbuild.build({
    entryPoints: [join(root, 'src/assets/app.css')],
    outfile: join(out, 'app.css'),
    bundle: true,
    logLevel: 'warning',
  }),
  esbuild.build({
    entryPoints: [join(root, 'src/assets/app.ts')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    logLevel: 'warning',
  }),
]);

const hash = createHash('sha256');
for (const name of [...Object.keys(copies), 'app.css', 'app.js']) hash.update(readFileSync(join(out, name)));
writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: hash.digest('hex').slice(0, 12) }));

await serverBuild;

// --demo-snapshot (`npm install` runs it): also make the demo database snapshot for this code, so
// the first start on an empty data folder loads it instead of seeding (src/seed/snapshot.ts).
// Not in production, where there is no demo.
if (process.argv.includes('--demo-snapshot') && process.env.NODE_ENV !== 'production') {
  const result = spawnSync(process.execPath, [join(root, 'dist/seed/build-snapshot.js')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
