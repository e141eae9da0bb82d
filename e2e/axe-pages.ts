import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';
import type { BrowserSession } from './browser';
import { checkPageState } from './page-states';
import {
  CONVERSATION_PATH,
  DEMO,
  DEMO_RESIDENT,
  DEMO_UTRECHT,
  fillAndPlaceHelpRequest,
  flashText,
  latestMailTo,
  linkIn,
  newResident,
  POST_PATH,
  register,
  signedInAs,
  type StorageState,
} from './flows';

/**
 * What the every-…-page-passes-axe files share: the page cases, the scan of one case, and the
 * state each file builds in its beforeAll before it scans (each file builds its own: vitest runs
 * the files one after the other, in no fixed order, against one server with the demo data).
 */

/**
 * Who is signed in for a case: the demo resident (Fatima, Utrecht), Marieke (Gemeente Alphen aan den
 * Rijn), Kees (innovation panel), Sanne (beheerder of Utrecht voor elkaar), Gemeente Utrecht's
 * portfolio member (an official of Utrecht) or the platform operator (netwerkbeheer).
 */
export type Person = 'resident' | 'alphen' | 'panel' | 'beheerder' | 'utrecht' | 'operator';

/** Signed-in sessions of the people a file's cases use; filled in its beforeAll. */
export type Sessions = Partial<Record<Person, StorageState>>;

export interface PageCase {
  name: string;
  /** brings the page into the state to check; returns the expected HTTP status of the last navigation */
  open: (page: Page) => Promise<unknown>;
  signedIn?: Person;
  /** the path the page must be on afterwards (not sent elsewhere, e.g. to log in) */
  at?: RegExp;
}

const ACCOUNTS: Record<Person, string> = {
  resident: DEMO_RESIDENT.email,
  alphen: DEMO.alphen,
  panel: DEMO.panel,
  beheerder: DEMO_UTRECHT.sanne,
  utrecht: DEMO.utrechtOfficial,
  operator: DEMO.operator,
};

/** Signs `people` in (once per run, see signedInAs) and keeps their sessions in `sessions`. */
export async function signIn(session: BrowserSession, sessions: Sessions, people: Person[]): Promise<void> {
  for (const person of people) sessions[person] = await signedInAs(session, ACCOUNTS[person]);
}

/**
 * The test of one case: opens the page as the case's person, checks where it ended up and that she
 * is still signed in, and runs axe on it; then, in Dutch and English, that it reflows at 320 px,
 * that its error summary names its fields, and keeps its HTML for the Nu checker (page-states.ts).
 * For `it.for(cases)('$name', scanWith(session, sessions))`.
 */
export function scanWith(session: BrowserSession, sessions: Sessions) {
  return async ({ name, open, signedIn: person, at }: PageCase) => {
    const page = await session.newPage(person ? { storageState: sessions[person] } : {});
    await open(page);
    if (at) expect(new URL(page.url()).pathname).toMatch(at);
    // Still signed in: not sent to the login page.
    if (person) expect(await page.getByRole('button', { name: /^Uitloggen/ }).count()).toBe(1);
    expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
    await checkPageState(session, page, name);
  };
}

/** Submits the page's main form (the one with the CSRF token) as it is, i.e. empty. */
export const submitEmpty = async (page: Page, path: string) => {
  await page.goto(path);
  await page.locator('form.samen-form[method="post"] button[type="submit"]').click();
  await page.locator('.samen-error-summary').waitFor();
};

/** The mails of a fresh resident (Aisha), for the public pages behind their links. */
export interface ResidentMails {
  verifyLink: string;
  resetLink: string;
  /** the id of her verification mail in the development mailbox */
  mailId: string;
}

