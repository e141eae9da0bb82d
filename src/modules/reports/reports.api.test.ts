import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { apiClient, signedInClient } from '../../test/api-client';
import type { TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';
import { type Client, marketplaceWorld, relogin } from '../marketplace/testing';
import { buildReportMonths } from './facts/build';
import { monthlyFacts } from './facts/queries';
import { eventsIn } from './testing';

// The marketplace report against hand-computed figures. Events are written with known times
// (UTC; September 2026 is CEST, UTC+2), in Utrecht (GM0344). By hand, for September:
//   R1 request (Fatima, 3511, boodschappen) 1 Sep 08:00; Jan responds 10:30 (2 whole hours),
//      Piet 3 Sep; Fatima answers Jan; match 5 Sep 08:00 (4 days)
//   R2 request (Fatima, 3512, boodschappen) 10 Sep; Piet responds 20 Sep (240 h: unmet)
//   R3 request (Fatima, 3511, vervoer) 15 Sep; no response (unmet)
//   O1 offer (Jan, 3511, boodschappen) 2 Sep 08:00; Fatima responds 20:00 (12 h); Jan answers;
//      match 12 Sep 08:00 (10 days)
//   R0 request (Piet, 3521, boodschappen) 20 Aug; Jan responds 31 Aug 20:00 UTC (still August in
//      Amsterdam); match 2 Sep — an August post, a September match.
// So in September Piet is a new volunteer but Jan is not (he first helped in August).

let testApp: TestApp;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
let official: Client;
let otherOfficial: Client;
const SEPTEMBER = 'from=2026-09-01&to=2026-09-30';

let { post, respond, message, match } = {} as ReturnType<typeof eventsIn>;

/** A CSV answer of the API, as text. */
async function csvOf(person: Client, path: string): Promise<string> {
  const token = (await person.client.post('/tokens', { email: person.email, password: person.password })).body.token;
  const response = await testApp.app.request(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  return response.text();
}

async function officialOf(code: string, name: string) {
  const { operator } = world;
  const organisation = (await operator.client.post('/organisations', { name, type: 'gemeente', municipality: code }))
    .body.id;
  const person = await signedInClient(testApp, { name: 'Ambtenaar' });
  await operator.client.post(`/organisations/${organisation}/members`, { email: person.email, role: 'medewerker' });
  await relogin(person);
  return person;
}

beforeAll(async () => {
  world = await marketplaceWorld();
  testApp = world.testApp;
  ({ post, respond, message, match } = eventsIn(testApp.db));
  const { fatima, jan, piet } = world;
  const r0 = await post('request', piet, '3521', 'boodschappen', '2026-08-20T08:00:00Z');
  const r0jan = await respond(r0, jan, piet, '2026-08-31T20:00:00Z');
  await match(r0, r0jan, '2026-09-02T08:00:00Z');
  const r1 = await post('request', fatima, '3511', 'boodschappen', '2026-09-01T08:00:00Z');
  const r1jan = await respond(r1, jan, fatima, '2026-09-01T10:30:00Z');
  await respond(r1, piet, fatima, '2026-09-03T08:00:00Z');
  await message(r1jan, fatima, '2026-09-01T11:00:00Z');
  await match(r1, r1jan, '2026-09-05T08:00:00Z');
  const r2 = await post('request', fatima, '3512', 'boodschappen', '2026-09-10T08:00:00Z');
  await respond(r2, piet, fatima, '2026-09-20T08:00:00Z');
  await post('request', fatima, '3511', 'vervoer', '2026-09-15T08:00:00Z');
  const o1 = await post('offer', jan, '3511', 'boodschappen', '2026-09-02T08:00:00Z');
  const o1fatima = await respond(o1, fatima, jan, '2026-09-02T20:00:00Z');
  await message(o1fatima, jan, '2026-09-02T21:00:00Z');
  await match(o1, o1fatima, '2026-09-12T08:00:00Z');
  official = await officialOf('GM0344', 'Gemeente Utrecht');
  otherOfficial = await officialOf('GM0599', 'Gemeente Rotterdam');
});
afterAll(() => testApp.close());

const september = {
  posts: { request: 3, offer: 1, vacancy: 0 },
  responses: 4,
  conversationsWithAnswer: 2,
  matches: 3,
  funnel: { placed: 4, withResponse: 3, withAnswer: 2, matched: 2 },
  medianHoursToFirstResponse: 12,
  p90HoursToFirstResponse: 194.4,
  medianDaysToMatch: 7,
  p90DaysToMatch: 9.4,
  newResidents: 1,
  newVolunteers: 1,
  activeVolunteers: 2,
  unmetRequests: 2,
  socialValueEuros: 6000,
};

describe('the marketplace report', () => {
  it('gives the beheerder every figure as computed by hand, fresh and from the stored months alike', async () => {
    const fresh = await world.sanne.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({
      ...september,
      audience: 'full',
      period: { from: '2026-09-01', to: '2026-09-30' },
    });
    expect(fresh.body.previous).toMatchObject({
      posts: { request: 1, offer: 0, vacancy: 0 },
      responses: 1,
      matches: 0,
      funnel: { placed: 1, withResponse: 1, withAnswer: 0, matched: 1 },
      hoursToFirstResponse: { median: 276, count: 1 },
      daysToMatch: { median: 13, count: 1 },
      newResidents: 1,
      newVolunteers: 1,
      unmetRequests: 1,
    });
    const category = (slug: string) => fresh.body.byCategory.find((c: { category: string }) => c.category === slug);
    expect(category('boodschappen')).toMatchObject({ label: 'Boodschappen', requests: 2, matches: 2, unmet: 1 });
    expect(category('vervoer')).toMatchObject({ requests: 1, matches: 0, unmet: 1 });
    expect(fresh.body.byArea).toEqual([
      { pc4: '3511', category: 'boodschappen', requests: 1, matches: 1 },
      { pc4: '3511', category: 'vervoer', requests: 1, matches: 0 },
      { pc4: '3512', category: 'boodschappen', requests: 1, matches: 0 },
      { pc4: '3521', category: 'boodschappen', requests: 0, matches: 1 },
    ]);

    expect(await buildReportMonths(testApp.deps)).toBeGreaterThan(0);
    const stored = await world.sanne.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`);
    expect(stored.body).toEqual(fresh.body);
  });

  it('keeps the stored months equal to a fresh computation of every month', async () => {
    await buildReportMonths(testApp.deps);
    const months = await rows<{ month: string }>(
      testApp.db,
      sql`SELECT to_char(month, 'YYYY-MM-DD') AS month FROM report_built_months WHERE municipality_code = 'GM0344'`,
    );
    expect(months.length).toBeGreaterThan(2);
    for (const { month } of months) {
      const scope = { from: month, to: month, codes: ['GM0344'], now: new Date() };
      const sort = (list: object[]) => list.map((row) => JSON.stringify(row)).sort();
      expect(sort(await monthlyFacts(testApp.db, { ...scope, fresh: [] }))).toEqual(
        sort(
          await monthlyFacts(testApp.db, {
            ...scope,
            fresh: [{ month, codes: ['GM0344'] }],
            from: '1900-01-01',
            to: '1900-01-01',
          }),
        ),
      );
    }
  });

  it('counts one more request, response and match exactly once, on the API, the CSV and the page', async () => {
    await buildReportMonths(testApp.deps);
    const { fatima, jan, sanne } = world;
    const extra = await post('request', fatima, '3511', 'tuin', '2026-09-25T08:00:00Z');
    const response = await respond(extra, jan, fatima, '2026-09-25T09:00:00Z');
    await match(extra, response, '2026-09-26T08:00:00Z');
    const report = await sanne.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`);
    expect(report.body).toMatchObject({ posts: { request: 4 }, responses: 5, matches: 4 });
    const csv = await csvOf(sanne, `/marketplaces/GM0344/report?${SEPTEMBER}&format=csv`);
    expect(csv).toContain('requests,Hulpvragen,4,1');
    expect(csv).toContain('responses,Reacties (connecties),5,1');
    expect(csv).toContain('matches,Matches,4,0');
    await buildReportMonths(testApp.deps);
    expect((await sanne.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`)).body).toEqual(report.body);

    const web = webClient(testApp);
    await web.get('/inloggen');
    expect((await web.post('/inloggen', { email: sanne.email, password: sanne.password })).status).toBe(303);
    const page = await web.get('/gemeenten/utrecht/marktplaats/rapportage?van=2026-09&tot=2026-09');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/Hulpvragen<\/th><td[^>]*>4<\/td><td[^>]*>1<\/td>/);
    const download = await testApp.app.request(
      '/gemeenten/utrecht/marktplaats/rapportage.csv?table=summary&van=2026-09&tot=2026-09',
      { headers: { Cookie: [...web.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } },
    );
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="samen-utrecht-summary-/);
    // a byte-order mark, then semicolons: what Dutch Excel needs to open it right
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.startsWith('figure;label;value;previous')).toBe(true);
    expect(text).toContain('requests;Hulpvragen;4;1');
  });
});

describe('who sees what', () => {
  it('gives an official of Utrecht and the operator "< 5" as null, and no one else anything', async () => {
    const seen = await official.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      audience: 'protected',
      posts: { request: null, offer: null, vacancy: 0 },
      matches: null,
      socialValueEuros: null,
      medianHoursToFirstResponse: null,
    });
    expect(JSON.stringify(seen.body)).not.toMatch(/Fatima|@/);
    expect((await world.operator.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`)).body.audience).toBe(
      'protected',
    );
    const csv = await csvOf(official, `/marketplaces/GM0344/report?${SEPTEMBER}&format=csv&table=areas`);
    expect(csv).toContain('3511,boodschappen,<5,<5');
    expect((await otherOfficial.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`)).status).toBe(403);
    expect((await world.fatima.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`)).status).toBe(403);
    expect((await apiClient(testApp).get(`/marketplaces/GM0344/report?${SEPTEMBER}`)).status).toBe(401);
  });
});

