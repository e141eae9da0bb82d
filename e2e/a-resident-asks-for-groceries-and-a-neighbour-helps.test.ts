import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import {
  CONVERSATION_PATH,
  DEMO_UTRECHT,
  fillAndPlaceHelpRequest,
  flashText,
  latestMailTo,
  linkIn,
  newResident,
  POST_PATH,
  registerAndLogIn,
  signedInAs,
} from './flows';

const session = useBrowser();

/** The texts of the messages in the conversation on `page`, oldest first. */
const messagesOn = (page: Page) => page.getByRole('list', { name: 'Berichten' }).getByRole('listitem').allInnerTexts();

/** The status line of the marketplace's search ("{n} gevonden"). */
const statusLine = (page: Page) => page.locator('main p[role="status"]').innerText();

describe('A resident asks for groceries and a neighbour helps', () => {
  it(
    'Fatima asks for help with her groceries, Jan finds it near 3512, ' + 'they talk, and she accepts his help',
    async () => {
      // Two new people: Fatima in 3511 and her neighbour Jan in 3512, so nothing of the demo is theirs.
      const fatima = newResident('Fatima');
      const jan = { ...newResident('Jan'), lastName: 'de Boer', postcode: '3512' };
      const title = 'Hulp bij mijn boodschappen, ik mag niet tillen';
      const description =
        'Na mijn operatie mag ik zes weken niet tillen. ' +
        'Wie wil één keer per week boodschappen voor mij doen bij de supermarkt om de hoek?';

      const her = await (await session.newContext()).newPage();
      await registerAndLogIn(her, fatima);

      // She opens Utrecht's marketplace from the municipality page; it has the marketplace's own colours.
      await her.goto('/gemeenten/utrecht');
      await her.getByRole('link', { name: 'Naar Utrecht voor elkaar' }).click();
      await her.waitForURL((url) => url.pathname === '/gemeenten/utrecht/marktplaats');
      expect(await her.getByRole('heading', { level: 1 }).innerText()).toBe('Utrecht voor elkaar');
      expect(
        await her.locator('link[rel="stylesheet"][href^="/gemeenten/utrecht/marktplaats/thema.css?v="]').count(),
      ).toBe(1);
      expect(
        await her.locator('header.samen-header').evaluate((header) => getComputedStyle(header).backgroundColor),
      ).toBe('rgb(163, 20, 29)');

      // She asks for help, in three steps.
      await her.getByRole('link', { name: 'Hulp vragen' }).click();
      await her.waitForURL(
        (url) => url.pathname === '/gemeenten/utrecht/marktplaats/nieuw' && url.searchParams.get('soort') === 'request',
      );
      for (const step of ['Stap 1: Wat', 'Stap 2: Wanneer', 'Stap 3: Waar'])
        expect(await her.getByRole('heading', { level: 2, name: step }).isVisible()).toBe(true);
      await fillAndPlaceHelpRequest(her, {
        title,
        description,
        category: 'boodschappen',
        when: 'In overleg',
        postcode: '3511',
      });

      // She lands on her post, which is open and waits for responses.
      await her.waitForURL((url) => POST_PATH.test(url.pathname));
      const postPath = new URL(her.url()).pathname;
      expect(await flashText(her)).toBe('Uw plaatsing staat op de marktplaats.');
      expect(await her.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await her.locator('.samen-meta').first().innerText()).toBe('Hulpvraag · Boodschappen · open');
      expect(await her.getByRole('definition').allInnerTexts()).toEqual(['In overleg', 'Utrecht (3511)', 'Fatima']);
      expect(await her.getByRole('heading', { level: 2, name: 'Reacties (0)' }).isVisible()).toBe(true);
      expect(await her.getByRole('button', { name: 'Plaatsing intrekken' }).isVisible()).toBe(true);
      // She can't offer help on her own request.
      expect(await her.getByRole('button', { name: 'Ik wil helpen' }).count()).toBe(0);

      // Jan searches "boodschap" near his postcode 3512, within 5 km, newest first:
      // "boodschap" also finds "boodschappen".
      const him = await (await session.newContext()).newPage();
      await registerAndLogIn(him, jan);
      await him.goto('/gemeenten/utrecht/marktplaats');
      await him.getByLabel('Zoek op woorden').fill('boodschap');
      await him.getByLabel('In de buurt van postcode').fill('3512');
      await him.getByLabel('Afstand').selectOption('5');
      await him.getByLabel('Sorteren op').selectOption('date');
      await him.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      await him.waitForURL((url) => url.searchParams.get('zoek') === 'boodschap');
      const search = new URL(him.url());
      expect(Object.fromEntries(search.searchParams)).toMatchObject({
        zoek: 'boodschap',
        postcode: '3512',
        afstand: '5',
        sorteer: 'date',
      });
      expect(await statusLine(him)).toMatch(/^[1-9]\d* gevonden$/);
      const card = him.locator('.samen-card', { has: him.getByRole('link', { name: title, exact: true }) });
      expect(await card.count()).toBe(1);
      expect(await card.innerText()).toMatch(/Boodschappen · In overleg · Utrecht \(3511\) · \d+(,\d)? km/);
      expect(await card.innerText()).toContain('Fatima · open');
      // Every result is within the 5 km.
      for (const meta of await him.locator('.samen-card .samen-meta:first-of-type').allInnerTexts()) {
        const km = Number(meta.match(/· (\d+(?:,\d)?) km$/)?.[1]?.replace(',', '.'));
        expect(km, meta).toBeLessThanOrEqual(5);
      }

      // He opens her request and offers his help with a message.
      await card.getByRole('link', { name: title, exact: true }).click();
      await him.waitForURL((url) => url.pathname === postPath);
      await him
        .getByRole('textbox', { name: 'Uw bericht' })
        .fill(
          'Dag Fatima, ik woon twee straten verderop en ga elke zaterdag naar de supermarkt. ' +
            'Ik neem uw boodschappen graag mee.',
        );
      await him.getByRole('button', { name: 'Ik wil helpen' }).click();
      await him.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
      const conversationPath = new URL(him.url()).pathname;
      expect(await flashText(him)).toBe('Uw reactie is verstuurd. Hier kunt u verder praten.');
      expect(await him.getByRole('heading', { level: 1 }).innerText()).toBe('Gesprek met Fatima');
      expect(await messagesOn(him)).toEqual([expect.stringContaining('ik woon twee straten verderop')]);
      // Only the one who asked can accept.
      expect(await him.getByRole('button', { name: /helpt mij$/ }).count()).toBe(0);

      // She gets a mail that links to the conversation; on her post, his response is listed.
      const mail = await latestMailTo(session.baseURL, fatima.email, /reageert op/);
      expect(mail.subject).toBe(`Utrecht voor elkaar: Jan reageert op "${title}"`);
      expect(new URL(linkIn(mail, session.baseURL, '/gesprekken/')).pathname).toBe(conversationPath);
      await her.goto(postPath);
      expect(await her.getByRole('heading', { level: 2, name: 'Reacties (1)' }).isVisible()).toBe(true);
      await her.getByRole('link', { name: 'Gesprek met Jan' }).click();
      await her.waitForURL((url) => url.pathname === conversationPath);
      expect(await messagesOn(her)).toEqual([expect.stringContaining('ik woon twee straten verderop')]);

      // She writes back, he answers: messages go both ways, in order.
      await her
        .getByRole('textbox', { name: 'Uw bericht' })
        .fill('Wat fijn, Jan! Zaterdag komt goed uit. Ik maak een lijstje.');
      await her.getByRole('button', { name: 'Bericht sturen' }).click();
      await her.waitForURL((url) => url.pathname === conversationPath);
      await him.reload();
      expect(await messagesOn(him)).toEqual([
        expect.stringContaining('twee straten verderop'),
        expect.stringContaining('Zaterdag komt goed uit'),
      ]);
      await him.getByRole('textbox', { name: 'Uw bericht' }).fill('Prima, dan bel ik zaterdag om tien uur aan.');
      await him.getByRole('button', { name: 'Bericht sturen' }).click();
      await him.waitForURL((url) => url.pathname === conversationPath);
      expect(await messagesOn(him)).toHaveLength(3);

      await her.reload();
      const messages = await messagesOn(her);
      expect(messages).toEqual([
        expect.stringContaining('twee straten verderop'),
        expect.stringContaining('Zaterdag komt goed uit'),
        expect.stringContaining('tien uur aan'),
      ]);
      expect(messages.map((text) => text.split(' · ')[0])).toEqual(['Jan', 'Fatima', 'Jan']);

      // She accepts: Jan helps her. The request is matched.
      await her.getByRole('button', { name: 'Ja, Jan helpt mij' }).click();
      await her.waitForURL((url) => url.pathname === conversationPath);
      expect(await flashText(her)).toBe('Gelukt. Bij uw hulpvraag staat nu dat er een helper is.');
      expect(await her.getByRole('button', { name: 'Ja, Jan helpt mij' }).count()).toBe(0);
      await her.getByRole('link', { name: title }).click();
      await her.waitForURL((url) => url.pathname === postPath);
      expect(await her.locator('.samen-meta').first().innerText()).toBe('Hulpvraag · Boodschappen · hulp gevonden');
      expect(await her.locator('.samen-card', { hasText: 'Gesprek met Jan' }).innerText()).toContain('geaccepteerd');

      // For Jan too, the request shows "hulp gevonden", and nobody else can respond any more.
      await him.goto(postPath);
      expect(await him.locator('.samen-meta').first().innerText()).toBe('Hulpvraag · Boodschappen · hulp gevonden');
      expect(await him.getByRole('button', { name: 'Ik wil helpen' }).count()).toBe(0);

      // Both see it under "Mijn Samen": her post, his conversation.
      await her.goto('/mijn-samen');
      const herPosts = her.getByRole('region', { name: 'Mijn plaatsingen' });
      expect(await herPosts.getByRole('link').allInnerTexts()).toEqual([title]);
      expect(await herPosts.locator('.samen-card').innerText()).toContain('Fatima · hulp gevonden');
      const herConversations = her.getByRole('region', { name: 'Mijn gesprekken' });
      expect(await herConversations.getByRole('link').allInnerTexts()).toEqual([title]);

      await him.goto('/mijn-samen');
      expect(await him.getByRole('region', { name: 'Mijn plaatsingen' }).innerText()).toContain(
        'U heeft nog niets geplaatst.',
      );
      const hisConversations = him.getByRole('region', { name: 'Mijn gesprekken' });
      expect(await hisConversations.getByRole('link').allInnerTexts()).toEqual([title]);
      expect(await hisConversations.locator('.samen-card').innerText()).toContain('geaccepteerd');
      await hisConversations.getByRole('link', { name: title }).click();
      await him.waitForURL((url) => url.pathname === conversationPath);
    },
  );
});

