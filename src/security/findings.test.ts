import { systemClock } from '../core/context';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { openPostgres, rows } from '../core/db';
import { apiClient, latestMailTo, signedInClient, tokenFrom } from '../test/api-client';
import { createTestApp, freshIp, type TestApp } from '../test/harness';
import { webClient } from '../test/web-client';
import { grantRole } from '../modules/accounts';

/**
 * The findings of the attack on a running Samen (issue "Security and reliability"), one test each.
 * Each failed on the main branch before its fix.
 */
let testApp: TestApp;
type Client = Awaited<ReturnType<typeof signedInClient>>;
let operator: Client;
let fatima: Client;
let jan: Client;
let sanne: Client;

const request = {
  title: 'Hulp bij boodschappen op dinsdag',
  description: 'Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
  category: 'boodschappen',
  postcode: '3511',
  when: { kind: 'recurring', text: 'elke dinsdagochtend' },
};

async function launch(code: string, name: string, beheerder: Client, extra: Record<string, unknown> = {}) {
  const organisation = (
    await operator.client.post('/organisations', {
      name: `Welzijn ${name}`,
      type: 'welzijnsorganisatie',
      municipality: code,
    })
  ).body.id;
  await operator.client.post(`/organisations/${organisation}/members`, { email: beheerder.email, role: 'beheerder' });
  const launched = await operator.client.post('/marketplaces', {
    municipality: code,
    operatorOrganisation: organisation,
    name: `${name} voor elkaar`,
    brandColor: '#0b5394',
    brandTextColor: '#ffffff',
    ...extra,
  });
  expect(launched.status).toBe(201);
}

async function relogin(client: Client) {
  client.client.useToken(
    (await client.client.post('/tokens', { email: client.email, password: client.password })).body.token,
  );
}

/** A raw request, for what the API client would never send. */
function send(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return testApp.app.request(path, { ...init, headers: { 'X-Forwarded-For': freshIp(), ...init.headers } });
}

beforeAll(async () => {
  testApp = await createTestApp();
  operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  fatima = await signedInClient(testApp, { name: 'Fatima', postcode: '3511' });
  jan = await signedInClient(testApp, { name: 'Jan', postcode: '3512' });
  sanne = await signedInClient(testApp, { name: 'Sanne' });
  const rob = await signedInClient(testApp, { name: 'Rob' });
  await launch('GM0344', 'Utrecht', sanne);
  await launch('GM0599', 'Rotterdam', rob, { premoderation: true });
  await relogin(sanne);
});
afterAll(() => testApp.close());

describe('1. public lists show public posts only', () => {
  it('refuses a non-public status filter and never lists held-back posts or drafts', async () => {
    const held = await fatima.client.post('/help-requests', {
      ...request,
      description: 'Bel me even op 06-12345678 voor de boodschappen.',
    });
    expect(held.body.status).toBe('in-review');
    for (const path of ['/help-requests', '/help-offers', '/vacancies']) {
      for (const status of ['in-review', 'concept', 'withdrawn', 'expired']) {
        const listed = await apiClient(testApp).get(`${path}?status=${status}`);
        expect(listed.status, `${path}?status=${status}`).toBe(400);
        expect(listed.body.invalidParams[0].name).toBe('status');
        const scoped = await apiClient(testApp).get(`${path}?status=${status}&municipality=GM0344`);
        expect(scoped.status).toBe(400);
      }
    }
    const everything = await apiClient(testApp).get('/help-requests?municipality=GM0344&pageSize=100');
    expect(everything.body.items.map((p: { id: string }) => p.id)).not.toContain(held.body.id);
    expect(JSON.stringify(everything.body)).not.toContain('12345678');
    // Public statuses still work.
    expect((await apiClient(testApp).get('/help-requests?status=matched')).status).toBe(200);
  });
});

describe('3. redirects stay on this site', () => {
  it('never sends a browser to another host', async () => {
    for (const path of ['//evil.example/', '/%5Cevil.example/', '/%2F%2Fevil.example/', '/\\evil.example/']) {
      const response = await send(path);
      const location = response.headers.get('location');
      if (location) expect(location, path).toMatch(/^\/(?![/\\])/);
    }
    for (const next of [
      '/.//evil.example/',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      '/%2F%2Fevil',
    ]) {
      const web = webClient(testApp);
      await web.get('/inloggen');
      const response = await web.post(`/inloggen?terug=${encodeURIComponent(next)}`, {
        email: fatima.email,
        password: fatima.password,
      });
      expect(response.status).toBe(303);
      const target = new URL(response.location ?? '', 'http://samen.test/');
      expect(target.origin, next).toBe('http://samen.test');
      expect(response.location, next).not.toMatch(/^\/[/\\.]/);
    }
  });
});

