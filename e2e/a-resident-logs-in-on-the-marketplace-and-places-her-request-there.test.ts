import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { DEMO_RESIDENT, flashText, POST_PATH } from './flows';

const session = useBrowser();
const UTRECHT = '/gemeenten/utrecht/marktplaats';

/**
 * Logs in through the header's "Inloggen" link. Logging in is limited to 10 a minute from one
 * address for the whole run: when other stories used up this minute, it waits one and tries again.
 */
/** The test may wait out the login limit twice (a minute each) when earlier stories used it up. */
const UP_TO_TWO_LOGIN_WAITS_MS = 180_000;

async function logInFromHeader(page: Page) {
  for (let attempt = 0; ; attempt++) {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await page.getByLabel('E-mailadres').fill(DEMO_RESIDENT.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_RESIDENT.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const back = await page
      .waitForURL((url) => url.pathname === UTRECHT, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (back) return;
    if (attempt === 2) throw new Error(`could not log in: ${await page.locator('main').innerText()}`);
    await page.waitForTimeout(61_000);
    await page.goto(UTRECHT);
  }
}

describe('A resident logs in on the marketplace and places her request there', () => {
  it(
    'Fatima logs in from the marketplace and is back on it; her postcode is filled in; a Rotterdam postcode ' +
      "points her to Rotterdam's marketplace; once placed, the page says what happens next",
    async () => {
      const page = await session.newPage();
      await page.goto(UTRECHT);
      await logInFromHeader(page);
      const header = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await header.getByRole('link', { name: 'Mijn Samen' }).getAttribute('href')).toBe('/mijn-samen');

      // "Hulp vragen": the postcode of her profile is already there.
      await page.getByRole('link', { name: 'Hulp vragen' }).click();
      await page.waitForURL((url) => url.pathname === `${UTRECHT}/nieuw`);
      const postcode = page.getByLabel('Postcode', { exact: true });
      expect(await postcode.inputValue()).toBe('3511');
      const title = `Wie loopt mee naar de markt ${Date.now()}`;
      await page.getByLabel('Korte titel').fill(title);
      await page.getByLabel('Vertel wat meer').fill('Ik loop slecht. Wie loopt zaterdag met mij mee naar de markt?');
      await page.getByLabel('Categorie').selectOption('boodschappen');
      await page.getByRole('radio', { name: 'In overleg', exact: true }).check();

      // A Rotterdam postcode belongs on Rotterdam's marketplace: the form says so and links to it.
      await postcode.fill('3011');
      await page.getByRole('button', { name: 'Plaatsen' }).click();
      await page.locator('.samen-error-summary').waitFor();
      expect(await page.locator('.samen-error-summary a').first().getAttribute('href')).toBe('#veld-postcode');
      const elsewhere = page.getByRole('link', { name: 'Plaats het op Rotterdam voor elkaar' });
      expect(await elsewhere.getAttribute('href')).toBe('/gemeenten/rotterdam/marktplaats/nieuw?soort=request');

      // Back to her own postcode: placed, and the page says what happens now.
      await page.getByLabel('Postcode', { exact: true }).fill('3511');
      await page.getByRole('button', { name: 'Plaatsen' }).click();
      await page.waitForURL((url) => POST_PATH.test(url.pathname));
      expect(await flashText(page)).toBe('Uw plaatsing staat op de marktplaats.');
      const next = page.getByRole('region', { name: 'Wat gebeurt er nu?' });
      expect(await next.innerText()).toContain('Uw plaatsing staat nu op Utrecht voor elkaar.');

      // "Mijn Samen" in the header lists it.
      await header.getByRole('link', { name: 'Mijn Samen' }).click();
      await page.waitForURL((url) => url.pathname === '/mijn-samen');
      expect(await page.getByRole('link', { name: title }).isVisible()).toBe(true);
    },
    UP_TO_TWO_LOGIN_WAITS_MS,
  );
});
