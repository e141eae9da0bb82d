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

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

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
 * Logging in is limited to 10 attempts a minute per address, and every file runs against the same
 * server from 127.0.0.1. So a signed-in session is kept for the whole run (in a folder that
 * global-setup makes and removes) and shared by all test files: each account logs in at most once
 * through these helpers.
 */
const sessionFile = (email: string) => join(inject('sessionDir'), `${email.replace(/[^a-z0-9.@-]/gi, '_')}.json`);

/** Keeps a context's signed-in state for later tests (after a story logged in through the page). */
export async function rememberSignedIn(email: string, state: StorageState): Promise<void> {
  writeFileSync(sessionFile(email), JSON.stringify(state));
}

/** A signed-in state of `email`: the one kept earlier in this run, or a new login through the page. */
export async function signedInAs(session: BrowserSession, email: string, password = DEMO_PASSWORD): Promise<StorageState> {
  const file = sessionFile(email);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StorageState;
  const context = await session.newContext();
  const page = await context.newPage();
  await logIn(page, email, password);
  await page.waitForURL('**/mijn-profiel');
  const state = await context.storageState();
  await context.close();
  await rememberSignedIn(email, state);
  return state;
}
