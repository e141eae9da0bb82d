import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { apiClient, latestMailTo, signedInClient, tokenFrom } from '../../test/api-client';
import { createTestApp, freshIp, type TestApp } from '../../test/harness';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

const count = async (table: string) =>
  (await rows<{ n: number }>(testApp.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]?.n;

/** Every text-like column of every table, searched for a value: proof that it is gone. */
async function tablesContaining(value: string): Promise<string[]> {
  const columns = await rows<{ table_name: string; column_name: string }>(
    testApp.db,
    sql`SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'character')`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const found = await rows(
      testApp.db,
      sql.raw(
        `SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ILIKE '%${value.replaceAll("'", "''")}%' LIMIT 1`,
      ),
    );
    if (found.length > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe('the account flow through the API', () => {
  it('registers, verifies, signs in, edits, exports and deletes; afterwards nothing personal is left', async () => {
    const client = apiClient(testApp);
    const email = 'Fatima.Uniek@Voorbeeld.nl';
    const password = 'boodschappen op dinsdag';
    const created = await client.post('/accounts', {
      email,
      password,
      name: 'Fatima',
      lastName: 'Zeldzaamachternaam',
      postcode: '3511',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'fatima.uniek@voorbeeld.nl',
      emailVerified: false,
      name: 'Fatima',
      municipality: { code: 'GM0344', name: 'Utrecht' },
    });
    expect(created.body).not.toHaveProperty('passwordHash');

    // Not verified yet: no token.
    expect((await client.post('/tokens', { email, password })).status).toBe(403);

    const mail = await latestMailTo(testApp, 'fatima.uniek@voorbeeld.nl');
    expect(mail.subject).toContain('Bevestig');
    expect(mail.link).toMatch(/^http:\/\/samen\.test\/account\/bevestigen\?token=/);
    expect((await client.post('/accounts/verify', { token: tokenFrom(mail.link) })).status).toBe(204);
    // A link works once.
    expect((await client.post('/accounts/verify', { token: tokenFrom(mail.link) })).status).toBe(400);

    const issued = await client.post('/tokens', { email, password });
    expect(issued.status).toBe(201);
    expect(Date.parse(issued.body.expiresAt)).toBeGreaterThan(Date.now());
    client.useToken(issued.body.token);

    const me = await client.get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ emailVerified: true, name: 'Fatima', roles: [], memberships: [] });

    const changed = await client.patch('/me', { name: 'Fatma', postcode: '7901', lastName: null });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Fatma',
      lastName: null,
      postcode: '7901',
      municipality: { code: 'GM0118', name: 'Hoogeveen' },
    });

    const exported = await client.get('/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.account.email).toBe('fatima.uniek@voorbeeld.nl');
    expect(exported.body.mails.length).toBeGreaterThan(0);
    expect(exported.body.apiTokens).toHaveLength(1);
    expect(exported.body.auditLog.map((e: { action: string }) => e.action)).toContain('account.verified');

    expect((await client.delete('/me', { password })).status).toBe(204);
    expect((await client.get('/me')).status).toBe(401);
    client.useToken(undefined);
    expect((await client.post('/tokens', { email, password })).status).toBe(401);
    expect(await tablesContaining('fatima.uniek')).toEqual([]);
    expect(await tablesContaining('Fatma')).toEqual([]);
    expect(await tablesContaining('Zeldzaamachternaam')).toEqual([]);
  });

  it('ends every token when the password is reset by e-mail', async () => {
    const { client, email } = await signedInClient(testApp);
    const other = apiClient(testApp);
    expect((await other.post('/password-resets', { email })).status).toBe(202);
    expect((await other.post('/password-resets', { email: 'niemand@voorbeeld.nl' })).status).toBe(202);
    const mail = await latestMailTo(testApp, email);
    expect(mail.subject).toContain('wachtwoord');
    expect(
      (await other.post('/password-resets/confirm', { token: tokenFrom(mail.link), password: 'kort' })).status,
    ).toBe(400);
    expect(
      (
        await other.post('/password-resets/confirm', {
          token: tokenFrom(mail.link),
          password: 'een heel nieuw wachtwoord',
        })
      ).status,
    ).toBe(204);
    expect((await client.get('/me')).status).toBe(401);
    expect((await other.post('/tokens', { email, password: 'een heel nieuw wachtwoord' })).status).toBe(201);
  });

  it('revokes the token in use on DELETE /tokens/current', async () => {
    const { client } = await signedInClient(testApp);
    expect((await client.delete('/tokens/current')).status).toBe(204);
    expect((await client.get('/me')).status).toBe(401);
  });
});

describe('bad input changes nothing and says exactly what is wrong', () => {
  it('lists every invalid field at once: empty name, e-mail without @, short password, postcode 99999', async () => {
    const before = await count('accounts');
    const response = await apiClient(testApp).post('/accounts', {
      email: 'fatima.voorbeeld.nl',
      password: 'kort',
      name: '',
      postcode: '99999',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const reasons = Object.fromEntries(
      response.body.invalidParams.map((p: { name: string; reason: string }) => [p.name, p.reason]),
    );
    expect(reasons).toEqual({
      email: 'Vul een e-mailadres in met een @, zoals naam@voorbeeld.nl.',
      password: 'Kies een wachtwoord van minstens 12 tekens.',
      name: 'Vul uw voornaam in.',
      postcode: expect.stringContaining('4 cijfers'),
    });
    expect(await count('accounts')).toBe(before);
  });

  it('refuses a 5,000-character name and names the limit', async () => {
    const before = await count('accounts');
    const response = await apiClient(testApp).post('/accounts', {
      email: 'lang@voorbeeld.nl',
      password: 'een lang wachtwoord',
      name: 'a'.repeat(5000),
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams).toEqual([
      { name: 'name', reason: 'Dit is te lang. Gebruik maximaal 100 tekens.' },
    ]);
    expect(await count('accounts')).toBe(before);
  });

  it('refuses a well-formed postcode that does not exist, and leaves no account behind', async () => {
    const before = await count('accounts');
    const response = await apiClient(testApp).post('/accounts', {
      email: 'onbekend@voorbeeld.nl',
      password: 'een lang wachtwoord',
      name: 'Jan',
      postcode: '1000',
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams).toEqual([
      { name: 'postcode', reason: 'Postcode 1000 kennen we niet. Controleer de 4 cijfers.' },
    ]);
    expect(await count('accounts')).toBe(before);
    expect(await count("mail_outbox WHERE to_address = 'onbekend@voorbeeld.nl'")).toBe(0);
  });

  it('refuses a second account with the same address, whatever its case', async () => {
    const { email } = await signedInClient(testApp);
    const response = await apiClient(testApp).post('/accounts', {
      email: email.toUpperCase(),
      password: 'een lang wachtwoord',
      name: 'Kopie',
    });
    expect(response.status).toBe(409);
    expect(response.body.detail).toContain('al een account');
  });

  it('refuses the 11th login attempt in a minute, even with the right password', async () => {
    const { email, password } = await signedInClient(testApp);
    const client = apiClient(testApp);
    // signedInClient used attempt 1; nine wrong guesses make ten.
    for (let attempt = 2; attempt <= 10; attempt++) {
      expect((await client.post('/tokens', { email, password: `fout-${attempt}` })).status).toBe(401);
    }
    const eleventh = await client.post('/tokens', { email, password });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(eleventh.body.detail).toContain('te vaak');
    // The limit is per address too: another client address does not get around it.
    expect((await apiClient(testApp).post('/tokens', { email, password })).status).toBe(429);
  });

  it('needs a token for /me and answers 401 problem+json without one', async () => {
    const response = await apiClient(testApp).get('/me');
    expect(response.status).toBe(401);
    expect(response.body.title).toBe('Log eerst in');
  });
});

describe('mails in the recipient’s language', () => {
  it('sends the verification mail in English to someone who registers in English', async () => {
    const email = 'english.speaker@voorbeeld.nl';
    const response = await testApp.app.request('/api/v1/accounts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en', 'X-Forwarded-For': freshIp() },
      body: JSON.stringify({ email, password: 'a long english password', name: 'Emily' }),
    });
    expect(response.status).toBe(201);
    expect((await response.json()).locale).toBe('en');
    const mail = await latestMailTo(testApp, email);
    expect(mail.subject).toBe('Confirm your email address for Samen');
    expect(mail.text).toContain('Dear Emily,');
    expect(mail.text).toContain('The link works for 48 hours.');
    expect(mail.link).toMatch(/^http:\/\/samen\.test\/account\/bevestigen\?token=/);
  });

  it('sends the password-reset mail in the account’s language, whatever language asks for it', async () => {
    const { client, email } = await signedInClient(testApp, { name: 'Oliver' });
    expect((await client.patch('/me', { locale: 'en' })).status).toBe(200);
    // Asked through the API without Accept-Language, so the request itself is Dutch.
    expect((await apiClient(testApp).post('/password-resets', { email })).status).toBe(202);
    const mail = await latestMailTo(testApp, email);
    expect(mail.subject).toBe('A new password for Samen');
    expect(mail.text).toContain('Dear Oliver,');
    expect(mail.text).toContain('Choose a new password:');
    const html = await rows<{ html_body: string }>(
      testApp.db,
      sql`SELECT html_body FROM mail_outbox WHERE to_address = ${email} AND subject = 'A new password for Samen'`,
    );
    expect(html[0]?.html_body).toContain('<html lang="en">');
    expect(html[0]?.html_body).toContain('Does the button not work?');
  });

  it('keeps Dutch for Dutch speakers', async () => {
    const { email } = await signedInClient(testApp, { name: 'Sanne' });
    expect((await apiClient(testApp).post('/password-resets', { email })).status).toBe(202);
    const mail = await latestMailTo(testApp, email);
    expect(mail.subject).toBe('Een nieuw wachtwoord voor Samen');
    expect(mail.text).toContain('Beste Sanne,');
  });
});
