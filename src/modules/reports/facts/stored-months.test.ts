import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../core/context';
import { firstRow } from '../../../core/db';
import type { TestApp } from '../../../test/harness';
import { marketplaceWorld } from '../../marketplace/testing';
import { type Period, periodAlignment } from '../period';
import { waitsFrom, waitsOf } from '../report/figures';
import { marketplaceReport, scopeOf } from '../report/load';
import { eventsIn } from '../testing';
import { buildReportMonths } from './build';
import { durationCounts } from './queries';
import { waitQuantiles } from './waits';

// Two things that keep a report's cost flat as the data grows, each checked against hand-counted
// figures and against a fresh computation from the events:
//   - active volunteers over a calendar month, quarter or year are sums of stored months;
//   - recent months are stored too, valid until a waiting request becomes unmet.
//
// Volunteers in Utrecht, 2026 (UTC; all within the month in Amsterdam too):
//   Jan: responds in January, February and April.   Piet: places an offer in February, responds in May.
// So: a year → 2 active volunteers (a monthly sum would say 5); Q1 → 2; Q2 → 2; January → 1;
// January–May (year to date) → 2; February–April (no calendar span) → 2; March → 0.

let testApp: TestApp;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;

const at = (now: string): AppContext => ({ ...testApp.deps, clock: { now: () => new Date(now) } });
const report = (period: Period, now: string) => marketplaceReport(testApp.db, 'GM0344', period, 'full', new Date(now));

beforeAll(async () => {
  world = await marketplaceWorld();
  testApp = world.testApp;
  const { fatima, jan, piet } = world;
  const { post, respond } = eventsIn(testApp.db);
  for (const [month, day] of [
    ['01', '10'],
    ['02', '10'],
    ['04', '10'],
  ]) {
    const request = await post('request', fatima, '3511', 'boodschappen', `2026-${month}-${day}T09:00:00Z`);
    await respond(request, jan, fatima, `2026-${month}-${day}T12:00:00Z`);
  }
  const offer = await post('offer', piet, '3521', 'klussen', '2026-02-15T09:00:00Z');
  await respond(offer, fatima, piet, '2026-02-16T09:00:00Z');
  const may = await post('request', fatima, '3511', 'vervoer', '2026-05-05T09:00:00Z');
  await respond(may, piet, fatima, '2026-05-05T12:00:00Z');
});
afterAll(() => testApp.close());

