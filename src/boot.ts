import type { Logger } from 'pino';
import type { Config } from './config';
import { type Database, migrate, openDatabase } from './core/db';
import type { Deps } from './core/http/env';
import { deliverPendingMail, purgeDeliveredMail, smtpTransport } from './core/mail';
import { purgeRateLimits } from './core/rate-limit';
import { purgeExpiredSessions } from './modules/accounts';
import { expireDuePosts, FOLLOW_UP_JOB, sendFollowUp, vacuumSearchIndex } from './modules/marketplace';
import { runDueJobs } from './core/jobs';
import type { Executor } from './core/db';
import { loadReferenceData } from './modules/municipalities';
import { seedDemo, seedIsNeeded } from './seed/demo';

/** Opens the database and brings it up to date: schema, reference data, and demo data when empty. */
export async function prepare(config: Config, logger: Logger): Promise<Deps> {
  const started = performance.now();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database schema updated');
  const reference = await loadReferenceData(database.db);
  if (reference === 'loaded')
    logger.info('reference data loaded (342 municipalities, 4,067 postcodes; Bron: CBS, PDOK)');
  const deps: Deps = { config, database, db: database.db, logger };
  if (config.seedDemo && (await seedIsNeeded(database.db))) {
    const accounts = await seedDemo(deps);
    logger.info({ accounts: accounts.map((a) => a.email) }, 'demo data seeded');
  }
  logger.info({ ms: Math.round(performance.now() - started), database: database.kind }, 'database ready');
  return deps;
}

/**
 * Background work that survives restarts because its state is in Postgres: delivering the mail
 * outbox over SMTP and purging expired sessions, counters and delivered mail. Safe to run in
 * every instance at once (SKIP LOCKED, idempotent deletes).
 */
export function startBackgroundWork(deps: Deps): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<unknown> = Promise.resolve();
  const every = (ms: number, task: () => Promise<unknown>) => {
    timers.push(
      setInterval(() => {
        running = running.then(task).catch((error) => deps.logger.error({ err: error }, 'background task failed'));
      }, ms).unref(),
    );
  };
  if (deps.config.smtpUrl) {
    const transport = smtpTransport(deps.config.smtpUrl);
    every(2_000, () => deliverPendingMail(deps.db, transport, deps.config.mailFrom));
  }
  // Follow-up mails and other scheduled jobs; expired posts are closed by the same loop.
  const jobHandlers = {
    [FOLLOW_UP_JOB]: (db: Executor, payload: Record<string, unknown>) => sendFollowUp(db, deps, String(payload.postId)),
  };
  every(10_000, async () => {
    await runDueJobs(deps.db, jobHandlers);
    await expireDuePosts(deps.db);
  });
  // PGlite has no autovacuum; the search index needs one now and then (ADR 0004).
  if (deps.database.kind === 'pglite') every(60 * 60_000, () => vacuumSearchIndex(deps.db));
  every(15 * 60_000, async () => {
    await purgeExpiredSessions(deps.db);
    await purgeRateLimits(deps.db);
    await purgeDeliveredMail(deps.db);
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await running;
  };
}

export type { Database };
