import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { apiClient, signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { grantRole } from '../accounts';
import { serviceById } from './services/queries';

/**
 * The story of issue "Samen opschalen" through the API: Marieke's pilot, co-developed by Gouda, is
 * nominated, scored by three board members (Gouda's member declares a conflict of interest),
 * scaled up into a national service, and Gouda moves through the stages of its adoption.
 */
let testApp: TestApp;
type Client = Awaited<ReturnType<typeof signedInClient>>;
let operator: Client;
let marieke: Client; // Alphen aan den Rijn, owns the pilot
let ahmed: Client; // Gouda, co-develops
let lotte: Client; // Leiden, a pilot of her own only
let bas: Client; // board member, Utrecht
let gerda: Client; // board member, Gouda: a conflict of interest
let henk: Client; // board member without a municipality
let outsider: Client;
const org: Record<string, string> = {};
let pilotId: string;
let loneId: string;
let roundId: string;
let nominationId: string;
let serviceId: string;

const day = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * day);
/** Sets the app's clock to `offsetDays` from the real now. */
const travel = (offsetDays: number) => {
  testApp.deps.clock = { now: () => at(offsetDays) };
};

const pilot = {
  type: 'pilot',
  title: 'Samen één digitale aangifte van overlijden',
  summary: 'Nabestaanden doen de aangifte van overlijden digitaal, in één keer, voor elke gemeente.',
  goal: 'Minder loketbezoek in een zware tijd.',
  approach: 'Twee gemeenten bouwen samen één formulier op de landelijke standaard.',
  themes: ['dienstverlening'],
  seeks: ['partners'],
};

async function member(client: Client, organisationId: string) {
  expect(
    (
      await operator.client.post(`/organisations/${organisationId}/members`, {
        email: client.email,
        role: 'medewerker',
      })
    ).status,
  ).toBe(201);
}
const relogin = async (client: Client) =>
  client.client.useToken(
    (await client.client.post('/tokens', { email: client.email, password: client.password })).body.token,
  );

beforeAll(async () => {
  testApp = await createTestApp();
  operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  for (const [name, code] of [
    ['Gemeente Alphen aan den Rijn', 'GM0484'],
    ['Gemeente Gouda', 'GM0513'],
    ['Gemeente Leiden', 'GM0546'],
    ['Gemeente Utrecht', 'GM0344'],
  ] as const)
    org[code] = (await operator.client.post('/organisations', { name, type: 'gemeente', municipality: code })).body.id;
  [marieke, ahmed, lotte, bas, gerda, henk, outsider] = (await Promise.all(
    ['Marieke', 'Ahmed', 'Lotte', 'Bas', 'Gerda', 'Henk', 'Olga'].map((name) => signedInClient(testApp, { name })),
  )) as Client[] as [Client, Client, Client, Client, Client, Client, Client];
  await member(marieke, org.GM0484 as string);
  await member(ahmed, org.GM0513 as string);
  await member(gerda, org.GM0513 as string);
  await member(lotte, org.GM0546 as string);
  await member(bas, org.GM0344 as string);
  for (const client of [marieke, ahmed, lotte, bas, gerda]) await relogin(client);

  pilotId = (await marieke.client.post('/initiatives', pilot)).body.id;
  expect((await marieke.client.patch(`/initiatives/${pilotId}`, { phase: 'pilot' })).status).toBe(200);
  expect(
    (await ahmed.client.post(`/initiatives/${pilotId}/participants`, { municipality: 'GM0513', role: 'co-developer' }))
      .status,
  ).toBe(201);
  loneId = (await lotte.client.post('/initiatives', { ...pilot, title: 'Een eigen pilot van Leiden' })).body.id;
  await lotte.client.patch(`/initiatives/${loneId}`, { phase: 'pilot' });
});
afterAll(() => testApp.close());

