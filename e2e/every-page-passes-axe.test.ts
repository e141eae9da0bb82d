import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import {
  CONVERSATION_PATH,
  DEMO,
  DEMO_RESIDENT,
  DEMO_UTRECHT,
  fillAndPlaceHelpRequest,
  fillHelpRequest,
  flashText,
  latestMailTo,
  linkIn,
  newResident,
  POST_PATH,
  register,
  signedInAs,
  type StorageState,
} from './flows';

const session = useBrowser();

/**
 * Who is signed in for a case: the demo resident (Fatima, Utrecht), Marieke (Gemeente Alphen aan den
 * Rijn), Kees (innovation panel) or Sanne (beheerder of Utrecht voor elkaar).
 */
type Person = 'resident' | 'alphen' | 'panel' | 'beheerder';

/** Filled in beforeAll: a fresh resident's mails, signed-in sessions, and initiatives to look at. */
const fixtures = {
  verifyLink: '',
  resetLink: '',
  mailId: '',
  sessions: {} as Partial<Record<Person, StorageState>>,
  /** "Rapportage sociaal domein met nieuwe indicatoren", of Alphen aan den Rijn (Marieke's municipality) */
  alphenInitiative: '',
  /** an initiative of Gouda, which Marieke could join */
  goudaInitiative: '',
  /** a help request of Fatima in Utrecht, with one response: Marieke's */
  post: '',
  /** the conversation of Fatima and Marieke about that request */
  conversation: '',
  /** the conversation of Fatima and Jan about that request, which Fatima reported (Kees reported the request itself) */
  reportedConversation: '',
};

/** The id of an initiative of `municipality` (a CBS code), read from the public API. */
async function initiativeOf(municipality: string, title?: string): Promise<string> {
  const response = await fetch(`${session.baseURL}/api/v1/initiatives?municipality=${municipality}&pageSize=100`);
  expect(response.status).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const found = title ? items.find((item) => item.title === title) : items[0];
  if (!found) throw new Error(`e2e: no initiative ${title ?? ''} of ${municipality} in the API`);
  return found.id;
}

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

  fixtures.sessions.resident = await signedInAs(session, DEMO_RESIDENT.email, DEMO_RESIDENT.password);
  fixtures.sessions.alphen = await signedInAs(session, DEMO.alphen);
  fixtures.sessions.panel = await signedInAs(session, DEMO.panel);
  fixtures.alphenInitiative = await initiativeOf('GM0484', 'Rapportage sociaal domein met nieuwe indicatoren');
  fixtures.goudaInitiative = await initiativeOf('GM0513');

  // Kees gives two pieces of advice on Alphen's initiative, so Marieke (the owner) sees two forms to respond.
  const panelPage = await session.newPage({ storageState: fixtures.sessions.panel });
  for (const advice of [
    'Betrek ook de Wmo-consulenten bij het kiezen van de indicatoren.',
    'Deel de vragenlijst over zelfredzaamheid met de andere gemeenten.',
  ]) {
    await panelPage.goto(`/innovatie/${fixtures.alphenInitiative}`);
    await panelPage.getByRole('textbox', { name: 'Uw advies' }).fill(advice);
    await panelPage.getByRole('button', { name: 'Advies geven' }).click();
    expect(await flashText(panelPage)).not.toBe('');
  }

  // Fatima asks for help in Utrecht, and Marieke offers it: a post with a response and a conversation.
  const fatimaPage = await session.newPage({ storageState: fixtures.sessions.resident });
  await fatimaPage.goto('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
  await fillAndPlaceHelpRequest(fatimaPage, {
    title: 'Samen boodschappen doen op vrijdag',
    description: 'Ik zoek iemand die op vrijdagmiddag met mij naar de markt gaat en helpt dragen.',
    category: 'boodschappen',
    when: 'Vaker',
    postcode: '3511',
  });
  await fatimaPage.waitForURL((url) => POST_PATH.test(url.pathname));
  fixtures.post = new URL(fatimaPage.url()).pathname.split('/')[2] ?? '';

  const mariekePage = await session.newPage({ storageState: fixtures.sessions.alphen });
  await mariekePage.goto(`/hulp/${fixtures.post}`);
  await mariekePage
    .getByRole('textbox', { name: 'Uw bericht' })
    .fill('Ik ben vrijdags in Utrecht en help graag dragen.');
  await mariekePage.getByRole('button', { name: 'Ik wil helpen' }).click();
  await mariekePage.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
  fixtures.conversation = new URL(mariekePage.url()).pathname.split('/')[2] ?? '';

  // Moderation: Kees reports the request, Jan offers help too and Fatima reports that conversation,
  // so Sanne's beheer page has a post and a conversation in it.
  fixtures.sessions.beheerder = await signedInAs(session, DEMO_UTRECHT.sanne);
  const keesPage = await session.newPage({ storageState: fixtures.sessions.panel });
  await keesPage.goto(`/hulp/${fixtures.post}`);
  await keesPage.getByText('Melden', { exact: true }).click();
  await keesPage.getByRole('textbox', { name: 'Wat is er mis?' }).fill('Staat deze vraag er niet al eerder op?');
  await keesPage.getByRole('button', { name: 'Melding versturen' }).click();
  expect(await flashText(keesPage)).toBe('Bedankt, de beheerder kijkt ernaar.');
  const janPage = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.jan) });
  await janPage.goto(`/hulp/${fixtures.post}`);
  await janPage.getByRole('textbox', { name: 'Uw bericht' }).fill('Ik kan ook op vrijdag. Zal ik om twee uur komen?');
  await janPage.getByRole('button', { name: 'Ik wil helpen' }).click();
  await janPage.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
  fixtures.reportedConversation = new URL(janPage.url()).pathname.split('/')[2] ?? '';
  await fatimaPage.goto(`/gesprekken/${fixtures.reportedConversation}`);
  await fatimaPage.getByText('Gesprek melden', { exact: true }).click();
  await fatimaPage.getByRole('textbox', { name: 'Wat is er mis?' }).fill('Ik heb al hulp van Marieke.');
  await fatimaPage.getByRole('button', { name: 'Melding versturen' }).click();
  expect(await flashText(fatimaPage)).toBe('Bedankt, de beheerder kijkt ernaar.');
});

interface PageCase {
  name: string;
  /** brings the page into the state to check; returns the expected HTTP status of the last navigation */
  open: (page: Page) => Promise<unknown>;
  signedIn?: Person;
  /** the path the page must be on afterwards (not sent elsewhere, e.g. to log in) */
  at?: RegExp;
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
  { name: 'initiatives', open: (page) => page.goto('/innovatie') },
  { name: 'initiatives on the theme debts', open: (page) => page.goto('/innovatie?thema=schulden') },
  { name: 'initiatives, nothing found', open: (page) => page.goto('/innovatie?zoek=xyzzy') },
  { name: 'clusters of similar initiatives', open: (page) => page.goto('/innovatie/clusters') },
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
];

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

describe('Every page passes axe (WCAG 2.1 A and AA)', () => {
  it.for([...anonymous, ...signedIn, ...innovation, ...marketplace, ...moderation])(
    '$name',
    async ({ open, signedIn: person, at }) => {
      const page = await session.newPage(person ? { storageState: fixtures.sessions[person] } : {});
      await open(page);
      if (at) expect(new URL(page.url()).pathname).toMatch(at);
      // Still signed in: not sent to the login page.
      if (person) expect(await page.getByRole('button', { name: /^Uitloggen/ }).count()).toBe(1);
      expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
    },
  );
});
