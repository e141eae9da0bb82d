import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, signedInClient } from '../../test/api-client';
import type { TestApp } from '../../test/harness';
import { grantRole } from '../accounts';
import { type Client, marketplaceWorld, relogin, request } from '../marketplace/testing';
import { CHECKS_PER_MINUTE } from './api';

// Each outcome of each rule set, on each kind of text, through the API that places it; and the
// screening-checks API that says the same before placing.

let testApp: TestApp;
let fatima: Client; // asks for help, Utrecht
let jan: Client; // volunteer; on the innovation panel
let operator: Client;
let official: Client; // Gemeente Utrecht, owns an initiative
let initiative: string;

beforeAll(async () => {
  ({ testApp, fatima, jan, operator } = await marketplaceWorld());
  official = await signedInClient(testApp, { name: 'Marieke' });
  const gemeente = (
    await operator.client.post('/organisations', { name: 'Gemeente Utrecht', type: 'gemeente', municipality: 'GM0344' })
  ).body.id;
  await operator.client.post(`/organisations/${gemeente}/members`, { email: official.email, role: 'medewerker' });
  await relogin(official);
  await grantRole(testApp.db, jan.accountId, 'innovatiepanel');
  await relogin(jan);
  initiative = (
    await official.client.post('/initiatives', {
      type: 'pilot',
      title: 'Buurtgesprekken over schulden',
      summary: 'Gesprekken in buurthuizen om schulden vroeg te signaleren.',
      goal: 'Eerder hulp bij schulden.',
      themes: ['schulden'],
    })
  ).body.id;
});
afterAll(() => testApp.close());

const reasonsOf = (body: { invalidParams?: { name: string; reason: string }[] }) =>
  Object.fromEntries((body.invalidParams ?? []).map((p) => [p.name, p.reason]));

describe('posts', () => {
  const post = (fields: Record<string, unknown>) => fatima.client.post('/help-requests', { ...request, ...fields });

  it('refuses paid work field by field, with what to change', async () => {
    const paid = await post({ title: 'Hulp in huis', description: 'Ik betaal je per keer, contant.' });
    expect(paid.status).toBe(400);
    expect(paid.headers.get('content-type')).toContain('application/problem+json');
    expect(reasonsOf(paid.body).description).toContain('vrijwillige hulp');
    expect(reasonsOf(paid.body).description).toContain('Ik betaal je');
    const inOverleg = await post({ title: 'Klusjesman', description: 'Vergoeding in overleg.' });
    expect(reasonsOf(inOverleg.body).description).toContain('Vergoeding in overleg');
    const title = await post({ title: 'Tuinman, 15 euro per uur' });
    expect(Object.keys(reasonsOf(title.body))).toEqual(['title']);
  });

  it('holds contact details, a bare amount and an insult for a beheerder; refuses threats and slurs', async () => {
    for (const description of [
      'Bel me op nul zes twaalf vierendertig zesenvijftig achtenzeventig.',
      'Mijn mail is jan [at] gmail punt com.',
      'Wie hangt een lamp op? €20.',
      'Mijn buurman is een klootzak, wie helpt met de schutting?',
    ]) {
      const held = await post({ title: `Hulp ${description.slice(0, 10)}`, description });
      expect(held.status, description).toBe(201);
      expect(held.body.status, description).toBe('in-review');
    }
    for (const description of ['Ik weet waar je woont.', 'Ik zoek hulp, maar geen buitenlanders alsjeblieft.']) {
      const refused = await post({ description });
      expect(refused.status, description).toBe(400);
    }
  });

  it('publishes look-alikes, and screens the when text and an edit too', async () => {
    const fine = await post({
      title: 'Repair Café zoekt hulp',
      description: 'Bel mij niet, ik hoor slecht. Ik betaal de boodschappen zelf. Er is een vrijwilligersvergoeding.',
    });
    expect(fine.body.status).toBe('open');
    const when = await post({ title: 'Hulp bij de tuin', when: { kind: 'flexible', text: 'bel 06-12345678' } });
    expect(when.body.status).toBe('in-review');
    const slur = await fatima.client.patch(`/help-requests/${fine.body.id}`, { description: 'Voor vuile joden niet.' });
    expect(slur.status).toBe(400);
    const edited = await fatima.client.patch(`/help-requests/${fine.body.id}`, { description: 'Zie www.voorbeeld.nl' });
    expect(edited.body.status).toBe('in-review');
  });
});

describe('responses and messages', () => {
  let postId: string;
  beforeAll(async () => {
    postId = (await fatima.client.post('/help-requests', { ...request, title: 'Gezelschap op zondag' })).body.id;
  });

  it('lets the two share contact details, but refuses paid work and abuse', async () => {
    expect(
      (await jan.client.post(`/help-requests/${postId}/responses`, { message: 'Ik vraag 15 euro per uur.' })).status,
    ).toBe(400);
    expect((await jan.client.post(`/help-requests/${postId}/responses`, { message: 'Jij vuile hoer.' })).status).toBe(
      400,
    );
    const responded = await jan.client.post(`/help-requests/${postId}/responses`, {
      message: 'Ik kom graag. Bel me op 06-12345678.',
    });
    expect(responded.status).toBe(201);
    const path = `/conversations/${responded.body.conversationId}/messages`;
    const threat = await fatima.client.post(path, { body: 'Als je niet komt, maak ik je af.' });
    expect(threat.status).toBe(400);
    expect(reasonsOf(threat.body).body).toContain('bedreiging');
    expect((await fatima.client.post(path, { body: 'Ik doe het voor 20 euro per keer.' })).status).toBe(400);
    expect((await fatima.client.post(path, { body: 'Mijn mail is fatima@voorbeeld.nl. Wat kutweer!' })).status).toBe(
      201,
    );
  });
});

