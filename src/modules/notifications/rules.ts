/** Pure rules of notifications: digest periods in Dutch local time. No I/O. */

export const DIGEST_ZONE = 'Europe/Amsterdam';
/** Digests go out at this local time: daily every morning, weekly on Monday morning. */
export const DIGEST_HOUR = 8;

export type DigestFrequency = 'daily' | 'weekly';

export interface DigestPeriod {
  /** 'daily:2026-12-02' or 'weekly:2026-W49': one digest per person per key */
  key: string;
  /** the moment the digest goes out; it bundles what was written before it */
  sendAt: Date;
}

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: DIGEST_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instant: Date) {
  const parts = Object.fromEntries(localParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The instant at which the Amsterdam wall clock shows this date and hour (summer and winter time alike). */
export function amsterdamTime(year: number, month: number, day: number, hour: number): Date {
  const asIfUtc = Date.UTC(year, month - 1, day, hour);
  // The zone's offset at that moment, read back from the formatter; checked once more across a switch.
  let guess = asIfUtc;
  for (let round = 0; round < 2; round++) {
    const shown = partsOf(new Date(guess));
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    guess = asIfUtc - (shownAsUtc - guess);
  }
  return new Date(guess);
}

/** ISO 8601 week of a calendar date: 'YYYY-Www'. */
export function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The latest digest period whose send time has come, at `now`. */
export function duePeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  const today = partsOf(now);
  // Walk back from today to the last local date that is a send day and whose send time has passed.
  for (let back = 0; back < 8; back++) {
    const noon = new Date(Date.UTC(today.year, today.month - 1, today.day, 12) - back * 86_400_000);
    const [year, month, day] = [noon.getUTCFullYear(), noon.getUTCMonth() + 1, noon.getUTCDate()];
    const isSendDay = frequency === 'daily' || noon.getUTCDay() === 1;
    const sendAt = amsterdamTime(year, month, day, DIGEST_HOUR);
    if (isSendDay && sendAt <= now)
      return {
        key: frequency === 'daily' ? `daily:${year}-${pad(month)}-${pad(day)}` : `weekly:${isoWeek(year, month, day)}`,
        sendAt,
      };
  }
  throw new Error('unreachable: a send day lies within eight days');
}
