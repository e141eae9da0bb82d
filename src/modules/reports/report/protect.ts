import type { AreaCell } from '../facts/queries';
import { type CategoryRow, type Figures, type MonthRow, type Spread, SUPPRESS_BELOW } from './figures';

/**
 * The one rule for small numbers (docs/reports.md): officials and the operator see every count of
 * 1 to 4 as "< 5" (null here), and a wait time only when it is about at least 5 posts. Zero stays
 * zero: it points at nobody. Beheerders of the marketplace see everything.
 */
export const isSmall = (value: number | null) => value !== null && value > 0 && value < SUPPRESS_BELOW;
export const protect = (value: number | null) => (isSmall(value) ? null : value);

const protectSpread = (spread: Spread): Spread =>
  spread.count !== null && spread.count < SUPPRESS_BELOW
    ? { median: null, p90: null, count: protect(spread.count) }
    : spread;

export function protectFigures(figures: Figures): Figures {
  const matches = protect(figures.matches);
  return {
    posts: {
      request: protect(figures.posts.request),
      offer: protect(figures.posts.offer),
      vacancy: protect(figures.posts.vacancy),
    },
    responses: protect(figures.responses),
    conversationsWithAnswer: protect(figures.conversationsWithAnswer),
    matches,
    funnel: {
      placed: protect(figures.funnel.placed),
      withResponse: protect(figures.funnel.withResponse),
      withAnswer: protect(figures.funnel.withAnswer),
      matched: protect(figures.funnel.matched),
    },
    hoursToFirstResponse: protectSpread(figures.hoursToFirstResponse),
    daysToMatch: protectSpread(figures.daysToMatch),
    newResidents: protect(figures.newResidents),
    newVolunteers: protect(figures.newVolunteers),
    activeVolunteers: protect(figures.activeVolunteers),
    unmetRequests: protect(figures.unmetRequests),
    socialValueEuros: matches === null ? null : figures.socialValueEuros,
  };
}

export const protectCategories = (rows: readonly CategoryRow[]): CategoryRow[] =>
  rows.map((row) => ({
    ...row,
    requests: protect(row.requests),
    matches: protect(row.matches),
    unmet: protect(row.unmet),
  }));

export const protectMonths = (rows: readonly MonthRow[]): MonthRow[] =>
  rows.map((row) => ({ ...row, requests: protect(row.requests), matches: protect(row.matches) }));

export interface ProtectedAreaCell {
  category: string;
  pc4: string;
  requests: number | null;
  matches: number | null;
}

/**
 * Small cells of the area × category table, plus — where a category has exactly one small cell —
 * its smallest other cell, so the category total shown elsewhere cannot give the small one away.
 */
export function protectAreas(cells: readonly AreaCell[]): ProtectedAreaCell[] {
  const result: ProtectedAreaCell[] = cells.map((cell) => ({ ...cell }));
  for (const measure of ['requests', 'matches'] as const) {
    const byCategory = new Map<string, ProtectedAreaCell[]>();
    for (const cell of result) byCategory.set(cell.category, [...(byCategory.get(cell.category) ?? []), cell]);
    for (const group of byCategory.values()) {
      const small = group.filter((cell) => isSmall(cell[measure]));
      for (const cell of small) cell[measure] = null;
      if (small.length !== 1) continue;
      const partner = group
        .filter((cell) => cell[measure] !== null && (cell[measure] ?? 0) > 0)
        .sort((a, b) => (a[measure] ?? 0) - (b[measure] ?? 0))[0];
      if (partner) partner[measure] = null;
    }
  }
  return result;
}