/** Registers Aisha and asks for a new password: the links in the two mails she gets. */
export async function mailsOfANewResident(session: BrowserSession): Promise<ResidentMails> {
  const page = await session.newPage();
  const resident = newResident('Aisha');
  await register(page, resident);
  const verification = await latestMailTo(session.baseURL, resident.email);
  const verifyLink = linkIn(verification, session.baseURL, '/account/bevestigen?token=');

  await page.goto('/wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill(resident.email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  const reset = await latestMailTo(session.baseURL, resident.email, /wachtwoord/i);
  const resetLink = linkIn(reset, session.baseURL, '/wachtwoord-herstellen?token=');
  return { verifyLink, resetLink, mailId: verification.id };
}

/** The id of an initiative of `municipality` (a CBS code), read from the public API. */
export async function initiativeOf(session: BrowserSession, municipality: string, title?: string): Promise<string> {
  const response = await fetch(`${session.baseURL}/api/v1/initiatives?municipality=${municipality}&pageSize=100`);
  expect(response.status).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const found = title ? items.find((item) => item.title === title) : items[0];
  if (!found) throw new Error(`e2e: no initiative ${title ?? ''} of ${municipality} in the API`);
  return found.id;
}

/** Kees (signed in as `panel`) gives two pieces of advice on `initiative`. */
export async function twoPiecesOfAdvice(session: BrowserSession, panel: StorageState | undefined, initiative: string) {
  const panelPage = await session.newPage({ storageState: panel });
  for (const advice of [
    'Betrek ook de Wmo-consulenten bij het kiezen van de indicatoren.',
    'Deel de vragenlijst over zelfredzaamheid met de andere gemeenten.',
  ]) {
    await panelPage.goto(`/innovatie/${initiative}`);
    await panelPage.getByRole('textbox', { name: 'Uw advies' }).fill(advice);
    await panelPage.getByRole('button', { name: 'Advies geven' }).click();
    expect(await flashText(panelPage)).not.toBe('');
  }
}

/** A help request with its conversations, some of it reported (see helpRequestAnsweredAndReported). */
export interface HelpRequestFixture {
  /** a help request of Fatima in Utrecht, with one response: Marieke's */
  post: string;
  /** the conversation of Fatima and Marieke about that request */
  conversation: string;
  /** the conversation of Fatima and Jan about that request, which Fatima reported (Kees reported the request itself) */
  reportedConversation: string;
}

/** The id in a path like /hulp/<id> or /gesprekken/<id> that `page` is on. */
const idInPath = (page: Page) => new URL(page.url()).pathname.split('/')[2] ?? '';

/**
 * Fatima asks for help in Utrecht and Marieke offers it: a post with a response and a conversation.
 * Then moderation: Kees reports the request, Jan offers help too and Fatima reports that
 * conversation, so Sanne's beheer page has a post and a conversation in it.
 */
export async function helpRequestAnsweredAndReported(
  session: BrowserSession,
  sessions: Sessions,
): Promise<HelpRequestFixture> {
  const fatimaPage = await session.newPage({ storageState: sessions.resident });
  await fatimaPage.goto('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
  await fillAndPlaceHelpRequest(fatimaPage, {
    title: 'Samen boodschappen doen op vrijdag',
    description: 'Ik zoek iemand die op vrijdagmiddag met mij naar de markt gaat en helpt dragen.',
    category: 'boodschappen',
    when: 'Vaker',
    postcode: '3511',
  });
  await fatimaPage.waitForURL((url) => POST_PATH.test(url.pathname));
  const post = idInPath(fatimaPage);

  const mariekePage = await session.newPage({ storageState: sessions.alphen });
  await mariekePage.goto(`/hulp/${post}`);
  await mariekePage
    .getByRole('textbox', { name: 'Uw bericht' })
    .fill('Ik ben vrijdags in Utrecht en help graag dragen.');
  await mariekePage.getByRole('button', { name: 'Ik wil helpen' }).click();
  await mariekePage.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
  const conversation = idInPath(mariekePage);

  const keesPage = await session.newPage({ storageState: sessions.panel });
  await keesPage.goto(`/hulp/${post}`);
  await keesPage.getByText('Melden', { exact: true }).click();
  await keesPage.getByRole('textbox', { name: 'Wat is er mis?' }).fill('Staat deze vraag er niet al eerder op?');
  await keesPage.getByRole('button', { name: 'Melding versturen' }).click();
  expect(await flashText(keesPage)).toBe('Bedankt, de beheerder kijkt ernaar.');
  const janPage = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.jan) });
  await janPage.goto(`/hulp/${post}`);
  await janPage.getByRole('textbox', { name: 'Uw bericht' }).fill('Ik kan ook op vrijdag. Zal ik om twee uur komen?');
  await janPage.getByRole('button', { name: 'Ik wil helpen' }).click();
  await janPage.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
  const reportedConversation = idInPath(janPage);
  await fatimaPage.goto(`/gesprekken/${reportedConversation}`);
  await fatimaPage.getByText('Gesprek melden', { exact: true }).click();
  await fatimaPage.getByRole('textbox', { name: 'Wat is er mis?' }).fill('Ik heb al hulp van Marieke.');
  await fatimaPage.getByRole('button', { name: 'Melding versturen' }).click();
  expect(await flashText(fatimaPage)).toBe('Bedankt, de beheerder kijkt ernaar.');
  return { post, conversation, reportedConversation };
}
