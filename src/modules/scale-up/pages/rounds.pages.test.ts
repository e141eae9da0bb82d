import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { grantRole } from '../../accounts';

/**
 * The round's pages without JavaScript: Marieke (Alphen) nominates her pilot that Gouda
 * co-develops, Lotte's single-municipality pilot is refused, three board members score (Gerda of
 * Gouda with a conflict of interest), and Bas records the decision that scales it up.
 */
let testApp: TestApp;
type Api = Awaited<ReturnType<typeof signedInClient>>;
type Web = ReturnType<typeof webClient>;
const web: Record<'marieke' | 'ahmed' | 'lotte' | 'bas' | 'gerda' | 'henk', Web> = {} as never;
let people: Record<keyof typeof web, Api>;
let operator: Api;
let pilotId: string;
let loneId: string;
let roundId: string;
let nominationId: string;

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);
const travel = (days: number) => {
  testApp.deps.clock = { now: () => at(days) };
};
const CRITERIA = [
  'maatschappelijke-waarde',
  'geinteresseerde-gemeenten',
  'volwassenheid',
  'kosten-baten',
  'standaardiseerbaarheid',
  'privacy-veiligheid',
];

async function signIn(person: Api): Promise<Web> {
  const client = webClient(testApp);
  await client.get('/inloggen');
  expect((await client.post('/inloggen', { email: person.email, password: person.password })).status).toBe(303);
  return client;
}

beforeAll(async () => {
  testApp = await createTestApp();
  operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const org: Record<string, string> = {};
  for (const [name, code] of [
    ['Gemeente Alphen aan den Rijn', 'GM0484'],
    ['Gemeente Gouda', 'GM0513'],
    ['Gemeente Leiden', 'GM0546'],
    ['Gemeente Utrecht', 'GM0344'],
  ] as const)
    org[code] = (await operator.client.post('/organisations', { name, type: 'gemeente', municipality: code })).body.id;
  people = {} as Record<keyof typeof web, Api>;
  const of = { marieke: 'GM0484', ahmed: 'GM0513', lotte: 'GM0546', bas: 'GM0344', gerda: 'GM0513', henk: null };
  for (const [key, code] of Object.entries(of) as [keyof typeof web, string | null][]) {
    people[key] = await signedInClient(testApp, { name: key[0]?.toUpperCase() + key.slice(1) });
    if (code)
      await operator.client.post(`/organisations/${org[code]}/members`, {
        email: people[key].email,
        role: 'medewerker',
      });
    people[key].client.useToken(
      (await people[key].client.post('/tokens', { email: people[key].email, password: people[key].password })).body
        .token,
    );
  }
  const pilot = {
    type: 'pilot',
    title: 'Samen één digitale aangifte van overlijden',
    summary: 'Nabestaanden doen de aangifte van overlijden digitaal, in één keer, voor elke gemeente.',
    goal: 'Minder loketbezoek in een zware tijd.',
    themes: ['dienstverlening'],
  };
  pilotId = (await people.marieke.client.post('/initiatives', pilot)).body.id;
  await people.marieke.client.patch(`/initiatives/${pilotId}`, { phase: 'pilot' });
  await people.ahmed.client.post(`/initiatives/${pilotId}/participants`, {
    municipality: 'GM0513',
    role: 'co-developer',
  });
  loneId = (await people.lotte.client.post('/initiatives', { ...pilot, title: 'Een eigen pilot van Leiden' })).body.id;
  await people.lotte.client.patch(`/initiatives/${loneId}`, { phase: 'pilot' });
  roundId = (
    await operator.client.post('/portfolio-rounds', {
      kind: 'portfolio',
      title: 'Voorjaarsronde 2027',
      description: 'Welke pilots schalen we op?',
      boardMemberIds: [people.bas.accountId, people.gerda.accountId, people.henk.accountId],
      nominationsCloseAt: at(10).toISOString(),
      scoringClosesAt: at(20).toISOString(),
      decisionAt: at(30).toISOString(),
    })
  ).body.id;
  for (const key of Object.keys(of) as (keyof typeof web)[]) web[key] = await signIn(people[key]);
});
afterAll(() => testApp.close());

