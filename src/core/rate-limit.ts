import { sql } from 'drizzle-orm';
import { type Executor, firstRow } from './db';

/**
 * Sliding-window estimate: the hits in the current fixed window plus the previous window's hits
 * weighted by how much of it still overlaps the sliding window. This avoids the double burst a
 * plain fixed window allows at its boundary.
 */
export function slidingEstimate(
  current: number,
  previous: number,
  elapsedSeconds: number,
  windowSeconds: number,
): number {
  const overlap = Math.max(0, 1 - elapsedSeconds / windowSeconds);
  return current + previous * overlap;
}

export interface RateLimit {
  /** most hits allowed per window */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts a hit for `key` and says whether it stays within the limit. The counters live in
 * Postgres, so every app instance behind a load balancer shares them.
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  { limit, windowSeconds }: RateLimit,
): Promise<RateLimitResult> {
  const row = await firstRow<{ hits: number; previous: number; elapsed: number }>(
    db,
    sql`
      WITH upsert AS (
        INSERT INTO rate_limit_windows (key, window_start, hits)
        VALUES (${key}, to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds}), 1)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
        RETURNING hits, window_start
      )
      SELECT u.hits,
             coalesce((SELECT p.hits FROM rate_limit_windows p
                        WHERE p.key = ${key}
                          AND p.window_start = u.window_start - make_interval(secs => ${windowSeconds})),
                      0) AS previous,
             extract(epoch FROM now() - u.window_start)::float8 AS elapsed
        FROM upsert u`,
  );
  if (!row) throw new Error('rate limit upsert returned no row');
  const estimate = slidingEstimate(Number(row.hits), Number(row.previous), Number(row.elapsed), windowSeconds);
  return {
    allowed: estimate <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - Number(row.elapsed))),
  };
}

export async function purgeRateLimits(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 day'`);
}
