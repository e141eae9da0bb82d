import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, rows, textArray } from '../../../core/db';
import { addMonths, periodAlignment } from '../period';
import { type DurationCount, type FactScope, type StoredBuild, source } from './queries';

/**
 * For each marketplace and measure: how many posts waited, and the two values around the median
 * and around the 90th percentile (positions ⌊(n − 1)·p⌋ and the next one in the sorted waits),
 * found in SQL by running sums over the histogram — so a report reads two rows per marketplace
 * instead of every bin. The positions are computed in double precision, as `histogramQuantile`
 * computes them, so both give the same figure.
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

/**
 * The quantile values of histograms `bins` (columns: `keys`, measure, value, count), one row per
 * keys and measure that has posts.
 */
export function quantilesOf(bins: SQL, keys: readonly string[]): SQL {
  const by = sql.raw([...keys, 'measure'].join(', '));
  return sql`
    WITH running AS (
      SELECT bins.*, sum(count) OVER (PARTITION BY ${by} ORDER BY value) AS seen,
             sum(count) OVER (PARTITION BY ${by}) AS n
        FROM (${bins}) bins),
    positions AS (
      SELECT running.*, floor((n - 1)::float8 * 0.5::float8) AS at50, floor((n - 1)::float8 * 0.9::float8) AS at90
        FROM running)
    SELECT ${by}, n::int AS n,
           min(value) FILTER (WHERE seen > at50) AS "lower50",
           min(value) FILTER (WHERE seen > least(at50 + 1, n - 1)) AS "upper50",
           min(value) FILTER (WHERE seen > at90) AS "lower90",
           min(value) FILTER (WHERE seen > least(at90 + 1, n - 1)) AS "upper90"
      FROM positions
     WHERE n > 0
     GROUP BY ${by}, n`;
}

/** The waits per marketplace over the scope's months — or, `together`, over all of them (code empty). */
export const waitQuantiles = (db: Executor, scope: FactScope, options: { together?: boolean } = {}) =>
  rows<WaitQuantiles>(
    db,
    sql`SELECT * FROM (${quantilesOf(
      sql`SELECT ${options.together ? sql`''` : sql`municipality_code`} AS code, measure, value, sum(count) AS count
            FROM (${source('durations', scope)}) d
           GROUP BY 1, 2, 3`,
      ['code'],
    )}) q`,
  );

/** The calendar span a period is (its last month and whether month, quarter or year to date), or null. */
function spanOf(scope: FactScope) {
  const alignment = periodAlignment(scope);
  return alignment ? { month: addMonths(scope.to, 0), span: alignment } : null;
}

/** A scope whose stored months are known with their builds (`scopeOf`). */
type WithBuilds = FactScope & { built: readonly StoredBuild[] };

/**
 * The `inputs` of a span row as the job writes it: per marketplace its months' build numbers in
 * month order; over all marketplaces the md5 of `code:number` in code and month order (code units,
 * as the job's COLLATE "C").
 */
export function spanInputs(built: readonly StoredBuild[]) {
  const sorted = [...built].sort((a, b) =>
    a.code === b.code ? (a.month < b.month ? -1 : 1) : a.code < b.code ? -1 : 1,
  );
  const perCode = new Map<string, string[]>();
  for (const build of sorted) {
    const list = perCode.get(build.code);
    if (list) list.push(build.seq);
    else perCode.set(build.code, [build.seq]);
  }
  const national = createHash('md5')
    .update(sorted.map((build) => `${build.code}:${build.seq}`).join(','))
    .digest('hex');
  return { of: (code: string) => perCode.get(code)?.join(',') ?? null, national };
}

/** Only these marketplaces, months computed fresh included. */
const narrowed = (scope: FactScope, codes: readonly string[]): FactScope => {
  const wanted = new Set(codes);
  return {
    ...scope,
    codes,
    fresh: scope.fresh
      .map((part) => ({ month: part.month, codes: part.codes.filter((code) => wanted.has(code)) }))
      .filter((part) => part.codes.length > 0),
  };
};

interface SpanRow extends WaitQuantiles {
  inputs: string;
}

const quantileColumns = sql`w.measure, w.n, w.lower50 AS "lower50", w.upper50 AS "upper50",
                            w.lower90 AS "lower90", w.upper90 AS "upper90", w.inputs`;

/**
 * The waits of the given marketplaces over the scope: from the job's span rows (report_span_waits)
 * where the period is a calendar span whose stored months are still exactly the builds the row was
 * computed from, else from the histograms. Both give the same figures (span-waits.test.ts).
 */
export async function marketplaceWaits(
  db: Executor,
  scope: WithBuilds,
  codes: readonly string[],
): Promise<WaitQuantiles[]> {
  const span = spanOf(scope);
  const withFresh = new Set(scope.fresh.flatMap((part) => part.codes));
  const inputs = spanInputs(scope.built);
  const found = span
    ? (
        await rows<SpanRow>(
          db,
          sql`SELECT w.municipality_code AS code, ${quantileColumns}
                FROM report_span_waits w
               WHERE w.month = ${span.month}::date AND w.span = ${span.span}
                 AND w.municipality_code = ANY(${textArray(codes)})`,
        )
      ).filter((row) => !withFresh.has(row.code) && row.inputs === inputs.of(row.code))
    : [];
  const covered = new Set(found.map((row) => row.code));
  const rest = codes.filter((code) => !covered.has(code));
  const computed = rest.length ? await waitQuantiles(db, narrowed(scope, rest)) : [];
  return [...found.filter((row) => row.n > 0).map(withoutInputs), ...computed];
}

const withoutInputs = ({ inputs: _, ...quantiles }: SpanRow): WaitQuantiles => quantiles;

/** The waits of all marketplaces together (code empty), from the job's national span row when it still holds. */
export async function nationalWaits(db: Executor, scope: WithBuilds): Promise<WaitQuantiles[]> {
  const span = spanOf(scope);
  if (span && scope.fresh.length === 0 && scope.codes === null) {
    const found = await rows<SpanRow>(
      db,
      sql`SELECT '' AS code, ${quantileColumns} FROM report_national_span_waits w
           WHERE w.month = ${span.month}::date AND w.span = ${span.span}`,
    );
    const national = spanInputs(scope.built).national;
    if (found.length > 0 && found.every((row) => row.inputs === national))
      return found.filter((row) => row.n > 0).map(withoutInputs);
  }
  return waitQuantiles(db, scope, { together: true });
}
