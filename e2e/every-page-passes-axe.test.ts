import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { DEMO_RESIDENT, latestMailTo, linkIn, logIn, newResident, register } from './flows';

const session = useBrowser();

type StorageState = NonNullable<Exclude<BrowserContextOptions['storageState'], string>>;

/** Filled in beforeAll: a fresh resident's mails, and a signed-in session of the demo resident. */
const fixtures = {
  verifyLink: '',
  resetLink: '',
  mailId: '',
  signedIn: undefined as StorageState | undefined,
};

beforeAll(async () => {
  const page = await session.newPage();
  const resident = newResident('Aisha');
  await register(page, resident);
  const verification = await latestMailTo(session.baseURL, resident.email);
  fixtures.mailId = verification.id;
  fixtures.verifyLink = linkIn(verification, session.baseURL, '/account/bevestigen?token=');

  await page.goto('/wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill(resident.email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  const reset = await latestMailTo(session.baseURL, resident.email, /wachtwoord/i);
  fixtures.resetLink = linkIn(reset, session.baseURL, '/wachtwoord-herstellen?token=');

  const demo = await session.newContext();
  const demoPage = await demo.newPage();
  await logIn(demoPage, DEMO_RESIDENT.email, DEMO_RESIDENT.password);
  await demoPage.waitForURL('**/mijn-profiel');
  fixtures.signedIn = await demo.storageState();
  await demo.close();
});

interface PageCase {
  name: string;
  /** brings the page into the state to check; returns the expected HTTP status of the last navigation */
  open: (page: Page) => Promise<unknown>;
  signedIn?: boolean;
}

/** Submits the page's main form (the one with the CSRF token) as it is, i.e. empty. */
const submitEmpty = async (page: Page, path: string) => {
  await page.goto(path);
  await page.locator('form.samen-form[method="post"] button[type="submit"]').click();
  await page.locator('.samen-error-summary').waitFor();
};

const anonymous: PageCase[] = [
  { name: 'home', open: (page) => page.goto('/') },
  {
    name: 'home in English',
    open: async (page) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    },
  },
  {
    name: 'home with an unknown postcode (form errors)',
    open: async (page) => {
      await page.goto('/postcode?postcode=1000');
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  { name: 'municipalities', open: (page) => page.goto('/gemeenten') },
  { name: 'municipalities filtered on Zeeland', open: (page) => page.goto('/gemeenten?provincie=Zeeland') },
  { name: 'municipalities, nothing found', open: (page) => page.goto('/gemeenten?zoek=xyzzy') },
  { name: 'municipality Utrecht', open: (page) => page.goto('/gemeenten/utrecht') },
  { name: 'register', open: (page) => page.goto('/registreren') },
  { name: 'register with form errors', open: (page) => submitEmpty(page, '/registreren') },
  { name: 'check your mail', open: (page) => page.goto('/registreren/controleer-uw-email') },
  { name: 'confirm email address (valid link)', open: (page) => page.goto(fixtures.verifyLink) },
  { name: 'confirm email address (invalid link)', open: (page) => page.goto('/account/bevestigen?token=ongeldig') },
  { name: 'resend confirmation', open: (page) => page.goto('/account/bevestigen/opnieuw') },
  { name: 'resend confirmation with form errors', open: (page) => submitEmpty(page, '/account/bevestigen/opnieuw') },
  { name: 'log in', open: (page) => page.goto('/inloggen') },
  { name: 'log in with form errors', open: (page) => submitEmpty(page, '/inloggen') },
  { name: 'forgot password', open: (page) => page.goto('/wachtwoord-vergeten') },
  { name: 'forgot password with form errors', open: (page) => submitEmpty(page, '/wachtwoord-vergeten') },
  { name: 'reset password (valid link)', open: (page) => page.goto(fixtures.resetLink) },
  { name: 'reset password (invalid link)', open: (page) => page.goto('/wachtwoord-herstellen?token=ongeldig') },
  { name: 'accessibility statement', open: (page) => page.goto('/toegankelijkheid') },
  { name: 'privacy statement', open: (page) => page.goto('/privacy') },
  { name: 'development mailbox', open: (page) => page.goto('/dev/mail') },
  { name: 'one development mail', open: (page) => page.goto(`/dev/mail/${fixtures.mailId}`) },
  { name: 'page not found', open: (page) => page.goto('/bestaat-niet') },
];

const signedIn: PageCase[] = [
  { name: 'my profile', open: (page) => page.goto('/mijn-profiel'), signedIn: true },
  {
    name: 'my profile with form errors',
    signedIn: true,
    open: async (page) => {
      await page.goto('/mijn-profiel');
      await page.getByLabel('Voornaam').fill('');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  { name: 'delete my account (confirmation)', open: (page) => page.goto('/mijn-profiel/verwijderen'), signedIn: true },
  { name: 'delete my account with form errors', open: (page) => submitEmpty(page, '/mijn-profiel/verwijderen'), signedIn: true },
];

describe('Every page passes axe (WCAG 2.1 A and AA)', () => {
  it.for([...anonymous, ...signedIn])('$name', async ({ open, signedIn: needsSession }) => {
    const page = await session.newPage(needsSession ? { storageState: fixtures.signedIn } : {});
    await open(page);
    if (needsSession) expect(new URL(page.url()).pathname).toMatch(/^\/mijn-profiel/);
    expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
  });
});
