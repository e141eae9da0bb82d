import { type SQL, sql } from 'drizzle-orm';
import { type Executor, rows, textArray } from '../../../core/db';

/**
 * The one place where Samen's report figures are defined in SQL (docs/reports.md). `monthFacts`
 * computes a calendar month (Europe/Amsterdam) fresh from the events; the build job stores exactly
 * its result in the report_* tables, and `storedFacts` reads those back. Page, CSV, API and open
 * data all sum what these return.
 */

const bounds = (month: string) => sql`
  (SELECT (${month}::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AS lo,
          ((${month}::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Amsterdam') AS hi) b`;

const inScope = (column: SQL, codes: readonly string[] | null) =>
  codes === null ? sql`` : sql`AND ${column} = ANY(${textArray(codes)})`;

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

// Residents ask: they place a request or respond to an offer. Volunteers help: they place an offer
// or respond to a request or a vacancy.
/** Who took part in the month, as a resident or a volunteer, and whether for the first time here. */
export function freshPeople(month: string, codes: readonly string[] | null): SQL {
  return sql`
      WITH acts AS (
        SELECT p.municipality_code, p.author_account_id AS account_id, 'resident' AS role
          FROM ${bounds(month)} JOIN posts p ON p.kind = 'request'
           AND p.published_at >= b.lo AND p.published_at < b.hi ${inScope(sql`p.municipality_code`, codes)}
         WHERE p.author_account_id IS NOT NULL
        UNION ALL
        SELECT r.municipality_code, r.responder_account_id, 'resident'
          FROM ${bounds(month)} JOIN responses r ON r.created_at >= b.lo AND r.created_at < b.hi
               ${inScope(sql`r.municipality_code`, codes)}
          JOIN posts p ON p.id = r.post_id AND p.kind = 'offer'
         WHERE r.responder_account_id IS NOT NULL
        UNION ALL
        SELECT p.municipality_code, p.author_account_id, 'volunteer'
          FROM ${bounds(month)} JOIN posts p ON p.kind = 'offer'
           AND p.published_at >= b.lo AND p.published_at < b.hi ${inScope(sql`p.municipality_code`, codes)}
         WHERE p.author_account_id IS NOT NULL
        UNION ALL
        SELECT r.municipality_code, r.responder_account_id, 'volunteer'
          FROM ${bounds(month)} JOIN responses r ON r.created_at >= b.lo AND r.created_at < b.hi
               ${inScope(sql`r.municipality_code`, codes)}
          JOIN posts p ON p.id = r.post_id AND p.kind IN ('request', 'vacancy')
         WHERE r.responder_account_id IS NOT NULL
      ),
      people AS (
        SELECT municipality_code, account_id, bool_or(role = 'volunteer') AS volunteer,
               bool_or(role = 'resident') AS resident
          FROM acts GROUP BY 1, 2
      )
      SELECT pe.municipality_code, ${month}::date AS month, pe.account_id, pe.volunteer,
             pe.resident AND asked.yes IS NULL AND answered_offer.yes IS NULL AS new_resident,
             pe.volunteer AND offered.yes IS NULL AND helped.yes IS NULL AS new_volunteer
        FROM people pe
        CROSS JOIN ${bounds(month)}
        -- whether they acted before this month, each looked up by index (LATERAL … LIMIT 1: an
        -- anti-join would be planned as a hash over every post and response)
        LEFT JOIN LATERAL (SELECT 1 AS yes FROM posts e
                            WHERE e.author_account_id = pe.account_id AND e.municipality_code = pe.municipality_code
                              AND e.kind = 'request' AND e.published_at < b.lo LIMIT 1) asked ON pe.resident
        LEFT JOIN LATERAL (SELECT 1 AS yes FROM responses e JOIN posts q ON q.id = e.post_id AND q.kind = 'offer'
                            WHERE e.responder_account_id = pe.account_id AND e.municipality_code = pe.municipality_code
                              AND e.created_at < b.lo LIMIT 1) answered_offer ON pe.resident
        LEFT JOIN LATERAL (SELECT 1 AS yes FROM posts e
                            WHERE e.author_account_id = pe.account_id AND e.municipality_code = pe.municipality_code
                              AND e.kind = 'offer' AND e.published_at < b.lo LIMIT 1) offered ON pe.volunteer
        LEFT JOIN LATERAL (SELECT 1 AS yes FROM responses e
                             JOIN posts q ON q.id = e.post_id AND q.kind IN ('request', 'vacancy')
                            WHERE e.responder_account_id = pe.account_id AND e.municipality_code = pe.municipality_code
                              AND e.created_at < b.lo LIMIT 1) helped ON pe.volunteer`;
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

const TABLES = { facts: 'report_post_facts', durations: 'report_durations', people: 'report_people' } as const;

function source(table: keyof typeof TABLES, scope: FactScope): SQL {
  const stored = sql`
    SELECT t.* FROM ${sql.raw(TABLES[table])} t
      JOIN report_built_months b ON b.municipality_code = t.municipality_code AND b.month = t.month
     WHERE t.month BETWEEN ${scope.from}::date AND ${scope.to}::date ${inScope(sql`t.municipality_code`, scope.codes)}`;
  const fresh = scope.fresh.map(({ month, codes }) =>
    table === 'facts'
      ? freshFacts(month, codes, scope.now)
      : table === 'durations'
        ? freshDurations(month, codes)
        : freshPeople(month, codes),
  );
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
          FROM (${source('facts', scope)}) f
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

/** How many posts waited how long, per marketplace. */
export const durationCounts = (db: Executor, scope: FactScope) =>
  rows<DurationCount>(
    db,
    sql`SELECT municipality_code AS code, measure, value, sum(count)::int AS count
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

/** The people per marketplace: each counted once over the whole period. */
export const peopleCounts = (db: Executor, scope: FactScope) =>
  rows<PeopleCount>(
    db,
    sql`SELECT municipality_code AS code,
               count(DISTINCT account_id) FILTER (WHERE volunteer)::int AS "activeVolunteers",
               count(DISTINCT account_id) FILTER (WHERE new_resident)::int AS "newResidents",
               count(DISTINCT account_id) FILTER (WHERE new_volunteer)::int AS "newVolunteers"
          FROM (${source('people', scope)}) p
         GROUP BY 1`,
  );

/** A marketplace's (`mk`) first month: its launch, or its first post if the seed or an import dates one earlier. */
const firstMonth = sql`report_month(least(mk.launched_at, (SELECT min(p.published_at) FROM posts p
                                                             WHERE p.municipality_code = mk.municipality_code
                                                               AND p.published_at IS NOT NULL)))`;

/** The marketplaces (null: all) with their first month, and which of their months in [from, to] are built. */
export async function monthsInStore(db: Executor, from: string, to: string, codes: readonly string[] | null) {
  // Before its first month a marketplace has no events: those months need no computing.
  const marketplaces = await rows<{ code: string; firstMonth: string }>(
    db,
    sql`SELECT mk.municipality_code AS code, to_char(${firstMonth}, 'YYYY-MM-DD') AS "firstMonth"
          FROM marketplaces mk WHERE true ${inScope(sql`mk.municipality_code`, codes)}
         ORDER BY 1`,
  );
  const built = await rows<{ code: string; month: string }>(
    db,
    sql`SELECT municipality_code AS code, to_char(month, 'YYYY-MM-DD') AS month FROM report_built_months
         WHERE month BETWEEN ${from}::date AND ${to}::date ${inScope(sql`municipality_code`, codes)}`,
  );
  return { marketplaces, built };
}

/**
 * Stores one month of one marketplace as `freshFacts` & co. compute it, and marks it built. The
 * exclusive lock waits for events of that month still in flight (see report_month_changed).
 */
export async function storeMonth(tx: Executor, code: string, month: string, now: Date): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(report_month_lock(${code}, ${month}::date))`);
  for (const table of Object.values(TABLES)) {
    await tx.execute(sql`DELETE FROM ${sql.raw(table)} WHERE municipality_code = ${code} AND month = ${month}::date`);
  }
  await tx.execute(sql`INSERT INTO report_post_facts (${freshFacts(month, [code], now)})`);
  await tx.execute(sql`INSERT INTO report_durations (${freshDurations(month, [code])})`);
  await tx.execute(sql`INSERT INTO report_people (${freshPeople(month, [code])})`);
  await tx.execute(sql`
    INSERT INTO report_built_months (municipality_code, month) VALUES (${code}, ${month}::date)
    ON CONFLICT (municipality_code, month) DO UPDATE SET built_at = now()`);
}

/**
 * Months that can be built and are not: from the marketplace's first month to the last month that
 * ended at least a week before `lastSettled` (so no request of it can still become "unmet"), newest first.
 */
export const monthsToBuild = (db: Executor, lastSettled: string, limit: number) =>
  rows<{ code: string; month: string }>(
    db,
    sql`SELECT mk.municipality_code AS code, to_char(g.month, 'YYYY-MM-DD') AS month
          FROM marketplaces mk
          CROSS JOIN LATERAL (SELECT ${firstMonth} AS first) f
          CROSS JOIN LATERAL generate_series(f.first, ${lastSettled}::date, interval '1 month') g(month)
         WHERE NOT EXISTS (SELECT 1 FROM report_built_months b
                            WHERE b.municipality_code = mk.municipality_code AND b.month = g.month)
         ORDER BY g.month DESC, 1
         LIMIT ${limit}`,
  );
