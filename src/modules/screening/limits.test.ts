import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { signedInClient } from '../../test/api-client';
import type { TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';
import { type Client, marketplaceWorld, request } from '../marketplace/testing';
import { ACTIVITY_LIMITS } from './limits';

// With ACCOUNT_LIMITS on (production's default): the limits per account, and the spam rules that
// read what an account did before.

let testApp: TestApp;
let fatima: Client;
let jan: Client;
let piet: Client;

beforeAll(async () => {
  ({ testApp, fatima, jan, piet } = await marketplaceWorld({ ACCOUNT_LIMITS: 'true' }));
});
afterAll(() => testApp.close());

const olderThanAWeek = (client: Client) =>
  testApp.db.execute(sql`UPDATE accounts SET created_at = now() - interval '30 days' WHERE id = ${client.accountId}`);
const place = (client: Client, n: number) =>
  client.client.post('/help-requests', {
    ...request,
    title: `Hulp nummer ${n}`,
    description: `Vraag ${n} van vandaag.`,
  });

describe('the setting', () => {
  it('is on in production and off elsewhere unless set', () => {
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).accountLimits).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).accountLimits).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', ACCOUNT_LIMITS: 'true' }).accountLimits).toBe(true);
  });
});

describe('limits per account', () => {
  it('lets a new account place 5 posts an hour, then says in plain words when it can again', async () => {
    const newcomer = await signedInClient(testApp, { name: 'Nieuw', postcode: '3511' });
    const { newAccount } = ACTIVITY_LIMITS.post;
    for (let n = 1; n <= newAccount; n++) expect((await place(newcomer, n)).status, `post ${n}`).toBe(201);
    const refused = await place(newcomer, newAccount + 1);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.title).toBe('Het maximum voor dit uur is bereikt');
    expect(refused.body.detail).toMatch(/^U heeft het afgelopen uur 5 keer iets geplaatst\. Uw account is nieuw/);
    expect(refused.body.detail).toMatch(/Probeer het over \d+ minuten opnieuw\.$/);
  });

  it('allows an account older than a week more, and refuses responses at their own limit', async () => {
    const { newAccount, established } = ACTIVITY_LIMITS.response;
    const hits = (count: number) =>
      testApp.db.execute(
        sql`INSERT INTO rate_limit_windows (key, window_start, hits)
            VALUES (${`activity:response:${jan.accountId}`},
                    to_timestamp(floor(extract(epoch FROM now()) / 3600) * 3600), ${count})
            ON CONFLICT (key, window_start) DO UPDATE SET hits = ${count}`,
      );
    const respond = async (n: number) => {
      const poster = await signedInClient(testApp, { name: `Buur${n}`, postcode: '3512' });
      const postId = (await place(poster, n)).body.id;
      return jan.client.post(`/help-requests/${postId}/responses`, { message: `Ik help graag, nummer ${n}.` });
    };
    await hits(newAccount);
    const asNew = await respond(1);
    expect(asNew.status).toBe(429);
    expect(asNew.body.detail).toContain('Uw account is nieuw');
    await olderThanAWeek(jan);
    expect((await respond(2)).status).toBe(201);
    await hits(established);
    const tooMany = await respond(3);
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.detail).toContain(`op ${established} plaatsingen gereageerd`);
    expect(tooMany.body.detail).not.toContain('Uw account is nieuw');
  });

  it('counts messages per hour and shows the limit on the conversation page', async () => {
    const postId = (await place(fatima, 100)).body.id;
    const conversation = (await piet.client.post(`/help-requests/${postId}/responses`, { message: 'Ik kom.' })).body
      .conversationId;
    await testApp.db.execute(
      sql`INSERT INTO rate_limit_windows (key, window_start, hits)
          VALUES (${`activity:message:${fatima.accountId}`},
                  to_timestamp(floor(extract(epoch FROM now()) / 3600) * 3600),
                  ${ACTIVITY_LIMITS.message.newAccount})`,
    );
    const web = webClient(testApp);
    await web.get('/inloggen');
    await web.post('/inloggen', { email: fatima.email, password: fatima.password });
    await web.get(`/gesprekken/${conversation}`);
    const page = await web.post(`/gesprekken/${conversation}`, { body: 'Tot dinsdag!' });
    expect(page.status).toBe(429);
    expect(page.html).toContain(`U heeft het afgelopen uur ${ACTIVITY_LIMITS.message.newAccount} berichten gestuurd.`);
  });
});

describe('spam, from what the account did before', () => {
  it('refuses the same post again on the same marketplace, and holds it on another', async () => {
    await olderThanAWeek(fatima);
    const text = { ...request, title: 'Boodschappen op vrijdag', description: 'Wie gaat op vrijdag met mij mee?' };
    expect((await fatima.client.post('/help-requests', text)).body.status).toBe('open');
    const again = await fatima.client.post('/help-requests', { ...text, title: 'boodschappen op vrijdag!' });
    expect(again.status).toBe(400);
    expect(again.body.invalidParams[0].reason).toContain('al geplaatst op deze marktplaats');
    expect((await fatima.client.post('/help-requests', { ...text, postcode: '3011' })).body.status).toBe('in-review');
  });

  it('holds the fourth post in ten minutes and a new account’s link, and refuses that link in a response', async () => {
    const quick = await signedInClient(testApp, { name: 'Snel', postcode: '3511' });
    await olderThanAWeek(quick);
    for (let n = 1; n <= 3; n++) expect((await place(quick, n)).body.status).toBe('open');
    expect((await place(quick, 4)).body.status).toBe('in-review');
    const newcomer = await signedInClient(testApp, { name: 'Link', postcode: '3511' });
    const linked = await newcomer.client.post('/help-requests', {
      ...request,
      title: 'Mijn werk',
      description: 'Zie www.voorbeeld.nl',
    });
    expect(linked.body.status).toBe('in-review');
    const poster = await signedInClient(testApp, { name: 'Vraagt', postcode: '3512' });
    const postId = (await place(poster, 200)).body.id;
    const response = await newcomer.client.post(`/help-requests/${postId}/responses`, {
      message: 'Kijk op www.gratis-geld.nl',
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0]).toMatchObject({ name: 'message' });
  });

  it('refuses a response copied to three other posts today, and says so before placing too', async () => {
    await olderThanAWeek(jan);
    const pitch = 'Hallo, ik ben Jan en ik help graag met alles in huis en tuin. Stuur me een bericht!';
    const posts = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const poster = await signedInClient(testApp, { name: `Vrager${n}`, postcode: '3512' });
        return (await place(poster, 300 + n)).body.id as string;
      }),
    );
    await testApp.db.execute(sql`DELETE FROM rate_limit_windows WHERE key LIKE 'activity:response:%'`);
    for (const postId of posts.slice(0, 3))
      expect((await jan.client.post(`/help-requests/${postId}/responses`, { message: pitch })).status).toBe(201);
    const check = await jan.client.post('/screening-checks', { kind: 'response', description: pitch });
    expect(check.body).toMatchObject({ outcome: 'refuse', reasons: [{ code: 'spam-copied-response' }] });
    expect((await jan.client.post(`/help-requests/${posts[3]}/responses`, { message: pitch })).status).toBe(400);
  });
});
