import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { DEMO, DEMO_PASSWORD, flashText, logIn, rememberSignedIn } from './flows';

const session = useBrowser();

/** The demo initiative of Alphen aan den Rijn that Marieke's pilot resembles. */
const ALPHEN_REPORT = 'Rapportage sociaal domein met nieuwe indicatoren';

/** The list right after the heading that starts with `heading` (e.g. "Leidt (" or "Ontwikkelt mee"). */
const listUnder = (page: Page, heading: string) =>
  page.locator(`xpath=//h3[starts-with(normalize-space(), "${heading}")]/following-sibling::ul[1]`);

/** Logs in through the page, opens the pilot and joins it as co-developer for her municipality. */
async function joinAsCoDeveloper(page: Page, email: string, pilotUrl: string, organisation: string) {
  await logIn(page, email, DEMO_PASSWORD);
  await page.waitForURL('**/mijn-samen');
  await page.goto(pilotUrl);
  const join = page.getByRole('region', { name: 'Meedoen' });
  expect(await join.getByLabel('Namens').locator('option:checked').innerText()).toBe(organisation);
  await join.getByRole('radio', { name: 'Ontwikkelt mee' }).check();
  await join.getByRole('button', { name: 'Meedoen' }).click();
  expect(await flashText(page)).toBe('U doet nu mee met dit initiatief.');
  expect(page.url()).toBe(pilotUrl);
  expect(await page.getByRole('button', { name: `Stoppen namens ${organisation}` }).isVisible()).toBe(true);
}

describe('A policy officer shares a pilot and others join', () => {
  it(
    'Marieke sees similar work while she types, shares her pilot, Gouda and Leiden join, ' +
      'and the municipality pages show it',
    async () => {
      const title = `Monitor sociaal domein met uitkomsten ${Date.now()}`;
      const summary =
        'We rapporteren over het sociaal domein met uitkomstindicatoren: niet alleen hoeveel hulp er is, ' +
        'maar ook hoe zelfredzaam inwoners zijn geworden.';

      // Marieke logs in and opens "Initiatief aandragen" from the list.
      const marieke = await session.newContext();
      const page = await marieke.newPage();
      await logIn(page, DEMO.alphen, DEMO_PASSWORD);
      await page.waitForURL('**/mijn-samen');
      await rememberSignedIn(DEMO.alphen, await marieke.storageState());
      await page.goto('/innovatie');
      await page.getByRole('link', { name: 'Initiatief aandragen' }).click();
      await page.waitForURL((url) => url.pathname === '/innovatie/nieuw');

      const panel = page.locator('aside[data-module="similar-panel"]');
      expect(await panel.getByRole('heading', { name: 'Lijkt op:' }).isVisible()).toBe(true);
      const results = panel.locator('[data-similar-results]');
      expect(await results.locator('.samen-card').count()).toBe(0);

      // She types, quickly, without pressing any button; the panel asks the server only after a pause.
      const lookups: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/innovatie/lijkt-op') lookups.push(request.url());
      });
      await page.getByLabel('Titel').pressSequentially(title, { delay: 20 });
      await page.getByLabel('Wat is het? (samenvatting)').pressSequentially(summary, { delay: 5 });
      const keystrokes = title.length + summary.length;

      const match = results.locator('.samen-card', { hasText: ALPHEN_REPORT });
      await match.waitFor();
      expect(await match.getByRole('link', { name: ALPHEN_REPORT }).getAttribute('href')).toMatch(
        /^\/innovatie\/[0-9a-f-]{36}$/,
      );
      expect(await match.getByRole('link', { name: 'Meedoen met dit initiatief' }).getAttribute('href')).toMatch(
        /^\/innovatie\/[0-9a-f-]{36}#meedoen$/,
      );
      expect(await results.innerText()).toMatch(/Deze \d+ initiatieven lijken op het uwe/);
      // The live lookup sends what she typed; the typing itself did not flood the server.
      expect(keystrokes).toBeGreaterThan(60);
      expect(lookups.length).toBeGreaterThanOrEqual(1);
      expect(lookups.length).toBeLessThanOrEqual(3);
      const lastLookup = new URL(lookups.at(-1) as string);
      expect(lastLookup.searchParams.get('title')).toBe(title);
      expect(lastLookup.searchParams.get('summary')).toBe(summary);

      // She completes the form and submits it.
      await page
        .getByLabel('Doel', { exact: true })
        .fill('Een vaste set uitkomstindicatoren die we twee keer per jaar meten en met de raad bespreken.');
      await page.getByLabel('Informatievoorziening').check();
      await page.getByLabel('Zorg en welzijn').check();
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();
      await page.waitForURL(/\/innovatie\/[0-9a-f-]{36}$/);
      expect(await flashText(page)).toMatch(/^Uw initiatief staat op Samen/);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      const pilotUrl = page.url();

      // Ahmed (Gouda) and Lotte (Leiden), each on their own computer, join as co-developers.
      await joinAsCoDeveloper(await (await session.newContext()).newPage(), DEMO.gouda, pilotUrl, 'Gemeente Gouda');
      await joinAsCoDeveloper(await (await session.newContext()).newPage(), DEMO.leiden, pilotUrl, 'Gemeente Leiden');

      // Marieke's page now lists both under the partners who develop along.
      await page.reload();
      const partners = page.getByRole('region', { name: 'Partners' });
      expect(await partners.getByRole('heading', { name: 'Ontwikkelt mee' }).isVisible()).toBe(true);
      expect(await listUnder(page, 'Ontwikkelt mee').getByRole('listitem').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('Gemeente Gouda'), expect.stringContaining('Gemeente Leiden')]),
      );

      // The municipality pages show who leads and who develops along.
      const pilotPath = new URL(pilotUrl).pathname;
      const expectListed = async (slug: string, heading: string) => {
        await page.goto(`/gemeenten/${slug}`);
        const section = page.getByRole('region', { name: 'Initiatieven en proeven' });
        expect(await section.isVisible()).toBe(true);
        const link = listUnder(page, heading).getByRole('link', { name: title });
        expect(await link.getAttribute('href'), `${title} under "${heading}" on /gemeenten/${slug}`).toBe(pilotPath);
      };
      await expectListed('alphen-aan-den-rijn', 'Leidt (');
      await expectListed('gouda', 'Ontwikkelt mee (');
      await expectListed('leiden', 'Ontwikkelt mee (');
    },
  );
});
