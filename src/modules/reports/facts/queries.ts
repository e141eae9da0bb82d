import { type SQL, sql } from 'drizzle-orm';
import { type Executor, rows } from '../../../core/db';
import { type PeriodAlignment, periodAlignment } from '../period';
import { freshPeopleMonths, freshVolunteers } from './people';
import { bounds, firstMonth, inScope } from './sql';

/**
 * The one place where Samen's report figures are defined in SQL (docs/reports.md). `monthFacts`
 * computes a calendar month (Europe/Amsterdam) fresh from the events; the build job stores exactly
 * its result in the report_* tables, and `storedFacts` reads those back. Page, CSV, API and open
 * data all sum what these return.
 */

/** Counts per marketplace, kind, category and area: the posts published in the month and what happened in it. */
export function freshFacts(month: string, codes: readonly string[] | null, now: Date): SQL {
  return sql`
      WITH cohort AS (
        SELECT p.municipality_code, p.kind, p.category, p.pc4,
               1 AS placed,
               (fr.first_at IS NOT NULL)::int AS with_response,
               (answer.yes IS NOT NULL)::int AS with_answer,
               (mt.post_id IS NOT NULL)::int AS matched,
               -- a request is unmet when a week after it was placed nobody had responded
               (p.kind = 'request' AND p.published_at <= ${now.toISOString()}::timestamptz - interval '7 days'
                 AND (fr.first_at IS NULL OR fr.first_at >= p.published_at + interval '7 days'))::int AS unmet,
               0 AS responses, 0 AS answered, 0 AS matches
          FROM ${bounds(month)}
          JOIN posts p ON p.published_at >= b.lo AND p.published_at < b.hi ${inScope(sql`p.municipality_code`, codes)}
          LEFT JOIN LATERAL (SELECT min(r.created_at) AS first_at FROM responses r WHERE r.post_id = p.id) fr ON true
          -- LATERAL … LIMIT 1 rather than EXISTS: the planner would hash every message instead
          LEFT JOIN LATERAL (SELECT 1 AS yes FROM responses r JOIN messages m
                                ON m.response_id = r.id AND m.sender_account_id = r.poster_account_id
                              WHERE r.post_id = p.id LIMIT 1) answer ON true
          LEFT JOIN matches mt ON mt.post_id = p.id
      ),
      events AS (
        SELECT p.municipality_code, p.kind, p.category, p.pc4, 0, 0, 0, 0, 0,
               1, (answer.yes IS NOT NULL)::int, 0
          FROM ${bounds(month)}
          JOIN responses r ON r.created_at >= b.lo AND r.created_at < b.hi ${inScope(sql`r.municipality_code`, codes)}
          JOIN posts p ON p.id = r.post_id
          LEFT JOIN LATERAL (SELECT 1 AS yes FROM messages m
                              WHERE m.response_id = r.id AND m.sender_account_id = r.poster_account_id
                              LIMIT 1) answer ON true
        UNION ALL
        SELECT p.municipality_code, p.kind, p.category, p.pc4, 0, 0, 0, 0, 0, 0, 0, 1
          FROM ${bounds(month)}
          JOIN matches mt ON mt.created_at >= b.lo AND mt.created_at < b.hi ${inScope(sql`mt.municipality_code`, codes)}
          JOIN posts p ON p.id = mt.post_id
      )
      SELECT municipality_code, ${month}::date AS month, kind, category, pc4,
             sum(placed)::int AS placed, sum(with_response)::int AS with_response,
             sum(with_answer)::int AS with_answer, sum(matched)::int AS matched, sum(unmet)::int AS unmet,
             sum(responses)::int AS responses, sum(answered)::int AS answered, sum(matches)::int AS matches
        FROM (SELECT * FROM cohort UNION ALL SELECT * FROM events) facts
       GROUP BY 1, 3, 4, 5`;
}