const roundPage = () => `/opschalen/rondes/${roundId}`;

describe('the overview and the list of rounds', () => {
  it('explain Samen opschalen and list the round, filtered by kind', async () => {
    const anonymous = webClient(testApp);
    const overview = await anonymous.get('/opschalen');
    expect(overview.status).toBe(200);
    expect(overview.html).toContain('Eén invoering in plaats van 342');
    expect(overview.html).toContain('href="/opschalen/rondes"');
    expect(overview.html).toContain('Voorjaarsronde 2027');
    const list = await anonymous.get('/opschalen/rondes');
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="/opschalen/rondes/${roundId}"`);
    expect(list.html).toContain('Voordragen');
    expect((await anonymous.get('/opschalen/rondes?soort=competition')).html).not.toContain('Voorjaarsronde 2027');
    expect((await anonymous.get('/opschalen/rondes?soort=ruimtevaart&status=x&pagina=-1')).status).toBe(200);
  });
});

describe('nominating', () => {
  it('shows the round with its criteria and board, and no form to a visitor', async () => {
    const page = await webClient(testApp).get(roundPage());
    expect(page.status).toBe(200);
    expect(page.html).toContain('Maatschappelijke waarde');
    expect(page.html).toContain('Bas (Utrecht)');
    expect(page.html).toContain('Gerda (Gouda)');
    expect(page.html).not.toContain('name="motivation"');
    expect((await webClient(testApp).get('/opschalen/rondes/niet-een-id')).status).toBe(404);
  });

  it('lets Marieke nominate her pilot, and names the fields she left empty', async () => {
    const page = await web.marieke.get(roundPage());
    expect(page.html).toContain(`value="${pilotId}"`);
    const empty = await web.marieke.post(`${roundPage()}/voordragen`, {});
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#veld-initiativeId"');
    expect(empty.html).toContain('Kies een initiatief.');
    expect(empty.html).toContain('href="#veld-motivation"');
    const sent = await web.marieke.post(`${roundPage()}/voordragen`, {
      initiativeId: pilotId,
      motivation: 'Al 130 gemeenten hebben belangstelling.',
      expectedCosts: 'Ongeveer € 80.000 per jaar',
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${roundPage()}#voordrachten`);
    const after = await web.marieke.get(roundPage());
    expect(after.html).toContain('Het initiatief is voorgedragen.');
    expect(after.html).toContain('Al 130 gemeenten hebben belangstelling.');
    expect(after.html).toContain('Gouda');
    const twice = await web.marieke.post(`${roundPage()}/voordragen`, {
      initiativeId: pilotId,
      motivation: 'Nog eens.',
    });
    expect(twice.status).toBe(409);
    expect(twice.html).toContain('al voorgedragen');
    nominationId = (await apiClient(testApp).get(`/portfolio-rounds/${roundId}/nominations`)).body[0].nomination.id;
  });

  it('refuses a pilot that one municipality carries, on the field, and another municipality’s pilot', async () => {
    await web.lotte.get(roundPage());
    const lone = await web.lotte.post(`${roundPage()}/voordragen`, { initiativeId: loneId, motivation: 'Graag.' });
    expect(lone.status).toBe(400);
    expect(lone.html).toContain('href="#veld-initiativeId"');
    expect(lone.html).toContain('minstens twee gemeenten');
    await web.ahmed.get(roundPage());
    const foreign = await web.ahmed.post(`${roundPage()}/voordragen`, {
      initiativeId: pilotId,
      motivation: 'Mag dit?',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.html).toContain('Geen toegang');
  });
});