describe('names', () => {
  it('refuses contact details, abuse and trade in a profile name, at registration and when changed', async () => {
    const anonymous = apiClient(testApp);
    const register = (name: string) =>
      anonymous.post('/accounts', { email: `naam-${name.length}@voorbeeld.nl`, password: 'een lang wachtwoord', name });
    expect(reasonsOf((await register('Jan 0612345678')).body).name).toContain('telefoonnummer');
    expect((await register('Klootzak')).status).toBe(400);
    expect((await register('Kutlu')).status).toBe(201);
    expect((await fatima.client.patch('/me', { name: 'Fatima www.fatima.nl' })).status).toBe(400);
    expect((await fatima.client.patch('/me', { name: 'Te koop: fietsen' })).status).toBe(400);
    expect((await fatima.client.patch('/me', { name: 'Fatima' })).status).toBe(200);
  });

  it('refuses the same in an organisation name', async () => {
    const organisation = (name: string) =>
      operator.client.post('/organisations', { name, type: 'welzijnsorganisatie' });
    expect((await organisation('Buurthulp (bel 030-1234567)')).status).toBe(400);
    expect((await organisation('Stichting Kutzooi')).status).toBe(400);
    expect((await organisation('Repair Café Lombok')).status).toBe(201);
  });
});

describe('initiatives and advice', () => {
  it('refuse abuse, and leave public bodies their budgets, links and contact points', async () => {
    const change = (fields: Record<string, string>) => official.client.patch(`/initiatives/${initiative}`, fields);
    expect(reasonsOf((await change({ results: 'Die tyfusmarokkanen moeten weg.' })).body).results).toContain(
      'discriminerend',
    );
    expect(
      (
        await change({
          results: 'Kosten: 40.000 euro per jaar. Zie www.utrecht.nl/schulden of mail schulden@utrecht.nl.',
        })
      ).status,
    ).toBe(200);
    const advice = `/initiatives/${initiative}/advice`;
    expect((await jan.client.post(advice, { body: 'Jullie zijn allemaal debielen.' })).status).toBe(400);
    expect((await jan.client.post(advice, { body: 'Kijk ook naar de aanpak in Zwolle.' })).status).toBe(201);
  });
});

describe('POST /screening-checks', () => {
  const check = (body: unknown, client = apiClient(testApp)) => client.post('/screening-checks', body);

  it('gives the verdict a text would get, for each kind, in the language asked for', async () => {
    expect((await check({ kind: 'request', title: 'Tuin', description: 'Ik betaal €12,50 per uur.' })).body).toEqual({
      outcome: 'refuse',
      reasons: [
        {
          code: 'paid-rate',
          rule: 'paid-work',
          field: 'description',
          message: expect.stringContaining('"€12,50 per uur"'),
        },
      ],
    });
    expect((await check({ kind: 'offer', title: 'Bel 06-12345678' })).body).toMatchObject({
      outcome: 'review',
      reasons: [{ code: 'contact-phone', field: 'title' }],
    });
    expect((await check({ kind: 'message', description: 'Bel me op 06-12345678' })).body.outcome).toBe('publish');
    expect((await check({ kind: 'profile-name', description: 'Jan 0612345678' })).body.outcome).toBe('refuse');
    expect((await check({ kind: 'organisation-name', description: 'Repair Café' })).body.outcome).toBe('publish');
    expect((await check({ kind: 'advice', description: 'Wat een kutplan.' })).body.outcome).toBe('refuse');
    const english = await testApp.app.request('/api/v1/screening-checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en', 'X-Forwarded-For': '10.9.9.9' },
      body: JSON.stringify({ kind: 'request', description: 'Vergoeding in overleg.' }),
    });
    expect(((await english.json()) as { reasons: { message: string }[] }).reasons[0]?.message).toContain(
      'voluntary help only',
    );
  });

  it('refuses a kind it does not know and text that is too long, as problem+json', async () => {
    const bad = await check({ kind: 'poem', description: 'x'.repeat(5000) });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['description', 'kind']);
  });

  it(`allows ${CHECKS_PER_MINUTE} checks a minute from one address, then answers 429 with Retry-After`, async () => {
    const client = apiClient(testApp);
    for (let i = 0; i < CHECKS_PER_MINUTE; i++)
      expect((await check({ kind: 'request', description: `Tekst ${i}` }, client)).status).toBe(200);
    const limited = await check({ kind: 'request', description: 'Nog een' }, client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await check({ kind: 'request', description: 'Van elders' })).status).toBe(200);
  });
});
