import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initiativeOf, type PageCase, type Sessions, scanWith, signIn, twoPiecesOfAdvice } from './axe-pages';
import { useBrowser } from './browser';

const session = useBrowser();

/** Filled in beforeAll: signed-in sessions, and initiatives to look at. */
const sessions: Sessions = {};
const fixtures = {
  /** "Rapportage sociaal domein met nieuwe indicatoren", of Alphen aan den Rijn (Marieke's municipality) */
  alphenInitiative: '',
  /** an initiative of Gouda, which Marieke could join */
  goudaInitiative: '',
};

beforeAll(async () => {
  await signIn(session, sessions, ['alphen', 'panel']);
  fixtures.alphenInitiative = await initiativeOf(session, 'GM0484', 'Rapportage sociaal domein met nieuwe indicatoren');
  fixtures.goudaInitiative = await initiativeOf(session, 'GM0513');

  // Kees gives two pieces of advice on Alphen's initiative, so Marieke (the owner) sees two forms to respond.
  await twoPiecesOfAdvice(session, sessions.panel, fixtures.alphenInitiative);
});

/** The innovation pages anyone can open, signed out. */
const anonymous: PageCase[] = [
  { name: 'initiatives', open: (page) => page.goto('/innovatie') },
  { name: 'initiatives on the theme debts', open: (page) => page.goto('/innovatie?thema=schulden') },
  { name: 'initiatives, nothing found', open: (page) => page.goto('/innovatie?zoek=xyzzy') },
  { name: 'clusters of similar initiatives', open: (page) => page.goto('/innovatie/clusters') },
  {
    name: 'clusters of similar initiatives, a group opened',
    open: async (page) => {
      await page.goto('/innovatie/clusters');
      await page.locator('details.samen-cluster summary').first().click();
      await page.locator('details.samen-cluster[open]').waitFor();
    },
  },
  { name: 'clusters of similar initiatives, page 2', open: (page) => page.goto('/innovatie/clusters?pagina=2') },
  { name: 'an initiative', open: (page) => page.goto(`/innovatie/${fixtures.alphenInitiative}`) },
  {
    name: 'municipality with initiatives (Alphen aan den Rijn)',
    open: (page) => page.goto('/gemeenten/alphen-aan-den-rijn'),
  },
];

/** Marieke's new initiative form with the title and summary of a pilot like Alphen's report. */
const fillNewInitiative = async (page: Page) => {
  await page.goto('/innovatie/nieuw');
  await page.getByLabel('Titel').fill('Monitor sociaal domein met uitkomsten');
  await page
    .getByLabel('Wat is het? (samenvatting)')
    .fill('Rapporteren met uitkomstindicatoren, zoals hoe zelfredzaam inwoners zijn geworden.');
};

const innovation: PageCase[] = [
  { name: 'new initiative', open: (page) => page.goto('/innovatie/nieuw'), signedIn: 'alphen' },
  {
    name: 'new initiative, checked for similar initiatives',
    signedIn: 'alphen',
    open: async (page) => {
      await fillNewInitiative(page);
      await page.getByRole('button', { name: 'Controleer op vergelijkbare initiatieven' }).click();
      await page.locator('[data-similar-results] .samen-card').first().waitFor();
    },
  },
  {
    name: 'new initiative, similar initiatives shown while typing',
    signedIn: 'alphen',
    open: async (page) => {
      await fillNewInitiative(page);
      await page.locator('[data-similar-results] .samen-card').first().waitFor();
    },
  },
  {
    name: 'new initiative with form errors',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto('/innovatie/nieuw');
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'own initiative, with the owner forms',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.alphenInitiative}`);
      for (const button of ['Fase wijzigen', 'Experiment loggen', 'Reactie plaatsen'])
        await page.getByRole('button', { name: button }).first().waitFor();
      // One response form per advice, each field with its own label (axe does not notice a shared id).
      expect(await page.getByRole('textbox', { name: 'Reageer op dit advies', exact: true }).count()).toBe(2);
    },
  },
  {
    name: 'own initiative, response to advice with form errors',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.alphenInitiative}`);
      await page.getByRole('button', { name: 'Reactie plaatsen' }).last().click();
      await page.locator('.samen-error-summary').waitFor();
      // The summary leads to the field that is wrong: the second response form's.
      const target = await page.locator('.samen-error-summary a').getAttribute('href');
      expect(await page.locator(`textarea${target}`).getAttribute('aria-invalid')).toBe('true');
      expect(
        await page.getByRole('textbox', { name: 'Reageer op dit advies', exact: true }).last().getAttribute('id'),
      ).toBe(target?.slice(1));
    },
  },
  {
    name: 'own initiative, experiment with form errors',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.alphenInitiative}`);
      await page.getByRole('button', { name: 'Experiment loggen' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'initiative of another municipality, with the join form',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.goudaInitiative}`);
      await page.getByRole('button', { name: 'Meedoen' }).waitFor();
    },
  },
  {
    name: 'initiative, with the advice form of the innovation panel',
    signedIn: 'panel',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.alphenInitiative}`);
      await page.getByRole('button', { name: 'Advies geven' }).waitFor();
    },
  },
  { name: 'mail preferences for initiatives', open: (page) => page.goto('/innovatie/meldingen'), signedIn: 'alphen' },
  {
    name: 'change own initiative',
    signedIn: 'alphen',
    open: (page) => page.goto(`/innovatie/${fixtures.alphenInitiative}/bewerken`),
  },
  {
    name: 'change own initiative, checked for similar initiatives',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.alphenInitiative}/bewerken`);
      await page.getByRole('button', { name: 'Controleer op vergelijkbare initiatieven' }).click();
      await page.locator('[data-similar-results] .samen-card').first().waitFor();
    },
  },
  {
    name: 'change own initiative with form errors',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.alphenInitiative}/bewerken`);
      await page.getByLabel('Titel').fill('');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'get in touch about an initiative',
    signedIn: 'alphen',
    open: (page) => page.goto(`/innovatie/${fixtures.goudaInitiative}/contact`),
  },
  {
    name: 'get in touch about an initiative with form errors',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.goudaInitiative}/contact`);
      await page.getByRole('button', { name: 'Bericht versturen' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'a conversation about an initiative',
    signedIn: 'alphen',
    open: async (page) => {
      await page.goto(`/innovatie/${fixtures.goudaInitiative}/contact`);
      if (new URL(page.url()).pathname.endsWith('/contact')) {
        await page.getByLabel('Uw bericht').fill('Zullen we onze ervaringen delen?');
        await page.getByRole('button', { name: 'Bericht versturen' }).click();
      }
      await page.getByRole('list', { name: 'Berichten' }).waitFor();
    },
  },
  { name: 'conversations about initiatives', open: (page) => page.goto('/innovatie/gesprekken'), signedIn: 'alphen' },
];

describe('Every innovation page passes axe (WCAG 2.1 A and AA)', () => {
  it.for([...anonymous, ...innovation])('$name', scanWith(session, sessions));
});