describe('scoring and deciding', () => {
  const scorePath = () => `${roundPage()}/voordrachten/${nominationId}/score`;
  const scoreForm = (value: number, extra: Record<string, string> = {}) => ({
    ...Object.fromEntries(CRITERIA.map((key) => [`${nominationId}.criteria.${key}`, String(value)])),
    [`${nominationId}.moscow`]: 'must',
    ...extra,
  });

  it('lets board members score, hides the others’ scores and excludes a conflict of interest', async () => {
    travel(15);
    const page = await web.bas.get(roundPage());
    expect(page.html).toContain(`action="${scorePath()}"`);
    expect(page.html).toContain('De scores zijn te zien als het scoren gesloten is.');
    const incomplete = await web.bas.post(scorePath(), { [`${nominationId}.criteria.volwassenheid`]: '4' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.html).toContain(`href="#veld-${nominationId}-moscow"`);
    expect(incomplete.html).toContain('Kies hoe belangrijk dit is.');
    const missing = await web.bas.post(scorePath(), { [`${nominationId}.moscow`]: 'must' });
    expect(missing.html).toContain(`href="#veld-${nominationId}-criteria-volwassenheid"`);
    expect(missing.html).toContain('Geef een cijfer van 1 tot en met 5.');
    const comment = { [`${nominationId}.comment`]: 'Sterk verhaal van Bas.' };
    const saved = await web.bas.post(scorePath(), scoreForm(5, comment));
    expect(saved.status).toBe(303);
    const after = await web.bas.get(roundPage());
    expect(after.html).toContain('Uw score is opgeslagen.');
    expect(after.html).toContain('Sterk verhaal van Bas.');
    expect(after.html).toMatch(/<option value="5" selected="">5 – heel goed/);

    const gerda = await web.gerda.get(roundPage());
    expect(gerda.html).toContain('Uw gemeente draagt dit initiatief.');
    expect(gerda.html).not.toContain('Sterk verhaal van Bas.');
    const undeclared = await web.gerda.post(scorePath(), scoreForm(5));
    expect(undeclared.status).toBe(400);
    expect(undeclared.html).toContain(`href="#veld-${nominationId}-conflictOfInterest"`);
    const declared = scoreForm(5, { [`${nominationId}.conflictOfInterest`]: 'ja' });
    expect((await web.gerda.post(scorePath(), declared)).status).toBe(303);
    await web.henk.get(roundPage());
    expect((await web.henk.post(scorePath(), scoreForm(3, { [`${nominationId}.moscow`]: 'should' }))).status).toBe(303);
    await web.marieke.get(roundPage());
    expect((await web.marieke.post(scorePath(), scoreForm(5))).status).toBe(403);
  });

  it('shows the totals once scoring closed, and takes the decision with its public rationale', async () => {
    travel(25);
    const open = await webClient(testApp).get(roundPage());
    expect(open.html).toContain('Gewogen gemiddelde');
    expect(open.html).toContain('4,00');
    expect(open.html).toContain('1 score met belangenverstrengeling telde niet mee.');
    expect(open.html).not.toContain('Sterk verhaal van Bas.');
    const decidePath = `${roundPage()}/voordrachten/${nominationId}/besluit`;
    expect((await web.bas.get(roundPage())).html).toContain(`action="${decidePath}"`);
    const empty = await web.bas.post(decidePath, {});
    expect(empty.status).toBe(400);
    expect(empty.html).toContain(`href="#veld-${nominationId}-decision"`);
    expect(empty.html).toContain('Kies opschalen, nog niet of nee.');
    expect(empty.html).toContain(`href="#veld-${nominationId}-rationale"`);
    const decided = await web.bas.post(decidePath, {
      [`${nominationId}.decision`]: 'scale-up',
      [`${nominationId}.rationale`]: 'Breed gedragen en herbruikbaar.',
    });
    expect(decided.status).toBe(303);
    const after = await webClient(testApp).get(roundPage());
    expect(after.html).toContain('Breed gedragen en herbruikbaar.');
    expect(after.html).toContain('href="/opschalen/voorzieningen/samen-een-digitale-aangifte-van-overlijden"');
    expect(after.html).not.toContain(`action="${decidePath}"`);
    const overview = await webClient(testApp).get('/opschalen');
    expect(overview.html).toContain('Breed gedragen en herbruikbaar.');
    const service = await webClient(testApp).get('/opschalen/voorzieningen/samen-een-digitale-aangifte-van-overlijden');
    expect(service.status).toBe(200);
    travel(0);
  });
});

describe('an open competition', () => {
  it('shows who entered, lets the board preselect at most three with a reason each, and names the winner', async () => {
    travel(0);
    const entries: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const id = (
        await people.marieke.client.post('/initiatives', {
          type: 'pilot',
          title: `Digitale hulp in de bibliotheek, variant ${n}`,
          summary: 'Inwoners krijgen hulp bij digitale overheidszaken in de bibliotheek.',
          goal: 'Niemand loopt vast op DigiD.',
          themes: ['dienstverlening'],
        })
      ).body.id;
      await people.marieke.client.patch(`/initiatives/${id}`, { phase: 'pilot' });
      await people.ahmed.client.post(`/initiatives/${id}/participants`, {
        municipality: 'GM0513',
        role: 'co-developer',
      });
      entries.push(id);
    }
    const competition = (
      await operator.client.post('/portfolio-rounds', {
        kind: 'competition',
        title: 'Open competitie digitale hulp',
        description: 'Welke aanpak van digitale hulp bieden we elke gemeente aan?',
        boardMemberIds: [people.bas.accountId, people.henk.accountId],
        nominationsCloseAt: at(10).toISOString(),
        scoringClosesAt: at(20).toISOString(),
        decisionAt: at(30).toISOString(),
        developmentEndsAt: at(25).toISOString(),
      })
    ).body.id;
    for (const initiativeId of entries)
      await people.marieke.client.post(`/portfolio-rounds/${competition}/nominations`, {
        initiativeId,
        motivation: 'Werkt al in onze bibliotheken.',
      });
    const nominations = (await apiClient(testApp).get(`/portfolio-rounds/${competition}/nominations`)).body.map(
      (n: { nomination: { id: string } }) => n.nomination.id,
    ) as string[];
    const path = `/opschalen/rondes/${competition}`;
    travel(15);
    const page = await web.bas.get(path);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Inzendingen');
    expect(page.html).toContain('Digitale hulp in de bibliotheek, variant 4');
    expect(page.html).toContain(`action="${path}/voorselectie"`);
    const four = await web.bas.post(`${path}/voorselectie`, { nominationIds: nominations });
    expect(four.status).toBe(400);
    expect(four.html).toContain('href="#veld-nominationIds"');
    expect(four.html).toContain('Kies hoogstens drie inzendingen.');
    const chosen = await web.bas.post(`${path}/voorselectie`, {
      nominationIds: [nominations[0] as string, nominations[1] as string],
      [`reason.${nominations[0]}`]: 'Al in twaalf bibliotheken.',
      [`reason.${nominations[1]}`]: 'Goedkoop te herhalen.',
    });
    expect(chosen.status).toBe(303);
    const after = await webClient(testApp).get(path);
    expect(after.html).toContain('Al in twaalf bibliotheken.');
    expect(after.html).toContain('Er zijn nog geen winnaars.');
    travel(26);
    const decide = (n: number, decision: string) =>
      web.bas.post(`${path}/voordrachten/${nominations[n]}/besluit`, {
        [`${nominations[n]}.decision`]: decision,
        [`${nominations[n]}.rationale`]: 'Het overleg koos deze aanpak.',
      });
    await web.bas.get(path);
    const notPreselected = await decide(3, 'scale-up');
    expect(notPreselected.status).toBe(409);
    expect(notPreselected.html).toContain('alleen een voorgeselecteerde inzending');
    expect((await decide(0, 'scale-up')).status).toBe(303);
    const winners = await webClient(testApp).get(path);
    const section = winners.html.slice(
      winners.html.indexOf('id="winnaars"'),
      winners.html.indexOf('id="voordrachten"'),
    );
    expect(section).toContain('Digitale hulp in de bibliotheek, variant 1');
    travel(0);
  });
});
