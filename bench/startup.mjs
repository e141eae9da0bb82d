// Measures how long Samen takes to answer /health/ready and serve the home page:
//   1. `node dist/server.js` on an empty data folder (the demo snapshot is loaded and its dates
//      moved to now; without a snapshot for this code the demo is seeded, and saved as one)
//   2. again on the same folder (everything is already there)
//   3. `npm start` on an empty data folder: the newcomer's command, its build (prestart) included
//   4. `node dist/server.js` on an empty data folder, the snapshot's manifest dated 3 days back
// Target (issue 15): the first start of a fresh clone (`npm install && npm start`) is ready within
// 5 s; later starts stay around a second. `npm run bench:startup` makes the snapshot first, as
// `npm install` does.
// Usage: node bench/startup.mjs [runs=3]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const port = 3931;
const TARGET_SECONDS = 5;

async function startOnce(dataDir, command = [process.execPath, 'dist/server.js']) {
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
    // npm starts node as its child: the whole group is stopped afterwards
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (chunk) => {
    log += chunk.toString();
  });
  try {
    for (;;) {
      try {
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (ready.ok && (await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {}
      if (performance.now() - started > 120_000) throw new Error('not ready after 120 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const seconds = (performance.now() - started) / 1000;
    const how = log.includes('demo database loaded from its snapshot')
      ? 'snapshot'
      : log.includes('demo data seeded')
        ? 'seeded'
        : 'existing';
    return { seconds, how };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

const cold = [];
const warm = [];
const viaNpm = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-start-'));
  cold.push(await startOnce(dataDir));
  warm.push(await startOnce(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
  const npmDir = mkdtempSync(join(tmpdir(), 'samen-start-'));
  viaNpm.push(await startOnce(npmDir, ['npm', 'start', '--silent']));
  rmSync(npmDir, { recursive: true, force: true });
}
// The same first start with a snapshot made three days ago: its dates are moved to now.
const aged = [];
const manifests = readdirSync(join('dist', 'demo')).map((key) => join('dist', 'demo', key, 'manifest.json'));
const originals = manifests.map((file) => readFileSync(file, 'utf8'));
try {
  for (const [index, file] of manifests.entries()) {
    const manifest = JSON.parse(originals[index]);
    const seededAt = new Date(new Date(manifest.seededAt).getTime() - 3 * 86_400_000).toISOString();
    writeFileSync(file, JSON.stringify({ ...manifest, seededAt }));
  }
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samen-start-'));
    aged.push(await startOnce(dataDir));
    rmSync(dataDir, { recursive: true, force: true });
  }
} finally {
  for (const [index, file] of manifests.entries()) writeFileSync(file, originals[index]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label, results) => {
  const seconds = results.map((r) => r.seconds);
  const how = [...new Set(results.map((r) => r.how))].join(', ');
  const runs = seconds.map((s) => s.toFixed(2)).join(', ');
  console.log(`${label.padEnd(36)} median ${median(seconds).toFixed(2)} s  (runs: ${runs}; ${how})`);
  return median(seconds);
};
line('empty data folder, node dist/server.js', cold);
line('second start, same folder', warm);
const first = line('empty data folder, npm start', viaNpm);
line('empty folder, snapshot 3 days old', aged);
const ok = first <= TARGET_SECONDS && viaNpm.every((r) => r.how === 'snapshot');
console.log(
  `first start (npm start, empty data folder): ${first.toFixed(2)} s, target ≤ ${TARGET_SECONDS} s: ` +
    (ok ? 'met' : viaNpm.some((r) => r.how !== 'snapshot') ? 'NOT met (no snapshot for this code)' : 'NOT met'),
);
process.exit(ok ? 0 : 1);
