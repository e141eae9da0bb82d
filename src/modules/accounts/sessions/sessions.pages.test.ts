import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';

let testApp: TestApp;
let person: { email: string; password: string };

beforeAll(async () => {
  testApp = await createTestApp();
  const { email, password } = await signedInClient(testApp, { name: 'Johan' });
  person = { email, password };
});
afterAll(() => testApp.close());

/** Logs in through the login form of `path` (as a browser would post it) and returns where it leads. */
async function logInFrom(path: string) {
  const web = webClient(testApp);
  const form = await web.get(path);
  const action = form.html.match(/<form[^>]*action="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const login = await web.post(action, person);
  expect(login.status).toBe(303);
  return { web, action, location: login.location };
}

describe('after logging in', () => {
  it('goes to Mijn Samen when the person came from nowhere in particular, not to the profile form', async () => {
    expect((await logInFrom('/inloggen')).location).toBe('/mijn-samen');
  });

  it('goes back to the page the person was sent from, with its query', async () => {
    const anonymous = webClient(testApp);
    const refused = await anonymous.get('/gemeenten/utrecht/marktplaats/nieuw?soort=offer');
    expect(refused.location).toBe(
      `/inloggen?terug=${encodeURIComponent('/gemeenten/utrecht/marktplaats/nieuw?soort=offer')}`,
    );
    const { action, location } = await logInFrom(refused.location as string);
    expect(action).toBe(refused.location);
    expect(location).toBe('/gemeenten/utrecht/marktplaats/nieuw?soort=offer');
  });

  it('never leaves the site, and never goes back to the login page itself', async () => {
    for (const terug of ['https://evil.example/', '//evil.example', '/\\evil.example', '/inloggen?terug=%2Fmijn-samen'])
      expect((await logInFrom(`/inloggen?terug=${encodeURIComponent(terug)}`)).location, terug).toBe('/mijn-samen');
  });

  it('sends someone already signed in straight on', async () => {
    const { web } = await logInFrom('/inloggen');
    expect((await web.get('/inloggen')).location).toBe('/mijn-samen');
    expect((await web.get('/inloggen?terug=%2Finnovatie')).location).toBe('/innovatie');
  });
});

describe('the header', () => {
  it('has "Mijn Samen" for signed-in people', async () => {
    const { web } = await logInFrom('/inloggen');
    const page = await web.get('/gemeenten');
    expect(page.html).toMatch(/<nav[^>]*aria-label="Hoofdmenu"[\s\S]*href="\/mijn-samen"[^>]*>Mijn Samen<\/a>/);
    const mine = await web.get('/mijn-samen');
    expect(mine.html).toContain('href="/mijn-samen" aria-current="page"');
  });

  it('has a login link that comes back to the page it was on (but not to the home page)', async () => {
    const anonymous = webClient(testApp);
    expect((await anonymous.get('/gemeenten?provincie=Utrecht')).html).toContain(
      `href="/inloggen?terug=${encodeURIComponent('/gemeenten?provincie=Utrecht')}"`,
    );
    const home = await anonymous.get('/');
    expect(home.html).toContain('href="/inloggen"');
    expect(home.html).not.toContain('href="/inloggen?terug=');
    expect(home.html).not.toContain('href="/mijn-samen"');
  });
});
