import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { checkPageState } from './page-states';
import {
  CONVERSATION_PATH,
  DEMO_UTRECHT,
  fillAndPlaceHelpRequest,
  flashText,
  newResident,
  type OutboxMail,
  POST_PATH,
  registerAndLogIn,
  signedInAs,
} from './flows';

const session = useBrowser();
const MARKETPLACE = '/gemeenten/utrecht/marktplaats';

/** Every mail to `to` in the development mailbox, newest first. */
async function mailsTo(to: string): Promise<OutboxMail[]> {
  const response = await fetch(`${session.baseURL}/api/v1/dev/outbox?pageSize=100`);
  const { items } = (await response.json()) as { items: OutboxMail[] };
  return items.filter((item) => item.to === to);
}

async function placeRequest(page: Page, title: string, description: string): Promise<string> {
  await page.goto(`${MARKETPLACE}/nieuw?soort=request`);
  await fillAndPlaceHelpRequest(page, {
    title,
    description,
    category: 'boodschappen',
    when: 'In overleg',
    postcode: '3511',
  });
  await page.waitForURL((url) => POST_PATH.test(url.pathname));
  return new URL(page.url()).pathname;
}

/** The header link "Meldingen", with its unread count read out as "(n ongelezen)". */
const notificationsLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Meldingen/ });

