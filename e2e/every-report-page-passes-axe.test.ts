import { beforeAll, describe, it } from 'vitest';
import { type PageCase, type Sessions, scanWith, signIn } from './axe-pages';
import { useBrowser } from './browser';

const session = useBrowser();
const sessions: Sessions = {};
const REPORT = '/gemeenten/utrecht/marktplaats/rapportage';
const AMOUNT = /^Maatschappelijke waarde per match/;

beforeAll(async () => {
  await signIn(session, sessions, ['beheerder', 'utrecht', 'operator', 'resident']);
});

/** The report pages of issue 12, as each who may read them sees them, with their error states. */
const cases: PageCase[] = [
  {
    name: 'marketplace report, this year, as its beheerder',
    signedIn: 'beheerder',
    open: async (page) => {
      await page.goto(REPORT);
      await page.getByRole('link', { name: 'Dit jaar' }).click();
      await page.getByRole('table', { name: 'Hulpvragen en matches per maand' }).waitFor();
    },
  },
  {
    name: 'marketplace report, a period that ends before it starts (form errors)',
    signedIn: 'beheerder',
    open: async (page) => {
      await page.goto(`${REPORT}?van=2026-06&tot=2026-01`);
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'marketplace report, an amount per match that is not a number (form errors)',
    signedIn: 'beheerder',
    open: async (page) => {
      await page.goto(REPORT);
      await page.getByRole('textbox', { name: AMOUNT }).fill('veel');
      await page.getByRole('button', { name: 'Bedrag opslaan' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'marketplace report, the protected version for an official of Utrecht',
    signedIn: 'utrecht',
    open: async (page) => {
      await page.goto(REPORT);
      await page.getByText('U ziet de beschermde versie').waitFor();
    },
  },
  {
    name: 'marketplace report, no access for a resident',
    signedIn: 'resident',
    open: async (page) => {
      await page.goto(REPORT);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    },
  },
  {
    name: 'figures of Utrecht for its officials',
    signedIn: 'utrecht',
    at: /^\/gemeenten\/utrecht\/cijfers$/,
    open: (page) => page.goto('/gemeenten/utrecht/cijfers'),
  },
  {
    name: 'national figures for the operator, sorted by matches',
    signedIn: 'operator',
    at: /^\/cijfers$/,
    open: async (page) => {
      await page.goto('/cijfers?sorteer=matches&richting=af');
      await page.getByRole('heading', { level: 1, name: 'Landelijke cijfers' }).waitFor();
    },
  },
  { name: 'open data', at: /^\/open-data$/, open: (page) => page.goto('/open-data') },
];

describe('Every report page passes axe, reflows and names its fields', () => {
  it.for(cases)('$name', scanWith(session, sessions));
});
