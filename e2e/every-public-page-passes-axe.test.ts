import { beforeAll, describe, it } from 'vitest';
import { mailsOfANewResident, type PageCase, type ResidentMails, scanWith, submitEmpty } from './axe-pages';
import { useBrowser } from './browser';

const session = useBrowser();

/** Filled in beforeAll: the links in a fresh resident's mails (Aisha registers and forgets her password). */
const fixtures: ResidentMails = { verifyLink: '', resetLink: '', mailId: '' };

beforeAll(async () => {
  Object.assign(fixtures, await mailsOfANewResident(session));
});

/** The pages anyone can open, signed out (the innovation and marketplace pages have files of their own). */
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
  { name: 'municipalities with a marketplace', open: (page) => page.goto('/gemeenten?marktplaats=ja') },
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

describe('Every public page passes axe (WCAG 2.1 A and AA)', () => {
  it.for(anonymous)('$name', scanWith(session, {}));
});
