import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import type { TestApp } from '../../test/harness';
import { type Client, marketplaceWorld, request } from '../marketplace/testing';
import { signUnsubscribe } from './unsubscribe/token';

// Through the API: a saved search that finds a new request, the mail it sends with its RFC 8058
// headers, the one-click unsubscribe, settings, and bad input that changes nothing.

let testApp: TestApp;
let fatima: Client;
let jan: Client;
let piet: Client;
let sanne: Client;

beforeAll(async () => {
  ({ testApp, fatima, jan, piet, sanne } = await marketplaceWorld());
});
afterAll(() => testApp.close());

interface OutboxRow {
  subject: string;
  text_body: string;
  headers: Record<string, string>;
}
const mailsTo = (email: string) =>
  rows<OutboxRow>(
    testApp.db,
    sql`SELECT subject, text_body, headers FROM mail_outbox WHERE to_address = ${email} ORDER BY created_at, id`,
  );

const groceries = (title: string) => ({ ...request, title, postcode: '3511 AB' });

describe('a saved search', () => {
  it('refuses what cannot be a search and saves nothing', async () => {
    const far = await jan.client.post('/me/saved-searches', {
      kind: 'request',
      near: '3512',
      radiusKm: 10_000,
      frequency: 'instant',
    });
    expect(far.status).toBe(400);
    expect(far.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'radiusKm', reason: expect.stringContaining('100') }),
    ]);
    const often = await jan.client.post('/me/saved-searches', { kind: 'request', q: 'boodschap', frequency: 'hourly' });
    expect(often.status).toBe(400);
    expect(often.body.invalidParams[0]).toMatchObject({ name: 'frequency', reason: expect.stringContaining('meteen') });
    const nowhere = await jan.client.post('/me/saved-searches', { kind: 'request', near: '0000', frequency: 'daily' });
    expect(nowhere.status).toBe(400);
    const radiusOnly = await jan.client.post('/me/saved-searches', {
      kind: 'request',
      radiusKm: 5,
      frequency: 'daily',
    });
    expect(radiusOnly.status).toBe(400);
    expect(radiusOnly.body.invalidParams[0].name).toBe('near');
    expect((await jan.client.get('/me/saved-searches')).body.total).toBe(0);
  });

  it('tells Jan once, in the app and by one mail with the unsubscribe headers, when a request fits', async () => {
    const saved = await jan.client.post('/me/saved-searches', {
      kind: 'request',
      q: 'boodschap',
      near: '3512',
      radiusKm: 5,
      frequency: 'instant',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      kind: 'request',
      q: 'boodschap',
      near: '3512',
      radiusKm: 5,
      frequency: 'instant',
    });

    const before = (await mailsTo(jan.email)).length;
    const posted = await fatima.client.post('/help-requests', groceries('Boodschappen doen op vrijdag'));
    expect(posted.status).toBe(201);
    // Not a fit: another category's words, and a request too far away (Rotterdam).
    await fatima.client.post('/help-requests', {
      ...request,
      title: 'Hulp in de tuin',
      description: 'Onkruid wieden.',
      category: 'tuin',
    });

    const list = await jan.client.get('/me/notifications');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      kind: 'marketplace.search-match',
      title: 'Nieuw: "Boodschappen doen op vrijdag"',
      path: `/hulp/${posted.body.id}`,
      read: false,
    });
    const mails = (await mailsTo(jan.email)).slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Utrecht voor elkaar: Nieuw: "Boodschappen doen op vrijdag"');
    expect(mail?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.headers['List-Unsubscribe']).toMatch(/^<http:\/\/samen\.test\/afmelden\/[\w-]+\.[\w-]+>$/);
    expect(mail?.text_body).toContain('http://samen.test/meldingen/instellingen');
  });

  it('stops only that kind of mail after the one-click POST, without signing in', async () => {
    const [mail] = (await mailsTo(jan.email)).slice(-1);
    const link = (mail?.headers['List-Unsubscribe'] ?? '').slice(1, -1);
    const path = new URL(link).pathname;
    const response = await testApp.app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('U krijgt geen mail meer over');

    const settings = await jan.client.get('/me/notification-settings');
    const kinds = Object.fromEntries(
      settings.body.kinds.map((k: { kind: string; frequency: string }) => [k.kind, k.frequency]),
    );
    expect(kinds['marketplace.search-match']).toBe('off');
    expect(kinds['marketplace.message']).toBe('instant');
    expect(settings.body.allMail).toBe(true);

    const before = (await mailsTo(jan.email)).length;
    await fatima.client.post('/help-requests', groceries('Boodschappen voor het weekend'));
    const unread = (await jan.client.get('/me/notifications?unread=true')).body;
    expect(unread.items.map((n: { title: string }) => n.title)).toEqual([
      'Nieuw: "Boodschappen voor het weekend"',
      'Nieuw: "Boodschappen doen op vrijdag"',
    ]);
    expect(unread.total).toBe(2);
    expect((await mailsTo(jan.email)).length).toBe(before);
  });

  it('refuses a forged or expired unsubscribe link and changes nothing', async () => {
    const forged = signUnsubscribe('not-the-secret'.padEnd(40, 'x'), piet.accountId, '*', new Date());
    const response = await testApp.app.request(`/afmelden/${forged}`, { method: 'POST' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze afmeldlink klopt niet');
    const old = signUnsubscribe(testApp.deps.config.sessionSecret, piet.accountId, '*', new Date('2020-01-01'));
    const expired = await testApp.app.request(`/afmelden/${old}`, { method: 'POST' });
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('verlopen');
    expect((await piet.client.get('/me/notification-settings')).body.allMail).toBe(true);
  });
});