describe('bad input', () => {
  const problem = async (query: string) => {
    const reply = await world.sanne.client.get(`/marketplaces/GM0344/report?${query}`);
    return { status: reply.status, params: reply.body.invalidParams };
  };
  it('names the field and says what to do', async () => {
    expect(await problem('from=2026-09-01&to=2026-08-01')).toEqual({
      status: 400,
      params: [{ name: 'from', reason: 'De begindatum ligt na de einddatum. Kies een begin vóór het eind.' }],
    });
    expect((await problem('from=2000-01-01&to=2020-01-01')).params[0].reason).toMatch(/hoogstens 5 jaar/);
    expect((await problem('from=2026-02-30&to=2026-03-01')).params[0]).toMatchObject({ name: 'from' });
    expect((await problem('format=xml')).params[0]).toEqual({
      name: 'format',
      reason: 'Kies format=json of format=csv.',
    });
    const unknown = await world.sanne.client.get('/marketplaces/GM0999/report');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('Deze gemeente heeft nog geen marktplaats op Samen.');
  });
});

describe('open data', () => {
  it('publishes counts per municipality, month and category to all, 1 to 4 as "<5", and counts one more', async () => {
    const { fatima } = world;
    for (let i = 0; i < 5; i++) await post('request', fatima, '3511', 'klussen', `2026-09-2${i}T08:00:00Z`);
    const anyone = apiClient(testApp);
    const url = '/open-data/monthly-activity?from=2026-09&to=2026-09&municipality=GM0344';
    const before = await anyone.get(url);
    expect(before.status).toBe(200);
    expect(before.body.license).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    const row = (body: { rows: { category: string }[] }, category: string) =>
      body.rows.find((r) => r.category === category);
    expect(row(before.body, 'klussen')).toEqual({
      municipality: 'GM0344',
      month: '2026-09',
      category: 'klussen',
      requests: 5,
      offers: 0,
      vacancies: 0,
      responses: 0,
      matches: 0,
    });
    expect(row(before.body, 'vervoer')).toMatchObject({ requests: null, matches: 0 });
    expect(JSON.stringify(before.body)).not.toMatch(/Fatima|@|Hulp gezocht/);

    await post('request', fatima, '3511', 'klussen', '2026-09-29T08:00:00Z');
    expect(row((await anyone.get(url)).body, 'klussen')).toMatchObject({ requests: 6 });
    await buildReportMonths(testApp.deps);
    expect(row((await anyone.get(url)).body, 'klussen')).toMatchObject({ requests: 6 });

    const csv = await testApp.app.request(`/api/v1${url}&format=csv`);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('municipality,month,category,requests,offers,vacancies,responses,matches');
    expect(text).toContain('GM0344,2026-09,klussen,6,0,0,0,0');
    expect(text).toContain('GM0344,2026-09,vervoer,<5,0,0,0,0');
    const catalogue = await anyone.get('/open-data');
    expect(catalogue.body['dcat:dataset'][0]['dct:license']).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
  });
});

