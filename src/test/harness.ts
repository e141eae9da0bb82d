import { randomBytes } from 'node:crypto';
import pino from 'pino';
import pg from 'pg';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { type Database, migrate, openPglite, openPostgres } from '../core/db';
import { type AppContext, systemClock } from '../core/context';
import { loadReferenceData } from '../modules/municipalities';

/**
 * A real database per test file: PGlite in memory by default, or, when TEST_DATABASE_URL is set
 * (CI), a fresh database on that PostgreSQL server, dropped afterwards. Same migrations and
 * queries either way.
 */
export async function createTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite();
    return { database, drop: () => database.close() };
  }
  const name = `samen_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 10);
  return {
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function createTestApp(env: Record<string, string> = {}) {
  const { database, drop } = await createTestDatabase();
  await migrate(database);
  await loadReferenceData(database.db);
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://samen.test',
    TRUST_PROXY: 'true',
    DEV_MAIL: 'true',
    ...env,
  });
  const deps: AppContext = { config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock };
  const app = createApp(deps);
  return { app, deps, db: database.db, close: drop };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

let ipCounter = 1;
/** A different client address per call, so per-IP rate limits don't couple unrelated tests. */
export function freshIp(): string {
  ipCounter += 1;
  return `10.0.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}