/** How long the month's posts waited for their first response (whole hours) and their match (whole days). */
export function freshDurations(month: string, codes: readonly string[] | null): SQL {
  return sql`
      WITH cohort AS (
        SELECT p.id, p.municipality_code, p.published_at
          FROM ${bounds(month)}
          JOIN posts p ON p.published_at >= b.lo AND p.published_at < b.hi ${inScope(sql`p.municipality_code`, codes)}
      )
      SELECT municipality_code, ${month}::date AS month, measure, value, count(*)::int AS count FROM (
        SELECT c.municipality_code, 'first-response-hours' AS measure,
               greatest(0, floor(extract(epoch FROM fr.first_at - c.published_at) / 3600))::int AS value
          FROM cohort c
          JOIN LATERAL (SELECT min(r.created_at) AS first_at FROM responses r WHERE r.post_id = c.id) fr
            ON fr.first_at IS NOT NULL
        UNION ALL
        SELECT c.municipality_code, 'match-days',
               greatest(0, floor(extract(epoch FROM mt.created_at - c.published_at) / 86400))::int
          FROM cohort c JOIN matches mt ON mt.post_id = c.id
      ) waits
      GROUP BY 1, 3, 4`;
}

/**
 * What a report reads: the months [from, to] of some marketplaces (null: all). Months in `fresh`
 * are computed from the events; every other month comes from the stored tables, which hold only
 * built months (a month changed since its build is in `fresh`).
 */
export interface FactScope {
  from: string;
  to: string;
  codes: readonly string[] | null;
  fresh: readonly { month: string; codes: readonly string[] }[];
  now: Date;
}

/** The stored tables a month's build writes, each read back as `FRESH` computes it. */
const TABLES = {
  facts: 'report_post_facts',
  categoryFacts: 'report_category_facts',
  kindFacts: 'report_kind_facts',
  durations: 'report_durations',
  volunteers: 'report_people',
  peopleMonths: 'report_people_months',
} as const;
type Source = keyof typeof TABLES;

const COUNTS = 't.placed, t.with_response, t.with_answer, t.matched, t.unmet, t.responses, t.answered, t.matches';
/** The roll-ups have no category or area: read back in the shape of `freshFacts`, with those empty. */
const STORED_COLUMNS: Record<Source, string> = {
  facts: 't.*',
  categoryFacts: `t.municipality_code, t.month, t.kind, t.category, '' AS pc4, ${COUNTS}`,
  kindFacts: `t.municipality_code, t.month, t.kind, '' AS category, '' AS pc4, ${COUNTS}`,
  durations: 't.*',
  volunteers: 't.*',
  peopleMonths: 't.*',
};

const FRESH: Record<Source, (month: string, codes: readonly string[], now: Date) => SQL> = {
  facts: freshFacts,
  categoryFacts: freshFacts,
  kindFacts: freshFacts,
  durations: freshDurations,
  volunteers: freshVolunteers,
  peopleMonths: freshPeopleMonths,
};

/** A stored month still holds: an event has not changed it, and no request of it has since become unmet. */
export const stillValid = (built: string, now: Date) =>
  sql`(${sql.raw(built)}.valid_until IS NULL OR ${sql.raw(built)}.valid_until > ${now.toISOString()}::timestamptz)`;

export function source(table: Source, scope: FactScope): SQL {
  const stored = sql`
    SELECT ${sql.raw(STORED_COLUMNS[table])} FROM ${sql.raw(TABLES[table])} t
      JOIN report_built_months b ON b.municipality_code = t.municipality_code AND b.month = t.month
     WHERE t.month BETWEEN ${scope.from}::date AND ${scope.to}::date ${inScope(sql`t.municipality_code`, scope.codes)}
       AND ${stillValid('b', scope.now)}`;
  const fresh = scope.fresh.map(({ month, codes }) => FRESH[table](month, codes, scope.now));
  return sql.join([stored, ...fresh.map((part) => sql`(${part})`)], sql` UNION ALL `);
}

export interface MonthlyFact {
  code: string;
  month: string;
  kind: 'request' | 'offer' | 'vacancy';
  category: string;
  placed: number;
  withResponse: number;
  withAnswer: number;
  matched: number;
  unmet: number;
  responses: number;
  answered: number;
  matches: number;
}

/**
 * The counts per marketplace, month, kind and category — or, `perMarketplace`, per marketplace and
 * kind only (month and category empty), which is all the national table needs.
 */
