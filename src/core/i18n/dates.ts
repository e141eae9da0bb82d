/**
 * Dates as people type them in the Netherlands: 8-12-2026, 8/12/2026, 08-12-2026, 8.12.26,
 * 2026-12-08, "8 december", "8 dec 2026" (English month names work too). A date without a year is
 * the next such day, today included. Pure: "today" is passed in (a YYYY-MM-DD day in Amsterdam).
 */

export type ParsedDate =
  | { ok: true; date: string }
  /** `format`: not a date we can read; `impossible`: read, but no such day (31-2-2026) */
  | { ok: false; reason: 'format' | 'impossible' };

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
};
for (const names of Object.values(MONTH_NAMES))
  names.forEach((name, index) => {
    MONTHS[name] = index + 1;
    MONTHS[name.slice(0, 3)] = index + 1;
  });
// the abbreviations people write besides the first three letters
Object.assign(MONTHS, { mrt: 3, sept: 9, febr: 2 });

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Whether the day exists (no 31 April, 29 February only in leap years). */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day `month`-`day` on or after `today`, looking a few years ahead for 29 February. */
function nextOccurrence(today: string, month: number, day: number): ParsedDate {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year <= thisYear + 8; year++) {
    if (!exists(year, month, day)) continue;
    const date = iso(year, month, day);
    if (date >= today) return { ok: true, date };
  }
  return { ok: false, reason: 'impossible' };
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function dated(year: number, month: number, day: number): ParsedDate {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'impossible' };
  return exists(year, month, day) ? { ok: true, date: iso(year, month, day) } : { ok: false, reason: 'impossible' };
}

/** A two-digit year is this century's (26 → 2026). */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** Reads a typed date; see the top of this file for what is understood. */
export function parseDate(input: string, today: string): ParsedDate {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  // 2026-12-08 (ISO, also with / or .)
  let match = /^(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})$/.exec(text);
  if (match) return dated(Number(match[1]), Number(match[2]), Number(match[3]));
  // 8-12-2026, 08/12/2026, 8.12.26, and 8-12 without a year
  match = /^(\d{1,2}) ?[-/.] ?(\d{1,2})(?: ?[-/.] ?(\d{4}|\d{2}))?$/.exec(text);
  if (match) {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (!match[3])
      return exists(2000, month, day) ? nextOccurrence(today, month, day) : { ok: false, reason: 'impossible' };
    return dated(fullYear(match[3]), month, day);
  }
  // 8 december, 8 dec. 2026, 8 December 2026
  match = /^(\d{1,2}) ?([a-z]+)\.?(?:,? (\d{4}))?$/.exec(text);
  if (match) {
    const month = MONTHS[match[2] as string];
    if (!month) return { ok: false, reason: 'format' };
    const day = Number(match[1]);
    if (!match[3])
      return exists(2000, month, day) ? nextOccurrence(today, month, day) : { ok: false, reason: 'impossible' };
    return dated(Number(match[3]), month, day);
  }
  return { ok: false, reason: 'format' };
}

// made once: every page asks for today, and making the formatter costs ~0.1 ms
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the Netherlands as YYYY-MM-DD (the day changes at midnight in Amsterdam, not in UTC). */
export function dayIn(moment: Date): string {
  const parts = amsterdamDay.formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `days` after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A day as people write it: 8-12-2026 (the same in both languages). */
export function writtenDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date}-${month}-${year}`;
}

/** A day in words: "8 december 2026" or "8 December 2026"; without the year when `withYear` is false. */
export function longDate(locale: 'nl' | 'en', day: string, withYear = true): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const name = MONTH_NAMES[locale][month - 1] as string;
  const shown = locale === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  return withYear ? `${date} ${shown} ${year}` : `${date} ${shown}`;
}

/** A day two weeks from today, for the examples in hints and messages: always in the future. */
export const exampleDay = (today: string) => addDays(today, 14);
