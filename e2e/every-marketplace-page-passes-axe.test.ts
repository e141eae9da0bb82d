import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type HelpRequestFixture,
  helpRequestAnsweredAndReported,
  type PageCase,
  type Sessions,
  scanWith,
  signIn,
} from './axe-pages';
import { useBrowser } from './browser';
import { CONVERSATION_PATH, fillHelpRequest, POST_PATH } from './flows';

const session = useBrowser();

/** Filled in beforeAll: signed-in sessions, and a help request with conversations, some of it reported. */
const sessions: Sessions = {};
const fixtures: HelpRequestFixture = { post: '', conversation: '', reportedConversation: '' };

beforeAll(async () => {
  await signIn(session, sessions, ['resident', 'alphen', 'panel', 'beheerder']);
  Object.assign(fixtures, await helpRequestAnsweredAndReported(session, sessions));
});

const UTRECHT = '/gemeenten/utrecht/marktplaats';

/** Opens a marketplace page and waits for the status line of its search. */
const openMarketplace = async (page: Page, path: string, status: RegExp) => {
  await page.goto(path);
  expect(await page.locator('main p[role="status"]').innerText()).toMatch(status);
};

const marketplace: PageCase[] = [
  { name: 'marketplace Utrecht: help requests', open: (page) => openMarketplace(page, UTRECHT, /^[1-9]\d* gevonden$/) },
  {
    name: 'marketplace Utrecht: help offered',
    open: (page) => openMarketplace(page, `${UTRECHT}/hulpaanbod`, /^[1-9]\d* gevonden$/),
  },
  {
    name: 'marketplace Utrecht: vacancies',
    open: (page) => openMarketplace(page, `${UTRECHT}/vacatures`, /^[1-9]\d* gevonden$/),
  },
  {
    name: 'marketplace Utrecht: search with results',
    open: async (page) => {
      await openMarketplace(
        page,
        `${UTRECHT}?zoek=boodschap&postcode=3512&afstand=5&sorteer=distance`,
        /^[1-9]\d* gevonden$/,
      );
      expect(await page.locator('.samen-card').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'marketplace Utrecht: search with an unknown postcode (form errors)',
    open: async (page) => {
      await page.goto(`${UTRECHT}?zoek=boodschap&postcode=1000`);
      expect(await page.locator('.samen-error-summary').innerText()).toContain('Postcode 1000 kennen we niet');
    },
  },
  {
    name: 'help request form',
    signedIn: 'resident',
    at: /^\/gemeenten\/utrecht\/marktplaats\/nieuw$/,
    open: (page) => page.goto(`${UTRECHT}/nieuw?soort=request`),
  },
  {
    name: 'help request form with form errors',
    signedIn: 'resident',
    at: /^\/gemeenten\/utrecht\/marktplaats\/nieuw$/,
    open: async (page) => {
      await page.goto(`${UTRECHT}/nieuw?soort=request`);
      await page.getByRole('radio', { name: 'Eén keer' }).check();
      await page.getByLabel('Datum (bij één keer)').fill('1-1-2020');
      await page.getByLabel('Postcode', { exact: true }).fill('1000');
      await page.getByRole('button', { name: 'Plaatsen' }).click();
      await page.locator('.samen-error-summary').waitFor();
      expect(await page.locator('.samen-error-summary li').count()).toBeGreaterThanOrEqual(4);
    },
  },
  {
    name: 'help request form, with a postcode of another municipality',
    signedIn: 'resident',
    at: /^\/gemeenten\/utrecht\/marktplaats\/nieuw$/,
    open: async (page) => {
      await page.goto(`${UTRECHT}/nieuw?soort=request`);
      await page.getByLabel('Korte titel').fill('Hulp bij boodschappen');
      await page.getByLabel('Vertel wat meer').fill('Wie doet boodschappen met mij?');
      await page.getByLabel('Categorie').selectOption('boodschappen');
      await page.getByLabel('Postcode', { exact: true }).fill('3011');
      await page.getByRole('button', { name: 'Plaatsen' }).click();
      await page.getByRole('link', { name: 'Plaats het op Rotterdam voor elkaar' }).waitFor();
    },
  },
  {
    name: 'vacancy form, for a member of an organisation',
    signedIn: 'beheerder',
    at: /^\/gemeenten\/utrecht\/marktplaats\/nieuw$/,
    open: async (page) => {
      await page.goto(`${UTRECHT}/vacatures`);
      await page.getByRole('link', { name: 'Vacature plaatsen' }).click();
      await page.getByLabel('Uren per week').waitFor();
    },
  },
  {
    name: 'a help request, anonymous',
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('link', { name: 'Log in om te reageren' }).waitFor();
    },
  },
  {
    name: 'a help request, signed in, with the form to respond',
    signedIn: 'panel',
    at: POST_PATH,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('button', { name: 'Ik wil helpen' }).waitFor();
    },
  },
  {
    name: 'a help request, signed in, respond with form errors',
    signedIn: 'panel',
    at: /^\/hulp\/[0-9a-f-]{36}\/reageren$/,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('button', { name: 'Ik wil helpen' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'own help request, with the responses',
    signedIn: 'resident',
    at: POST_PATH,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('link', { name: 'Gesprek met Marieke' }).waitFor();
      await page.getByRole('button', { name: 'Plaatsing intrekken' }).waitFor();
    },
  },
  {
    name: 'change own help request (form)',
    signedIn: 'resident',
    at: /^\/hulp\/[0-9a-f-]{36}\/bewerken$/,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('link', { name: 'Wijzigen', exact: true }).click();
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).waitFor();
    },
  },
  {
    name: 'change own help request with form errors',
    signedIn: 'resident',
    at: /^\/hulp\/[0-9a-f-]{36}\/bewerken$/,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}/bewerken`);
      await page.getByLabel('Korte titel').fill('');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'close own help request with form errors',
    signedIn: 'resident',
    at: /^\/hulp\/[0-9a-f-]{36}\/afsluiten$/,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('button', { name: 'Plaatsing afsluiten' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'own help request saved as a concept',
    signedIn: 'resident',
    at: POST_PATH,
    open: async (page) => {
      await page.goto(`${UTRECHT}/nieuw?soort=request`);
      await fillHelpRequest(page, {
        title: 'Hulp bij het ophangen van gordijnen',
        description: 'Wie helpt mij de gordijnen op te hangen? Ik kan niet op een trap staan.',
        category: 'klussen',
        when: 'In overleg',
        postcode: '3511',
      });
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('button', { name: 'Nu plaatsen' }).waitFor();
    },
  },
  {
    name: 'a help request, responded to already',
    signedIn: 'alphen',
    at: POST_PATH,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByRole('link', { name: 'U heeft al gereageerd. Naar het gesprek' }).waitFor();
    },
  },
  {
    name: 'conversation, as the one who asked (with "Ja, … helpt mij")',
    signedIn: 'resident',
    at: CONVERSATION_PATH,
    open: async (page) => {
      await page.goto(`/gesprekken/${fixtures.conversation}`);
      await page.getByRole('button', { name: 'Ja, Marieke helpt mij' }).waitFor();
    },
  },
  {
    name: 'conversation, as the one who helps',
    signedIn: 'alphen',
    at: CONVERSATION_PATH,
    open: (page) => page.goto(`/gesprekken/${fixtures.conversation}`),
  },
  {
    name: 'conversation with form errors',
    signedIn: 'alphen',
    at: CONVERSATION_PATH,
    open: async (page) => {
      await page.goto(`/gesprekken/${fixtures.conversation}`);
      await page.getByRole('button', { name: 'Bericht sturen' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'my Samen',
    signedIn: 'resident',
    at: /^\/mijn-samen$/,
    open: async (page) => {
      await page.goto('/mijn-samen');
      await page
        .getByRole('region', { name: 'Mijn plaatsingen' })
        .getByRole('link', { name: 'Samen boodschappen doen op vrijdag' })
        .waitFor();
    },
  },
  { name: 'my Samen, nothing yet', signedIn: 'panel', at: /^\/mijn-samen$/, open: (page) => page.goto('/mijn-samen') },
  { name: 'help found? (invalid link)', open: (page) => page.goto('/hulp-gevonden?token=x') },
  {
    name: 'municipality without a marketplace (Zeist)',
    open: async (page) => {
      await page.goto('/gemeenten/zeist');
      await page.getByRole('link', { name: 'Utrecht voor elkaar' }).waitFor();
    },
  },
];

const BEHEER = `${UTRECHT}/beheer`;

const moderation: PageCase[] = [
  {
    name: 'a help request, with the report form open',
    signedIn: 'panel',
    at: POST_PATH,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByText('Melden', { exact: true }).click();
      await page.getByRole('textbox', { name: 'Wat is er mis?' }).waitFor();
    },
  },
  {
    name: 'a help request, report with form errors',
    signedIn: 'panel',
    at: /^\/hulp\/[0-9a-f-]{36}\/melden$/,
    open: async (page) => {
      await page.goto(`/hulp/${fixtures.post}`);
      await page.getByText('Melden', { exact: true }).click();
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.locator('.samen-error-summary').waitFor();
      expect(await page.getByRole('textbox', { name: 'Wat is er mis?' }).isVisible()).toBe(true);
    },
  },
  {
    name: 'conversation, with the report form open',
    signedIn: 'alphen',
    at: CONVERSATION_PATH,
    open: async (page) => {
      await page.goto(`/gesprekken/${fixtures.conversation}`);
      await page.getByText('Gesprek melden', { exact: true }).click();
      await page.getByRole('textbox', { name: 'Wat is er mis?' }).waitFor();
    },
  },
  {
    name: 'conversation, reported by the one who asked',
    signedIn: 'resident',
    at: CONVERSATION_PATH,
    open: async (page) => {
      await page.goto(`/gesprekken/${fixtures.reportedConversation}`);
      await page.getByText(/^Dit gesprek is gemeld op/).waitFor();
    },
  },
  {
    name: 'marketplace Utrecht, as its beheerder (with the link to manage it)',
    signedIn: 'beheerder',
    at: /^\/gemeenten\/utrecht\/marktplaats$/,
    open: async (page) => {
      await openMarketplace(page, UTRECHT, /^[1-9]\d* gevonden$/);
      await page.getByRole('link', { name: 'Beheer: controle en meldingen' }).waitFor();
    },
  },
  {
    name: 'beheer page of Utrecht, with a reported post and a reported conversation',
    signedIn: 'beheerder',
    at: /^\/gemeenten\/utrecht\/marktplaats\/beheer$/,
    open: async (page) => {
      await page.goto(BEHEER);
      await page
        .getByRole('article', { name: 'Samen boodschappen doen op vrijdag' })
        .getByRole('button', { name: 'Goedkeuren' })
        .waitFor();
      await page
        .getByRole('link', { name: /^Gesprek tussen Fatima en Jan/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'beheer page of Utrecht, decision with form errors',
    signedIn: 'beheerder',
    at: /^\/gemeenten\/utrecht\/marktplaats\/beheer\/[0-9a-f-]{36}\/besluit$/,
    open: async (page) => {
      await page.goto(BEHEER);
      await page
        .getByRole('article', { name: 'Samen boodschappen doen op vrijdag' })
        .getByRole('button', { name: 'Afwijzen' })
        .click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'a reported conversation, read by the beheerder',
    signedIn: 'beheerder',
    at: CONVERSATION_PATH,
    open: async (page) => {
      await page.goto(`/gesprekken/${fixtures.reportedConversation}`);
      await page.getByRole('heading', { level: 1, name: 'Gemeld gesprek tussen Fatima en Jan' }).waitFor();
    },
  },
  {
    name: 'marketplace settings, with the logo',
    signedIn: 'beheerder',
    at: /^\/gemeenten\/utrecht\/marktplaats\/beheer\/instellingen$/,
    open: async (page) => {
      await page.goto(BEHEER);
      await page.getByRole('link', { name: 'Instellingen van de marktplaats' }).click();
      await page.getByRole('img', { name: /^Logo van / }).waitFor();
    },
  },
  {
    name: 'marketplace settings with form errors',
    signedIn: 'beheerder',
    at: /^\/gemeenten\/utrecht\/marktplaats\/beheer\/instellingen$/,
    open: async (page) => {
      await page.goto(`${BEHEER}/instellingen`);
      await page.getByLabel('Tekstkleur op de hoofdkleur').fill('#ff9999');
      await page.getByLabel('Na hoeveel weken verloopt een plaatsing?').fill('99');
      await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
      await page.locator('.samen-error-summary').waitFor();
    },
  },
  {
    name: 'beheer page, not a beheerder (403)',
    signedIn: 'resident',
    at: /^\/gemeenten\/utrecht\/marktplaats\/beheer$/,
    open: async (page) => {
      const response = await page.goto(BEHEER);
      expect(response?.status()).toBe(403);
    },
  },
];

describe('Every marketplace page passes axe (WCAG 2.1 A and AA)', () => {
  it.for([...marketplace, ...moderation])('$name', scanWith(session, sessions));
});