describe('a portfolio round', () => {
  it('is opened by the operator only, with dates that follow each other', async () => {
    const round = {
      kind: 'portfolio',
      title: 'Voorjaarsronde 2027',
      description: 'Welke pilots schalen we op?',
      boardMemberIds: [bas.accountId, gerda.accountId, henk.accountId],
      nominationsCloseAt: at(10).toISOString(),
      scoringClosesAt: at(20).toISOString(),
      decisionAt: at(30).toISOString(),
    };
    expect((await marieke.client.post('/portfolio-rounds', round)).status).toBe(403);
    const wrongOrder = await operator.client.post('/portfolio-rounds', {
      ...round,
      scoringClosesAt: at(5).toISOString(),
    });
    expect(wrongOrder.status).toBe(400);
    expect(wrongOrder.body.invalidParams[0]).toMatchObject({ name: 'scoringClosesAt' });
    const created = await operator.client.post('/portfolio-rounds', round);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'nominating',
      criteria: expect.arrayContaining([expect.objectContaining({ key: 'maatschappelijke-waarde' })]),
    });
    roundId = created.body.id;
    expect((await apiClient(testApp).get('/portfolio-rounds?status=nominating')).body.total).toBe(1);
  });

  it('takes a nomination of a pilot two municipalities carry, once, from an official of the owner', async () => {
    const path = `/portfolio-rounds/${roundId}/nominations`;
    const body = { initiativeId: pilotId, motivation: 'Al 130 gemeenten hebben belangstelling.' };
    expect((await apiClient(testApp).post(path, body)).status).toBe(401);
    expect((await ahmed.client.post(path, body)).status).toBe(403);
    const lone = await lotte.client.post(path, { initiativeId: loneId, motivation: 'Graag.' });
    expect(lone.status).toBe(400);
    expect(lone.body.invalidParams[0].reason).toContain('minstens twee gemeenten');
    const nominated = await marieke.client.post(path, body);
    expect(nominated.status).toBe(201);
    nominationId = nominated.body.id;
    const twice = await marieke.client.post(path, body);
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain('al voorgedragen');
    expect((await apiClient(testApp).get(path)).body).toHaveLength(1);
  });

  it('is scored by its board members only, 1–5 per criterion, with a declared conflict of interest', async () => {
    const path = `/portfolio-rounds/${roundId}/nominations/${nominationId}/scores/me`;
    const all = (value: number) =>
      Object.fromEntries(
        [
          'maatschappelijke-waarde',
          'geinteresseerde-gemeenten',
          'volwassenheid',
          'kosten-baten',
          'standaardiseerbaarheid',
          'privacy-veiligheid',
        ].map((key) => [key, value]),
      );
    const score = (value: number, extra = {}) => ({
      criteria: all(value),
      moscow: 'must',
      comment: '',
      conflictOfInterest: false,
      ...extra,
    });
    // Before nominations close, nobody scores.
    expect((await bas.client.put(path, score(5))).status).toBe(409);
    travel(15);
    expect((await outsider.client.put(path, score(5))).status).toBe(403);
    const six = await bas.client.put(path, score(6));
    expect(six.status).toBe(400);
    expect(six.body.invalidParams[0]).toMatchObject({
      name: 'criteria.maatschappelijke-waarde',
      reason: expect.stringContaining('1 tot en met 5'),
    });
    expect((await bas.client.put(path, score(5))).status).toBe(204);
    const undeclared = await gerda.client.put(path, score(5));
    expect(undeclared.status).toBe(400);
    expect(undeclared.body.invalidParams[0].name).toBe('conflictOfInterest');
    expect((await gerda.client.put(path, score(5, { conflictOfInterest: true }))).status).toBe(204);
    expect((await henk.client.put(path, score(3, { moscow: 'should' }))).status).toBe(204);
    // Before scoring closes a member sees their own score only, and no totals.
    const seen = (await bas.client.get(`/portfolio-rounds/${roundId}`)).body.nominations[0];
    expect(seen.aggregate).toBeNull();
    expect(seen.scores.map((s: { accountId: string }) => s.accountId)).toEqual([bas.accountId]);
    expect((await apiClient(testApp).get(`/portfolio-rounds/${roundId}`)).body.nominations[0].scores).toEqual([]);
  });

  it('shows the totals once scoring closed, without the conflicted score', async () => {
    travel(25);
    const seen = (await apiClient(testApp).get(`/portfolio-rounds/${roundId}`)).body;
    expect(seen.status).toBe('deciding');
    expect(seen.nominations[0].aggregate).toMatchObject({
      weightedAverage: 4,
      counted: 2,
      excluded: 1,
      moscow: { must: 1, should: 1 },
    });
    expect(seen.nominations[0].scores).toEqual([]);
    expect((await bas.client.get(`/portfolio-rounds/${roundId}`)).body.nominations[0].scores).toHaveLength(3);
  });

  it('is decided by the board with a public rationale; scaling up creates the national service', async () => {
    const path = `/portfolio-rounds/${roundId}/nominations/${nominationId}/decision`;
    const noRationale = await bas.client.post(path, { decision: 'scale-up', rationale: ' ' });
    expect(noRationale.status).toBe(400);
    expect(noRationale.body.invalidParams[0].name).toBe('rationale');
    expect((await marieke.client.post(path, { decision: 'scale-up', rationale: 'Goed idee.' })).status).toBe(403);
    const decided = await bas.client.post(path, { decision: 'scale-up', rationale: 'Breed gedragen en herbruikbaar.' });
    expect(decided.status).toBe(201);
    serviceId = decided.body.serviceId;
    expect(serviceId).toEqual(expect.any(String));
    expect((await bas.client.post(path, { decision: 'no', rationale: 'Toch niet.' })).status).toBe(409);
    const initiative = await apiClient(testApp).get(`/initiatives/${pilotId}`);
    expect(initiative.body.phase).toBe('opschaling');
    const round = (await apiClient(testApp).get(`/portfolio-rounds/${roundId}`)).body;
    expect(round.nominations[0].nomination).toMatchObject({
      decision: 'scale-up',
      rationale: 'Breed gedragen en herbruikbaar.',
      serviceId,
    });
    const service = await apiClient(testApp).get(`/services/${serviceId}`);
    expect(service.body).toMatchObject({ name: pilot.title, status: 'in-ontwikkeling', originInitiativeId: pilotId });
    travel(0);
  });
});

