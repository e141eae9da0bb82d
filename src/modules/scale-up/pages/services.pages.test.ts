import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { grantRole } from '../../accounts';

/**
 * The pages of a national service without JavaScript: Ahmed (Gouda) records Gouda's trajectory —
 * stages, a council motion, stakeholders, steps and a shared implementation — while Bas (Utrecht)
 * implements it too. Notes and stakeholders stay with Gouda; Ahmed cannot touch Utrecht's adoption.
 */
let testApp: TestApp;
type Web = ReturnType<typeof webClient>;
let ahmed: Web;
let bas: Web;
let slug: string;
let stepIds: string[];

const servicePage = () => `/opschalen/voorzieningen/${slug}`;
const gouda = () => `${servicePage()}/gemeenten/GM0513`;
const utrecht = () => `${servicePage()}/gemeenten/GM0344`;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const sign = async (name: string, code: string, organisation: string) => {
    const person = await signedInClient(testApp, { name });
    const org = (
      await operator.client.post('/organisations', { name: organisation, type: 'gemeente', municipality: code })
    ).body.id;
    await operator.client.post(`/organisations/${org}/members`, { email: person.email, role: 'medewerker' });
    const client = webClient(testApp);
    await client.get('/inloggen');
    await client.post('/inloggen', { email: person.email, password: person.password });
    return client;
  };
  ahmed = await sign('Ahmed', 'GM0513', 'Gemeente Gouda');
  bas = await sign('Bas', 'GM0344', 'Gemeente Utrecht');
  const created = await operator.client.post('/services', {
    name: 'Digitale Verhuisservice',
    description: 'Eén keer uw verhuizing doorgeven, voor alle instanties.',
    operator: 'Gemeente Gouda',
    status: 'beschikbaar',
    standards: [{ name: 'Common Ground', url: 'https://commonground.nl' }],
    links: [{ label: 'Handleiding', url: 'https://voorbeeld.nl/handleiding' }],
    steps: [
      { title: 'Besluit voorbereiden', explanation: 'Leg het voorstel voor aan het college.', checklist: ['Notitie'] },
      { title: 'Koppelen', explanation: 'Koppel het formulier aan de basisregistratie.' },
    ],
  });
  expect(created.status).toBe(201);
  slug = created.body.slug;
  const steps = await operator.client.get(`/services/${created.body.id}/steps`);
  stepIds = steps.body.items.map((s: { id: string }) => s.id);
});
afterAll(() => testApp.close());