describe('4. a beheerder reads a reported conversation only until its report is handled', () => {
  it('gives 403 after the report was resolved', async () => {
    const id = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp in de tuin', category: 'tuin' }))
      .body.id;
    const conversation = (await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik help graag.' })).body
      .conversationId;
    await fatima.client.post(`/conversations/${conversation}/reports`, { reason: 'Vreemde berichten' });
    expect((await sanne.client.get(`/conversations/${conversation}/messages`)).status).toBe(200);
    expect((await sanne.client.post(`/moderation/conversations/${conversation}/resolve`)).status).toBe(204);
    await jan.client.post(`/conversations/${conversation}/messages`, { body: 'Dit is weer privé.' });
    expect((await sanne.client.get(`/conversations/${conversation}/messages`)).status).toBe(403);
    const page = webClient(testApp);
    await page.get('/inloggen');
    await page.post('/inloggen', { email: sanne.email, password: sanne.password });
    const html = (await page.get(`/gesprekken/${conversation}`)).html;
    expect(html).not.toContain('Dit is weer privé.');
  });
});

describe('6. a wrong Content-Type', () => {
  it('answers 415 problem+json on every JSON operation (after 401 where a signed-in person is needed)', async () => {
    const token = (await apiClient(testApp).post('/tokens', { email: fatima.email, password: fatima.password })).body
      .token as string;
    for (const [method, path, signedIn] of [
      ['POST', '/api/v1/accounts', false],
      ['POST', '/api/v1/tokens', false],
      ['POST', '/api/v1/help-requests', true],
      ['POST', '/api/v1/initiatives/similar', false],
    ] as const) {
      const headers: Record<string, string> = { 'Content-Type': 'text/plain' };
      if (signedIn) headers.Authorization = `Bearer ${token}`;
      const response = await send(path, { method, headers, body: '{"a":1}' });
      expect(response.status, path).toBe(415);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});

describe('7. control characters', () => {
  it('are refused with a 400 that names the field, in bodies, queries and page searches', async () => {
    const account = await apiClient(testApp).post('/accounts', {
      email: 'nul@voorbeeld.nl',
      password: 'een lang en geheim wachtwoord',
      name: 'Fa\u0000tima',
    });
    expect(account.status).toBe(400);
    expect(account.body.invalidParams).toContainEqual(expect.objectContaining({ name: 'name' }));
    expect((await fatima.client.patch('/me', { name: 'x\u0000' })).status).toBe(400);
    expect((await fatima.client.post('/help-requests', { ...request, title: 'Hulp\u0000' })).status).toBe(400);
    expect((await fatima.client.post('/initiatives/similar', { title: 'a\u0000', summary: 'b' })).status).toBe(400);
    for (const path of [
      '/api/v1/help-requests?q=%00',
      '/api/v1/municipalities?search=%00',
      '/api/v1/municipalities?province=%00',
      '/api/v1/initiatives?q=a%00b',
    ]) {
      const response = await send(path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    for (const path of ['/gemeenten?zoek=%00', '/innovatie?q=%00', '/innovatie/lijkt-op?title=%00', '/gemeenten/%00']) {
      const response = await send(path);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain('teken');
    }
    // Tabs and newlines are ordinary text.
    expect(
      (await fatima.client.post('/help-requests', { ...request, description: `Regel 1\nRegel 2\tmet tab` })).status,
    ).toBe(201);
  });
});

describe('9. a password-reset link', () => {
  it('stops working once a newer one was used', async () => {
    const { email } = await signedInClient(testApp);
    const other = apiClient(testApp);
    await other.post('/password-resets', { email });
    const older = tokenFrom((await latestMailTo(testApp, email)).link);
    await other.post('/password-resets', { email });
    const newer = tokenFrom((await latestMailTo(testApp, email)).link);
    expect(newer).not.toBe(older);
    expect(
      (await other.post('/password-resets/confirm', { token: newer, password: 'een heel nieuw wachtwoord' })).status,
    ).toBe(204);
    expect(
      (await other.post('/password-resets/confirm', { token: older, password: 'nog een ander wachtwoord' })).status,
    ).toBe(400);
    expect((await other.post('/tokens', { email, password: 'een heel nieuw wachtwoord' })).status).toBe(201);
  });
});

describe('10. reports', () => {
  it('are refused on posts the reporter cannot see and through the wrong kind', async () => {
    const open = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij de was' })).body.id;
    expect((await jan.client.post(`/help-offers/${open}/reports`, { reason: 'Verkeerd soort' })).status).toBe(404);
    expect((await jan.client.post(`/vacancies/${open}/reports`, { reason: 'Verkeerd soort' })).status).toBe(404);
    const draft = (await fatima.client.post('/help-requests', { ...request, title: 'Concept', concept: true })).body;
    expect(draft.status).toBe('concept');
    expect((await jan.client.post(`/help-requests/${draft.id}/reports`, { reason: 'Zie ik niet' })).status).toBe(404);
    expect((await jan.client.post(`/help-requests/${open}/reports`, { reason: 'Hier klopt iets niet' })).status).toBe(
      201,
    );
  });
});

describe('11. a post lives on the marketplace of its postcode', () => {
  it('refuses a municipality that is not the postcode’s and says which marketplace it belongs to', async () => {
    const offer = await jan.client.post('/help-offers', { ...request, municipality: 'GM0599' });
    expect(offer.status).toBe(400);
    expect(offer.body.invalidParams).toContainEqual(expect.objectContaining({ name: 'postcode' }));
    const counted = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM posts WHERE municipality_code = 'GM0599' AND pc4 = '3511'`,
    );
    expect(counted[0]?.n).toBe(0);
    expect((await jan.client.post('/help-offers', { ...request, municipality: 'GM0344' })).status).toBe(201);
  });
});

describe('12. organisations with one name at once', () => {
  it('gives one organisation and 409 for the others, never a 500', async () => {
    const body = { name: 'Stichting Tegelijk', type: 'welzijnsorganisatie', municipality: 'GM0344' };
    const answers = await Promise.all(Array.from({ length: 4 }, () => operator.client.post('/organisations', body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const counted = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM organisations WHERE name = 'Stichting Tegelijk'`,
    );
    expect(counted[0]?.n).toBe(1);
  });
});

describe('13. smaller findings', () => {
  it('keeps /metrics to operators with the metrics token', async () => {
    expect((await send('/metrics')).status).toBe(404);
    const withToken = await createTestApp({ METRICS_TOKEN: 'm'.repeat(32) });
    try {
      const denied = await withToken.app.request('/metrics', { headers: { Authorization: 'Bearer wrong' } });
      expect(denied.status).toBe(401);
      const allowed = await withToken.app.request('/metrics', {
        headers: { Authorization: `Bearer ${'m'.repeat(32)}` },
      });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('http_requests');
    } finally {
      await withToken.close();
    }
  });

  it('deletes an account through the API only with its password', async () => {
    const leaver = await signedInClient(testApp);
    expect((await leaver.client.delete('/me')).status).toBe(400);
    expect((await leaver.client.delete('/me', { password: 'niet het wachtwoord' })).status).toBe(403);
    expect((await leaver.client.get('/me')).status).toBe(200);
    expect((await leaver.client.delete('/me', { password: leaver.password })).status).toBe(204);
  });
});

describe('13. the database out of reach', () => {
  it('answers 503 with Retry-After, as problem+json in the API and as a page', async () => {
    // Nothing listens on port 9 of this machine: every connection is refused.
    const database = await openPostgres('postgresql://samen@127.0.0.1:9/samen', 2);
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://samen.test' });
    const app = createApp({ config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock });
    try {
      const api = await app.request('/api/v1/municipalities');
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toBe('5');
      expect(api.headers.get('content-type')).toContain('application/problem+json');
      const page = await app.request('/gemeenten');
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(await page.text()).toContain('Probeer het over een paar seconden opnieuw');
      expect((await app.request('/health/ready')).status).toBe(503);
    } finally {
      await database.close();
    }
  });
});

describe('6. a body that cannot be read', () => {
  it('answers 400, not 500, for a multipart body without its boundary or with garbage', async () => {
    for (const [path, type] of [
      ['/api/v1/tokens', 'multipart/form-data'],
      ['/api/v1/tokens', 'multipart/form-data; boundary=x'],
      ['/inloggen', 'multipart/form-data'],
    ] as const) {
      const response = await send(path, { method: 'POST', headers: { 'Content-Type': type }, body: 'garbage' });
      expect(response.status, `${path} ${type}`).toBe(400);
    }
  });
});

describe('links that people give', () => {
  it('are web addresses only: a javascript: website is refused (found by the XSS corpus run)', async () => {
    const refused = await operator.client.post('/organisations', {
      name: 'Stichting Script',
      type: 'welzijnsorganisatie',
      municipality: 'GM0344',
      website: 'javascript:alert(document.domain)',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams[0].name).toBe('website');
    const fine = await operator.client.post('/organisations', {
      name: 'Stichting Web',
      type: 'welzijnsorganisatie',
      municipality: 'GM0344',
      website: 'https://stichting.example.nl/',
    });
    expect(fine.status).toBe(201);
  });
});
