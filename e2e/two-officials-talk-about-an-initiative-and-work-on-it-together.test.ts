import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initiativeOf } from './axe-pages';
import { useBrowser } from './browser';
import { DEMO, flashText, signedInAs } from './flows';

const session = useBrowser();
/** Leiden's demo initiative; its contact person is Lotte (DEMO.leiden). */
const LEIDEN_ROOMS = 'Ouderen verhuren een kamer aan jongeren';
const CONVERSATION = /^\/innovatie\/gesprekken\/[0-9a-f-]{36}$/;

const pageOf = async (context: BrowserContext) => context.newPage();
/** A date a week from now, written as people write it (8-12-2026). */
const inAWeek = () => {
  const day = new Date(Date.now() + 7 * 86_400_000);
  return `${day.getDate()}-${day.getMonth() + 1}-${day.getFullYear()}`;
};

describe('Two officials talk about an initiative and work on it together', () => {
  it(
    'Ahmed of Gouda writes to Leiden about its initiative through Samen, joins it as co-developer and logs an ' +
      'experiment; Lotte answers him and changes her initiative',
    async () => {
      const initiative = `/innovatie/${await initiativeOf(session, 'GM0546', LEIDEN_ROOMS)}`;
      const ahmed = await pageOf(await session.newContext({ storageState: await signedInAs(session, DEMO.gouda) }));
      const message = `Wij willen dit ook in Gouda proberen. Mogen we uw ervaringen horen? (${Date.now()})`;

      // "Neem contact op": a message through Samen, no e-mail address in sight.
      await ahmed.goto(initiative);
      await ahmed
        .getByRole('region', { name: 'Neem contact op' })
        .getByRole('link', { name: 'Neem contact op met Lotte' })
        .click();
      await ahmed.waitForURL((url) => url.pathname === `${initiative}/contact`);
      await ahmed.getByLabel('Uw bericht').fill(message);
      await ahmed.getByRole('button', { name: 'Bericht versturen' }).click();
      await ahmed.waitForURL((url) => CONVERSATION.test(url.pathname));
      const conversation = new URL(ahmed.url()).pathname;
      expect(await flashText(ahmed)).toBe('Uw bericht is verstuurd.');
      expect(await ahmed.getByRole('list', { name: 'Berichten' }).innerText()).toContain(message);
      expect(await ahmed.locator('main').innerText()).not.toContain('@samen.demo');

      // He joins as co-developer for Gouda, and now logs an experiment on the initiative's page.
      await ahmed.goto(initiative);
      const join = ahmed.getByRole('region', { name: 'Meedoen' });
      await join.getByRole('radio', { name: 'Ontwikkelt mee' }).check();
      await join.getByRole('button', { name: 'Meedoen' }).click();
      expect(await flashText(ahmed)).toBe('U doet nu mee met dit initiatief.');
      const hypothesis = `Een kamer bij een oudere past ook studenten in Gouda (${Date.now()})`;
      const log = ahmed.getByRole('form', { name: 'Experiment loggen' });
      await log.getByLabel('Hypothese').fill(hypothesis);
      await log.getByLabel('Meting: hoe meet u het?').fill('Aantal koppels na drie maanden');
      await log.getByLabel('Datum').fill(inAWeek());
      await log.getByRole('button', { name: 'Experiment loggen' }).click();
      expect(await flashText(ahmed)).toBe('Het experiment is gelogd.');
      expect(await ahmed.getByRole('region', { name: 'Experimenten', exact: true }).innerText()).toContain(hypothesis);

      // Lotte finds the conversation, reads it and answers, on Samen.
      const lotte = await pageOf(await session.newContext({ storageState: await signedInAs(session, DEMO.leiden) }));
      await lotte.goto('/innovatie/gesprekken');
      await lotte.locator(`a[href="${conversation}"]`).click();
      await lotte.waitForURL((url) => url.pathname === conversation);
      expect(await lotte.getByRole('list', { name: 'Berichten' }).innerText()).toContain(message);
      await lotte.getByLabel('Uw antwoord').fill('Graag! Ik stuur u onze aanpak.');
      await lotte.getByRole('button', { name: 'Versturen' }).click();
      expect(await flashText(lotte)).toBe('Uw bericht is verstuurd.');
      await ahmed.goto(conversation);
      expect(await ahmed.getByRole('list', { name: 'Berichten' }).innerText()).toContain('Ik stuur u onze aanpak.');

      // Lotte changes her initiative with the same form as submitting one.
      await lotte.goto(initiative);
      await lotte.getByRole('link', { name: 'Initiatief wijzigen' }).click();
      await lotte.waitForURL((url) => url.pathname === `${initiative}/bewerken`);
      const milestones = `Voorjaar: tien koppels; najaar: samen met Gouda (${Date.now()})`;
      await lotte.getByLabel('Mijlpalen').fill(milestones);
      await lotte.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await lotte.waitForURL((url) => url.pathname === initiative);
      expect(await flashText(lotte)).toBe('Uw wijzigingen zijn opgeslagen.');
      expect(await lotte.getByRole('region', { name: 'Mijlpalen' }).innerText()).toContain(milestones);
    },
  );
});
