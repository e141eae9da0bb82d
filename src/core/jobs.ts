import { sql } from 'drizzle-orm';
import { type Executor, rows } from './db';

/**
 * A job queue in Postgres: jobs survive restarts, and any number of app instances can work the
 * queue together (rows are claimed with FOR UPDATE SKIP LOCKED). A (kind, key) pair is pending
 * at most once, so scheduling the same job twice is harmless.
 */
export async function scheduleJob(
  db: Executor,
  job: { kind: string; key: string; runAt: Date | string; payload?: Record<string, unknown> },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO jobs (kind, key, payload, run_at)
    VALUES (${job.kind}, ${job.key}, ${JSON.stringify(job.payload ?? {})}::jsonb,
            ${new Date(job.runAt).toISOString()}::timestamptz)
    ON CONFLICT (kind, key) WHERE done_at IS NULL DO UPDATE SET run_at = EXCLUDED.run_at, payload = EXCLUDED.payload`);
}

export async function cancelJob(db: Executor, kind: string, key: string): Promise<void> {
  await db.execute(
    sql`UPDATE jobs SET done_at = now(), last_error = 'cancelled'
         WHERE kind = ${kind} AND key = ${key} AND done_at IS NULL`,
  );
}

export type JobHandler = (db: Executor, payload: Record<string, unknown>) => Promise<void>;

const MAX_ATTEMPTS = 5;

/**
 * Runs due jobs, each in its own transaction with its row locked; a failing job is retried later
 * with back-off. Returns how many jobs ran.
 */
export async function runDueJobs(db: Executor, handlers: Record<string, JobHandler>, limit = 20): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const done = await db.transaction(async (tx) => {
      const [job] = await rows<{ id: number; kind: string; payload: Record<string, unknown>; attempts: number }>(
        tx,
        sql`SELECT id, kind, payload, attempts FROM jobs
             WHERE done_at IS NULL AND run_at <= now() AND attempts < ${MAX_ATTEMPTS}
             ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!job) return false;
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await tx.transaction(async (savepoint) => handler(savepoint, job.payload));
        await tx.execute(sql`UPDATE jobs SET done_at = now(), attempts = attempts + 1 WHERE id = ${job.id}`);
      } catch (error) {
        await tx.execute(sql`
          UPDATE jobs SET attempts = attempts + 1, last_error = ${String((error as Error).message).slice(0, 500)},
                 run_at = now() + make_interval(secs => ${60 * 2 ** job.attempts}) WHERE id = ${job.id}`);
      }
      return true;
    });
    if (!done) break;
  }
  return ran;
}
