import type { AreaCell, DurationCount, MonthlyFact, PeopleCount } from '../facts/queries';
import type { WaitQuantiles } from '../facts/waits';
import { between, histogramQuantile, histogramSize } from './quantile';

/** Fewer people than this in a figure, and officials see "< 5" instead (docs/reports.md). */
export const SUPPRESS_BELOW = 5;
export const DEFAULT_SOCIAL_VALUE = 2000;

export interface Spread {
  median: number | null;
  p90: number | null;
  /** how many posts the spread is about */
  count: number | null;
}

/** The figures of one marketplace (or a sum of marketplaces) over a period. Null: suppressed. */
export interface Figures {
  posts: { request: number | null; offer: number | null; vacancy: number | null };
  responses: number | null;
  conversationsWithAnswer: number | null;
  matches: number | null;
  funnel: { placed: number | null; withResponse: number | null; withAnswer: number | null; matched: number | null };
  hoursToFirstResponse: Spread;
  daysToMatch: Spread;
  newResidents: number | null;
  newVolunteers: number | null;
  activeVolunteers: number | null;
  unmetRequests: number | null;
  socialValueEuros: number | null;
}

export interface CategoryRow {
  category: string;
  requests: number | null;
  matches: number | null;
  unmet: number | null;
}

export interface MonthRow {
  month: string;
  requests: number | null;
  matches: number | null;
}

const sum = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0);

/** How long posts waited for a first response and for a match. */
export interface Waits {
  hoursToFirstResponse: Spread;
  daysToMatch: Spread;
}

function spread(durations: readonly DurationCount[], measure: DurationCount['measure']): Spread {
  const histogram = durations.filter((d) => d.measure === measure);
  return {
    median: histogramQuantile(histogram, 0.5),
    p90: histogramQuantile(histogram, 0.9),
    count: histogramSize(histogram),
  };
}

/** The waits from a histogram of them. */
export const waitsOf = (durations: readonly DurationCount[]): Waits => ({
  hoursToFirstResponse: spread(durations, 'first-response-hours'),
  daysToMatch: spread(durations, 'match-days'),
});

/** The waits from the values around their quantiles (`waitQuantiles`), the same figures as `waitsOf`. */
export function waitsFrom(quantiles: readonly WaitQuantiles[]): Waits {
  const of = (measure: DurationCount['measure']): Spread => {
    const found = quantiles.find((q) => q.measure === measure);
    if (!found) return { median: null, p90: null, count: 0 };
    return {
      median: between(found.n, 0.5, found.lower50, found.upper50),
      p90: between(found.n, 0.9, found.lower90, found.upper90),
      count: found.n,
    };
  };
  return { hoursToFirstResponse: of('first-response-hours'), daysToMatch: of('match-days') };
}

/** Sums the facts of one marketplace (or all given) into its figures; nothing suppressed yet. */
export function figuresOf(
  facts: readonly MonthlyFact[],
  waits: Waits,
  people: readonly PeopleCount[],
  socialValuePerMatch: number,
): Figures {
  const ofKind = (kind: MonthlyFact['kind']) => sum(facts, (f) => (f.kind === kind ? f.placed : 0));
  const matches = sum(facts, (f) => f.matches);
  return {
    posts: { request: ofKind('request'), offer: ofKind('offer'), vacancy: ofKind('vacancy') },
    responses: sum(facts, (f) => f.responses),
    conversationsWithAnswer: sum(facts, (f) => f.answered),
    matches,
    funnel: {
      placed: sum(facts, (f) => f.placed),
      withResponse: sum(facts, (f) => f.withResponse),
      withAnswer: sum(facts, (f) => f.withAnswer),
      matched: sum(facts, (f) => f.matched),
    },
    ...waits,
    newResidents: sum(people, (p) => p.newResidents),
    newVolunteers: sum(people, (p) => p.newVolunteers),
    activeVolunteers: sum(people, (p) => p.activeVolunteers),
    unmetRequests: sum(facts, (f) => f.unmet),
    socialValueEuros: matches * socialValuePerMatch,
  };
}

/** Requests, matches and unmet requests per category, in the given category order. */
export function categoryRows(facts: readonly MonthlyFact[], categories: readonly string[]): CategoryRow[] {
  return categories.map((category) => {
    const requests = facts.filter((f) => f.category === category && f.kind === 'request');
    return {
      category,
      requests: sum(requests, (f) => f.placed),
      matches: sum(requests, (f) => f.matches),
      unmet: sum(requests, (f) => f.unmet),
    };
  });
}

/** Requests placed and matches made per month, every month of the period (zero when nothing). */
export function monthRows(facts: readonly MonthlyFact[], months: readonly string[]): MonthRow[] {
  return months.map((month) => {
    const inMonth = facts.filter((f) => f.month === month);
    return {
      month,
      requests: sum(inMonth, (f) => (f.kind === 'request' ? f.placed : 0)),
      matches: sum(inMonth, (f) => f.matches),
    };
  });
}

/** A share as a fraction with three decimals; null when either side is unknown or the base is 0. */
export function rate(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

export type AreaRow = AreaCell;