describe('the list of services and a service', () => {
  it('render for everyone, with the map, the figures and the learning path', async () => {
    const anonymous = webClient(testApp);
    const list = await anonymous.get('/opschalen/voorzieningen');
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="${servicePage()}"`);
    const page = await anonymous.get(servicePage());
    expect(page.status).toBe(200);
    expect(page.html).toContain('class="samen-map__svg"');
    expect(page.html).toContain('Aantal gemeenten per fase');
    expect(page.html).toContain('Hoeveel dagen duurt het?');
    expect(page.html).toContain('Besluit voorbereiden');
    expect(page.html).toContain('href="https://commonground.nl"');
    expect(page.html).not.toContain('bijwerken</a>');
    expect((await anonymous.get('/opschalen/voorzieningen/bestaat-niet')).status).toBe(404);
    expect((await anonymous.get(`${servicePage()}/gemeenten/GM9999`)).status).toBe(404);
  });

  it('links an official to the adoption of their own municipality', async () => {
    const page = await ahmed.get(servicePage());
    expect(page.html).toContain(`href="${gouda()}"`);
    expect(page.html).toContain('Invoering van Gouda bijwerken');
  });
});

describe('a municipality’s trajectory', () => {
  it('records the first interest, and names a missing stage and a date in the future', async () => {
    const page = await ahmed.get(gouda());
    expect(page.status).toBe(200);
    expect(page.html).toContain('Gouda heeft nog geen belangstelling voor deze voorziening vastgelegd.');
    expect(page.html).toContain(`action="${gouda()}/fase"`);
    const none = await ahmed.post(`${gouda()}/fase`, {});
    expect(none.status).toBe(400);
    expect(none.html).toContain('href="#veld-stage"');
    expect(none.html).toContain('Kies een fase.');
    const future = await ahmed.post(`${gouda()}/fase`, { stage: 'interested', stageDate: tomorrow() });
    expect(future.status).toBe(400);
    expect(future.html).toContain('href="#veld-stageDate"');
    expect(future.html).toContain('Deze datum ligt in de toekomst.');
    const badDate = await ahmed.post(`${gouda()}/fase`, { stage: 'interested', stageDate: '12-01-2026' });
    expect(badDate.html).toContain('JJJJ-MM-DD');
    const saved = await ahmed.post(`${gouda()}/fase`, { stage: 'interested', stageDate: '2026-01-12' });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${gouda()}#traject`);
    const after = await ahmed.get(gouda());
    expect(after.html).toContain('De fase is opgeslagen.');
    expect(after.html).toContain('12 januari 2026');
  });

  it('adds a council motion and the stakeholders, which only Gouda sees', async () => {
    const noKind = await ahmed.post(`${gouda()}/gebeurtenis`, { eventDate: '2026-02-20' });
    expect(noKind.status).toBe(400);
    expect(noKind.html).toContain('href="#veld-eventKind"');
    expect(noKind.html).toContain('Kies wat er gebeurde.');
    const noDate = await ahmed.post(`${gouda()}/gebeurtenis`, { eventKind: 'motion-adopted' });
    expect(noDate.html).toContain('href="#veld-eventDate"');
    const motion = await ahmed.post(`${gouda()}/gebeurtenis`, {
      eventDate: '2026-02-20',
      eventKind: 'motion-adopted',
      eventNote: 'Motie Van Dijk aangenomen',
    });
    expect(motion.status).toBe(303);
    const people = await ahmed.post(`${gouda()}/betrokkenen`, {
      'stance.wethouder': 'voor',
      'note.wethouder': 'Wil het voor de zomer',
      'stance.gemeenteraad': 'voor',
    });
    expect(people.status).toBe(303);
    const own = await ahmed.get(gouda());
    expect(own.html).toContain('Motie aangenomen');
    expect(own.html).toContain('Motie Van Dijk aangenomen');
    expect(own.html).toContain('Wil het voor de zomer');
    expect(own.html).toMatch(/<option value="voor" selected="">Voor/);
    for (const other of [webClient(testApp), bas]) {
      const open = await other.get(gouda());
      expect(open.status).toBe(200);
      expect(open.html).toContain('Motie aangenomen');
      expect(open.html).not.toContain('Motie Van Dijk aangenomen');
      expect(open.html).not.toContain('Wil het voor de zomer');
      expect(open.html).not.toContain(`action="${gouda()}/fase"`);
    }
  });

  it('moves forward only, ticks steps off and shows who else is at a step', async () => {
    expect((await ahmed.post(`${gouda()}/fase`, { stage: 'implementing', stageDate: '2026-06-01' })).status).toBe(303);
    const back = await ahmed.post(`${gouda()}/fase`, { stage: 'interested' });
    expect(back.status).toBe(409);
    expect(back.html).toContain('href="#veld-stage"');
    expect(back.html).toContain('een traject gaat alleen vooruit');
    const stopped = await ahmed.post(`${gouda()}/fase`, { stage: 'stopped' });
    expect(stopped.html).toContain('href="#veld-stoppedReason"');
    const ticked = await ahmed.post(`${gouda()}/stappen`, { [`step.${stepIds[0]}`]: 'done' });
    expect(ticked.status).toBe(303);
    await bas.get(utrecht());
    expect((await bas.post(`${utrecht()}/fase`, { stage: 'implementing' })).status).toBe(303);
    const page = await webClient(testApp).get(servicePage());
    const firstStep = page.html.slice(page.html.indexOf('Besluit voorbereiden'), page.html.indexOf('Koppelen'));
    expect(firstStep).toContain('Wie heeft deze stap klaar?');
    expect(firstStep).toMatch(/href="[^"]*\/gemeenten\/GM0513">Gouda</);
    expect(firstStep).toMatch(/href="[^"]*\/gemeenten\/GM0344">Utrecht</);
    expect(page.html).toMatch(
      /class="samen-stage--implementing"[^>]*>(?:(?!<\/g>).)*<title>Gouda: aan het invoeren<\/title>/s,
    );
  });

  it('starts a shared implementation that Utrecht joins', async () => {
    await ahmed.get(gouda());
    const empty = await ahmed.post(`${gouda()}/samen-invoeren/nieuw`, {});
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#veld-groupName"');
    expect((await ahmed.post(`${gouda()}/samen-invoeren/nieuw`, { groupName: 'Groene Hart' })).status).toBe(303);
    const page = await bas.get(utrecht());
    const groupId = page.html.match(/<option value="([0-9a-f-]{36})"[^>]*>Groene Hart/)?.[1];
    expect(groupId).toBeDefined();
    expect((await bas.post(`${utrecht()}/samen-invoeren`, {})).html).toContain('href="#veld-groupId"');
    expect((await bas.post(`${utrecht()}/samen-invoeren`, { groupId: groupId as string })).status).toBe(303);
    const service = await webClient(testApp).get(servicePage());
    expect(service.html).toMatch(/Groene Hart<\/h3>\s*<p class="samen-meta">Leidt: Gouda/);
    expect(service.html).toContain('Doen mee: Gouda, Utrecht');
  });

  it('refuses Gouda’s official on Utrecht’s adoption form', async () => {
    const page = await ahmed.get(utrecht());
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(`action="${utrecht()}/fase"`);
    const refused = await ahmed.post(`${utrecht()}/fase`, { stage: 'live' });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('Geen toegang');
    expect((await ahmed.post(`${utrecht()}/betrokkenen`, { 'stance.wethouder': 'tegen' })).status).toBe(403);
    const visitor = webClient(testApp);
    await visitor.get('/inloggen');
    const login = await visitor.post(`${utrecht()}/fase`, { stage: 'live' });
    expect(login.status).toBe(303);
    expect(login.location).toMatch(/^\/inloggen\?terug=/);
  });
});
