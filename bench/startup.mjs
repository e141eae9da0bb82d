// Measures how long `node dist/server.js` takes to answer /health/ready and serve the home page:
// first on an empty data folder (schema, reference data and demo data are created), then again on
// the same folder (everything is already there). Run `npm run build` first.
// Usage: node bench/startup.mjs [runs=3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const port = 3931;

async function startOnce(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server.js'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (ready.ok && (await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {}
      if (performance.now() - started > 120_000) throw new Error('not ready after 120 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (performance.now() - started) / 1000;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const cold = [];
const warm = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-start-'));
  cold.push(await startOnce(dataDir));
  warm.push(await startOnce(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `empty data folder: median ${median(cold).toFixed(2)} s  (runs: ${cold.map((s) => s.toFixed(2)).join(', ')})`,
);
console.log(
  `second start:      median ${median(warm).toFixed(2)} s  (runs: ${warm.map((s) => s.toFixed(2)).join(', ')})`,
);
