import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from './test/api-client';
import { createTestApp, type TestApp } from './test/harness';
import { webClient } from './test/web-client';
import { grantRole } from './modules/accounts';

/** A flash or hint that depends on the state says what is true in that state (issue 14, part 5). */

type Web = ReturnType<typeof webClient>;
let testApp: TestApp;
let fatima: Web;
let jan: Web;
let marieke: Web;

async function webAs(login: { email: string; password: string }) {
  const web = webClient(testApp);
  await web.get('/inloggen');
  expect((await web.post('/inloggen', { email: login.email, password: login.password })).status).toBe(303);
  return web;
}

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  for (const [code, name, premoderation] of [
    ['GM0344', 'Utrecht', false],
    ['GM0599', 'Rotterdam', true],
  ] as const) {
    const organisation = (
      await operator.client.post('/organisations', {
        name: `Welzijn ${name}`,
        type: 'welzijnsorganisatie',
        municipality: code,
      })
    ).body.id;
    const launched = await operator.client.post('/marketplaces', {
      municipality: code,
      operatorOrganisation: organisation,
      name: `${name} voor elkaar`,
      brandColor: '#0b5394',
      brandTextColor: '#ffffff',
      premoderation,
    });
    expect(launched.status).toBe(201);
  }
  const alphen = (
    await operator.client.post('/organisations', {
      name: 'Gemeente Alphen aan den Rijn',
      type: 'gemeente',
      municipality: 'GM0484',
    })
  ).body.id;
  const officer = await signedInClient(testApp, { name: 'Marieke', postcode: '2405' });
  await operator.client.post(`/organisations/${alphen}/members`, { email: officer.email, role: 'medewerker' });
  fatima = await webAs(await signedInClient(testApp, { name: 'Fatima', postcode: '3511' }));
  jan = await webAs(await signedInClient(testApp, { name: 'Jan', postcode: '3512' }));
  marieke = await webAs(officer);
});
afterAll(() => testApp.close());

const post = async (web: Web, marketplace: string, kind: string, postcode: string) => {
  const form = `/gemeenten/${marketplace}/marktplaats/nieuw?soort=${kind}`;
  await web.get(form);
  const created = await web.post(form, {
    title: kind === 'offer' ? 'Ik help met de computer' : 'Hulp bij de boodschappen',
    description: 'Op dinsdagmiddag heb ik tijd. Samen kijken we wat er nodig is.',
    category: kind === 'offer' ? 'computerhulp' : 'boodschappen',
    whenKind: 'flexible',
    postcode,
  });
  expect(created.status).toBe(303);
  return created.location as string;
};

describe('texts that tell the truth', () => {
  it('a post held for review is not said to be on the marketplace', async () => {
    const held = await post(fatima, 'rotterdam', 'request', '3011');
    const page = await fatima.get(held);
    expect(page.html).not.toContain('Uw plaatsing staat op de marktplaats.');
    expect(page.html).toContain('Een beheerder kijkt er eerst naar.');
    const open = await fatima.get(await post(fatima, 'utrecht', 'request', '3511'));
    expect(open.html).toContain('Uw plaatsing staat op de marktplaats.');
  });

  it('the close section of an offer does not ask "Heeft u hulp gevonden?"', async () => {
    const offer = await fatima.get(await post(fatima, 'utrecht', 'offer', '3511'));
    expect(offer.html).not.toContain('Heeft u hulp gevonden');
    expect(offer.html).toContain(
      'Kunt u deze hulp niet meer geven, of is het niet meer nodig? Sluit uw aanbod dan af.',
    );
    const request = await fatima.get(await post(fatima, 'utrecht', 'request', '3511'));
    expect(request.html).toContain('Heeft u hulp gevonden, of is het niet meer nodig? Sluit uw hulpvraag dan af.');
  });

  it('"Stel u kort voor" is only for the one who helps; "1 nieuw bericht", not "1 nieuwe berichten"', async () => {
    const request = await post(fatima, 'utrecht', 'request', '3511');
    await jan.get(request);
    const responded = await jan.post(`${request}/reageren`, { message: 'Ik help graag op dinsdag.' });
    const conversation = responded.location as string;
    expect((await jan.get(conversation)).html).toContain('Stel u kort voor.');
    const asker = await fatima.get(conversation);
    expect(asker.html).not.toContain('Stel u kort voor');
    expect(asker.html).toContain('Deel geen telefoonnummer of adres. Dat kan later, als u elkaar vertrouwt.');

    // An offer: the one who offered helps, the one who responded asks.
    const offer = await post(fatima, 'utrecht', 'offer', '3511');
    await jan.get(offer);
    const asked = (await jan.post(`${offer}/reageren`, { message: 'Mijn laptop doet het niet meer.' })).location;
    expect((await fatima.get(asked as string)).html).toContain('Stel u kort voor.');
    expect((await jan.get(asked as string)).html).not.toContain('Stel u kort voor');

    await jan.post(conversation, { body: 'Zal ik om twee uur komen?' });
    const mine = await fatima.get('/mijn-samen');
    expect(mine.html).toMatch(/\b1 nieuw bericht\b/);
    expect(mine.html).not.toMatch(/\b1 nieuwe berichten\b/);
  });

  it('a pilot in the phase pilot is "(Pilot)" on its municipality page, not "(Pilot, Pilot)"', async () => {
    await marieke.get('/innovatie/nieuw');
    const created = await marieke.post('/innovatie/nieuw', {
      type: 'pilot',
      title: 'Buurtcirkels tegen eenzaamheid',
      summary: 'Inwoners organiseren zelf een kring van buren die elkaar helpen.',
      goal: 'Minder eenzaamheid.',
      themes: 'ouderen',
    });
    const page = created.location as string;
    await marieke.get(page);
    expect((await marieke.post(`${page}/fase`, { phase: 'pilot' })).status).toBe(303);
    const municipality = await marieke.get('/gemeenten/alphen-aan-den-rijn');
    expect(municipality.html).toContain('Buurtcirkels tegen eenzaamheid</a> <span class="samen-muted">(Pilot)</span>');
    expect(municipality.html).not.toContain('Pilot, Pilot');
    // On its own page the owner is told it is hers, not that her account belongs to no organisation.
    const own = await marieke.get(page);
    expect(own.html).toContain('Dit initiatief is van uw organisatie.');
    expect(own.html).not.toContain('die nog niet meedoet');
  });
});
