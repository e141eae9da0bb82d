import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { apiClient, latestMailTo } from '../../../test/api-client';
import type { TestApp } from '../../../test/harness';
import { type Client, marketplaceWorld, relogin, request } from '../testing';
import { answerFollowUp, followUpToken, sendFollowUp } from './follow-up';

// Through the API: responding, the conversation, the three ways a match is confirmed, and what the
// public sees once there are conversations and matches.

let testApp: TestApp;
let operator: Client;
let fatima: Client; // asks for help, Utrecht 3511
let jan: Client; // volunteer
let piet: Client; // another volunteer
let sanne: Client; // beheerder Utrecht

beforeAll(async () => {
  ({ testApp, operator, fatima, jan, piet, sanne } = await marketplaceWorld());
});
afterAll(() => testApp.close());

describe('a help request from posting to match', () => {
  let requestId: string;
  let conversationId: string;

  it('is posted open, with only a first name and the postcode area in public', async () => {
    const created = await fatima.client.post('/help-requests', request);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'open',
      marketplace: { code: 'GM0344', name: 'Utrecht voor elkaar' },
      area: { pc4: '3511' },
      postedBy: 'Fatima',
    });
    requestId = created.body.id;
  });

  it('is found by "boodschap" within 5 km of 3512, and with a typo', async () => {
    const client = apiClient(testApp);
    const found = await client.get('/help-requests?q=boodschap&near=3512&radiusKm=5');
    expect(found.status).toBe(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toContain(requestId);
    expect(found.body.items[0].distanceKm).toBeLessThan(5);
    expect((await client.get('/help-requests?q=boodschappen&municipality=GM0344')).body.total).toBe(1);
    expect((await client.get('/help-requests?q=bodschappen')).body.total).toBe(1);
    expect((await client.get('/help-requests?q=boodschap&near=9711&radiusKm=5')).body.total).toBe(0);
    expect((await client.get('/help-requests?category=tuin')).body.total).toBe(0);
  });

  it('opens a conversation between exactly two people when a volunteer responds', async () => {
    const response = await jan.client.post(`/help-requests/${requestId}/responses`, {
      message: 'Ik woon om de hoek en help graag op dinsdag.',
    });
    expect(response.status).toBe(201);
    conversationId = response.body.conversationId;
    expect((await jan.client.post(`/help-requests/${requestId}/responses`, { message: 'Nog een keer' })).status).toBe(
      409,
    );
    expect((await fatima.client.post(`/help-requests/${requestId}/responses`, { message: 'Zelf?' })).status).toBe(409);
    const mail = await latestMailTo(testApp, fatima.email);
    expect(mail.subject).toContain('Jan reageert');
    expect(
      (
        await fatima.client.post(`/conversations/${conversationId}/messages`, {
          body: 'Fijn! Tot dinsdag om tien uur.',
        })
      ).status,
    ).toBe(201);
    const messages = await jan.client.get(`/conversations/${conversationId}/messages`);
    expect(messages.body.items.map((m: { from: string; body: string }) => `${m.from}: ${m.body}`)).toEqual([
      'Jan: Ik woon om de hoek en help graag op dinsdag.',
      'Fatima: Fijn! Tot dinsdag om tien uur.',
    ]);
  });

  it('keeps others out of the conversation, and changes nothing when they try', async () => {
    expect((await piet.client.get(`/conversations/${conversationId}/messages`)).status).toBe(403);
    expect(
      (await piet.client.post(`/conversations/${conversationId}/messages`, { body: 'Mag ik meelezen?' })).status,
    ).toBe(403);
    // The beheerder may read only after a report, and every read is audited.
    expect((await sanne.client.get(`/conversations/${conversationId}/messages`)).status).toBe(403);
    const count = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM messages WHERE response_id = ${conversationId}`,
    );
    expect(count[0]?.n).toBe(2);
  });

  it('is matched when Fatima accepts, once', async () => {
    const accepted = await fatima.client.post(`/responses/${conversationId}/accept`);
    expect(accepted.status).toBe(201);
    expect((await apiClient(testApp).get(`/help-requests/${requestId}`)).body.status).toBe('matched');
    const again = await fatima.client.post(`/responses/${conversationId}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('heeft al een helper');
    expect((await piet.client.post(`/help-requests/${requestId}/responses`, { message: 'Ik ook' })).status).toBe(409);
  });
});

