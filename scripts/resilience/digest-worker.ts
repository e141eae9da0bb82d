// A digest run in a process of its own, for the kill -9 check (scripts/resilience/digest-kill9.ts):
// the daily digest of tomorrow morning on DATABASE_URL, in small batches with pauses, so the
// parent can kill it half-way.
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { openPostgres } from '../../src/core/db';
import { installModules } from '../../src/modules';
import { runDigests } from '../../src/modules/notifications';
import { amsterdamTime } from '../../src/modules/notifications/rules';

installModules();
const config = loadConfig({
  NODE_ENV: 'test',
  PUBLIC_URL: 'http://samen.test',
  DATABASE_URL: process.env.DATABASE_URL,
});
const database = await openPostgres(config.databaseUrl as string, 2);
const tomorrow = new Date(Date.now() + 86_400_000);
const sendTime = amsterdamTime(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), 9);
const sent = await runDigests(
  { config, database, db: database.db, logger: pino({ level: 'silent' }), clock: { now: () => sendTime } },
  'daily',
  { batchSize: Number(process.env.BATCH ?? 20), pauseMs: Number(process.env.PAUSE_MS ?? 100) },
);
console.log(JSON.stringify({ sent }));
await database.close();
