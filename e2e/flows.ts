import type { OutboxItem } from '../src/core/mail';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject, vi } from 'vitest';
import type { BrowserSession } from './browser';

/** Steps that several stories share, done the way a person does them: through the pages. */

export const DEMO_PASSWORD = 'samen-demo-2026';
export const DEMO_RESIDENT = { email: 'inwoner@samen.demo', password: DEMO_PASSWORD };

/** Demo accounts of the innovation commons (src/seed/demo.ts); all use DEMO_PASSWORD. */
export const DEMO = {
  /** Marieke, Gemeente Alphen aan den Rijn */
  alphen: 'ambtenaar.alphen@samen.demo',
  /** Ahmed, Gemeente Gouda */
  gouda: 'ambtenaar.gouda@samen.demo',
  /** Lotte, Gemeente Leiden */
  leiden: 'ambtenaar.leiden@samen.demo',
  /** Kees, innovation panel */
  panel: 'innovatiepanel@samen.demo',
  /** Gemeente Utrecht's member of the portfolio board: an official of Utrecht */
  utrechtOfficial: 'portfolio.utrecht@samen.demo',
  /** the platform operator (netwerkbeheer) */
  operator: 'netwerkbeheer@samen.demo',
} as const;

export interface NewResident {
  firstName: string;
  lastName: string;
  email: string;
  postcode: string;
  password: string;
}

/** A resident nobody has registered yet in this run (the address is unique per call). */
export function newResident(firstName = 'Fatima'): NewResident {
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    firstName,
    lastName: 'El Amrani',
    email: `${firstName.toLowerCase()}+${unique}@voorbeeld.nl`,
    postcode: '3511',
    password: 'een lange zin als wachtwoord',
  };
}

export async function register(page: Page, person: NewResident) {
  await page.goto('/registreren');
  await page.getByLabel('Voornaam').fill(person.firstName);
  await page.getByLabel('Achternaam (niet verplicht)').fill(person.lastName);
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel('Postcode (niet verplicht)').fill(person.postcode);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await page.waitForURL('**/registreren/controleer-uw-email');
}

/** A mail in the development outbox, as `GET /api/v1/dev/outbox` lists it. */
export type OutboxMail = OutboxItem;

/** The newest mail to `to` in the development mailbox (waits a little for it to arrive). */
export async function latestMailTo(baseURL: string, to: string, subjectPattern?: RegExp): Promise<OutboxMail> {
  return vi.waitFor(
    async () => {
      const response = await fetch(`${baseURL}/api/v1/dev/outbox?pageSize=100`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { items: OutboxMail[] };
      const mail = body.items.find((item) => item.to === to && (!subjectPattern || subjectPattern.test(item.subject)));
      if (!mail) throw new Error(`no mail to ${to} in the outbox yet`);
      return mail;
    },
    { timeout: 10_000, interval: 200 },
  );
}

/** The first link in a mail's text that starts with `baseURL` + `path`. */
export function linkIn(mail: OutboxMail, baseURL: string, path: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(`${baseURL}${path}`));
  if (!link) throw new Error(`no link to ${path} in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}

export async function logIn(page: Page, email: string, password: string) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The text of the flash message (".samen-flash"), once it is on the page. */
export async function flashText(page: Page): Promise<string> {
  const flash = page.locator('.samen-flash');
  await flash.waitFor();
  return (await flash.innerText()).trim();
}

export type StorageState = NonNullable<Exclude<BrowserContextOptions['storageState'], string>>;

/**
 * Logging in is limited to 10 attempts a minute per address and per account, and it is the slowest
 * step of many stories. So a signed-in session is kept for the whole run (in a folder that
 * global-setup makes and removes) and shared by all test files: each account logs in at most once
 * through these helpers. (Each browser context has its own address: e2e/browser.ts.)
 */
const sessionFile = (email: string) => join(inject('sessionDir'), `${email.replace(/[^a-z0-9.@-]/gi, '_')}.json`);

/** Keeps a context's signed-in state for later tests (after a story logged in through the page). */
export async function rememberSignedIn(email: string, state: StorageState): Promise<void> {
  writeFileSync(sessionFile(email), JSON.stringify(state));
}

/** A signed-in state of `email`: the one kept earlier in this run, or a new login through the page. */
export async function signedInAs(
  session: BrowserSession,
  email: string,
  password = DEMO_PASSWORD,
): Promise<StorageState> {
  const file = sessionFile(email);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StorageState;
  const context = await session.newContext();
  const page = await context.newPage();
  await logIn(page, email, password);
  await page.waitForURL('**/mijn-samen');
  const state = await context.storageState();
  await context.close();
  await rememberSignedIn(email, state);
  return state;
}

/**
 * Registers `person`, confirms the address through the link in the verification mail and logs in
 * through the page (one login attempt). Leaves `page` on her profile.
 */
export async function registerAndLogIn(page: Page, person: NewResident) {
  await register(page, person);
  const mail = await latestMailTo(inject('baseURL'), person.email);
  await page.goto(linkIn(mail, inject('baseURL'), '/account/bevestigen?token='));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.waitForURL('**/inloggen');
  await logIn(page, person.email, person.password);
  await page.waitForURL('**/mijn-samen');
}

/** Samen helpen: the demo accounts of Utrecht voor elkaar (src/seed/demo.ts); all use DEMO_PASSWORD. */
export const DEMO_UTRECHT = {
  /** Fatima, postcode 3511, asks for help (already has demo posts) */
  fatima: DEMO_RESIDENT.email,
  /** Jan, postcode 3512, offers help (already has demo conversations) */
  jan: 'vrijwilliger@samen.demo',
  /** Sanne, beheerder at Welzijn Utrecht Samen, which runs Utrecht voor elkaar: moderates it */
  sanne: 'beheerder.utrecht@samen.demo',
} as const;

export interface HelpRequest {
  title: string;
  description: string;
  /** a category's value, e.g. "boodschappen" */
  category: string;
  /** the "Wanneer?" radio as shown */
  when: 'Eén keer' | 'Vaker' | 'In overleg';
  /** YYYY-MM-DD, for "Eén keer" */
  date?: string;
  postcode: string;
}

/** Fills the "Hulp vragen" form (already open on `page`) step by step and presses "Plaatsen". */
export async function fillAndPlaceHelpRequest(page: Page, request: HelpRequest) {
  await fillHelpRequest(page, request);
  await page.getByRole('button', { name: 'Plaatsen' }).click();
}

/** Fills the three steps of the help request form without sending it. */
export async function fillHelpRequest(page: Page, request: HelpRequest) {
  await page.getByLabel('Korte titel').fill(request.title);
  await page.getByLabel('Vertel wat meer').fill(request.description);
  await page.getByLabel('Categorie').selectOption(request.category);
  await page.getByRole('radio', { name: request.when, exact: true }).check();
  if (request.date) await page.getByLabel('Datum (bij één keer)').fill(request.date);
  await page.getByLabel('Postcode', { exact: true }).fill(request.postcode);
}

/** The path of a post's page, e.g. /hulp/0b4f…, once the browser is on it. */
export const POST_PATH = /^\/hulp\/[0-9a-f-]{36}$/;
export const CONVERSATION_PATH = /^\/gesprekken\/[0-9a-f-]{36}$/;