describe('the three ways a match is confirmed', () => {
  it('makes exactly one match out of two simultaneous accepts', async () => {
    const id = (
      await fatima.client.post('/help-requests', { ...request, title: 'Wie gaat mee wandelen?', category: 'bewegen' })
    ).body.id;
    const a = (await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik!' })).body.id;
    const b = (await piet.client.post(`/help-requests/${id}/responses`, { message: 'Ik ook!' })).body.id;
    const results = await Promise.all([
      fatima.client.post(`/responses/${a}/accept`),
      fatima.client.post(`/responses/${b}/accept`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const matches = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM matches WHERE post_id = ${id}`,
    );
    expect(matches[0]?.n).toBe(1);
  });

  it('confirms by the follow-up mail: signed, single-use, expiring', async () => {
    const id = (
      await fatima.client.post('/help-requests', {
        ...request,
        title: 'Hulp met de computer',
        category: 'computerhulp',
      })
    ).body.id;
    await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik kan helpen met de computer.' });
    const jobs = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'marketplace.follow-up' AND key = ${id} AND done_at IS NULL`,
    );
    expect(jobs[0]?.n).toBe(1);
    await sendFollowUp(testApp.db, testApp.deps, id);
    const mail = await latestMailTo(testApp, fatima.email);
    expect(mail.subject).toBe('Heeft u hulp gevonden?');
    const yes = new URL(mail.text.match(/https?:\/\/\S+hulp-gevonden\S+/)?.[0] ?? '').searchParams.get('token') ?? '';
    const secret = testApp.deps.config.sessionSecret;
    await expect(answerFollowUp(testApp.deps, `${yes}x`)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      answerFollowUp(testApp.deps, followUpToken(secret, id, 'ja', Date.now() - 1000)),
    ).rejects.toMatchObject({ kind: 'invalid' });
    const answered = await answerFollowUp(testApp.deps, yes);
    expect(answered.answer).toBe('ja');
    expect((await apiClient(testApp).get(`/help-requests/${id}`)).body.status).toBe('matched');
    await expect(answerFollowUp(testApp.deps, yes)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('confirms when the poster closes the request naming who helped', async () => {
    const id = (await fatima.client.post('/help-requests', { ...request, title: 'Lamp ophangen', category: 'klussen' }))
      .body.id;
    const response = (await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik kom met een ladder.' }))
      .body.id;
    expect((await jan.client.post(`/help-requests/${id}/close`, { reason: 'klaar' })).status).toBe(403);
    const closed = await fatima.client.post(`/help-requests/${id}/close`, {
      matchedResponseId: response,
      reason: 'Jan heeft geholpen',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const [match] = await rows<{ via: string }>(
      testApp.db,
      sql`SELECT confirmed_via AS via FROM matches WHERE post_id = ${id}`,
    );
    expect(match?.via).toBe('close');
    expect((await fatima.client.post(`/responses/${response}/accept`)).status).toBe(409);
  });
});

describe('privacy', () => {
  it('never shows an e-mail address, phone number, surname or street address in any public response', async () => {
    const client = apiClient(testApp);
    await fatima.client.post('/help-requests', { ...request, title: 'Voorlezen gezocht', category: 'gezelschap' });
    await jan.client.post('/help-offers', {
      ...request,
      title: 'Ik help met boodschappen',
      category: 'boodschappen',
      postcode: '3512',
    });
    const organisation = (
      await operator.client.post('/organisations', {
        name: 'Buurthuis De Pijl',
        type: 'welzijnsorganisatie',
        municipality: 'GM0344',
      })
    ).body.id;
    await operator.client.post(`/organisations/${organisation}/members`, { email: piet.email, role: 'medewerker' });
    await relogin(piet);
    const vacancy = await piet.client.post('/vacancies', {
      ...request,
      title: 'Chauffeur voor de buurtbus',
      category: 'vervoer',
      hoursPerWeek: 4,
      organisation,
    });
    expect(vacancy.body).toMatchObject({ postedBy: 'Buurthuis De Pijl', hoursPerWeek: 4 });
    const bodies = [
      await client.get('/help-requests?status=matched'),
      await client.get('/help-requests?pageSize=100'),
      await client.get('/help-requests?q=boodschappen&near=3511&radiusKm=10'),
      await client.get('/help-offers'),
      await client.get('/vacancies'),
      await client.get('/marketplaces'),
      await client.get('/categories'),
    ].map((r) => JSON.stringify(r.body));
    const list = (await client.get('/help-requests?pageSize=100')).body.items as { id: string }[];
    for (const item of list) bodies.push(JSON.stringify((await client.get(`/help-requests/${item.id}`)).body));
    const all = bodies.join('\n');
    expect(list.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(all).not.toMatch(/(\+31|\b0)[\s-]?6([\s-]?\d){8}/);
    expect(all).not.toContain('Zeldzaamachternaam');
    expect(all).not.toContain('Vrijwilligersachternaam');
    expect(all).not.toMatch(/\b\d{4}\s?[A-Z]{2}\b/); // a full postcode points at a street
  });
});