describe('a saved search on one marketplace, without a postcode', () => {
  it('tells Piet of a garden request in Utrecht, daily, and refuses a postcode with a municipality', async () => {
    const both = await piet.client.post('/me/saved-searches', {
      kind: 'request',
      near: '3521',
      municipality: 'GM0344',
      frequency: 'daily',
    });
    expect(both.status).toBe(400);
    expect(both.body.invalidParams[0].name).toBe('municipality');
    const saved = await piet.client.post('/me/saved-searches', {
      kind: 'request',
      category: 'tuin',
      municipality: 'GM0344',
      frequency: 'daily',
    });
    expect(saved.body).toMatchObject({ municipality: 'GM0344', municipalityName: 'Utrecht', near: null });
    const before = (await mailsTo(piet.email)).length;
    await fatima.client.post('/help-requests', { ...request, title: 'Onkruid in de voortuin', category: 'tuin' });
    const [told] = (await piet.client.get('/me/notifications')).body.items;
    expect(told).toMatchObject({ kind: 'marketplace.search-match', title: 'Nieuw: "Onkruid in de voortuin"' });
    // daily: no mail of its own, it waits for the digest
    expect((await mailsTo(piet.email)).length).toBe(before);
  });
});

describe('notifications of a conversation', () => {
  it('tells Jan when Fatima accepts his help, and lets each mark only their own as read', async () => {
    const posted = await fatima.client.post('/help-requests', groceries('Samen naar de markt'));
    const responded = await jan.client.post(`/help-requests/${posted.body.id}/responses`, {
      message: 'Ik ga graag mee.',
    });
    const fatimaSees = await fatima.client.get('/me/notifications?unread=true');
    const response = fatimaSees.body.items.find((n: { kind: string }) => n.kind === 'marketplace.response');
    expect(response.title).toBe('Jan reageert op "Samen naar de markt"');

    expect((await jan.client.post(`/me/notifications/${response.id}/read`)).status).toBe(404);
    const bogus = await fatima.client.post('/me/notifications/not-an-id/read');
    expect(bogus.status).toBe(400);
    expect((await fatima.client.post(`/me/notifications/${response.id}/read`)).status).toBe(204);
    expect(
      (await fatima.client.get('/me/notifications?unread=true')).body.items.map((n: { id: string }) => n.id),
    ).not.toContain(response.id);

    expect((await fatima.client.post(`/responses/${responded.body.conversationId}/accept`)).status).toBe(201);
    const accepted = (await jan.client.get('/me/notifications')).body.items[0];
    expect(accepted).toMatchObject({
      kind: 'marketplace.accepted',
      title: 'Fatima neemt uw hulp aan bij "Samen naar de markt"',
      path: `/gesprekken/${responded.body.conversationId}`,
    });
  });

  it('tells the author the reason when a beheerder rejects, and lets her change and send it in again', async () => {
    const posted = await fatima.client.post('/help-requests', groceries('Wie helpt mij met boodschappen?'));
    const decided = await sanne.client.post(`/moderation/items/${posted.body.id}/decision`, {
      decision: 'reject',
      reason: 'Vertel wat meer over wanneer u hulp zoekt.',
    });
    expect(decided.status).toBe(200);
    const told = (await fatima.client.get('/me/notifications')).body.items[0];
    expect(told).toMatchObject({
      kind: 'marketplace.review',
      title: '"Wie helpt mij met boodschappen?" is niet geplaatst',
    });
    expect(told.body).toContain('Vertel wat meer over wanneer u hulp zoekt.');
    const [mail] = (await mailsTo(fatima.email)).slice(-1);
    expect(mail?.text_body).toContain('Vertel wat meer over wanneer u hulp zoekt.');

    const changed = await fatima.client.patch(`/help-requests/${posted.body.id}`, {
      description: 'Ik zoek hulp op vrijdagochtend bij de boodschappen in de supermarkt om de hoek.',
    });
    expect(changed.status).toBe(200);
    const placed = await fatima.client.post(`/help-requests/${posted.body.id}/publish`);
    expect(placed.status).toBe(200);
    expect(placed.body.status).toBe('in-review');
  });
});

describe('settings', () => {
  it('saves a pace per kind and refuses an unknown frequency or kind, changing nothing', async () => {
    const bad = await piet.client.put('/me/notification-settings', {
      kinds: [
        { kind: 'marketplace.message', frequency: 'weekly' },
        { kind: 'marketplace.response', frequency: 'sometimes' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0]).toMatchObject({ name: 'kinds.1.frequency' });
    const unknown = await piet.client.put('/me/notification-settings', {
      kinds: [{ kind: 'made.up', frequency: 'daily' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams[0]).toMatchObject({ name: 'kinds.0.kind' });
    const still = await piet.client.get('/me/notification-settings');
    expect(still.body.kinds.find((k: { kind: string }) => k.kind === 'marketplace.message').frequency).toBe('instant');

    const saved = await piet.client.put('/me/notification-settings', {
      allMail: false,
      kinds: [{ kind: 'marketplace.message', frequency: 'weekly' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.allMail).toBe(false);
    expect(saved.body.kinds.find((k: { kind: string }) => k.kind === 'marketplace.message').frequency).toBe('weekly');
  });
});