describe('active volunteers, each counted once', () => {
  const periods: [string, Period, number][] = [
    ['the year', { from: '2026-01-01', to: '2026-12-31' }, 2],
    ['the first quarter', { from: '2026-01-01', to: '2026-03-31' }, 2],
    ['the second quarter', { from: '2026-04-01', to: '2026-06-30' }, 2],
    ['January', { from: '2026-01-01', to: '2026-01-31' }, 1],
    ['March', { from: '2026-03-01', to: '2026-03-31' }, 0],
    ['January to May', { from: '2026-01-01', to: '2026-05-31' }, 2],
    ['February to April', { from: '2026-02-01', to: '2026-04-30' }, 2],
  ];
  const now = '2026-06-15T12:00:00Z';

  it.each(periods)('over %s, fresh from the events and from the stored months alike', async (_, period, expected) => {
    await testApp.db.execute(sql`DELETE FROM report_built_months`);
    const fresh = await report(period, now);
    expect(fresh.figures.activeVolunteers).toBe(expected);
    await buildReportMonths(at(now));
    const stored = await report(period, now);
    expect(stored.figures).toEqual(fresh.figures);
  });

  it('forgets the later months too when who acted in a month changes, so they stay exact', async () => {
    await buildReportMonths(at(now));
    // an offer of Piet dated January: from then on February is no longer his first month of the year
    await eventsIn(testApp.db).post('offer', world.piet, '3521', 'klussen', '2026-01-20T09:00:00Z');
    const stored = await firstRow<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM report_built_months
           WHERE municipality_code = 'GM0344' AND month >= '2026-01-01'`,
    );
    expect(stored?.n).toBe(0);
    await buildReportMonths(at(now));
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect((await report(year, now)).figures.activeVolunteers).toBe(2);
    expect((await report({ from: '2026-01-01', to: '2026-01-31' }, now)).figures.activeVolunteers).toBe(2);
  });

  it('knows which periods are calendar spans', () => {
    expect(periods.map(([, period]) => periodAlignment(period))).toEqual([
      'year',
      'quarter',
      'quarter',
      'month',
      'month',
      'year',
      null,
    ]);
    expect(periodAlignment({ from: '2025-11-01', to: '2026-01-31' })).toBeNull();
    expect(periodAlignment({ from: '2026-02-01', to: '2026-03-31' })).toBeNull();
  });
});

describe('a recent month', () => {
  // A request placed on 20 November without a response: unmet from 27 November 10:00 on.
  const november = { from: '2026-11-01', to: '2026-11-30' };
  const validUntil = async () =>
    (
      await firstRow<{ until: string | null }>(
        testApp.db,
        sql`SELECT to_char(valid_until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS until FROM report_built_months
             WHERE municipality_code = 'GM0344' AND month = '2026-11-01'`,
      )
    )?.until;

  beforeAll(async () => {
    await eventsIn(testApp.db).post('request', world.fatima, '3512', 'tuin', '2026-11-20T09:00:00Z');
  });

  it('is stored until its waiting request becomes unmet, then counted fresh and stored again', async () => {
    await buildReportMonths(at('2026-11-22T12:00:00Z'));
    expect(await validUntil()).toBe('2026-11-27 09:00');
    expect((await report(november, '2026-11-22T12:00:00Z')).figures.unmetRequests).toBe(0);
    // a week later the stored month no longer holds: the report computes it from the events
    expect((await report(november, '2026-11-27T09:00:01Z')).figures.unmetRequests).toBe(1);
    await buildReportMonths(at('2026-11-28T12:00:00Z'));
    expect(await validUntil()).toBeNull();
    expect((await report(november, '2026-12-30T12:00:00Z')).figures.unmetRequests).toBe(1);
  });

  it('is forgotten when an event changes it, and stored again by the job', async () => {
    await buildReportMonths(at('2026-11-28T12:00:00Z'));
    const { post } = eventsIn(testApp.db);
    await post('request', world.fatima, '3512', 'tuin', '2026-11-29T09:00:00Z');
    expect(await validUntil()).toBeUndefined();
    expect((await report(november, '2026-11-30T12:00:00Z')).figures.posts.request).toBe(2);
    await buildReportMonths(at('2026-11-30T12:00:00Z'));
    expect(await validUntil()).toBe('2026-12-06 09:00');
    expect((await report(november, '2026-11-30T12:00:00Z')).figures.posts.request).toBe(2);
  });
});

describe('the waits of each marketplace, found in SQL for the national report', () => {
  it('are the medians and 90th percentiles the histogram gives, for odd and even counts', async () => {
    const { post, respond, match } = eventsIn(testApp.db);
    for (let i = 0; i < 23; i++) {
      const placed = new Date(Date.UTC(2025, 4, 1 + i, 9));
      const request = await post('request', world.fatima, '3511', 'tuin', placed.toISOString());
      const response = await respond(
        request,
        world.piet,
        world.fatima,
        new Date(placed.getTime() + ((i * 7) % 31) * 3_600_000).toISOString(),
      );
      if (i % 3 !== 0)
        await match(request, response, new Date(placed.getTime() + (i % 5) * 86_400_000 + 3_600_000).toISOString());
    }
    const scope = await scopeOf(testApp.db, { from: '2025-01-01', to: '2025-12-31' }, ['GM0344'], new Date());
    const fromSql = waitsFrom(await waitQuantiles(testApp.db, scope));
    const fromHistogram = waitsOf(await durationCounts(testApp.db, scope));
    expect(fromSql).toEqual(fromHistogram);
    expect(fromSql.hoursToFirstResponse.count).toBe(23);
    expect(fromSql.daysToMatch.count).toBe(15);
  });
});
