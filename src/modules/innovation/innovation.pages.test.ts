import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';
import { grantRole } from '../accounts';

let testApp: TestApp;
let web: ReturnType<typeof webClient>;
let initiativeId: string;
let ownerLogin: { email: string; password: string };
let panelLogin: { email: string; password: string };

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const alphen = (
    await operator.client.post('/organisations', {
      name: 'Gemeente Alphen aan den Rijn',
      type: 'gemeente',
      municipality: 'GM0484',
    })
  ).body.id;
  const gouda = (
    await operator.client.post('/organisations', { name: 'Gemeente Gouda', type: 'gemeente', municipality: 'GM0513' })
  ).body.id;
  const owner = await signedInClient(testApp);
  await operator.client.post(`/organisations/${alphen}/members`, { email: owner.email, role: 'medewerker' });
  ownerLogin = { email: owner.email, password: owner.password };
  const panel = await signedInClient(testApp, { name: 'Kees' });
  await grantRole(testApp.db, panel.accountId, 'innovatiepanel');
  panelLogin = { email: panel.email, password: panel.password };
  owner.client.useToken(
    (await owner.client.post('/tokens', { email: owner.email, password: owner.password })).body.token,
  );
  initiativeId = (
    await owner.client.post('/initiatives', {
      type: 'pilot',
      title: 'Rapportage sociaal domein met nieuwe indicatoren',
      summary: 'Rapporteren met uitkomstindicatoren zoals zelfredzaamheid van inwoners.',
      goal: 'Sturen op resultaat.',
      themes: ['informatievoorziening'],
    })
  ).body.id;

  // A policy officer of Gouda uses the pages, without JavaScript.
  const officer = await signedInClient(testApp);
  await operator.client.post(`/organisations/${gouda}/members`, { email: officer.email, role: 'medewerker' });
  web = webClient(testApp);
  await web.get('/inloggen');
  await web.post('/inloggen', { email: officer.email, password: officer.password });
});
afterAll(() => testApp.close());

describe('the initiative form without JavaScript', () => {
  it('shows similar initiatives after "Controleer" and keeps what was typed', async () => {
    await web.get('/innovatie/nieuw');
    const checked = await web.post('/innovatie/nieuw', {
      actie: 'controleer',
      type: 'pilot',
      title: 'Monitor met uitkomsten',
      summary: 'Hoe zelfredzaam worden inwoners door ondersteuning? Een rapportage met indicatoren.',
    });
    expect(checked.status).toBe(200);
    expect(checked.html).toContain('Lijkt op:');
    expect(checked.html).toContain(`href="/innovatie/${initiativeId}"`);
    expect(checked.html).toContain('value="Monitor met uitkomsten"');
  });

  it('explains what is missing, then submits', async () => {
    const missing = await web.post('/innovatie/nieuw', {
      type: 'pilot',
      title: 'Monitor met uitkomsten',
      summary: 'Een samenvatting.',
    });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('href="#veld-goal"');
    expect(missing.html).toContain('href="#veld-themes"');
    const pitch = await web.post('/innovatie/nieuw', {
      type: 'pilot',
      title: 'Zorgapp',
      summary: 'Vraag een demo aan!',
      goal: 'Verkopen.',
      themes: 'gezondheid',
    });
    expect(pitch.status).toBe(400);
    expect(pitch.html).toContain('niet om te verkopen');
    const created = await web.post('/innovatie/nieuw', {
      type: 'pilot',
      title: 'Monitor met uitkomsten',
      summary: 'Een samenvatting.',
      goal: 'Beter sturen.',
      themes: ['informatievoorziening', 'zorg-en-welzijn'],
    });
    expect(created.status).toBe(303);
    expect(created.location).toMatch(/^\/innovatie\/[0-9a-f-]{36}$/);
    const page = await web.get(created.location as string);
    expect(page.html).toContain('Uw initiatief staat op Samen');
    expect(page.html).toContain('Informatievoorziening, Zorg en welzijn');
  });

  it('joins another municipality’s initiative as co-developer, and not twice', async () => {
    const detail = await web.get(`/innovatie/${initiativeId}`);
    const organisation = detail.html.match(/<option value="([0-9a-f-]{36})"[^>]*>Gemeente Gouda/)?.[1] ?? '';
    const joined = await web.post(`/innovatie/${initiativeId}/deelnemen`, { organisation, role: 'co-developer' });
    expect(joined.status).toBe(303);
    const after = await web.get(`/innovatie/${initiativeId}`);
    expect(after.html).toContain('U doet nu mee met dit initiatief.');
    expect(after.html).toContain('Stoppen namens Gemeente Gouda');
    const again = await web.post(`/innovatie/${initiativeId}/deelnemen`, { organisation, role: 'follower' });
    expect(again.status).toBe(409);
    expect(again.html).toContain('doet al mee');
  });

  it('lists and filters initiatives and keeps bad filter values harmless', async () => {
    const list = await web.get('/innovatie?thema=informatievoorziening&gemeente=GM0484');
    expect(list.html).toContain('Rapportage sociaal domein met nieuwe indicatoren');
    expect((await web.get('/innovatie?thema=ruimtevaart&pagina=-3')).status).toBe(200);
  });
});

