import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayIn, exampleDay, longDate, parseDate, writtenDate } from './dates';

const TODAY = '2026-10-15';
const ok = (date: string) => ({ ok: true, date });

describe('dates as people type them', () => {
  it('reads the Dutch notations', () => {
    for (const typed of [
      '8-12-2026',
      '8/12/2026',
      '08-12-2026',
      '2026-12-08',
      '8.12.2026',
      '8-12-26',
      ' 8 - 12 - 2026 ',
    ])
      expect(parseDate(typed, TODAY), typed).toEqual(ok('2026-12-08'));
    for (const typed of ['8 december 2026', '8 dec 2026', '8 dec. 2026', '8 December 2026', '08 DEC 2026'])
      expect(parseDate(typed, TODAY), typed).toEqual(ok('2026-12-08'));
    expect(parseDate('1 mrt 2027', TODAY)).toEqual(ok('2027-03-01'));
    expect(parseDate('3 mei 2027', TODAY)).toEqual(ok('2027-05-03'));
    expect(parseDate('3 May 2027', TODAY)).toEqual(ok('2027-05-03'));
    expect(parseDate('12 okt 2027', TODAY)).toEqual(ok('2027-10-12'));
  });

  it('takes a date without a year as the next such day, today included', () => {
    expect(parseDate('8 december', TODAY)).toEqual(ok('2026-12-08'));
    expect(parseDate('8 dec', TODAY)).toEqual(ok('2026-12-08'));
    expect(parseDate('8-12', TODAY)).toEqual(ok('2026-12-08'));
    expect(parseDate('15 oktober', TODAY)).toEqual(ok('2026-10-15'));
    expect(parseDate('14 oktober', TODAY)).toEqual(ok('2027-10-14'));
    expect(parseDate('3 januari', TODAY)).toEqual(ok('2027-01-03'));
    expect(parseDate('29 februari', TODAY)).toEqual(ok('2028-02-29'));
  });

  it('tells a day that does not exist from text that is no date', () => {
    for (const typed of ['31-4-2026', '29-2-2027', '32 december', '0-1-2026', '2026-13-01', '1-1-1800'])
      expect(parseDate(typed, TODAY), typed).toEqual({ ok: false, reason: 'impossible' });
    for (const typed of ['', 'morgen', '8 decembre 2026', '8122026', '2026-12', 'dinsdag', '12:00'])
      expect(parseDate(typed, TODAY), typed).toEqual({ ok: false, reason: 'format' });
  });

  it('knows the day in Amsterdam, which starts before the day in UTC', () => {
    expect(dayIn(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
    expect(dayIn(new Date('2026-07-07T21:59:00Z'))).toBe('2026-07-07');
    expect(dayIn(new Date('2026-07-07T22:00:00Z'))).toBe('2026-07-08');
  });

  it('writes days the way it reads them, with an example in the future', () => {
    expect(writtenDate('2026-12-08')).toBe('8-12-2026');
    expect(longDate('nl', '2026-12-08')).toBe('8 december 2026');
    expect(longDate('en', '2026-12-08', false)).toBe('8 December');
    expect(exampleDay(TODAY) > TODAY).toBe(true);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});

/** Any real day from 1900 to 2199, as YYYY-MM-DD. */
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober'];
const monthName = (month: number) => [...MONTHS, 'november', 'december'][month - 1] as string;

describe('dates as people type them (properties)', () => {
  it('reads every notation of every day back as that day', () => {
    fc.assert(
      fc.property(day, fc.nat(6), (date, notation) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const typed = [
          `${d}-${m}-${y}`,
          `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`,
          `${d}/${m}/${y}`,
          date,
          `${d} ${monthName(m)} ${y}`,
          `${d} ${monthName(m).slice(0, 3)} ${y}`,
          `${d} ${monthName(m).toUpperCase()} ${y}`,
        ][notation] as string;
        expect(parseDate(typed, TODAY)).toEqual(ok(date));
      }),
    );
  });

  it('reads a day without a year as the first such day on or after today, within a year', () => {
    fc.assert(
      fc.property(day, day, (today, date) => {
        const [, m, d] = date.split('-').map(Number) as [number, number, number];
        const parsed = parseDate(`${d} ${monthName(m)}`, today);
        if (!parsed.ok) throw new Error(`not read: ${d} ${monthName(m)} on ${today}`);
        expect(parsed.date >= today).toBe(true);
        expect(parsed.date.slice(5)).toBe(date.slice(5));
        // no earlier such day on or after today: a year before it is before today
        if (date.slice(5) !== '02-29') expect(parsed.date <= addDays(today, 365)).toBe(true);
        expect(parseDate(`${d}-${m}`, today)).toEqual(parsed);
      }),
    );
  });

  it('never throws, and whatever it reads is a real day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (typed) => {
        const parsed = parseDate(typed, TODAY);
        if (parsed.ok) expect(new Date(`${parsed.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(parsed.date);
      }),
    );
  });
});
