// Runs the browser end-to-end tests (e2e/, vitest.e2e.config.ts) against Debian's chromium.
// Without that browser the tests are skipped locally, but fail in CI (env CI set): a missing
// browser there is a broken pipeline, not a reason to pass. We never download a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(chromium)) {
  if (process.env.CI) {
    console.error(
      `e2e: failed — no chromium at ${chromium}. ` +
        "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
  console.log('e2e: skipped — Debian chromium not installed (apt-get install chromium)');
  process.exit(0);
}

const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
if (result.error) {
  console.error(`e2e: could not start vitest: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
