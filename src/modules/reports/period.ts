/**
 * Report periods: whole calendar months (Europe/Amsterdam), because every figure is summed from
 * months (docs/reports.md). Pure functions; dates are 'YYYY-MM-DD' strings.
 */
import { dayIn } from '../../core/i18n/dates';

export interface Period {
  /** first day of the first month */
  from: string;
  /** last day of the last month */
  to: string;
}

export const MAX_MONTHS = 60;

export type PeriodProblem = 'from-after-to' | 'too-long' | 'in-the-future' | 'invalid-date';

export type PeriodPreset = 'previous-month' | 'previous-quarter' | 'previous-year' | 'this-year';
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'previous-month',
  'previous-quarter',
  'this-year',
  'previous-year',
];

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) => {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-01`;
};
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** The last day of the month `first` starts. */
export function monthEnd(first: string): string {
  const [year, month] = parts(first);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}

/** The first day of the month `day` is in, moved by `by` months. */
export function addMonths(day: string, by: number): string {
  const [year, month] = parts(day);
  return monthStart(year, month + by);
}

/** Every month start from `from` to the month of `to`, inclusive. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let month = addMonths(period.from, 0); month <= period.to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** A period from two dates (or 'YYYY-MM'), widened to whole months; checked against today. */
export function periodBetween(from: string, to: string, today: string): Period | PeriodProblem {
  const first = normalise(from);
  const last = normalise(to);
  if (!first || !last) return 'invalid-date';
  if (first > last) return 'from-after-to';
  const period = { from: addMonths(first, 0), to: monthEnd(addMonths(last, 0)) };
  if (period.from > today) return 'in-the-future';
  if (monthsOf(period).length > MAX_MONTHS) return 'too-long';
  return period;
}

/** The date as 'YYYY-MM-DD' when it is a real date ('YYYY-MM' is its first day), else null. */
export function normalise(value: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '1')];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${match[2]}-${pad(day)}`;
}

/** The named periods a beheerder picks from, relative to today. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [year, month] = parts(today);
  const quarterStart = monthStart(year, Math.floor((month - 1) / 3) * 3 + 1);
  switch (preset) {
    case 'previous-month': {
      const first = monthStart(year, month - 1);
      return { from: first, to: monthEnd(first) };
    }
    case 'previous-quarter': {
      const first = addMonths(quarterStart, -3);
      return { from: first, to: monthEnd(addMonths(first, 2)) };
    }
    case 'this-year':
      return { from: `${year}-01-01`, to: monthEnd(monthStart(year, month)) };
    case 'previous-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** The same number of months just before `period`, to compare with. */
export function previousPeriod(period: Period): Period {
  const length = monthsOf(period).length;
  const from = addMonths(period.from, -length);
  return { from, to: monthEnd(addMonths(period.from, -1)) };
}

/** The period as 'YYYY-MM' values for links and forms. */
export const monthValue = (day: string) => day.slice(0, 7);

/**
 * The newest month that can be stored for good: it ended at least a week ago, so every request of
 * it has had its week to get a response.
 */
export function lastSettledMonth(now: Date): string {
  const weekAgo = dayIn(new Date(now.getTime() - 8 * 86_400_000));
  return addMonths(weekAgo, -1);
}

/**
 * Over which calendar span a period counts each volunteer once by summing stored months: a single
 * month; months from the start of a quarter within that quarter; or from 1 January within that
 * year (year to date). Null: any other period, counted person by person.
 */
export type PeriodAlignment = 'month' | 'quarter' | 'year';

export function periodAlignment(period: Period): PeriodAlignment | null {
  const [fromYear, fromMonth] = parts(period.from);
  const [toYear, toMonth] = parts(period.to);
  if (fromYear !== toYear) return null;
  if (fromMonth === toMonth) return 'month';
  const quarter = (month: number) => Math.floor((month - 1) / 3);
  if ((fromMonth - 1) % 3 === 0 && quarter(fromMonth) === quarter(toMonth)) return 'quarter';
  if (fromMonth === 1) return 'year';
  return null;
}
