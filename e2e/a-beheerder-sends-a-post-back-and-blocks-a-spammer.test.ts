import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type BrowserSession, useBrowser } from './browser';
import {
  DEMO_UTRECHT,
  fillAndPlaceHelpRequest,
  flashText,
  newResident,
  POST_PATH,
  registerAndLogIn,
  signedInAs,
} from './flows';
import { checkPageState } from './page-states';

const session = useBrowser();

const UTRECHT = '/gemeenten/utrecht/marktplaats';
const BEHEER = `${UTRECHT}/beheer`;

/** Places a help request through the form of a marketplace and returns the path of its page. */
async function placeRequest(page: Page, marketplace: string, title: string, description: string, postcode: string) {
  await page.goto(`${marketplace}/nieuw?soort=request`);
  await fillAndPlaceHelpRequest(page, { title, description, category: 'klussen', when: 'In overleg', postcode });
  await page.waitForURL((url) => POST_PATH.test(url.pathname));
  return new URL(page.url()).pathname;
}

/** A post's card in the queue of the beheer page: an article named by the post's title. */
const cardOf = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

/** Reports a post through its page, without JavaScript. */
async function report(page: Page, path: string, reason: string) {
  await page.goto(path);
  await page.getByText('Melden', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Wat is er mis?' }).fill(reason);
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  expect(await flashText(page)).toBe('Bedankt, de beheerder kijkt ernaar.');
}

/** axe (WCAG 2.1 A and AA) on the page as it is, and the checks of every page state. */
async function passesAxe(s: BrowserSession, page: Page, name: string) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
  await checkPageState(s, page, name);
}

