import { beforeAll, describe, it } from 'vitest';
import { type PageCase, type Sessions, scanWith, signIn, submitEmpty } from './axe-pages';
import { useBrowser } from './browser';

const session = useBrowser();

/** Filled in beforeAll: the demo resident (Fatima) signed in. */
const sessions: Sessions = {};

beforeAll(async () => {
  await signIn(session, sessions, ['resident']);
});

/** The pages of a signed-in resident's own account (registering and logging in are public pages). */
const signedIn: PageCase[] = [
  { name: 'my profile', open: (page) => page.goto('/mijn-profiel'), signedIn: 'resident', at: /^\/mijn-profiel$/ },
  {
    name: 'my profile with form errors',
    signedIn: 'resident',
    at: /^\/mijn-profiel$/,
    open: async (page) => {
      await page.goto('/mijn-profiel');
      await page.getByLabel('Voornaam').fill('');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'delete my account (confirmation)',
    open: (page) => page.goto('/mijn-profiel/verwijderen'),
    signedIn: 'resident',
    at: /^\/mijn-profiel\/verwijderen$/,
  },
  {
    name: 'delete my account with form errors',
    open: (page) => submitEmpty(page, '/mijn-profiel/verwijderen'),
    signedIn: 'resident',
    at: /^\/mijn-profiel\/verwijderen$/,
  },
];

describe('Every account page passes axe (WCAG 2.1 A and AA)', () => {
  it.for(signedIn)('$name', scanWith(session, sessions));
});
