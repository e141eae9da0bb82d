import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { DEMO, flashText, signedInAs, type StorageState } from './flows';

const session = useBrowser();

let marieke: StorageState | undefined;
beforeAll(async () => {
  marieke = await signedInAs(session, DEMO.alphen);
});

/** Marieke's "Initiatief aandragen" form, in a browser that runs no script at all. */
async function openFormWithoutJavaScript(): Promise<Page> {
  const page = await session.newPage({ javaScriptEnabled: false, storageState: marieke });
  await page.goto('/innovatie/nieuw');
  expect(new URL(page.url()).pathname).toBe('/innovatie/nieuw');
  return page;
}

const titleField = (page: Page) => page.getByLabel('Titel');
const summaryField = (page: Page) => page.getByLabel('Wat is het? (samenvatting)');
const goalField = (page: Page) => page.getByLabel('Doel', { exact: true });
const submit = (page: Page) => page.getByRole('button', { name: 'Initiatief indienen' });

describe('The initiative form works without JavaScript', () => {
  it('shows similar initiatives after "Controleer", keeps what was typed, and submits', async () => {
    const page = await openFormWithoutJavaScript();
    const title = `Uitkomsten meten in het sociaal domein ${Date.now()}`;
    const summary =
      'Een rapportage met uitkomstindicatoren, zoals hoe zelfredzaam inwoners zijn en of ze meedoen in de buurt.';
    await titleField(page).fill(title);
    await summaryField(page).fill(summary);

    await page.getByRole('button', { name: 'Controleer op vergelijkbare initiatieven' }).click();
    const results = page.locator('aside[data-module="similar-panel"] [data-similar-results]');
    await results.locator('.samen-card').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/innovatie/nieuw');
    expect(
      await page.locator('aside[data-module="similar-panel"]').getByRole('heading', { name: 'Lijkt op:' }).isVisible(),
    ).toBe(true);
    expect(await results.innerText()).toMatch(/Deze \d+ initiatieven lijken op het uwe/);
    expect(
      await results.locator('.samen-card', { hasText: 'Rapportage sociaal domein met nieuwe indicatoren' }).count(),
    ).toBe(1);
    expect(await results.getByRole('link', { name: 'Meedoen met dit initiatief' }).count()).toBeGreaterThan(0);
    // Nothing was saved and nothing was lost.
    expect(await page.locator('.samen-error-summary').count()).toBe(0);
    expect(await titleField(page).inputValue()).toBe(title);
    expect(await summaryField(page).inputValue()).toBe(summary);

    await goalField(page).fill('Sturen op wat inwoners echt vooruithelpt.');
    await page.getByLabel('Zorg en welzijn').check();
    await submit(page).click();
    await page.waitForURL(/\/innovatie\/[0-9a-f-]{36}$/);
    expect(await flashText(page)).toMatch(/^Uw initiatief staat op Samen/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
  });

  it('points to the goal field when the goal is empty', async () => {
    const page = await openFormWithoutJavaScript();
    const title = `Zonder doel ${Date.now()}`;
    await titleField(page).fill(title);
    await summaryField(page).fill('Een korte samenvatting van een proef met wijkteams.');
    await page.getByLabel('Zorg en welzijn').check();
    await submit(page).click();

    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(new URL(page.url()).pathname).toBe('/innovatie/nieuw');
    expect(await page.title()).toMatch(/^Fout: /);
    const links = await summary.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#veld-goal']);
    expect(await goalField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#veld-goal').count()).toBe(1);
    // What she typed is still there, the theme too.
    expect(await titleField(page).inputValue()).toBe(title);
    expect(await page.getByLabel('Zorg en welzijn').isChecked()).toBe(true);
  });

  it('refuses a sales pitch with a clear message', async () => {
    const page = await openFormWithoutJavaScript();
    await titleField(page).fill(`Slimme zorgapp ${Date.now()}`);
    await summaryField(page).fill(
      'Onze app helpt wijkteams bij het plannen van zorg. Vraag een demo aan via onze website!',
    );
    await goalField(page).fill('Minder tijd kwijt aan planning.');
    await page.getByLabel('Zorg en welzijn').check();
    await submit(page).click();

    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(new URL(page.url()).pathname).toBe('/innovatie/nieuw');
    expect(await summary.innerText()).toContain('niet om te verkopen');
    expect(await summary.getByRole('link', { name: /niet om te verkopen/ }).getAttribute('href')).toBe('#veld-summary');
    expect(await page.locator('#veld-summary-error').innerText()).toContain('niet om te verkopen');
  });
});