describe('A beheerder sends a post back and blocks a spammer', () => {
  it('Sanne sees why a post waits, sends it back, and Fatima changes it until it is approved; three reports ' +
    'hide a spammer’s post, Sanne blocks him on Utrecht and he is refused there but not in Rotterdam', async () => {
    const run = Date.now().toString(36);
    const garden = `Hulp bij het snoeien van de heg (${run})`;
    const flyers = `Gratis folders voor iedereen (${run})`;

    // Fatima asks for help with her phone number in it: it waits for the beheerder.
    const fatima = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.fatima) });
    const gardenPath = await placeRequest(
      fatima,
      UTRECHT,
      garden,
      'Mijn heg is te hoog geworden. Wie helpt mij snoeien? Bel mij op 06-12345678.',
      '3511',
    );

    // Kevin, new on Samen, places something that is not a request for help.
    const kevin = await session.newPage();
    await registerAndLogIn(kevin, newResident('Kevin'));
    const flyersPath = await placeRequest(
      kevin,
      UTRECHT,
      flyers,
      'Ik breng bij iedereen in de wijk mijn folders rond. Kijk er goed naar, het is heel voordelig.',
      '3511',
    );

    // Jan and Fatima report it: two reports, and everyone still sees it.
    const jan = await session.newPage({
      javaScriptEnabled: false,
      storageState: await signedInAs(session, DEMO_UTRECHT.jan),
    });
    await report(jan, flyersPath, 'Dit is reclame, geen hulpvraag.');
    await report(fatima, flyersPath, 'Reclame voor folders.');
    const visitor = await session.newPage();
    expect((await visitor.goto(flyersPath))?.status()).toBe(200);
    // A third person reports it: now nobody sees it until a beheerder decides.
    const aisha = await session.newPage();
    await registerAndLogIn(aisha, newResident('Aisha'));
    await report(aisha, flyersPath, 'Hij stuurt iedereen reclame.');
    expect((await visitor.goto(flyersPath))?.status()).toBe(404);

    // Sanne sees why each post waits: the rule, and the matched text marked.
    // (axe needs script on the page; the forms themselves are plain, see moderation.pages.test.ts)
    const sanne = await session.newPage({ storageState: await signedInAs(session, DEMO_UTRECHT.sanne) });
    await sanne.goto(BEHEER);
    const gardenCard = cardOf(sanne, garden);
    expect(await gardenCard.innerText()).toContain('Contactgegevens: Er staat een telefoonnummer in');
    expect(await gardenCard.locator('mark').allInnerTexts()).toEqual(['06-12345678']);
    const flyersCard = cardOf(sanne, flyers);
    expect(await flyersCard.innerText()).toMatch(/Verborgen sinds .*, na 3 meldingen/);
    await passesAxe(session, sanne, 'beheer page with why posts wait, a hidden post and blocks');

    // Sending back without saying what to change is refused; with a note it goes back to Fatima.
    await gardenCard.getByRole('button', { name: 'Terugsturen voor aanpassing' }).click();
    await sanne.locator('.samen-error-summary').waitFor();
    expect(await sanne.locator('.samen-error-summary').innerText()).toContain(
      'Schrijf op wat de schrijver moet aanpassen.',
    );
    await cardOf(sanne, garden)
      .getByRole('textbox', { name: 'Toelichting voor de schrijver' })
      .fill('Haal uw telefoonnummer weg. Mensen sturen u een bericht via Samen.');
    await cardOf(sanne, garden).getByRole('button', { name: 'Terugsturen voor aanpassing' }).click();
    await sanne.waitForURL((url) => url.pathname === BEHEER);
    expect(await flashText(sanne)).toBe(
      'De plaatsing is teruggestuurd. De schrijver kan hem aanpassen en opnieuw insturen.',
    );

    // Fatima reads the note on her post, changes it and places it again: it waits once more.
    await fatima.goto(gardenPath);
    expect(await fatima.getByText('Haal uw telefoonnummer weg.').isVisible()).toBe(true);
    await passesAxe(session, fatima, 'own post, sent back by the beheerder with a note');
    await fatima.getByRole('link', { name: 'Wijzigen', exact: true }).click();
    await fatima.getByLabel('Vertel wat meer').fill('Mijn heg is te hoog geworden. Wie helpt mij snoeien?');
    await fatima.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await fatima.waitForURL((url) => url.pathname === gardenPath);
    await fatima.getByRole('button', { name: 'Nu plaatsen' }).click();
    await fatima.waitForURL((url) => url.pathname === gardenPath);
    expect(await fatima.locator('.samen-meta').first().innerText()).toContain('wordt gecontroleerd');

    // Sanne approves it, without a reason: it is open.
    await sanne.goto(BEHEER);
    await cardOf(sanne, garden).getByRole('button', { name: 'Goedkeuren' }).click();
    expect(await flashText(sanne)).toBe('De plaatsing is goedgekeurd.');
    expect((await visitor.goto(gardenPath))?.status()).toBe(200);

    // She blocks Kevin on Utrecht. A block without a reason is refused, on the page that says why.
    await sanne.goto(BEHEER);
    await cardOf(sanne, flyers).getByRole('link', { name: 'Kevin waarschuwen of blokkeren' }).click();
    await sanne.getByRole('heading', { level: 1, name: 'Kevin El Amrani' }).waitFor();
    await passesAxe(session, sanne, 'a person, for the beheerder: warn or block');
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000);
    const endDate = `${inTwoWeeks.getDate()}-${inTwoWeeks.getMonth() + 1}-${inTwoWeeks.getFullYear()}`;
    await sanne.getByLabel('Tot welke datum?').fill(endDate);
    await sanne.getByRole('button', { name: 'Blokkeren', exact: true }).click();
    const summary = sanne.locator('.samen-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Schrijf op waarom u deze persoon blokkeert. De persoon krijgt deze reden te lezen.',
    ]);
    await passesAxe(session, sanne, 'a person, block with form errors');
    await sanne.getByRole('textbox', { name: 'Waarom blokkeert u?' }).fill('U plaatst reclame in plaats van hulp.');
    await sanne.getByRole('button', { name: 'Blokkeren', exact: true }).click();
    expect(await flashText(sanne)).toBe('De persoon is geblokkeerd en heeft de reden gekregen.');

    // Kevin is refused on Utrecht: responding and placing, with the date and the reason.
    const refusal = [
      `Tot ${endDate} kunt u op Utrecht voor elkaar niets plaatsen,`,
      'niet reageren en geen berichten sturen.',
    ].join(' ');
    await kevin.goto(gardenPath);
    await kevin.getByRole('textbox', { name: 'Uw bericht' }).fill('Ik kan morgen komen snoeien.');
    await kevin.getByRole('button', { name: 'Ik wil helpen' }).click();
    await kevin.locator('.samen-error-summary').waitFor();
    expect(await kevin.locator('.samen-error-summary').innerText()).toContain(refusal);
    await kevin.goto(`${UTRECHT}/nieuw?soort=request`);
    await fillAndPlaceHelpRequest(kevin, {
      title: `Nog meer folders (${run})`,
      description: 'Wie wil er folders van mij hebben? Ik breng ze graag.',
      category: 'klussen',
      when: 'In overleg',
      postcode: '3511',
    });
    await kevin.locator('.samen-error-summary').waitFor();
    expect(await kevin.locator('.samen-error-summary').innerText()).toContain(refusal);
    // …but not on another marketplace.
    await placeRequest(
      kevin,
      '/gemeenten/rotterdam/marktplaats',
      `Hulp bij verhuizen in Rotterdam (${run})`,
      'Ik verhuis volgende maand. Wie helpt mij dozen dragen?',
      '3011',
    );

    // The activity log has every decision.
    await sanne.goto(BEHEER);
    await sanne.getByRole('link', { name: 'Logboek: alle besluiten' }).click();
    const log = sanne.getByRole('table');
    const rows = await log.locator('tbody tr').allInnerTexts();
    const ofThisRun = rows.filter((row) => row.includes(run) || row.includes('Kevin'));
    expect(ofThisRun.map((row) => row.split('\t')[2])).toEqual([
      'Geblokkeerd',
      'Goedgekeurd',
      'Teruggestuurd',
      'Verborgen na meldingen',
    ]);
    await passesAxe(session, sanne, 'activity log of a marketplace');

    // The block is on the beheer page; lifting it lets Kevin take part again.
    await sanne.goto(BEHEER);
    const blocks = sanne.getByRole('region', { name: /^Geblokkeerde personen/ });
    expect(await blocks.innerText()).toContain('U plaatst reclame in plaats van hulp.');
    await blocks
      .getByRole('form', { name: 'Blokkade van Kevin El Amrani opheffen' })
      .getByRole('button', { name: 'Blokkade opheffen' })
      .click();
    expect(await flashText(sanne)).toBe('De blokkade is opgeheven.');
  }, 120_000); // a long story: three people register or log in, and five page states are checked in two languages
});