describe('A volunteer saves a search and hears of new requests', () => {
  it(
    'Jan saves "boodschap" near 3512, hears of Fatima\'s request in the app and by one mail, unsubscribes ' +
      'with one click, hears of the next one only in the app, and is told when she accepts his help',
    async () => {
      const run = Date.now().toString(36);
      const jan = { ...newResident('Jan'), postcode: '3512' };
      const fatima = newResident('Fatima');
      const him = await (await session.newContext()).newPage();
      await registerAndLogIn(him, jan);
      const her = await (await session.newContext()).newPage();
      await registerAndLogIn(her, fatima);

      // Jan searches and keeps the search, with mail straight away.
      await him.goto(MARKETPLACE);
      await him.getByLabel('Zoek op woorden').fill('boodschap');
      await him.getByLabel('In de buurt van postcode').fill('3512');
      await him.getByLabel('Afstand').selectOption('5');
      await him.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      await him.waitForURL((url) => url.searchParams.get('zoek') === 'boodschap');
      const save = him.getByRole('form', { name: 'Bewaar deze zoekopdracht' });
      await save.getByRole('radio', { name: 'Meteen' }).check();
      await save.getByRole('button', { name: 'Bewaar deze zoekopdracht' }).click();
      await him.waitForURL((url) => url.searchParams.get('zoek') === 'boodschap');
      expect(await flashText(him)).toBe('Uw zoekopdracht is bewaard. U hoort het als er iets nieuws bij komt.');
      await him.goto('/mijn-zoekopdrachten');
      expect(await him.locator('main').innerText()).toContain('hulpvragen, "boodschap", binnen 5 km van 3512');

      // Fatima asks for help with her groceries: Jan sees it under "Meldingen" and gets one mail.
      const first = `Boodschappen voor het weekend (${run})`;
      const firstPath = await placeRequest(her, first, 'Wie neemt op zaterdag mijn boodschappen mee van de markt?');
      await him.goto('/');
      expect(await notificationsLink(him).innerText()).toMatch(/^Meldingen\s*1/);
      await notificationsLink(him).click();
      const list = him.locator('.samen-notifications');
      expect(await list.innerText()).toContain(`Nieuw: "${first}"`);
      const mails = (await mailsTo(jan.email)).filter((mail) => mail.subject.includes('Nieuw:'));
      expect(mails.map((mail) => mail.subject)).toEqual([`Utrecht voor elkaar: Nieuw: "${first}"`]);
      expect(mails[0]?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

      // In the mailbox he presses "unsubscribe" the way his mail program does it (a POST, no login).
      const mailbox = await session.newPage();
      await mailbox.goto(`/dev/mail/${mails[0]?.id}`);
      await mailbox.getByRole('button', { name: /^Afmelden met één klik/ }).click();
      expect(await mailbox.locator('main').innerText()).toContain(
        'U krijgt geen mail meer over "Nieuw bij een bewaarde zoekopdracht".',
      );

      // A second request reaches his "Meldingen", not his mailbox.
      const second = `Boodschappen doen op maandag (${run})`;
      await placeRequest(her, second, 'Ik zoek iemand die op maandag boodschappen voor mij doet.');
      await him.goto('/meldingen');
      expect(await him.locator('.samen-notifications').innerText()).toContain(`Nieuw: "${second}"`);
      expect((await mailsTo(jan.email)).filter((mail) => mail.subject.includes('Nieuw:'))).toHaveLength(1);

      // Following the notification marks it read and leads to the request; he offers his help.
      await him.getByRole('link', { name: `Nieuw: "${first}"` }).click();
      await him.waitForURL((url) => url.pathname === firstPath);
      await him.getByRole('textbox', { name: 'Uw bericht' }).fill('Ik ga zaterdag toch naar de markt. Ik neem ze mee.');
      await him.getByRole('button', { name: 'Ik wil helpen' }).click();
      await him.waitForURL((url) => CONVERSATION_PATH.test(url.pathname));
      const conversation = new URL(him.url()).pathname;

      // Fatima accepts; Jan is told, in the app and by mail (acceptances come straight away).
      await her.goto(conversation);
      await her.getByRole('button', { name: 'Ja, Jan helpt mij' }).click();
      await her.waitForURL((url) => url.pathname === conversation);
      await him.goto('/meldingen?ongelezen=ja');
      expect(await him.locator('.samen-notifications').innerText()).toContain(
        `Fatima neemt uw hulp aan bij "${first}"`,
      );
      expect((await mailsTo(jan.email)).map((mail) => mail.subject)).toContain(
        `Utrecht voor elkaar: Fatima neemt uw hulp aan bij "${first}"`,
      );

      // He marks everything read, without JavaScript too: the count in the header goes.
      await him.getByRole('button', { name: 'Markeer alles als gelezen' }).click();
      expect(await flashText(him)).toBe('Alle meldingen zijn gelezen.');
      expect((await notificationsLink(him).innerText()).trim()).toBe('Meldingen');
    },
  );

  it('Sanne rejects a request with a reason; Fatima reads why, changes it and sends it again', async () => {
    const run = Date.now().toString(36);
    const title = `Wie brengt mij naar de bibliotheek? (${run})`;
    const fatima = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.fatima) });
    // A link sends it to the beheerder first.
    const path = await placeRequest(
      fatima,
      title,
      'Ik wil boeken lenen. Zie www.bibliotheekutrecht.nl voor de tijden.',
    );

    const sanne = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.sanne) });
    await sanne.goto(`${MARKETPLACE}/beheer`);
    const card = sanne.getByRole('article', { name: title, exact: true });
    await card
      .getByRole('textbox', { name: 'Toelichting voor de schrijver' })
      .fill('Haal de link weg. Schrijf zelf wanneer u wilt gaan.');
    await card.getByRole('button', { name: 'Afwijzen' }).click();
    await sanne.waitForURL((url) => url.pathname === `${MARKETPLACE}/beheer`);

    await fatima.goto('/meldingen');
    const told = fatima.locator('.samen-notification', { hasText: `"${title}" is niet geplaatst` });
    expect(await told.innerText()).toContain('Haal de link weg. Schrijf zelf wanneer u wilt gaan.');
    const mail = (await mailsTo('inwoner@samen.demo')).find((m) => m.subject.includes(`"${title}" is niet geplaatst`));
    expect(mail?.subject).toBe(`Utrecht voor elkaar: "${title}" is niet geplaatst`);
    expect(mail?.text).toContain('Haal de link weg.');

    await told.getByRole('link').click();
    await fatima.waitForURL((url) => url.pathname === path);
    expect(await fatima.locator('main').innerText()).toContain('Haal de link weg. Schrijf zelf wanneer u wilt gaan.');
    await fatima.getByRole('link', { name: 'Wijzigen' }).click();
    await fatima.getByLabel('Vertel wat meer').fill('Ik wil boeken lenen. Ik ga het liefst op woensdagmiddag.');
    await fatima.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await fatima.waitForURL((url) => url.pathname === path);
    await fatima.getByRole('button', { name: 'Opnieuw insturen' }).click();
    await fatima.waitForURL((url) => url.pathname === path);
    expect(await fatima.locator('.samen-meta').first().innerText()).toContain('wordt gecontroleerd');
  });

  it('the notification pages pass axe', async () => {
    const page = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.jan) });
    for (const path of ['/meldingen', '/meldingen/instellingen', '/mijn-zoekopdrachten']) {
      await page.goto(path);
      expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
      await checkPageState(session, page, `notifications ${path}`);
    }
    const anonymous = await session.newPage();
    await anonymous.goto('/afmelden/not.valid');
    expect(await axeViolations(anonymous), 'axe violations on the unsubscribe page').toEqual([]);
    await checkPageState(session, anonymous, 'unsubscribe with a broken link');
  });
});
