import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { addDays, dayIn, writtenDate } from '../../../core/i18n/dates';
import type { TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { type Client, marketplaceWorld, request } from '../testing';

// The beheer pages about people, without JavaScript: a person's page with the forms to warn and
// block (errors in the GOV.UK summary), lifting a block, the activity log, and who may see them.

type Web = ReturnType<typeof webClient>;
let testApp: TestApp;
let jan: Client;
let sanne: Client;
let rob: Client;
let web: { sanne: Web; rob: Web; jan: Web };

const BEHEER = '/gemeenten/utrecht/marktplaats/beheer';

async function webAs(client: Client): Promise<Web> {
  const page = webClient(testApp);
  await page.get('/inloggen');
  expect((await page.post('/inloggen', { email: client.email, password: client.password })).status).toBe(303);
  return page;
}

beforeAll(async () => {
  ({ testApp, jan, sanne, rob } = await marketplaceWorld());
  web = { sanne: await webAs(sanne), rob: await webAs(rob), jan: await webAs(jan) };
  // Jan takes part in Utrecht: the beheerders of Utrecht may warn and block him.
  await jan.client.post('/help-offers', { ...request, title: 'Ik help met klussen', category: 'klussen' });
});
afterAll(() => testApp.close());

describe('a person on the beheer pages', () => {
  const person = () => `${BEHEER}/personen/${jan.accountId}`;

  it('shows the person to this marketplace’s beheerders only, and only someone who took part there', async () => {
    const page = await web.sanne.get(person());
    expect(page.status).toBe(200);
    expect(page.html).toContain('Jan Vrijwilligersachternaam');
    expect(page.html).toContain(jan.email);
    expect(page.html).toContain('Niet geblokkeerd');
    // Only the operator sees the choice of the whole platform.
    expect(page.html).not.toContain('value="platform"');
    expect((await web.rob.get(person())).status).toBe(403);
    expect((await web.jan.get(person())).status).toBe(403);
    expect((await web.sanne.get(`${BEHEER}/personen/${rob.accountId}`)).status).toBe(404);
    expect((await web.sanne.get(`${BEHEER}/personen/niet-een-id`)).status).toBe(404);
  });

  it('refuses a block without a reason or with a past end date, in the summary and beside the field', async () => {
    await web.sanne.get(person());
    const empty = await web.sanne.post(`${person()}/blokkeren`, { blockReason: ' ', blockEnd: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toMatch(/<title>Fout: /);
    expect(empty.html).toContain('href="#veld-blockReason"');
    expect(empty.html).toContain('Schrijf op waarom u deze persoon blokkeert.');
    expect(empty.html).toContain('href="#veld-blockEnd"');
    const past = await web.sanne.post(`${person()}/blokkeren`, { blockReason: 'Reclame', blockEnd: '1-3-2020' });
    expect(past.status).toBe(400);
    expect(past.html).toContain('1-3-2020 is vandaag of al voorbij. Kies een datum na vandaag.');
    expect((await rows(testApp.db, sql`SELECT 1 FROM marketplace_blocks`)).length).toBe(0);
  });

  it('warns and blocks with a reason, shows the block on the beheer page, and lifts it', async () => {
    const warned = await web.sanne.post(`${person()}/waarschuwen`, { warningReason: 'Let op uw toon.' });
    expect(warned.status).toBe(303);
    const end = writtenDate(addDays(dayIn(new Date()), 10));
    const blocked = await web.sanne.post(`${person()}/blokkeren`, { blockReason: 'Steeds reclame.', blockEnd: end });
    expect(blocked.status).toBe(303);
    expect((await web.sanne.get(person())).html).toContain('De persoon is geblokkeerd en heeft de reden gekregen.');
    // Blocked twice is refused on the form.
    const twice = await web.sanne.post(`${person()}/blokkeren`, { blockReason: 'Nog eens', blockEnd: end });
    expect(twice.status).toBe(400);
    expect(twice.html).toContain(`Deze persoon is hier al geblokkeerd tot ${end}.`);

    const beheer = await web.sanne.get(BEHEER);
    expect(beheer.html).toContain('Geblokkeerde personen (1)');
    expect(beheer.html).toContain('Steeds reclame.');
    const [block] = await rows<{ id: string }>(testApp.db, sql`SELECT id FROM marketplace_blocks`);
    const lift = `${BEHEER}/blokkades/${block?.id}/opheffen`;
    expect(beheer.html).toContain(`action="${lift}"`);
    await web.rob.get('/');
    expect((await web.rob.post(lift, {})).status).toBe(403);
    expect((await web.sanne.post(lift, {})).status).toBe(303);
    expect((await web.sanne.get(BEHEER)).html).toContain('Geblokkeerde personen (0)');
  });

  it('lists every decision in the activity log, newest first, for this marketplace’s beheerders', async () => {
    const log = await web.sanne.get(`${BEHEER}/logboek`);
    expect(log.status).toBe(200);
    const actions = [
      ...log.html.matchAll(/<td class="utrecht-table__cell">(Gewaarschuwd|Geblokkeerd|Blokkade opgeheven)/g),
    ].map((match) => match[1]);
    expect(actions).toEqual(['Blokkade opgeheven', 'Geblokkeerd', 'Gewaarschuwd']);
    expect(log.html).toContain('Steeds reclame.');
    expect((await web.rob.get(`${BEHEER}/logboek`)).status).toBe(403);
    expect((await webClient(testApp).get(`${BEHEER}/logboek`)).status).toBe(303);
  });
});
