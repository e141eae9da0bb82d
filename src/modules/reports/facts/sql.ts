import { type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../../core/db';

/**
 * The instants that bound a calendar month in the Netherlands (`b.lo`, `b.hi`), and the start of
 * its calendar quarter and year (`b.quarter_lo`, `b.year_lo`).
 */
export const bounds = (month: string) => sql`
  (SELECT (${month}::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AS lo,
          ((${month}::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Amsterdam') AS hi,
          (date_trunc('quarter', ${month}::date::timestamp) AT TIME ZONE 'Europe/Amsterdam') AS quarter_lo,
          (date_trunc('year', ${month}::date::timestamp) AT TIME ZONE 'Europe/Amsterdam') AS year_lo) b`;

export const inScope = (column: SQL, codes: readonly string[] | null) =>
  codes === null ? sql`` : sql`AND ${column} = ANY(${textArray(codes)})`;

/** A marketplace's (`mk`) first month: its launch, or its first post if the seed or an import dates one earlier. */
export const firstMonth = sql`report_month(least(mk.launched_at, (SELECT min(p.published_at) FROM posts p
                                                             WHERE p.municipality_code = mk.municipality_code
                                                               AND p.published_at IS NOT NULL)))`;
