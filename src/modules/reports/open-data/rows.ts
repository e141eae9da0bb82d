import type { Db } from '../../../core/db';
import { monthlyFacts } from '../facts/queries';
import { addMonths, lastSettledMonth, monthEnd, type Period } from '../period';
import { inOneSnapshot, scopeOf } from '../report/load';
import { protect } from '../report/protect';

/** One row of the open data: a municipality's month in one category; null means fewer than 5. */
export interface OpenDataRow {
  municipality: string;
  month: string;
  category: string;
  requests: number | null;
  offers: number | null;
  vacancies: number | null;
  responses: number | null;
  matches: number | null;
}

export const OPEN_DATA_COLUMNS = [
  'municipality',
  'month',
  'category',
  'requests',
  'offers',
  'vacancies',
  'responses',
  'matches',
] as const;

/** The default: the last twelve months that are settled (ended more than a week ago). */
export function defaultOpenDataPeriod(now: Date): Period {
  const last = lastSettledMonth(now);
  return { from: addMonths(last, -11), to: monthEnd(last) };
}

/**
 * The anonymised counts per municipality per month per category, from the same month facts as
 * every report, with every count from 1 to 4 suppressed. Rows that are all zero are left out.
 */
export function openDataRows(db: Db, period: Period, municipality: string | null, now: Date) {
  return inOneSnapshot(db, async (tx) => {
    const scope = await scopeOf(tx, period, municipality ? [municipality] : null, now);
    const facts = await monthlyFacts(tx, scope);
    const rows = new Map<string, OpenDataRow>();
    for (const fact of facts) {
      const key = `${fact.code}|${fact.month}|${fact.category}`;
      const row = rows.get(key) ?? {
        municipality: fact.code,
        month: fact.month.slice(0, 7),
        category: fact.category,
        requests: 0,
        offers: 0,
        vacancies: 0,
        responses: 0,
        matches: 0,
      };
      const placed = { request: 'requests', offer: 'offers', vacancy: 'vacancies' } as const;
      row[placed[fact.kind]] = (row[placed[fact.kind]] ?? 0) + fact.placed;
      row.responses = (row.responses ?? 0) + fact.responses;
      row.matches = (row.matches ?? 0) + fact.matches;
      rows.set(key, row);
    }
    return [...rows.values()]
      .filter((row) => row.requests || row.offers || row.vacancies || row.responses || row.matches)
      .sort(
        (a, b) =>
          a.municipality.localeCompare(b.municipality) ||
          a.month.localeCompare(b.month) ||
          a.category.localeCompare(b.category),
      )
      .map((row) => ({
        ...row,
        requests: protect(row.requests),
        offers: protect(row.offers),
        vacancies: protect(row.vacancies),
        responses: protect(row.responses),
        matches: protect(row.matches),
      }));
  });
}
