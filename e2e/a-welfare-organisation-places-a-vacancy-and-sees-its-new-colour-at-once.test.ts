import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { DEMO_UTRECHT, flashText, POST_PATH, signedInAs } from './flows';

const session = useBrowser();
const UTRECHT = '/gemeenten/utrecht/marktplaats';
const headerColour = (page: import('playwright-core').Page) =>
  page.locator('header.samen-header').evaluate((header) => getComputedStyle(header).backgroundColor);

describe('A welfare organisation places a vacancy and sees its new colour at once', () => {
  it(
    'Sanne of Welzijn Utrecht Samen finds "Vacature plaatsen" on the marketplace and places one; ' +
      'she changes the marketplace colour and her own browser shows it on the next page',
    async () => {
      const page = await (
        await session.newContext({ storageState: await signedInAs(session, DEMO_UTRECHT.sanne) })
      ).newPage();

      // A member of an organisation finds the way to a vacancy on the marketplace itself.
      await page.goto(`${UTRECHT}/vacatures`);
      await page.getByRole('link', { name: 'Vacature plaatsen' }).click();
      await page.waitForURL(
        (url) => url.pathname === `${UTRECHT}/nieuw` && url.searchParams.get('soort') === 'vacancy',
      );
      const title = `Chauffeur voor de buurtbus ${Date.now()}`;
      await page.getByLabel('Korte titel').fill(title);
      await page.getByLabel('Vertel wat meer').fill('Wij zoeken iemand die op woensdag de buurtbus rijdt.');
      await page.getByLabel('Categorie').selectOption('vervoer');
      await page.getByRole('radio', { name: 'Vaker', exact: true }).check();
      await page.getByLabel('Uren per week').fill('4');
      await page.getByLabel('Postcode', { exact: true }).fill('3512');
      expect(await page.locator('select[name="organisation"] option:checked').innerText()).toBe(
        'Welzijn Utrecht Samen',
      );
      await page.getByRole('button', { name: 'Plaatsen' }).click();
      await page.waitForURL((url) => POST_PATH.test(url.pathname));
      await page.goto(`${UTRECHT}/vacatures`);
      expect(await page.getByRole('link', { name: title }).isVisible()).toBe(true);

      // The theme's address carries its version: a new colour is a new address, seen at once.
      const before = await page.locator('link[rel="stylesheet"][href*="/thema.css"]').getAttribute('href');
      expect(before).toMatch(/\/thema\.css\?v=/);
      const original = await headerColour(page);
      const settings = `${UTRECHT}/beheer/instellingen`;
      const setColour = async (colour: string) => {
        await page.goto(settings);
        await page.getByLabel('Hoofdkleur', { exact: true }).fill(colour);
        await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
        expect(await flashText(page)).toMatch(/opgeslagen/);
      };
      await setColour('#0b5394');
      try {
        await page.goto(UTRECHT);
        expect(await headerColour(page)).toBe('rgb(11, 83, 148)');
        expect(await page.locator('link[rel="stylesheet"][href*="/thema.css"]').getAttribute('href')).not.toBe(before);
      } finally {
        await setColour('#a3141d');
      }
      await page.goto(UTRECHT);
      expect(await headerColour(page)).toBe(original);
    },
  );
});
