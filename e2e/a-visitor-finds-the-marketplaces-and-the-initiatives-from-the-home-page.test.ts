import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('A visitor finds the marketplaces and the initiatives from the home page', () => {
  it(
    'without JavaScript, "Samen helpen" leads to the municipalities with a marketplace, "Samen innoveren" to ' +
      'the initiatives, and the clusters page shows its groups folded, a page at a time',
    async () => {
      const page = await session.newPage({ javaScriptEnabled: false });
      await page.goto('/');
      await page.getByRole('region', { name: 'Samen helpen' }).getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/gemeenten' && url.searchParams.get('marktplaats') === 'ja');
      expect(await page.locator('main p[role="status"]').innerText()).toMatch(/^Gemeenten met een marktplaats: \d+$/);
      const utrecht = page.getByRole('row', { name: /^Utrecht Utrecht/ });
      expect(await utrecht.getByRole('link', { name: 'Utrecht voor elkaar' }).getAttribute('href')).toBe(
        '/gemeenten/utrecht/marktplaats',
      );
      // Every row found has a marketplace; the GET form shows all of them again.
      expect(await page.locator('tbody').getByText('Nog niet').count()).toBe(0);
      await page.getByLabel('Marktplaats').selectOption('');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL((url) => url.pathname === '/gemeenten' && url.searchParams.get('marktplaats') === '');
      expect(await page.locator('main p[role="status"]').innerText()).toBe('342 gemeenten gevonden');
      expect(await page.locator('tbody').getByText('Nog niet').count()).toBeGreaterThan(0);

      await page.goto('/');
      await page.getByRole('region', { name: 'Samen innoveren' }).getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/innovatie');

      // The clusters: folded groups with a count; opened, a group lists its initiatives.
      await page.goto('/innovatie/clusters');
      const total = Number(
        (await page.getByText(/^Groepen van vergelijkbare initiatieven: \d+/).innerText()).match(/\d+/)?.[0],
      );
      const groups = page.locator('details.samen-cluster');
      expect(await groups.count()).toBe(Math.min(total, 10));
      const first = groups.first();
      expect(await first.getAttribute('open')).toBeNull();
      expect(await first.locator('summary').innerText()).toMatch(/\d+ vergelijkbare initiatieven in \d+ gemeenten/);
      expect(await first.getByRole('link').first().isVisible()).toBe(false);
      await first.locator('summary').click();
      expect(await first.getByRole('link').first().isVisible()).toBe(true);
      if (total > 10) {
        await page.getByRole('link', { name: 'Volgende pagina' }).click();
        await page.waitForURL((url) => url.searchParams.get('pagina') === '2');
        expect(await page.locator('details.samen-cluster').count()).toBe(Math.min(total - 10, 10));
      }
    },
  );
});