describe("the municipality's figures", () => {
  it('shows an official her marketplace (protected) beside the medians of municipalities of her size', async () => {
    const report = await official.client.get('/municipalities/GM0344/report?from=2026-09&to=2026-09');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      municipality: { code: 'GM0344', name: 'Utrecht' },
      // four matches in September: fewer than 5, so protected
      marketplace: { matches: null, posts: { vacancy: 0 } },
      // launching the marketplace made Utrecht an adopter of the national marketplace service, live
      innovation: { initiativesLed: 0, adoptions: { live: 1 } },
      comparison: { sizeClass: '250k-plus' },
    });
    // the other big cities have no marketplace here: too few to compare, and no names
    expect(report.body.comparison.medians.requests).toBeNull();
    expect(JSON.stringify(report.body)).not.toMatch(/Rotterdam|Amsterdam/);
    expect((await otherOfficial.client.get('/municipalities/GM0344/report')).status).toBe(403);
    expect((await world.fatima.client.get('/municipalities/GM0344/report')).status).toBe(403);
    const page = webClient(testApp);
    await page.get('/inloggen');
    await page.post('/inloggen', { email: official.email, password: official.password });
    const html = (await page.get('/gemeenten/utrecht/cijfers')).html;
    expect(html).toContain('Cijfers Utrecht');
    expect(html).toContain('te weinig om te vergelijken');
  });
});

