import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { CONVERSATION_PATH, DEMO_UTRECHT, fillAndPlaceHelpRequest, flashText, POST_PATH, signedInAs } from './flows';

const session = useBrowser();

const BEHEER = '/gemeenten/utrecht/marktplaats/beheer';

/** Fatima places a help request and returns the path of its page. */
async function placeRequest(page: Page, title: string, description: string): Promise<string> {
  await page.goto('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
  await fillAndPlaceHelpRequest(page, {
    title,
    description,
    category: 'klussen',
    when: 'In overleg',
    postcode: '3511',
  });
  await page.waitForURL((url) => POST_PATH.test(url.pathname));
  return new URL(page.url()).pathname;
}

/** A post's card in the queue of the beheer page: an article named by the post's title. */
const cardOf = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

/** The status line of a post's page ("Hulpvraag · Klussen in huis · open"). */
const statusOf = async (page: Page, path: string) => {
  await page.goto(path);
  return (await page.locator('.samen-meta').first().innerText()).split(' · ').pop();
};

describe('A beheerder reviews reported posts', () => {
  it(
    'Sanne approves a post that waited for review and rejects one that Jan reported, with reasons; ' +
      'she reads the conversation Fatima reported',
    async () => {
      const run = Date.now().toString(36);
      const library = `Wie gaat met mij naar de bibliotheek? (${run})`;
      const curtains = `Hulp bij het ophangen van gordijnen (${run})`;

      // Fatima asks twice for help with her curtains by mistake, and once for the library with a link in it.
      const fatima = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.fatima) });
      const libraryPath = await placeRequest(
        fatima,
        library,
        'Ik wil graag boeken lenen maar ik kan niet goed lopen. ' +
          'Kijk op www.bibliotheekutrecht.nl voor de openingstijden.',
      );
      // The link sends it to the beheerder first.
      expect(await fatima.locator('.samen-meta').first().innerText()).toBe(
        'Hulpvraag · Klussen in huis · wordt gecontroleerd',
      );
      const curtainsPath = await placeRequest(
        fatima,
        curtains,
        'Ik heb nieuwe gordijnen, maar ik kan niet op een trap staan. Wie helpt mij?',
      );
      const duplicatePath = await placeRequest(
        fatima,
        curtains,
        'Ik heb nieuwe gordijnen, maar ik kan niet op een trap staan. Wie helpt mij?',
      );
      expect(duplicatePath).not.toBe(curtainsPath);

      // Jan, without JavaScript, sees it twice and reports the second one. "Melden" is tucked away until he opens it.
      const jan = await session.newPage({
        javaScriptEnabled: false,
        storageState: await signedInAs(session, DEMO_UTRECHT.jan),
      });
      await jan.goto(duplicatePath);
      const reason = jan.getByRole('textbox', { name: 'Wat is er mis?' });
      expect(await reason.isVisible()).toBe(false);
      await jan.getByText('Melden', { exact: true }).click();
      expect(await reason.isVisible()).toBe(true);
      // Without a reason, the page says what is missing, beside the field and in the summary.
      await jan.getByRole('button', { name: 'Melding versturen' }).click();
      const summary = jan.locator('.samen-error-summary');
      await summary.waitFor();
      expect(await jan.title()).toMatch(/^Fout: /);
      expect(
        await summary
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])),
      ).toEqual([['#veld-reportReason', 'Schrijf kort op wat er mis is.']]);
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      await reason.fill('Deze vraag staat er twee keer op.');
      await jan.getByRole('button', { name: 'Melding versturen' }).click();
      await jan.waitForURL((url) => url.pathname === duplicatePath);
      expect(await flashText(jan)).toBe('Bedankt, de beheerder kijkt ernaar.');

      // Jan offers help on the first one, and asks for her phone number; Fatima reports the conversation.
      await jan.goto(curtainsPath);
      await jan
        .getByRole('textbox', { name: 'Uw bericht' })
        .fill('Ik help graag. Wat is uw telefoonnummer en uw adres?');
      await jan.getByRole('button', { name: 'Ik wil helpen' }).click();
      await jan.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
      const conversationPath = new URL(jan.url()).pathname;
      await fatima.goto(conversationPath);
      await fatima.getByText('Gesprek melden', { exact: true }).click();
      await fatima
        .getByRole('textbox', { name: 'Wat is er mis?' })
        .fill('Hij vraagt om mijn adres. Dat wil ik niet via de app delen.');
      await fatima.getByRole('button', { name: 'Melding versturen' }).click();
      await fatima.waitForURL((url) => url.pathname === conversationPath);
      expect(await flashText(fatima)).toBe('Bedankt, de beheerder kijkt ernaar.');
      expect(await fatima.getByText(/^Dit gesprek is gemeld op/).isVisible()).toBe(true);

      // Sanne, beheerder of Utrecht voor elkaar, finds the beheer page from the marketplace (no JavaScript).
      const sanne = await session.newPage({
        javaScriptEnabled: false,
        storageState: await signedInAs(session, DEMO_UTRECHT.sanne),
      });
      await sanne.goto('/gemeenten/utrecht/marktplaats');
      await sanne.getByRole('link', { name: 'Beheer: controle en meldingen' }).click();
      await sanne.waitForURL((url) => url.pathname === BEHEER);
      expect(await sanne.getByRole('heading', { level: 1 }).innerText()).toBe('Beheer van Utrecht voor elkaar');

      // The post with the link waits for review; the duplicate has Jan's report. She sees who wrote them.
      const libraryCard = cardOf(sanne, library);
      expect(await libraryCard.innerText()).toContain('Geen meldingen. De plaatsing wacht op controle.');
      expect(await libraryCard.innerText()).toContain('Fatima El Amrani');
      expect(await libraryCard.innerText()).toContain(DEMO_UTRECHT.fatima);
      const duplicateCard = cardOf(sanne, curtains);
      expect(await duplicateCard.count()).toBe(1);
      expect(await duplicateCard.innerText()).toContain('Deze vraag staat er twee keer op.');

      // Rejecting without a reason is refused; nothing changes. (Approving needs no reason.)
      await libraryCard.getByRole('button', { name: 'Afwijzen' }).click();
      const errors = sanne.locator('.samen-error-summary');
      await errors.waitFor();
      expect(await sanne.title()).toMatch(/^Fout: /);
      const target = await errors.getByRole('link').getAttribute('href');
      expect(await errors.innerText()).toContain('Schrijf op waarom u de plaatsing afwijst. De schrijver leest dit.');
      expect(await sanne.locator(`textarea${target}`).getAttribute('aria-invalid')).toBe('true');
      expect(
        await cardOf(sanne, library).getByRole('textbox', { name: 'Toelichting voor de schrijver' }).getAttribute('id'),
      ).toBe(target?.slice(1));

      // She approves it after all, with a note for Fatima: it leaves the queue.
      await cardOf(sanne, library)
        .getByRole('textbox', { name: 'Toelichting voor de schrijver' })
        .fill('De link gaat naar de openbare bibliotheek. Dat mag.');
      await cardOf(sanne, library).getByRole('button', { name: 'Goedkeuren' }).click();
      await sanne.waitForURL((url) => url.pathname === BEHEER);
      expect(await flashText(sanne)).toBe('De plaatsing is goedgekeurd.');
      expect(await cardOf(sanne, library).count()).toBe(0);

      // She rejects the duplicate.
      await cardOf(sanne, curtains)
        .getByRole('textbox', { name: 'Toelichting voor de schrijver' })
        .fill('Dubbel geplaatst. De eerste vraag blijft staan.');
      await cardOf(sanne, curtains).getByRole('button', { name: 'Afwijzen' }).click();
      await sanne.waitForURL((url) => url.pathname === BEHEER);
      expect(await flashText(sanne)).toBe('De plaatsing is afgewezen en gesloten.');
      expect(await cardOf(sanne, curtains).count()).toBe(0);

      // The reported conversation: she may read it, but not write in it.
      const reported = sanne.getByRole('region', { name: /^Gemelde gesprekken/ });
      expect(await reported.innerText()).toContain('Hij vraagt om mijn adres.');
      await reported.getByRole('link', { name: `Gesprek tussen Fatima en Jan over "${curtains}"` }).click();
      await sanne.waitForURL((url) => url.pathname === conversationPath);
      expect(await sanne.getByRole('heading', { level: 1 }).innerText()).toBe('Gemeld gesprek tussen Fatima en Jan');
      expect(await sanne.getByRole('list', { name: 'Berichten' }).innerText()).toContain(
        'Wat is uw telefoonnummer en uw adres?',
      );
      expect(await sanne.getByRole('button', { name: 'Bericht sturen' }).count()).toBe(0);
      await sanne.getByRole('link', { name: 'Terug naar beheer' }).click();
      await sanne.waitForURL((url) => url.pathname === BEHEER);

      // For Fatima: the library request is open now, the duplicate closed, the first curtains request still open.
      expect(await statusOf(fatima, libraryPath)).toBe('open');
      expect(await statusOf(fatima, duplicatePath)).toBe('gesloten');
      expect(await statusOf(fatima, curtainsPath)).toBe('open');

      // Jan is no beheerder: no link, and the page is closed to him.
      await jan.goto('/gemeenten/utrecht/marktplaats');
      expect(await jan.getByRole('link', { name: 'Beheer: controle en meldingen' }).count()).toBe(0);
      const refused = await jan.goto(BEHEER);
      expect(refused?.status()).toBe(403);
      expect(await jan.getByRole('heading', { level: 1 }).innerText()).toBe('Geen toegang');
    },
  );
});
