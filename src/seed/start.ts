import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../core/db';
import {
  copyDemoSnapshot,
  type DemoSnapshot,
  demoSnapshotKey,
  findDemoSnapshot,
  SNAPSHOT_FOLDER,
  saveDemoSnapshot,
  shiftDemoDates,
} from './snapshot';

/**
 * A snapshot made less than a minute ago (`npm install && npm start`) is taken as it is: its
 * "now" is as near as a fresh seed's, whose own "now" runs over the 12–28 s it takes, and the demo
 * counts in days. An older one has its dates moved (0.3–1 s).
 */
const STILL_NOW_MS = 60_000;

/**
 * The first start on an empty data folder with the embedded database and the demo (boot.ts):
 * from the snapshot this code made, when there is one (copied in before the database opens, its
 * dates moved to now after), else seeded as always and then saved as that snapshot.
 *
 * The demo's mails hold links signed with the data folder's session secret, so a folder started
 * from a snapshot takes over the secret the snapshot was seeded with. That is only done when the
 * secret is the one Samen generated for the folder (not a SESSION_SECRET someone set), and only
 * such a secret is ever saved with a snapshot.
 */
export interface DemoStart {
  /** the configuration to run with: the snapshot's session secret when one was loaded */
  config: Config;
  snapshot: DemoSnapshot | undefined;
  /** after the database opened: moves the snapshot's dates to now */
  opened(database: Database, logger: Logger): Promise<void>;
  /** after the demo was seeded (no snapshot): saves it for the next empty folder */
  seeded(database: Database, logger: Logger): Promise<void>;
}

export function demoStart(config: Config, snapshots = SNAPSHOT_FOLDER): DemoStart | undefined {
  const pgliteFolder = join(config.dataDir, 'pglite');
  const secretFile = join(config.dataDir, '.session-secret');
  const generated = existsSync(secretFile) && readFileSync(secretFile, 'utf8').trim() === config.sessionSecret;
  if (config.databaseUrl || !config.seedDemo || !generated || existsSync(join(pgliteFolder, 'PG_VERSION')))
    return undefined;
  const started = performance.now();
  const key = demoSnapshotKey();
  const snapshot = findDemoSnapshot(key, snapshots);
  if (snapshot) {
    copyDemoSnapshot(snapshot, pgliteFolder);
    writeFileSync(secretFile, snapshot.sessionSecret, { mode: 0o600 });
  }
  return {
    config: snapshot ? Object.freeze({ ...config, sessionSecret: snapshot.sessionSecret }) : config,
    snapshot,
    async opened(database, logger) {
      if (!snapshot) return;
      const opened = performance.now();
      const now = new Date();
      // Less than a minute old, it is taken as it is (STILL_NOW_MS).
      if (now.getTime() - snapshot.seededAt.getTime() > STILL_NOW_MS)
        await shiftDemoDates(database, snapshot.shifts, snapshot.seededAt, now);
      const ms = (since: number) => Math.round(performance.now() - since);
      logger.info(
        { seededAt: snapshot.seededAt, copyAndOpenMs: Math.round(opened - started), shiftMs: ms(opened) },
        'demo database loaded from its snapshot',
      );
    },
    async seeded(database, logger) {
      if (snapshot) return;
      await saveDemoSnapshot(database, { pgliteFolder, sessionSecret: config.sessionSecret }, key, snapshots);
      logger.info({ key }, 'demo snapshot saved for the next empty data folder');
    },
  };
}
