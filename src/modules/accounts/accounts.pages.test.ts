import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { latestMailTo, tokenFrom } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

const accountCount = async () =>
  (await rows<{ n: number }>(testApp.db, sql`SELECT count(*)::int AS n FROM accounts`))[0]?.n;

async function registerAndVerify(web: ReturnType<typeof webClient>, email: string, password: string) {
  await web.get('/registreren');
  const registered = await web.post('/registreren', {
    name: 'Jan',
    lastName: 'Smit',
    email,
    postcode: '3512',
    password,
  });
  expect(registered.status).toBe(303);
  expect(registered.location).toBe('/registreren/controleer-uw-email');
  const mail = await latestMailTo(testApp, email);
  const confirm = await web.get(`/account/bevestigen?token=${tokenFrom(mail.link)}`);
  expect(confirm.status).toBe(200);
  const verified = await web.post('/account/bevestigen', { token: tokenFrom(mail.link) });
  expect(verified.location).toBe('/inloggen');
}

describe('the account flow through the pages', () => {
  it('registers, verifies, logs in with a new session id, edits, exports, deletes', async () => {
    const web = webClient(testApp);
    const email = 'jan.pagina@voorbeeld.nl';
    const password = 'fietsen langs de vecht';
    await registerAndVerify(web, email, password);
    const loginPage = await web.get('/inloggen');
    expect(loginPage.html).toContain('Uw e-mailadres is bevestigd');

    const anonymousCsrfCookie = web.cookies.get('samen_csrf');
    const login = await web.post('/inloggen', { email, password });
    expect(login.status).toBe(303);
    expect(login.location).toBe('/mijn-samen');
    const sessionCookie = login.headers.getSetCookie().find((c) => c.startsWith('samen_sessie='));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    expect(sessionCookie).not.toMatch(/Secure/); // plain http in tests; Secure behind TLS
    const firstSession = web.cookies.get('samen_sessie');
    expect(firstSession).toBeTruthy();
    expect(firstSession).not.toBe(anonymousCsrfCookie);

    // Logging in again rotates the session id and ends the old one.
    await web.get('/mijn-profiel');
    await web.post('/inloggen?terug=/mijn-profiel', { email, password });
    expect(web.cookies.get('samen_sessie')).not.toBe(firstSession);
    const sessions = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = ${email}`,
    );
    expect(sessions[0]?.n).toBe(1);

    const profile = await web.get('/mijn-profiel');
    expect(profile.status).toBe(200);
    expect(profile.html).toContain(email);
    const saved = await web.post('/mijn-profiel', { name: 'Johannes', lastName: '', postcode: '2405', locale: 'nl' });
    expect(saved.status).toBe(303);
    const after = await web.get('/mijn-profiel');
    expect(after.html).toContain('Uw gegevens zijn opgeslagen.');
    expect(after.html).toContain('Alphen aan den Rijn');
    expect(after.html).toContain('value="Johannes"');

    const exported = await web.get('/mijn-profiel/gegevens');
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(JSON.parse(exported.html).account).toMatchObject({
      email,
      name: 'Johannes',
      lastName: null,
      postcode: '2405',
    });

    await web.get('/mijn-profiel/verwijderen');
    const wrong = await web.post('/mijn-profiel/verwijderen', { password: 'niet mijn wachtwoord' });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('Dit wachtwoord klopt niet');
    const deleted = await web.post('/mijn-profiel/verwijderen', { password });
    expect(deleted.location).toBe('/');
    expect((await web.get('/')).html).toContain('Uw account is verwijderd');
    expect((await web.get('/mijn-profiel')).location).toBe('/inloggen?terug=%2Fmijn-profiel');

    await web.get('/inloggen');
    const again = await web.post('/inloggen', { email, password });
    expect(again.status).toBe(400);
    expect(again.html).toContain('Het e-mailadres of het wachtwoord klopt niet');
  });

  it('resets a forgotten password through the e-mailed link', async () => {
    const web = webClient(testApp);
    const email = 'vergeten@voorbeeld.nl';
    await registerAndVerify(web, email, 'het oude wachtwoord');
    await web.get('/wachtwoord-vergeten');
    const sent = await web.post('/wachtwoord-vergeten', { email });
    expect(sent.html).toContain('Als dit e-mailadres bij ons bekend is');
    const link = (await latestMailTo(testApp, email)).link;
    const form = await web.get(new URL(link ?? '').pathname + new URL(link ?? '').search);
    expect(form.status).toBe(200);
    const reset = await web.post('/wachtwoord-herstellen', {
      token: tokenFrom(link),
      password: 'het nieuwe wachtwoord',
    });
    expect(reset.location).toBe('/inloggen');
    await web.get('/inloggen');
    expect((await web.post('/inloggen', { email, password: 'het oude wachtwoord' })).status).toBe(400);
    expect((await web.post('/inloggen', { email, password: 'het nieuwe wachtwoord' })).status).toBe(303);
    // The link was single-use.
    expect((await web.get(`/wachtwoord-herstellen?token=${tokenFrom(link)}`)).status).toBe(400);
  });

  it('logs out with a POST and ends the session', async () => {
    const web = webClient(testApp);
    await registerAndVerify(web, 'uitlog@voorbeeld.nl', 'een lang wachtwoord');
    await web.get('/inloggen');
    await web.post('/inloggen', { email: 'uitlog@voorbeeld.nl', password: 'een lang wachtwoord' });
    await web.get('/mijn-profiel');
    const out = await web.post('/uitloggen', {});
    expect(out.location).toBe('/');
    expect((await web.get('/mijn-profiel')).status).toBe(303);
  });
});

describe('bad input on the pages', () => {
  it('shows an error summary linking to each field, keeps what was typed, and saves nothing', async () => {
    const web = webClient(testApp);
    const before = await accountCount();
    await web.get('/registreren');
    const response = await web.post('/registreren', {
      name: '',
      email: 'geen-apenstaartje',
      postcode: '99999',
      password: '',
    });
    expect(response.status).toBe(400);
    expect(response.html).toContain('<title>Fout: Account maken');
    for (const field of ['name', 'email', 'postcode', 'password'])
      expect(response.html).toContain(`href="#veld-${field}"`);
    expect(response.html).toContain('Vul een e-mailadres in met een @');
    expect(response.html).toContain('value="geen-apenstaartje"');
    expect(response.html).toContain('aria-invalid="true"');
    expect(await accountCount()).toBe(before);
  });

  it('refuses a 5,000-character name with a specific message', async () => {
    const web = webClient(testApp);
    await web.get('/registreren');
    const response = await web.post('/registreren', {
      name: 'x'.repeat(5000),
      email: 'lange.naam@voorbeeld.nl',
      password: 'een lang wachtwoord',
    });
    expect(response.status).toBe(400);
    expect(response.html).toContain('Dit is te lang. Gebruik maximaal 100 tekens.');
  });

  it('refuses a form with a wrong or missing CSRF token and changes nothing', async () => {
    const web = webClient(testApp);
    const before = await accountCount();
    await web.get('/registreren');
    const forged = await web.post(
      '/registreren',
      { name: 'Mallory', email: 'mallory@voorbeeld.nl', password: 'een lang wachtwoord' },
      { csrf: 'vervalst' },
    );
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('Het formulier is verlopen');
    const missing = await web.post(
      '/registreren',
      { name: 'Mallory', email: 'mallory@voorbeeld.nl', password: 'een lang wachtwoord' },
      { csrf: '' },
    );
    expect(missing.status).toBe(403);
    expect(await accountCount()).toBe(before);
  });

  it('refuses the 11th login attempt in a minute with a clear message', async () => {
    const web = webClient(testApp);
    await web.get('/inloggen');
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await web.post('/inloggen', { email: 'raden@voorbeeld.nl', password: `poging ${attempt}` })).status).toBe(
        400,
      );
    }
    const eleventh = await web.post('/inloggen', { email: 'raden@voorbeeld.nl', password: 'poging 11' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.html).toContain('U heeft het te vaak geprobeerd');
  });

  it('tells an unverified person to confirm the address first', async () => {
    const web = webClient(testApp);
    await web.get('/registreren');
    await web.post('/registreren', { name: 'Nog', email: 'onbevestigd@voorbeeld.nl', password: 'een lang wachtwoord' });
    await web.get('/inloggen');
    const response = await web.post('/inloggen', {
      email: 'onbevestigd@voorbeeld.nl',
      password: 'een lang wachtwoord',
    });
    expect(response.status).toBe(400);
    expect(response.html).toContain('nog niet bevestigd');
  });

  it('switches to English and back without JavaScript', async () => {
    const web = webClient(testApp);
    const switched = await web.get('/taal/en?terug=%2Fgemeenten');
    expect(switched.location).toBe('/gemeenten');
    const page = await web.get('/gemeenten');
    expect(page.html).toContain('<html lang="en">');
    expect((await web.get('/taal/nl?terug=https%3A%2F%2Fevil.example')).location).toBe('/');
  });
});