describe('Asking for help works without JavaScript', () => {
  it('Fatima (demo) places a request for one day, after the form pointed her to the missing date', async () => {
    const page = await session.newPage({
      javaScriptEnabled: false,
      storageState: await signedInAs(session, DEMO_UTRECHT.fatima),
    });
    const title = 'Boodschappen halen op de dag van mijn ziekenhuisbezoek';
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

    await page.goto('/gemeenten/utrecht/marktplaats');
    await page.getByRole('link', { name: 'Hulp vragen' }).click();
    await page.waitForURL((url) => url.pathname === '/gemeenten/utrecht/marktplaats/nieuw');

    // "Eén keer" without a date: the server says what is missing and keeps what she typed.
    const request = {
      title,
      description: 'Ik ben die dag de hele dag weg. Wie haalt een paar boodschappen voor mij?',
      category: 'boodschappen',
      when: 'Eén keer',
      postcode: '3511',
    } as const;
    await fillAndPlaceHelpRequest(page, request);
    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(await page.title()).toMatch(/^Fout: /);
    expect(
      await summary
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])),
    ).toEqual([['#veld-whenDate', 'Vul de datum in als het om één keer gaat.']]);
    expect(await page.getByLabel('Datum (bij één keer)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Korte titel').inputValue()).toBe(title);
    expect(await page.getByRole('radio', { name: 'Eén keer' }).isChecked()).toBe(true);

    // With the date, it is placed.
    await fillAndPlaceHelpRequest(page, { ...request, date: inTenDays });
    await page.waitForURL((url) => POST_PATH.test(url.pathname));
    expect(await flashText(page)).toBe('Uw plaatsing staat op de marktplaats.');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full' }).format(new Date(inTenDays));
    expect(await page.getByRole('definition').first().innerText()).toBe(when);
  });
});
