import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../boot';
import { loadConfig } from '../config';
import { createLogger } from '../core/ops/logger';
import { demoSnapshotKey, findDemoSnapshot, SNAPSHOT_FOLDER } from './snapshot';

/**
 * `node scripts/build.mjs --demo-snapshot` (run by `npm install`): makes the demo snapshot for the
 * current code unless it is there, by starting once on an empty data folder (which seeds the demo
 * and saves it; see boot.ts). The next `npm start` on an empty folder then loads it.
 */
const key = demoSnapshotKey();
if (findDemoSnapshot(key)) {
  console.log(`demo snapshot ${key} is up to date`);
} else {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-demo-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    const deps = await prepare(config, createLogger(config.logLevel));
    await deps.database.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!findDemoSnapshot(key)) throw new Error('the demo snapshot was not saved');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`demo snapshot ${key} made in ${seconds} s (${SNAPSHOT_FOLDER})`);
}
