import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { apiClient, signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { grantRole } from '../accounts';

let testApp: TestApp;
type Client = Awaited<ReturnType<typeof signedInClient>>;
let operator: Client;
let marieke: Client; // Alphen aan den Rijn
let ahmed: Client; // Gouda
let lotte: Client; // Leiden
let kees: Client; // innovation panel
let outsider: Client;
const org: Record<string, string> = {};

const pilot = {
  type: 'pilot',
  title: 'Rapportage sociaal domein met nieuwe indicatoren',
  summary:
    'We rapporteren over het sociaal domein met uitkomstindicatoren, zoals hoe zelfredzaam inwoners zijn geworden, ' +
    'in plaats van alleen aantallen voorzieningen.',
  goal: 'Sturen op wat de ondersteuning oplevert voor inwoners.',
  approach: 'Samen met twee wijkteams een indicatorenset kiezen en een jaar lang meten.',
  themes: ['informatievoorziening', 'zorg-en-welzijn'],
  seeks: ['partners', 'expertise'],
};

async function member(client: Client, organisationId: string, role = 'medewerker') {
  const response = await operator.client.post(`/organisations/${organisationId}/members`, {
    email: client.email,
    role,
  });
  expect(response.status).toBe(201);
}

const initiativeCount = async () =>
  (await rows<{ n: number }>(testApp.db, sql`SELECT count(*)::int AS n FROM initiatives`))[0]?.n;

beforeAll(async () => {
  testApp = await createTestApp();
  operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  for (const [name, code] of [
    ['Gemeente Alphen aan den Rijn', 'GM0484'],
    ['Gemeente Gouda', 'GM0513'],
    ['Gemeente Leiden', 'GM0546'],
  ] as const) {
    org[code] = (await operator.client.post('/organisations', { name, type: 'gemeente', municipality: code })).body.id;
  }
  org.welzijn = (
    await operator.client.post('/organisations', {
      name: 'Welzijn Rijnstreek',
      type: 'welzijnsorganisatie',
      municipality: 'GM0484',
    })
  ).body.id;
  org.sociaal = (
    await operator.client.post('/organisations', {
      name: 'Buurtapp BV',
      type: 'sociaal-ondernemer',
      municipality: 'GM0484',
    })
  ).body.id;
  marieke = await signedInClient(testApp);
  ahmed = await signedInClient(testApp);
  lotte = await signedInClient(testApp);
  kees = await signedInClient(testApp);
  outsider = await signedInClient(testApp);
  await member(marieke, org.GM0484 as string);
  await member(ahmed, org.GM0513 as string);
  await member(lotte, org.GM0546 as string);
  await grantRole(testApp.db, kees.accountId, 'innovatiepanel');
  for (const client of [marieke, ahmed, lotte, kees])
    client.client.useToken(
      (await client.client.post('/tokens', { email: client.email, password: client.password })).body.token,
    );
});
afterAll(() => testApp.close());

describe('initiatives', () => {
  let id: string;

  it('lets a policy officer submit a pilot for her municipality', async () => {
    const response = await marieke.client.post('/initiatives', pilot);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      type: 'pilot',
      phase: 'idee',
      municipality: { code: 'GM0484', name: 'Alphen aan den Rijn' },
      participants: [],
      seeks: ['partners', 'expertise'],
    });
    expect(response.body.phaseHistory).toEqual([
      { phase: 'idee', enteredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    id = response.body.id;
  });

  it('finds it with Dutch full-text search and filters', async () => {
    const client = apiClient(testApp);
    expect((await client.get('/initiatives?q=indicator')).body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(
      (await client.get('/initiatives?municipality=GM0484&theme=informatievoorziening&type=pilot&phase=idee')).body
        .total,
    ).toBe(1);
    expect((await client.get('/initiatives?province=Zuid-Holland')).body.total).toBeGreaterThanOrEqual(1);
    expect((await client.get('/initiatives?theme=vervoer')).body.total).toBe(0);
    expect((await client.get('/initiatives?theme=fietsen')).status).toBe(400);
  });

  it('ranks it first for the same idea in other words, before anything is submitted', async () => {
    await ahmed.client.post('/initiatives', {
      type: 'challenge',
      title: 'Slimmer vervoer organiseren voor ouderen',
      summary: 'Ouderen in kleine kernen komen moeilijk bij de huisarts. We zoeken slimme vormen van vervoer.',
      goal: 'Beter bereikbare zorg.',
      themes: ['vervoer', 'ouderen'],
    });
    const similar = await apiClient(testApp).post('/initiatives/similar', {
      title: 'Monitor met uitkomsten voor het sociaal domein',
      summary:
        'Een rapportage die laat zien hoe zelfredzaam inwoners worden dankzij ondersteuning, met outcome-indicatoren.',
    });
    expect(similar.status).toBe(200);
    expect(similar.body.items[0]).toMatchObject({ id, municipality: { code: 'GM0484' } });
    expect(similar.body.items[0].score).toBeGreaterThan(0.3);
    expect(
      (await apiClient(testApp).get(`/initiatives/${id}/similar`)).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(id);
    expect((await apiClient(testApp).post('/initiatives/similar', {})).status).toBe(400);
  });

  it('lets other municipalities join as co-developer or follower, once, and notifies the owner', async () => {
    const joined = await ahmed.client.post(`/initiatives/${id}/participants`, {
      municipality: 'GM0513',
      role: 'co-developer',
    });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      organisationName: 'Gemeente Gouda',
      role: 'co-developer',
      municipality: { code: 'GM0513' },
    });
    const twice = await ahmed.client.post(`/initiatives/${id}/participants`, {
      municipality: 'GM0513',
      role: 'follower',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain('doet al mee');
    expect(
      (await lotte.client.post(`/initiatives/${id}/participants`, { organisation: org.GM0546, role: 'co-developer' }))
        .status,
    ).toBe(201);
    // Marieke's own municipality owns it already.
    expect(
      (await marieke.client.post(`/initiatives/${id}/participants`, { municipality: 'GM0484', role: 'follower' }))
        .status,
    ).toBe(409);
    // Ahmed can't sign Leiden up.
    expect(
      (await ahmed.client.post(`/initiatives/${id}/participants`, { municipality: 'GM0546', role: 'follower' })).status,
    ).toBe(403);

    const detail = await apiClient(testApp).get(`/initiatives/${id}`);
    expect(detail.body.participants.map((p: { organisationName: string }) => p.organisationName)).toEqual([
      'Gemeente Gouda',
      'Gemeente Leiden',
    ]);
    const mails = await rows<{ subject: string; text_body: string }>(
      testApp.db,
      sql`SELECT subject, text_body FROM mail_outbox WHERE to_address = ${marieke.email} AND subject LIKE 'Nieuws%'`,
    );
    expect(mails.map((m) => m.text_body).join('\n')).toContain('Gemeente Gouda doet mee als mede-ontwikkelaar.');
  });

  it('shows on the municipality pages of the owner and of the partners', async () => {
    const alphen = await (await testApp.app.request('/gemeenten/alphen-aan-den-rijn')).text();
    expect(alphen).toContain(pilot.title);
    expect(alphen).toContain('Leidt (1)');
    const gouda = await (await testApp.app.request('/gemeenten/gouda')).text();
    expect(gouda).toContain('Ontwikkelt mee (1)');
    expect(gouda).toContain(pilot.title);
  });

  it('lets a participant leave only on behalf of their own organisation', async () => {
    expect((await ahmed.client.delete(`/initiatives/${id}/participants/${org.GM0546}`)).status).toBe(403);
    expect((await lotte.client.delete(`/initiatives/${id}/participants/${org.GM0546}`)).status).toBe(204);
    expect((await lotte.client.delete(`/initiatives/${id}/participants/${org.GM0546}`)).status).toBe(404);
  });

  it('lets only the owner edit and move phase one step; experiments by who develops it', async () => {
    expect((await ahmed.client.patch(`/initiatives/${id}`, { title: 'Overgenomen' })).status).toBe(403);
    expect((await marieke.client.patch(`/initiatives/${id}`, { phase: 'evaluatie' })).status).toBe(400);
    const moved = await marieke.client.patch(`/initiatives/${id}`, { phase: 'pilot' });
    expect(moved.status).toBe(200);
    expect(moved.body.phaseHistory.map((p: { phase: string }) => p.phase)).toEqual(['idee', 'pilot']);

    const experiment = {
      hypothesis: 'Wijkteams kunnen zelfredzaamheid meten met een korte vragenlijst.',
      measure: 'Ingevulde vragenlijsten per maand',
      result: '120 in de eerste maand',
      learning: 'Kort houden werkt.',
      date: '2026-10-01',
    };
    // Leiden left the initiative: no experiments (co-developers do log them: experiments/co-developers.test.ts).
    expect((await lotte.client.post(`/initiatives/${id}/experiments`, experiment)).status).toBe(403);
    const logged = await marieke.client.post(`/initiatives/${id}/experiments`, experiment);
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ hypothesis: experiment.hypothesis, heldOn: '2026-10-01' });
    expect(
      (await marieke.client.post(`/initiatives/${id}/experiments`, { ...experiment, date: '1 oktober' })).body
        .invalidParams[0].name,
    ).toBe('date');
  });

  it('lets only panel members advise, and only the owner respond', async () => {
    expect((await marieke.client.post(`/initiatives/${id}/advice`, { body: 'Zelf advies geven?' })).status).toBe(403);
    const advice = await kees.client.post(`/initiatives/${id}/advice`, {
      body: 'Betrek ook inwoners bij het kiezen van de indicatoren.',
    });
    expect(advice.status).toBe(201);
    expect(advice.body.authorName).toBe('Fatima');
    expect(
      (await kees.client.post(`/initiatives/${id}/advice/${advice.body.id}/response`, { response: 'Eens.' })).status,
    ).toBe(403);
    const answered = await marieke.client.post(`/initiatives/${id}/advice/${advice.body.id}/response`, {
      response: 'Goed idee, we nodigen de cliëntenraad uit.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.response).toContain('cliëntenraad');
  });
});

describe('who may own an initiative', () => {
  it('refuses someone without an organisation, and a commercial owner', async () => {
    expect((await outsider.client.post('/initiatives', pilot)).status).toBe(403);
    const seller = await signedInClient(testApp);
    await member(seller, org.sociaal as string);
    expect((await seller.client.post('/initiatives', { ...pilot, ownerMunicipality: 'GM0484' })).status).toBe(403);
    const refused = await seller.client.post('/initiatives', {
      ...pilot,
      ownerMunicipality: 'GM0484',
      organisation: org.sociaal,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams[0]).toMatchObject({
      name: 'organisation',
      reason: expect.stringContaining('zonder winstoogmerk'),
    });
  });

  it('asks a non-municipal owner to name the municipality', async () => {
    const worker = await signedInClient(testApp);
    await member(worker, org.welzijn as string);
    const missing = await worker.client.post('/initiatives', pilot);
    expect(missing.status).toBe(400);
    expect(missing.body.invalidParams).toEqual([
      { name: 'ownerMunicipality', reason: 'Kies bij welke gemeente het initiatief hoort.' },
    ]);
    const ok = await worker.client.post('/initiatives', {
      ...pilot,
      title: 'Maatjes voor mantelzorgers',
      summary: 'Vrijwillige maatjes ontlasten mantelzorgers één middag per week.',
      themes: ['zorg-en-welzijn'],
      ownerMunicipality: 'GM0484',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ ownerOrganisation: 'Welzijn Rijnstreek', municipality: { code: 'GM0484' } });
  });
});

describe('bad input changes nothing', () => {
  it('names a missing goal, a 50,000-character field and an unknown theme at once', async () => {
    const before = await initiativeCount();
    const { goal: _goal, ...withoutGoal } = pilot;
    const response = await marieke.client.post('/initiatives', {
      ...withoutGoal,
      approach: 'x'.repeat(50_000),
      themes: ['ruimtevaart'],
    });
    expect(response.status).toBe(400);
    const reasons = Object.fromEntries(
      response.body.invalidParams.map((p: { name: string; reason: string }) => [p.name.split('.')[0], p.reason]),
    );
    expect(reasons.goal).toBe('Schrijf wat u wilt bereiken.');
    expect(reasons.approach).toBe('Dit is te lang. Gebruik maximaal 5.000 tekens.');
    expect(reasons.themes).toContain('thema kennen we niet');
    expect(await initiativeCount()).toBe(before);
  });

  it('refuses a commercial pitch and says what to remove', async () => {
    const before = await initiativeCount();
    const response = await marieke.client.post('/initiatives', {
      ...pilot,
      title: 'Slimme zorgapp',
      summary: 'Onze app kost maar €1 per inwoner per jaar. Vraag een demo aan!',
      benefit: 'Wij sturen graag een offerte.',
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('niet om producten te verkopen');
    expect(response.body.invalidParams).toEqual([
      { name: 'summary', reason: expect.stringContaining('een prijs, "vraag een demo aan"') },
      { name: 'benefit', reason: expect.stringContaining('"offerte"') },
    ]);
    expect(await initiativeCount()).toBe(before);
  });
});

describe('clusters', () => {
  it('groups near-duplicates from different municipalities', async () => {
    const a = await ahmed.client.post('/initiatives', {
      type: 'pilot',
      title: 'Schuldhulp via de huisarts',
      summary:
        'Huisartsen en praktijkondersteuners bespreken geldzorgen en verwijzen inwoners met schulden direct naar ' +
        'schuldhulpverlening.',
      goal: 'Eerder hulp bij schulden.',
      themes: ['schulden', 'gezondheid'],
    });
    const b = await lotte.client.post('/initiatives', {
      type: 'praktijkproef',
      title: 'Geldzorgen signaleren bij de huisarts',
      summary:
        'De praktijkondersteuner van de huisarts vraagt naar schulden en geldzorgen en brengt inwoners in contact ' +
        'met schuldhulp.',
      goal: 'Schulden vroeg signaleren.',
      themes: ['schulden'],
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    const similar = await apiClient(testApp).get(`/initiatives/${a.body.id}/similar`);
    expect(similar.body.items[0]).toMatchObject({ id: b.body.id });
    const clusters = await apiClient(testApp).get('/initiative-clusters');
    expect(clusters.status).toBe(200);
    const ids = clusters.body.items.map((cluster: { members: { id: string }[] }) =>
      cluster.members.map((m) => m.id).sort(),
    );
    expect(ids).toContainEqual([a.body.id, b.body.id].sort());
    const page = await (await testApp.app.request('/innovatie/clusters')).text();
    expect(page).toContain('Geldzorgen signaleren bij de huisarts');
  });
});

describe('personal data', () => {
  it('exports a panel member’s advice and removes their name from it when the account is deleted', async () => {
    const panel = await signedInClient(testApp, { name: 'Hendrikje' });
    await grantRole(testApp.db, panel.accountId, 'innovatiepanel');
    panel.client.useToken(
      (await panel.client.post('/tokens', { email: panel.email, password: panel.password })).body.token,
    );
    const [initiative] = (await apiClient(testApp).get('/initiatives?municipality=GM0484')).body.items;
    expect(
      (await panel.client.post(`/initiatives/${initiative.id}/advice`, { body: 'Meet ook na een jaar.' })).status,
    ).toBe(201);
    const exported = await panel.client.get('/me/export');
    expect(exported.body.innovation.adviceWritten).toEqual([
      expect.objectContaining({ body: 'Meet ook na een jaar.' }),
    ]);
    expect((await panel.client.delete('/me', { password: panel.password })).status).toBe(204);
    const names = await rows<{ author_name: string }>(
      testApp.db,
      sql`SELECT author_name FROM initiative_advice WHERE body = 'Meet ook na een jaar.'`,
    );
    expect(names).toEqual([{ author_name: 'verwijderd account' }]);
  });
});
