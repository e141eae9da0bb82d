import type { Logger } from 'pino';
import type { Config } from './config';
import { type Database, migrate, openDatabase } from './core/db';
import { type AppContext, systemClock } from './core/context';
import { deliverPendingMail, purgeDeliveredMail, smtpTransport } from './core/mail';
import { purgeRateLimits } from './core/rate-limit';
import { type JobHandler, runDueJobs } from './core/jobs';
import type { SamenModule } from './core/module';
import { installModules, MODULES } from './modules';
import { loadReferenceData } from './modules/municipalities';
import { seedDemo, seedIsNeeded } from './seed/demo';
import { demoStart } from './seed/start';

/** Opens the database and brings it up to date: schema, reference data, and demo data when empty. */
export async function prepare(config: Config, logger: Logger): Promise<AppContext> {
  const started = performance.now();
  installModules();
  // An empty embedded database with the demo starts from its snapshot (src/seed/start.ts).
  const demo = demoStart(config);
  const settings = demo?.config ?? config;
  const database = await openDatabase({
    databaseUrl: settings.databaseUrl,
    dataDir: settings.dataDir,
    poolSize: settings.databasePoolSize,
  });
  await demo?.opened(database, logger);
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database schema updated');
  const reference = await loadReferenceData(database.db);
  if (reference === 'loaded')
    logger.info('reference data loaded (342 municipalities, 4,067 postcodes; Bron: CBS, PDOK)');
  const deps: AppContext = { config: settings, database, db: database.db, logger, clock: systemClock };
  if (settings.seedDemo && (await seedIsNeeded(database.db))) {
    const accounts = await seedDemo(deps);
    logger.info({ accounts: accounts.map((a) => a.email) }, 'demo data seeded');
    await demo?.seeded(database, logger);
  }
  logger.info({ ms: Math.round(performance.now() - started), database: database.kind }, 'database ready');
  return deps;
}

/**
 * Background work that survives restarts because its state is in Postgres: delivering the mail
 * outbox over SMTP, the modules' jobs and schedules, and purging expired counters and delivered
 * mail. Safe to run in every instance at once (SKIP LOCKED, idempotent deletes).
 */
export function startBackgroundWork(deps: AppContext): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<unknown> = Promise.resolve();
  const every = (ms: number, name: string, task: () => Promise<unknown>) => {
    timers.push(
      setInterval(() => {
        running = running
          .then(task)
          .catch((error) => deps.logger.error({ err: error, task: name }, 'background task failed'));
      }, ms).unref(),
    );
  };
  if (deps.config.smtpUrl) {
    const transport = smtpTransport(deps.config.smtpUrl);
    every(2_000, 'deliver mail', () => deliverPendingMail(deps.db, transport, deps.config.mailFrom));
  }
  const handlers = jobHandlers(deps, MODULES);
  every(10_000, 'run due jobs', () => runDueJobs(deps.db, handlers));
  for (const module of MODULES)
    for (const schedule of module.schedules ?? [])
      if (!schedule.onlyOn || schedule.onlyOn === deps.database.kind)
        every(schedule.everyMs, `${module.name}: ${schedule.name}`, () => schedule.run(deps));
  every(15 * 60_000, 'purge counters and delivered mail', async () => {
    await purgeRateLimits(deps.db);
    await purgeDeliveredMail(deps.db);
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await running;
  };
}

/** The modules' jobs by kind; a payload that does not fit its schema fails the job (and is retried, then left). */
export function jobHandlers(deps: AppContext, modules: readonly SamenModule[]): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {};
  for (const module of modules)
    for (const job of module.jobs ?? [])
      handlers[job.kind] = async (tx, payload) => job.run(deps, tx, job.payload.parse(payload));
  return handlers;
}

export type { Database };