export const monthlyFacts = (db: Executor, scope: FactScope, options: { perMarketplace?: boolean } = {}) =>
  rows<MonthlyFact>(
    db,
    sql`SELECT municipality_code AS code,
               ${options.perMarketplace ? sql`''` : sql`to_char(month, 'YYYY-MM-DD')`} AS month, kind,
               ${options.perMarketplace ? sql`''` : sql`category`} AS category,
               sum(placed)::int AS placed, sum(with_response)::int AS "withResponse",
               sum(with_answer)::int AS "withAnswer", sum(matched)::int AS matched, sum(unmet)::int AS unmet,
               sum(responses)::int AS responses, sum(answered)::int AS answered, sum(matches)::int AS matches
          FROM (${source(options.perMarketplace ? 'kindFacts' : 'categoryFacts', scope)}) f
         GROUP BY 1, 2, 3, 4`,
  );

export interface AreaCell {
  category: string;
  pc4: string;
  requests: number;
  matches: number;
}

/** Requests placed and requests matched per category and 4-digit postcode area. */
export const areaCells = (db: Executor, scope: FactScope) =>
  rows<AreaCell>(
    db,
    sql`SELECT category, pc4, sum(placed)::int AS requests, sum(matches)::int AS matches
          FROM (${source('facts', scope)}) f
         WHERE kind = 'request'
         GROUP BY 1, 2
        HAVING sum(placed) > 0 OR sum(matches) > 0`,
  );

export interface DurationCount {
  code: string;
  measure: 'first-response-hours' | 'match-days';
  value: number;
  count: number;
}

/** How many posts waited how long, per marketplace — or, `together`, over all of them (code empty). */
export const durationCounts = (db: Executor, scope: FactScope, options: { together?: boolean } = {}) =>
  rows<DurationCount>(
    db,
    sql`SELECT ${options.together ? sql`''` : sql`municipality_code`} AS code, measure, value, sum(count)::int AS count
          FROM (${source('durations', scope)}) d
         GROUP BY 1, 2, 3
         ORDER BY 1, 2, 3`,
  );

export interface PeopleCount {
  code: string;
  activeVolunteers: number;
  newResidents: number;
  newVolunteers: number;
}

const ONCE_PER: Record<PeriodAlignment, string> = {
  month: 'active_volunteers',
  quarter: 'quarter_volunteers',
  year: 'year_volunteers',
};

/**
 * The people per marketplace, each counted once over the whole period. First times add up over
 * months; active volunteers do over a calendar month, quarter or year (each volunteer is counted in
 * their first active month of it), and over any other period are counted one by one.
 */
export async function peopleCounts(db: Executor, scope: FactScope): Promise<PeopleCount[]> {
  const alignment = periodAlignment(scope);
  const counts = await rows<PeopleCount>(
    db,
    sql`SELECT municipality_code AS code,
               ${alignment ? sql`sum(${sql.raw(ONCE_PER[alignment])})::int` : sql`0`} AS "activeVolunteers",
               sum(new_residents)::int AS "newResidents", sum(new_volunteers)::int AS "newVolunteers"
          FROM (${source('peopleMonths', scope)}) p
         GROUP BY 1`,
  );
  if (alignment) return counts;
  const distinct = await rows<{ code: string; volunteers: number }>(
    db,
    sql`SELECT municipality_code AS code, count(DISTINCT account_id)::int AS volunteers
          FROM (${source('volunteers', scope)}) v
         GROUP BY 1`,
  );
  const volunteers = new Map(distinct.map((row) => [row.code, row.volunteers]));
  return counts.map((row) => ({ ...row, activeVolunteers: volunteers.get(row.code) ?? 0 }));
}

/** A stored month and the number of its build (report_built_months.build_seq, as text). */
export interface StoredBuild {
  code: string;
  month: string;
  seq: string;
}

