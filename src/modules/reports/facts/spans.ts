import { sql } from 'drizzle-orm';
import { type Executor, firstRow } from '../../../core/db';
import { stillValid } from './queries';
import { firstMonth } from './sql';
import { quantilesOf } from './waits';

/**
 * The job's part of the span waits (migration 0024): for each calendar month of the last two years
 * and each span ending in it (the month, its quarter to date, its year to date), the waits over the
 * stored months of that span — per marketplace, and over all marketplaces — once every month the
 * span needs is stored and valid, and again whenever one of those months is stored anew. Each call
 * is one statement, so it reads one snapshot: the inputs it records are the builds it summed.
 */

const RECENT_MONTHS = 24;

/** The last RECENT_MONTHS calendar months up to the current one, as `g.month`. */
const recentMonths = (now: Date) => sql`
  generate_series(report_month(${now.toISOString()}::timestamptz) - ${`${RECENT_MONTHS - 1} months`}::interval,
                  report_month(${now.toISOString()}::timestamptz), interval '1 month') g(month)`;

const spanStart = sql`(CASE s.span WHEN 'month' THEN g.month
                        WHEN 'quarter' THEN date_trunc('quarter', g.month) ELSE date_trunc('year', g.month) END)::date`;

/** Months from `from` to `to`, both included. */
const monthsBetween = (from: string, to: string) =>
  sql.raw(`((extract(year FROM age(${to}, ${from})) * 12 + extract(month FROM age(${to}, ${from})))::int + 1)`);

/** Every marketplace's spans: its first month, and which months of each span are stored and valid now. */
const spans = (now: Date) => sql`
  marketplace AS (
    SELECT mk.municipality_code AS code, ${firstMonth} AS first FROM marketplaces mk),
  span AS (
    SELECT m.code, m.first AS marketplace_first, g.month::date AS month, s.span, ${spanStart} AS first
      FROM marketplace m
      CROSS JOIN ${recentMonths(now)}
      CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) s(span)
     WHERE m.first <= g.month),
  built AS (
    SELECT s.code, s.month, s.span, s.first,
           string_agg(b.build_seq::text, ',' ORDER BY b.month) AS inputs,
           -- the span is complete when every month from the marketplace's first one on is stored
           count(*) FILTER (WHERE b.month >= s.marketplace_first)
             = ${monthsBetween('greatest(s.first, s.marketplace_first)', 's.month')} AS complete
      FROM span s
      JOIN report_built_months b ON b.municipality_code = s.code AND b.month BETWEEN s.first AND s.month
       AND ${stillValid('b', now)}
     GROUP BY 1, 2, 3, 4, s.marketplace_first)`;

const measures = sql`(VALUES ('first-response-hours'), ('match-days')) m(measure)`;

/** Stores up to `limit` marketplace spans that are complete and missing or out of date; how many it stored. */
export async function storeMarketplaceSpans(db: Executor, now: Date, limit: number): Promise<number> {
  const result = await firstRow<{ n: number }>(
    db,
    sql`WITH ${spans(now)},
        due AS (
          SELECT built.* FROM built
           WHERE complete AND NOT EXISTS (
                   SELECT 1 FROM report_span_waits w
                    WHERE w.municipality_code = built.code AND w.month = built.month AND w.span = built.span
                      AND w.inputs = built.inputs)
           ORDER BY month DESC, code, span
           LIMIT ${limit}),
        quantiles AS (${quantilesOf(
          sql`SELECT due.code, due.month, due.span, d.measure, d.value, sum(d.count) AS count
                FROM due
                JOIN report_built_months b ON b.municipality_code = due.code AND b.month BETWEEN due.first AND due.month
                 AND ${stillValid('b', now)}
                JOIN report_durations d ON d.municipality_code = b.municipality_code AND d.month = b.month
               GROUP BY 1, 2, 3, 4, 5`,
          ['code', 'month', 'span'],
        )}),
        stored AS (
          INSERT INTO report_span_waits AS w
          SELECT due.code, due.month, due.span, m.measure, coalesce(q.n, 0),
                 q."lower50", q."upper50", q."lower90", q."upper90", due.inputs
            FROM due CROSS JOIN ${measures}
            LEFT JOIN quantiles q ON q.code = due.code AND q.month = due.month AND q.span = due.span
                                 AND q.measure = m.measure
          ON CONFLICT (municipality_code, month, span, measure) DO UPDATE
            SET n = excluded.n, lower50 = excluded.lower50, upper50 = excluded.upper50,
                lower90 = excluded.lower90, upper90 = excluded.upper90, inputs = excluded.inputs
          RETURNING 1)
        SELECT (count(*) / 2)::int AS n FROM stored`,
  );
  return result?.n ?? 0;
}

/**
 * Stores the national spans whose every marketplace is complete and that are missing or out of
 * date (at most `limit`); `inputs` is the md5 of every marketplace's builds, as `nationalWaits` reads it.
 */
export async function storeNationalSpans(db: Executor, now: Date, limit: number): Promise<number> {
  const result = await firstRow<{ n: number }>(
    db,
    sql`WITH ${spans(now)},
        national AS (
          SELECT g.month::date AS month, s.span, ${spanStart} AS first
            FROM ${recentMonths(now)}
            CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) s(span)),
        complete AS (
          SELECT n.month, n.span, n.first
            FROM national n
           WHERE NOT EXISTS (SELECT 1 FROM span s
                              WHERE s.month = n.month AND s.span = n.span
                                AND NOT EXISTS (SELECT 1 FROM built
                                                 WHERE built.code = s.code AND built.month = s.month
                                                   AND built.span = s.span AND built.complete))),
        inputs AS (
          SELECT c.month, c.span, c.first,
                 md5(string_agg(b.municipality_code || ':' || b.build_seq, ','
                                ORDER BY b.municipality_code COLLATE "C", b.month))
                   AS inputs
            FROM complete c
            JOIN report_built_months b ON b.month BETWEEN c.first AND c.month AND ${stillValid('b', now)}
           GROUP BY 1, 2, 3),
        due AS (
          SELECT inputs.* FROM inputs
           WHERE NOT EXISTS (SELECT 1 FROM report_national_span_waits w
                              WHERE w.month = inputs.month AND w.span = inputs.span AND w.inputs = inputs.inputs)
           ORDER BY month DESC, span
           LIMIT ${limit}),
        quantiles AS (${quantilesOf(
          sql`SELECT due.month, due.span, d.measure, d.value, sum(d.count) AS count
                FROM due
                JOIN report_built_months b ON b.month BETWEEN due.first AND due.month AND ${stillValid('b', now)}
                JOIN report_durations d ON d.municipality_code = b.municipality_code AND d.month = b.month
               GROUP BY 1, 2, 3, 4`,
          ['month', 'span'],
        )}),
        stored AS (
          INSERT INTO report_national_span_waits AS w
          SELECT due.month, due.span, m.measure, coalesce(q.n, 0),
                 q."lower50", q."upper50", q."lower90", q."upper90", due.inputs
            FROM due CROSS JOIN ${measures}
            LEFT JOIN quantiles q ON q.month = due.month AND q.span = due.span AND q.measure = m.measure
          ON CONFLICT (month, span, measure) DO UPDATE
            SET n = excluded.n, lower50 = excluded.lower50, upper50 = excluded.upper50,
                lower90 = excluded.lower90, upper90 = excluded.upper90, inputs = excluded.inputs
          RETURNING 1)
        SELECT (count(*) / 2)::int AS n FROM stored`,
  );
  return result?.n ?? 0;
}