async function signedInWeb(login: { email: string; password: string }) {
  const client = webClient(testApp);
  await client.get('/inloggen');
  await client.post('/inloggen', login);
  return client;
}

describe('the forms on an initiative’s page', () => {
  it('lets the owner log an experiment and move the phase one step, and explains what is wrong', async () => {
    const owner = await signedInWeb(ownerLogin);
    const page = `/innovatie/${initiativeId}`;
    await owner.get(page);
    const missing = await owner.post(`${page}/experimenten`, { measure: 'Aantal meldingen', date: 'half oktober' });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('href="#veld-hypothesis"');
    expect(missing.html).toContain('href="#veld-date">Schrijf de datum als dag-maand-jaar, bijvoorbeeld ');
    expect(missing.html).toContain('value="half oktober"');
    const logged = await owner.post(`${page}/experimenten`, {
      hypothesis: 'Wijkteams meten zelfredzaamheid met vijf vragen.',
      measure: 'Ingevulde vragenlijsten',
      date: '1-10-2026',
    });
    expect(logged.status).toBe(303);
    const after = await owner.get(page);
    expect(after.html).toContain('Het experiment is gelogd.');
    expect(after.html).toContain('Wijkteams meten zelfredzaamheid met vijf vragen.');
    const leap = await owner.post(`${page}/fase`, { phase: 'opschaling' });
    expect(leap.status).toBe(400);
    expect(leap.html).toContain('Een initiatief gaat één fase tegelijk vooruit.');
    expect((await owner.post(`${page}/fase`, { phase: 'pilot' })).status).toBe(303);
    expect((await owner.get(page)).html).toContain('De fase is gewijzigd.');
  });

  it('refuses the forms of the owner to someone else, on the page', async () => {
    // Gouda co-develops: it logs experiments (experiments/co-developers.test.ts), but the phase is the owner's.
    await web.get(`/innovatie/${initiativeId}`);
    const refused = await web.post(`/innovatie/${initiativeId}/fase`, { phase: 'evaluatie' });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('U heeft geen toestemming om dit te doen.');
  });

  it('lets the panel advise and the owner respond', async () => {
    const panel = await signedInWeb(panelLogin);
    await panel.get(`/innovatie/${initiativeId}`);
    expect((await panel.post(`/innovatie/${initiativeId}/advies`, { body: '' })).status).toBe(400);
    const advised = await panel.post(`/innovatie/${initiativeId}/advies`, { body: 'Betrek ook de cliëntenraad.' });
    expect(advised.status).toBe(303);
    const owner = await signedInWeb(ownerLogin);
    const page = await owner.get(`/innovatie/${initiativeId}`);
    const adviceId = page.html.match(/action="\/innovatie\/[0-9a-f-]{36}\/advies\/([0-9a-f-]{36})\/reactie"/)?.[1];
    expect(adviceId).toBeTruthy();
    const empty = await owner.post(`/innovatie/${initiativeId}/advies/${adviceId}/reactie`, { response: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain(`href="#veld-response-${adviceId}"`);
    const answered = await owner.post(`/innovatie/${initiativeId}/advies/${adviceId}/reactie`, { response: 'Eens.' });
    expect(answered.status).toBe(303);
    expect((await owner.get(`/innovatie/${initiativeId}`)).html).toContain('Uw reactie is geplaatst.');
  });

  it('lets a partner stop, and keeps the notification setting', async () => {
    const detail = await web.get(`/innovatie/${initiativeId}`);
    const organisation = detail.html.match(/name="organisation" value="([0-9a-f-]{36})"/)?.[1] ?? '';
    const left = await web.post(`/innovatie/${initiativeId}/verlaten`, { organisation });
    expect(left.status).toBe(303);
    expect((await web.get(`/innovatie/${initiativeId}`)).html).toContain('U doet niet meer mee met dit initiatief.');
    await web.get('/innovatie/meldingen');
    expect((await web.post('/innovatie/meldingen', { updates: 'uit' })).location).toBe('/innovatie/meldingen');
    const settings = await web.get('/innovatie/meldingen');
    expect(settings.html).toContain('Uw keuze is opgeslagen.');
    expect(settings.html).toMatch(/value="uit"[^>]*checked/);
  });
});
