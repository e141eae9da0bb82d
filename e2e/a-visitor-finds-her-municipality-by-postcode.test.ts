import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('A visitor finds her municipality by postcode', () => {
  it('types a known postcode and lands on her municipality', async () => {
    const page = await session.newPage();
    await page.goto('/');
    await page.getByLabel('Vul uw postcode in').fill('3511');
    await page.getByRole('button', { name: 'Zoek mijn gemeente' }).click();
    await page.waitForURL('**/gemeenten/utrecht');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Gemeente Utrecht');
  });

  it('types a postcode that does not exist and is told what to fix, on the same form', async () => {
    const page = await session.newPage();
    await page.goto('/');
    await page.getByLabel('Vul uw postcode in').fill('99999');
    await page.getByRole('button', { name: 'Zoek mijn gemeente' }).click();

    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(new URL(page.url()).pathname).toBe('/postcode');
    expect(await page.title()).toMatch(/^Fout: /);
    const summaryLink = summary.getByRole('link');
    expect(await summaryLink.getAttribute('href')).toBe('#veld-postcode');
    const fieldMessage = page.locator('#veld-postcode-error');
    expect(await fieldMessage.innerText()).toContain('Vul een Nederlandse postcode in');
    expect(await summaryLink.innerText()).toBe(await fieldMessage.innerText());
    // The form is still there, with what she typed, marked invalid.
    const field = page.getByLabel('Vul uw postcode in');
    expect(await field.inputValue()).toBe('99999');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Zoek mijn gemeente' }).isVisible()).toBe(true);
  });

  it('searches the list without the accent and finds Súdwest-Fryslân', async () => {
    const page = await session.newPage();
    await page.goto('/gemeenten');
    await page.getByLabel('Zoek op naam').fill('sudwest');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=sudwest/);
    expect(await page.getByRole('status').innerText()).toBe('1 gemeente gevonden');
    const rows = page.getByRole('table').getByRole('link');
    expect(await rows.allInnerTexts()).toEqual(['Súdwest-Fryslân']);
  });

  it('filters the list on the province of Zeeland and sees its 13 municipalities', async () => {
    const page = await session.newPage();
    await page.goto('/gemeenten');
    await page.getByLabel('Provincie', { exact: true }).selectOption('Zeeland');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/provincie=Zeeland/);
    expect(await page.getByRole('status').innerText()).toBe('13 gemeenten gevonden');
    // one row each, named by a link to its page (Noord-Beveland's row also links to its marketplace)
    expect(await page.locator('tbody tr').count()).toBe(13);
    expect(await page.locator('tbody tr td:first-child a').count()).toBe(13);
    const provinces = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(provinces)).toEqual(new Set(['Zeeland']));
  });
});
