import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { DEMO_RESIDENT, flashText, logIn } from './flows';

const session = useBrowser();

describe('A resident without JavaScript updates her profile', () => {
  it('logs in, gets a clear message for an empty first name, and saves her profile', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });

    await logIn(page, DEMO_RESIDENT.email, DEMO_RESIDENT.password);
    await page.waitForURL('**/mijn-samen');
    await page.getByRole('link', { name: 'Mijn profiel' }).click();
    await page.waitForURL('**/mijn-profiel');
    const firstName = page.getByLabel('Voornaam');
    const name = await firstName.inputValue();
    expect(name).not.toBe('');

    // A mistake is reported by the server, without any script.
    await firstName.fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#veld-name');

    // Corrected, the profile is saved.
    await page.getByLabel('Voornaam').fill(name);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await flashText(page)).toBe('Uw gegevens zijn opgeslagen.');
    expect(await page.getByLabel('Voornaam').inputValue()).toBe(name);
    expect(await page.locator('.samen-error-summary').count()).toBe(0);
  });
});
