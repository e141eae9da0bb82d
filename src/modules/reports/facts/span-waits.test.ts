import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../core/context';
import { firstRow } from '../../../core/db';
import type { TestApp } from '../../../test/harness';
import { marketplaceWorld } from '../../marketplace/testing';
import type { Period } from '../period';
import { waitsOf } from '../report/figures';
import { marketplaceReport, nationalReport, scopeOf } from '../report/load';
import { eventsIn } from '../testing';
import { buildReportMonths } from './build';
import { durationCounts } from './queries';

// The job stores the waits of each calendar span (month, quarter to date, year to date) so a year's
// median is one row instead of twelve histograms (migration 0024). A report may use such a row only
// while the stored months of its period are exactly the builds the row was summed from. To see which
// one a report used, a test shifts the stored row by 100 hours: a report that shows the shift read it.
//
// Utrecht, 2026: requests in January, March and May, first responses after 2, 5 and 9 hours
// → median 5, 90th percentile 8.2; one more request in March, answered after 30 hours, makes it
// 2, 5, 9, 30 → median 7, 90th percentile 23.7.

let testApp: TestApp;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
const now = '2026-06-20T12:00:00Z';
const yearToDate: Period = { from: '2026-01-01', to: '2026-06-30' };

const at = (time: string): AppContext => ({ ...testApp.deps, clock: { now: () => new Date(time) } });
const waits = async () =>
  (await marketplaceReport(testApp.db, 'GM0344', yearToDate, 'full', new Date(now))).figures.hoursToFirstResponse;
const nationalWaits = async () =>
  (await nationalReport(testApp.db, yearToDate, new Date(now))).total.hoursToFirstResponse;
/** The waits as the histograms of the stored and fresh months give them, without the span rows. */
const fromHistograms = async (codes: string[] | null) =>
  waitsOf(
    await durationCounts(testApp.db, await scopeOf(testApp.db, yearToDate, codes, new Date(now)), { together: true }),
  ).hoursToFirstResponse;

const shiftStored = (table: 'report_span_waits' | 'report_national_span_waits') =>
  testApp.db.execute(sql`UPDATE ${sql.raw(table)} SET lower50 = lower50 + 100, upper50 = upper50 + 100
                          WHERE month = '2026-06-01' AND span = 'year' AND measure = 'first-response-hours'`);

beforeAll(async () => {
  world = await marketplaceWorld();
  testApp = world.testApp;
  const { post, respond } = eventsIn(testApp.db);
  for (const [month, hours] of [
    ['01', 2],
    ['03', 5],
    ['05', 9],
  ] as const) {
    const request = await post('request', world.fatima, '3511', 'boodschappen', `2026-${month}-10T09:00:00Z`);
    await respond(request, world.jan, world.fatima, `2026-${month}-10T${String(9 + hours).padStart(2, '0')}:00:00Z`);
  }
  await buildReportMonths(at(now));
});
afterAll(() => testApp.close());

describe('the waits of a calendar span', () => {
  it('are stored by the job for every marketplace and for all together', async () => {
    const stored = await firstRow<{ n: number; lower50: number; upper90: number }>(
      testApp.db,
      sql`SELECT n, lower50, upper90 FROM report_span_waits
           WHERE municipality_code = 'GM0344' AND month = '2026-06-01' AND span = 'year'
             AND measure = 'first-response-hours'`,
    );
    expect(stored).toEqual({ n: 3, lower50: 5, upper90: 9 });
    expect(await waits()).toEqual({ median: 5, p90: 8.2, count: 3 });
    expect(await waits()).toEqual(await fromHistograms(['GM0344']));
    expect(await nationalWaits()).toEqual(await fromHistograms(null));
  });

  it('are read from the stored row while its months are the builds it was summed from', async () => {
    await shiftStored('report_span_waits');
    await shiftStored('report_national_span_waits');
    expect((await waits()).median).toBe(105);
    expect((await nationalWaits()).median).toBe(105);
  });

  it('are computed from the histograms once an earlier month changes, and stored anew by the job', async () => {
    const { post, respond } = eventsIn(testApp.db);
    const march = await post('request', world.fatima, '3512', 'tuin', '2026-03-20T09:00:00Z');
    await respond(march, world.jan, world.fatima, '2026-03-21T15:00:00Z');
    const expected = { median: 7, p90: expect.closeTo(23.7, 9), count: 4 };
    expect(await waits()).toEqual(expected);
    expect(await nationalWaits()).toEqual(expected);
    await buildReportMonths(at(now));
    expect(await waits()).toEqual(expected);
    expect(await nationalWaits()).toEqual(expected);
    expect(await waits()).toEqual(await fromHistograms(['GM0344']));
    // the renewed row is the one read again
    await shiftStored('report_span_waits');
    expect((await waits()).median).toBe(107);
  });

  it('are not used for a month that has become unmet since', async () => {
    // a request in June without a response: the month holds until 25 June 09:00, then is computed fresh
    await eventsIn(testApp.db).post('request', world.fatima, '3511', 'tuin', '2026-06-18T09:00:00Z');
    await buildReportMonths(at(now));
    await shiftStored('report_span_waits');
    expect((await waits()).median).toBe(107);
    const later = new Date('2026-06-25T10:00:00Z');
    const report = await marketplaceReport(testApp.db, 'GM0344', yearToDate, 'full', later);
    expect(report.figures.hoursToFirstResponse.median).toBe(7);
    expect(report.figures.unmetRequests).toBe(1);
  });
});

describe('the roll-ups per kind and per category', () => {
  it('give the national table and the marketplace report the figures a fresh computation gives', async () => {
    // the span rows the tests above shifted, stored again as the job computes them
    await testApp.db.execute(sql`DELETE FROM report_span_waits`);
    await buildReportMonths(at(now));
    const stored = {
      national: await nationalReport(testApp.db, yearToDate, new Date(now)),
      report: await marketplaceReport(testApp.db, 'GM0344', yearToDate, 'full', new Date(now)),
    };
    expect(stored.report.figures.posts.request).toBe(5);
    await testApp.db.execute(sql`DELETE FROM report_built_months`);
    expect(await nationalReport(testApp.db, yearToDate, new Date(now))).toEqual(stored.national);
    expect(await marketplaceReport(testApp.db, 'GM0344', yearToDate, 'full', new Date(now))).toEqual(stored.report);
  });
});
