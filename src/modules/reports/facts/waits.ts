import { sql } from 'drizzle-orm';
import { type Executor, rows } from '../../../core/db';
import { type DurationCount, type FactScope, source } from './queries';

/**
 * For each marketplace and measure: how many posts waited, and the two values around the median
 * and around the 90th percentile (positions ⌊(n − 1)·p⌋ and the next one in the sorted waits),
 * found in SQL by running sums over the histogram — so the national report reads two rows per
 * marketplace instead of every bin. The positions are computed in double precision, as
 * `histogramQuantile` computes them, so both give the same figure.
 */
export interface WaitQuantiles {
  code: string;
  measure: DurationCount['measure'];
  n: number;
  lower50: number;
  upper50: number;
  lower90: number;
  upper90: number;
}

export const waitQuantiles = (db: Executor, scope: FactScope) =>
  rows<WaitQuantiles>(
    db,
    sql`WITH bins AS (
          SELECT municipality_code AS code, measure, value, sum(count) AS count
            FROM (${source('durations', scope)}) d
           GROUP BY 1, 2, 3),
        running AS (
          SELECT bins.*, sum(count) OVER (PARTITION BY code, measure ORDER BY value) AS seen,
                 sum(count) OVER (PARTITION BY code, measure) AS n
            FROM bins),
        positions AS (
          SELECT running.*, floor((n - 1)::float8 * 0.5::float8) AS at50, floor((n - 1)::float8 * 0.9::float8) AS at90
            FROM running)
        SELECT code, measure, n::int AS n,
               min(value) FILTER (WHERE seen > at50) AS "lower50",
               min(value) FILTER (WHERE seen > least(at50 + 1, n - 1)) AS "upper50",
               min(value) FILTER (WHERE seen > at90) AS "lower90",
               min(value) FILTER (WHERE seen > least(at90 + 1, n - 1)) AS "upper90"
          FROM positions
         WHERE n > 0
         GROUP BY code, measure, n`,
  );
