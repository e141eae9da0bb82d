import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { flashText, latestMailTo, linkIn, logIn, newResident, register } from './flows';

const session = useBrowser();

describe('A resident creates and deletes her account', () => {
  it('registers, confirms her address, edits her profile, downloads her data and deletes her account', async () => {
    const fatima = newResident('Fatima');
    const page = await session.newPage();

    // She registers and is told to look in her mail.
    await register(page, fatima);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kijk in uw e-mail');

    // The verification mail links to this server; she opens it and confirms.
    const mail = await latestMailTo(session.baseURL, fatima.email);
    const link = linkIn(mail, session.baseURL, '/account/bevestigen?token=');
    await page.goto(link);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL('**/inloggen');
    expect(await flashText(page)).toBe('Uw e-mailadres is bevestigd. U kunt nu inloggen.');

    // She logs in and lands on Mijn Samen; her profile is one link away in the header.
    await logIn(page, fatima.email, fatima.password);
    await page.waitForURL('**/mijn-samen');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn profiel' }).click();
    await page.waitForURL('**/mijn-profiel');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Mijn profiel');
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Fatima');

    // She changes her first name and postcode.
    await page.getByLabel('Voornaam').fill('Fatma');
    await page.getByLabel('Postcode (niet verplicht)').fill('3512');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await flashText(page)).toBe('Uw gegevens zijn opgeslagen.');
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Fatma');
    expect(await page.getByLabel('Postcode (niet verplicht)').inputValue()).toBe('3512');
    expect(await page.getByRole('button', { name: 'Uitloggen (Fatma)' }).isVisible()).toBe(true);

    // She downloads everything Samen holds about her.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download mijn gegevens (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('samen-mijn-gegevens.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      account: { email: string; name: string; postcode: string };
    };
    expect(exported.account).toMatchObject({ email: fatima.email, name: 'Fatma', postcode: '3512' });

    // She deletes her account, confirming with her password.
    await page.getByRole('link', { name: 'Verwijder mijn account' }).click();
    await page.waitForURL('**/mijn-profiel/verwijderen');
    await page.getByLabel('Uw wachtwoord').fill(fatima.password);
    await page.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await flashText(page)).toMatch(/^Uw account is verwijderd/);
    expect(await page.getByRole('link', { name: 'Inloggen' }).isVisible()).toBe(true);

    // Her account is gone: logging in again fails with a clear message.
    await logIn(page, fatima.email, fatima.password);
    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toContain('Het e-mailadres of het wachtwoord klopt niet');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
  });
});
