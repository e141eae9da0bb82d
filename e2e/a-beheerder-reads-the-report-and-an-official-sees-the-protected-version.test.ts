import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { DEMO, DEMO_UTRECHT, signedInAs } from './flows';

const session = useBrowser();
const REPORT = '/gemeenten/utrecht/marktplaats/rapportage';

describe('The report of a marketplace', () => {
  it(
    'Sanne opens the report for last quarter, switches to this year and downloads the CSV; ' +
      'an official of Utrecht sees the protected version; a resident and an official of Alphen get "Geen toegang"',
    async () => {
      const sanne = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.sanne) });
      await sanne.goto('/gemeenten/utrecht/marktplaats');
      await sanne.getByRole('link', { name: 'Rapportage: wat de marktplaats oplevert' }).click();
      await sanne.getByRole('heading', { level: 1, name: 'Rapportage Utrecht voor elkaar' }).waitFor();
      await sanne.getByRole('link', { name: 'Vorig kwartaal' }).click();
      await sanne.getByText('U ziet alle cijfers, omdat u beheerder bent van deze marktplaats.').waitFor();
      expect(await axeViolations(sanne)).toEqual([]);

      await sanne.getByRole('link', { name: 'Dit jaar' }).click();
      const year = new URL(sanne.url()).searchParams;
      expect(year.get('van')).toMatch(/^\d{4}-01$/);
      // every chart has a text alternative and a table with its figures
      for (const name of [
        'Van plaatsing tot match',
        'Hulpvragen en matches per maand',
        'Hulp die ontbreekt, per soort hulp',
      ])
        await sanne.getByRole('img', { name: new RegExp(`^${name}`) }).waitFor();
      await sanne.getByRole('table', { name: 'Hulpvragen en matches per maand' }).waitFor();
      expect(await axeViolations(sanne)).toEqual([]);

      const [download] = await Promise.all([
        sanne.waitForEvent('download'),
        sanne.getByRole('link', { name: 'Download kerncijfers als CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^samen-utrecht-summary-\d{4}-01-\d{4}-\d{2}\.csv$/);
      const text = await (await download.createReadStream()).toArray();
      const csv = Buffer.concat(text).toString('utf8');
      expect(csv.startsWith('\ufefffigure;label;value;previous')).toBe(true);

      const official = await session.newPage({ storageState: await signedInAs(session, DEMO.utrechtOfficial) });
      await official.goto(REPORT);
      await official.getByText('U ziet de beschermde versie').waitFor();
      expect(await axeViolations(official)).toEqual([]);

      for (const email of [DEMO_UTRECHT.fatima, DEMO.alphen]) {
        const page = await session.newPage({ storageState: await signedInAs(session, email) });
        const response = await page.goto(REPORT);
        expect(response?.status()).toBe(403);
        await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
        await page.close();
      }
    },
  );
});
