import { dayIn } from '../../core/i18n/dates';
import { z } from '@hono/zod-openapi';
import { badRequest, type InvalidParam } from '../../core/errors';
import { normalise, type Period, type PeriodPreset, periodBetween, presetPeriod } from './period';

const day = (description: string) =>
  z
    .string()
    .max(10)
    .optional()
    .openapi({ example: '2026-07-01', description: `${description} (JJJJ-MM-DD of JJJJ-MM); hele maanden` });

/** The query of every report: a period, and JSON or CSV. */
export const ReportQuery = z.object({
  from: day('Eerste dag'),
  to: day('Laatste dag'),
  format: z.enum(['json', 'csv'], { error: 'reports.problem.format' }).optional(),
});

const PROBLEM_KEYS = {
  'from-after-to': ['from', 'reports.problem.fromAfterTo'],
  'too-long': ['to', 'reports.problem.tooLong'],
  'in-the-future': ['from', 'reports.problem.inTheFuture'],
  'invalid-date': ['from', 'reports.problem.invalidDate'],
} as const;

/** The period asked for, or — without from and to — the given preset; a specific 400 when it cannot be. */
export function periodFrom(
  query: { from?: string; to?: string },
  now: Date,
  fallback: PeriodPreset = 'previous-quarter',
): Period {
  const today = dayIn(now);
  if (!query.from && !query.to) return presetPeriod(fallback, today);
  const from = query.from ?? query.to ?? today;
  const to = query.to ?? today;
  const result = periodBetween(from, to, today);
  if (typeof result !== 'string') return result;
  const [name, reason] = PROBLEM_KEYS[result];
  // the field that holds the bad date
  const field = result === 'invalid-date' && query.from && normalise(query.from) ? 'to' : name;
  const invalid: InvalidParam[] = [{ name: field, reason }];
  throw badRequest('problem.badRequest.detail', invalid);
}

/** Whether the caller asked for CSV: `format=csv` or an Accept header that prefers text/csv. */
export const wantsCsv = (format: string | undefined, accept: string | undefined) =>
  format === 'csv' || (format === undefined && /^text\/csv\b/.test(accept ?? ''));