describe('the national figures', () => {
  it('give the operator totals that are the sum of every marketplace, as its beheerders see it', async () => {
    const { operator, sanne, rob } = world;
    const national = await operator.client.get(`/reports/national?${SEPTEMBER}`);
    expect(national.status).toBe(200);
    const utrecht = (await sanne.client.get(`/marketplaces/GM0344/report?${SEPTEMBER}`)).body;
    const rotterdam = (await rob.client.get(`/marketplaces/GM0599/report?${SEPTEMBER}`)).body;
    for (const pick of [
      (f: any) => f.posts.request,
      (f: any) => f.posts.offer,
      (f: any) => f.responses,
      (f: any) => f.conversationsWithAnswer,
      (f: any) => f.matches,
      (f: any) => f.newResidents,
      (f: any) => f.activeVolunteers,
      (f: any) => f.unmetRequests,
      (f: any) => f.socialValueEuros,
    ])
      expect(pick(national.body.total)).toBe(pick(utrecht) + pick(rotterdam));
    expect(national.body.marketplaces.map((m: { code: string }) => m.code)).toEqual(['GM0344', 'GM0599']);
    expect((await sanne.client.get('/reports/national')).status).toBe(403);
    const page = webClient(testApp);
    await page.get('/inloggen');
    await page.post('/inloggen', { email: operator.email, password: operator.password });
    const html = (await page.get('/cijfers?sorteer=matches&richting=af')).html;
    expect(html).toContain('Landelijke cijfers');
    expect(html).toContain('aria-sort="descending"');
  });
});