describe('an adoption', () => {
  const path = () => `/services/${serviceId}/adoptions/GM0513`;

  it('is recorded by the municipality’s own officials and moves forward through its stages', async () => {
    expect((await ahmed.client.put(`/services/${serviceId}/adoptions/GM0344`, { stage: 'interested' })).status).toBe(
      403,
    );
    expect((await apiClient(testApp).put(path(), { stage: 'interested' })).status).toBe(401);
    const interested = await ahmed.client.put(path(), { stage: 'interested', stageDate: '2026-01-12' });
    expect(interested.status).toBe(200);
    const deciding = await ahmed.client.put(path(), {
      stage: 'deciding',
      stageDate: '2026-03-02',
      events: [{ date: '2026-02-20', kind: 'motion-adopted', note: 'Motie Van Dijk aangenomen' }],
      stakeholders: [
        { role: 'wethouder', stance: 'voor', note: 'Wil het voor de zomer' },
        { role: 'welzijnsorganisatie', stance: 'neutraal', note: '' },
      ],
    });
    expect(deciding.status).toBe(200);
    expect(deciding.body.stakeholders).toHaveLength(2);
    expect((await ahmed.client.put(path(), { stage: 'interested' })).status).toBe(409);
    await ahmed.client.put(path(), { stage: 'implementing', stageDate: '2026-06-01' });
    const live = await ahmed.client.put(path(), { stage: 'live', stageDate: '2026-10-01' });
    expect(live.body).toMatchObject({
      stage: 'live',
      interestedOn: '2026-01-12',
      decidedOn: '2026-06-01',
      liveOn: '2026-10-01',
    });
    // The municipality page tells the same story.
    const page = await (await testApp.app.request('/gemeenten/gouda')).text();
    expect(page).toContain(pilot.title);
    expect(page).toContain('In gebruik');
  });

  it('moves the service’s change stamp with every change its page shows: one render per change', async () => {
    const before = (await serviceById(testApp.db, serviceId))?.changedAt;
    await ahmed.client.put(path(), {
      stage: 'live',
      events: [{ date: '2026-10-02', kind: 'other', note: 'Evaluatie' }],
    });
    const after = (await serviceById(testApp.db, serviceId))?.changedAt;
    expect(after).not.toBe(before);
    expect((await serviceById(testApp.db, serviceId))?.changedAt).toBe(after);
  });

  it('shows stakeholders and notes to the municipality’s officials only', async () => {
    const open = (await apiClient(testApp).get(path())).body;
    expect(open.stakeholders).toBeUndefined();
    expect(JSON.stringify(open)).not.toContain('Motie Van Dijk');
    expect(open.events.map((e: { kind: string }) => e.kind)).toContain('motion-adopted');
    const leiden = (await lotte.client.get(path())).body;
    expect(leiden.stakeholders).toBeUndefined();
    const own = (await ahmed.client.get(path())).body;
    expect(own.stakeholders).toContainEqual(
      expect.objectContaining({ role: 'wethouder', note: 'Wil het voor de zomer' }),
    );
    expect(JSON.stringify(own)).toContain('Motie Van Dijk');
    expect(JSON.stringify((await operator.client.get(path())).body)).toContain('Wil het voor de zomer');
  });

  it('refuses bad input with a specific message and changes nothing', async () => {
    const before = (await ahmed.client.get(path())).body;
    const tomorrow = new Date(Date.now() + day).toISOString().slice(0, 10);
    const cases: [unknown, string][] = [
      [{ stage: 'finished' }, 'stage'],
      [{ stage: 'live', events: [{ date: tomorrow, kind: 'go-live', note: '' }] }, 'events.0.date'],
      [{ stage: 'live', events: [{ date: '2026-01-01', kind: 'party', note: '' }] }, 'events.0.kind'],
      [{ stage: 'stopped' }, 'stoppedReason'],
    ];
    for (const [body, field] of cases) {
      const refused = await ahmed.client.put(path(), body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    }
    expect((await ahmed.client.put(`/services/${serviceId}/adoptions/GM9999`, { stage: 'interested' })).status).toBe(
      404,
    );
    expect((await ahmed.client.put(`/services/${serviceId}/adoptions/GM12`, { stage: 'interested' })).status).toBe(400);
    expect((await ahmed.client.get(path())).body).toEqual(before);
  });

  it('gives figures computed from the events, with the median days from interest to decision and to live', async () => {
    // Known trajectories: interest → decision after 90, 365 and 540 days; two of them live.
    const trajectories = [
      ['GM0484', marieke, '2024-01-01', '2024-03-31', '2024-09-01'],
      ['GM0546', lotte, '2023-01-01', '2024-01-01', null],
    ] as const;
    for (const [code, client, interest, decision, live] of trajectories) {
      const p = `/services/${serviceId}/adoptions/${code}`;
      expect((await client.client.put(p, { stage: 'interested', stageDate: interest })).status).toBe(200);
      await client.client.put(p, { stage: 'implementing', stageDate: decision });
      if (live) await client.client.put(p, { stage: 'live', stageDate: live });
    }
    const figures = (await apiClient(testApp).get(`/services/${serviceId}`)).body;
    // Gouda: 2026-01-12 → 2026-06-01 = 140 days to decide, 262 to live. Alphen: 90 and 244. Leiden: 365.
    expect(figures.stageCounts).toMatchObject({ live: 2, implementing: 1, interested: 0 });
    expect(figures.decisionDays).toEqual({ median: 140, p25: 115, p75: 252.5, count: 3 });
    expect(figures.liveDays).toEqual({ median: 253, p25: 248.5, p75: 257.5, count: 2 });
    expect(figures.figures.startedWith).toEqual([
      { kind: 'motion-adopted', count: 1, share: 0.5 },
      { kind: 'none', count: 1, share: 0.5 },
    ]);
    expect((await apiClient(testApp).get(`/services/${serviceId}/adoptions?stage=live`)).body.total).toBe(2);
  });
});

describe('the local marketplace as a national service', () => {
  it('is live for a municipality as soon as its marketplace is launched', async () => {
    const services = (await apiClient(testApp).get('/services')).body.items;
    const marketplace = services.find((s: { slug: string }) => s.slug === 'lokale-marktplaats-vrijwillige-hulp');
    expect(marketplace).toBeDefined();
    const welzijn = (
      await operator.client.post('/organisations', {
        name: 'Welzijn Meppel',
        type: 'welzijnsorganisatie',
        municipality: 'GM0119',
      })
    ).body.id;
    expect(
      (
        await operator.client.post('/marketplaces', {
          municipality: 'GM0119',
          operatorOrganisation: welzijn,
          name: 'Meppel voor elkaar',
          brandColor: '#0b5394',
          brandTextColor: '#ffffff',
        })
      ).status,
    ).toBe(201);
    const adoption = await apiClient(testApp).get(`/services/${marketplace.id}/adoptions/GM0119`);
    expect(adoption.body).toMatchObject({ stage: 'live', municipalityName: 'Meppel' });
    const [event] = await rows<{ kind: string }>(
      testApp.db,
      sql`SELECT kind FROM adoption_events WHERE service_id = ${marketplace.id} AND municipality_code = 'GM0119'`,
    );
    expect(event?.kind).toBe('stage-changed');
  });
});