/** The marketplaces (null: all) with their first month, and which months in [from, to] are stored and valid. */
export async function monthsInStore(
  db: Executor,
  from: string,
  to: string,
  codes: readonly string[] | null,
  now: Date,
) {
  // Before its first month a marketplace has no events: those months need no computing.
  const marketplaces = await rows<{ code: string; firstMonth: string }>(
    db,
    sql`SELECT mk.municipality_code AS code, to_char(${firstMonth}, 'YYYY-MM-DD') AS "firstMonth"
          FROM marketplaces mk WHERE true ${inScope(sql`mk.municipality_code`, codes)}
         ORDER BY 1`,
  );
  const built = await rows<StoredBuild>(
    db,
    sql`SELECT municipality_code AS code, to_char(month, 'YYYY-MM-DD') AS month, build_seq::text AS seq
          FROM report_built_months b
         WHERE month BETWEEN ${from}::date AND ${to}::date ${inScope(sql`municipality_code`, codes)}
           AND ${stillValid('b', now)}`,
  );
  return { marketplaces, built };
}

/**
 * Until when the month's figures hold without a new event: the moment the first of its requests
 * still without a response becomes unmet (a week after it was placed). Null: until an event.
 */
const validUntil = (code: string, month: string, now: Date) => sql`
  (SELECT min(p.published_at + interval '7 days')
     FROM ${bounds(month)}
     JOIN posts p ON p.municipality_code = ${code} AND p.kind = 'request'
      AND p.published_at >= greatest(b.lo, ${now.toISOString()}::timestamptz - interval '7 days')
      AND p.published_at < b.hi
    WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.post_id = p.id))`;

/** The month's stored facts summed over the areas (and categories): the roll-ups, in the same transaction. */
const rollUp = (code: string, month: string, keys: readonly string[]) => sql`
  SELECT municipality_code, month, ${sql.raw(keys.join(', '))},
         sum(placed), sum(with_response), sum(with_answer), sum(matched), sum(unmet),
         sum(responses), sum(answered), sum(matches)
    FROM report_post_facts WHERE municipality_code = ${code} AND month = ${month}::date
   GROUP BY 1, 2, ${sql.raw(keys.map((_, i) => String(i + 3)).join(', '))}`;

/**
 * Stores one month of one marketplace as `freshFacts` & co. compute it at `now`, and marks it
 * built until `validUntil`. The exclusive lock waits for events of that month still in flight
 * (see report_month_changed).
 */
export async function storeMonth(tx: Executor, code: string, month: string, now: Date): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(report_month_lock(${code}, ${month}::date))`);
  for (const table of Object.values(TABLES)) {
    await tx.execute(sql`DELETE FROM ${sql.raw(table)} WHERE municipality_code = ${code} AND month = ${month}::date`);
  }
  await tx.execute(sql`INSERT INTO report_post_facts (${freshFacts(month, [code], now)})`);
  await tx.execute(sql`INSERT INTO report_category_facts ${rollUp(code, month, ['kind', 'category'])}`);
  await tx.execute(sql`INSERT INTO report_kind_facts ${rollUp(code, month, ['kind'])}`);
  await tx.execute(sql`INSERT INTO report_durations (${freshDurations(month, [code])})`);
  await tx.execute(sql`INSERT INTO report_people (${freshVolunteers(month, [code])})`);
  await tx.execute(sql`INSERT INTO report_people_months (${freshPeopleMonths(month, [code])})`);
  await tx.execute(sql`
    INSERT INTO report_built_months (municipality_code, month, valid_until)
    VALUES (${code}, ${month}::date, ${validUntil(code, month, now)})
    ON CONFLICT (municipality_code, month) DO UPDATE
      SET built_at = now(), valid_until = excluded.valid_until, build_seq = excluded.build_seq`);
}

/**
 * Months to store: from each marketplace's first month to the current one, those not stored or no
 * longer valid, newest first.
 */
export const monthsToBuild = (db: Executor, now: Date, limit: number) =>
  rows<{ code: string; month: string }>(
    db,
    sql`SELECT mk.municipality_code AS code, to_char(g.month, 'YYYY-MM-DD') AS month
          FROM marketplaces mk
          CROSS JOIN LATERAL (SELECT ${firstMonth} AS first) f
          CROSS JOIN LATERAL generate_series(f.first, report_month(${now.toISOString()}::timestamptz),
                                             interval '1 month') g(month)
         WHERE NOT EXISTS (SELECT 1 FROM report_built_months b
                            WHERE b.municipality_code = mk.municipality_code AND b.month = g.month
                              AND ${stillValid('b', now)})
         ORDER BY g.month DESC, 1
         LIMIT ${limit}`,
  );
