import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { grantRole } from '../../accounts';

let testApp: TestApp;
let fatima: ReturnType<typeof webClient>;
let jan: ReturnType<typeof webClient>;
const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

async function webAs(client: Awaited<ReturnType<typeof signedInClient>>) {
  const web = webClient(testApp);
  await web.get('/inloggen');
  expect((await web.post('/inloggen', { email: client.email, password: client.password })).status).toBe(303);
  return web;
}

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const organisation = (
    await operator.client.post('/organisations', {
      name: 'Welzijn Utrecht',
      type: 'welzijnsorganisatie',
      municipality: 'GM0344',
    })
  ).body.id;
  await operator.client.post('/marketplaces', {
    municipality: 'GM0344',
    operatorOrganisation: organisation,
    name: 'Utrecht voor elkaar',
    brandColor: '#a3141d',
    brandTextColor: '#ffffff',
  });
  fatima = await webAs(await signedInClient(testApp, { name: 'Fatima', postcode: '3511' }));
  jan = await webAs(await signedInClient(testApp, { name: 'Jan', postcode: '3512' }));
});
afterAll(() => testApp.close());

describe('the marketplace through the pages, without JavaScript', () => {
  let postPath: string;
  let conversationPath: string;

  it('shows the marketplace in its own colours, and a municipality without one points to the nearest', async () => {
    const page = await fatima.get('/gemeenten/utrecht/marktplaats');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Utrecht voor elkaar');
    expect(page.html).toContain('/gemeenten/utrecht/marktplaats/thema.css');
    const css = await fatima.get('/gemeenten/utrecht/marktplaats/thema.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.html).toContain('#a3141d');
    const zeist = await fatima.get('/gemeenten/zeist');
    expect(zeist.html).toContain('heeft nog geen marktplaats');
    expect(zeist.html).toContain('href="/gemeenten/utrecht/marktplaats"');
    expect((await fatima.get('/gemeenten/zeist/marktplaats')).status).toBe(404);
  });

  it('lets Fatima ask for help in three steps, with clear errors', async () => {
    await fatima.get('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
    const bad = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: '',
      description: 'Hulp',
      category: 'boodschappen',
      whenKind: 'once',
      whenDate: '2020-01-01',
      postcode: '99999',
    });
    expect(bad.status).toBe(400);
    for (const field of ['title', 'whenDate', 'postcode']) expect(bad.html).toContain(`href="#veld-${field}"`);
    const created = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Hulp bij boodschappen',
      description: 'Wie wil met mij boodschappen doen? Ik loop slecht.',
      category: 'boodschappen',
      whenKind: 'once',
      whenDate: inTenDays,
      postcode: '3511',
    });
    expect(created.status).toBe(303);
    postPath = created.location as string;
    expect((await fatima.get(postPath)).html).toContain('Uw plaatsing staat op de marktplaats.');
  });

  it('lets Jan find it with "boodschap" near 3512 and respond', async () => {
    const search = await jan.get('/gemeenten/utrecht/marktplaats?zoek=boodschap&postcode=3512&afstand=5');
    expect(search.html).toContain(`href="${postPath}"`);
    expect(search.html).toContain('1 gevonden');
    await jan.get(postPath);
    const responded = await jan.post(`${postPath}/reageren`, { message: 'Ik help graag, ik woon vlakbij.' });
    expect(responded.status).toBe(303);
    conversationPath = responded.location as string;
    const conversation = await jan.get(conversationPath);
    expect(conversation.html).toContain('Ik help graag');
    expect(conversation.html).not.toContain('Ja, Fatima helpt mij');
  });

  it('lets Fatima answer and accept: the request shows as matched', async () => {
    const conversation = await fatima.get(conversationPath);
    expect(conversation.html).toContain('Gesprek met Jan');
    await fatima.post(conversationPath, { body: 'Dank je! Tot dinsdag.' });
    const accepted = await fatima.post(`${conversationPath}/accepteren`, {});
    expect(accepted.status).toBe(303);
    expect((await fatima.get(postPath)).html).toContain('hulp gevonden');
    const mine = await fatima.get('/mijn-samen');
    expect(mine.html).toContain('Hulp bij boodschappen');
    const outsider = await webAs(await signedInClient(testApp, { name: 'Kees' }));
    expect((await outsider.get(conversationPath)).status).toBe(403);
    const messages = await rows<{ n: number }>(testApp.db, sql`SELECT count(*)::int AS n FROM messages`);
    expect(messages[0]?.n).toBe(2);
  });
});

describe('the post form in English', () => {
  it('labels the postcode without "(optional)": it is required, and the form is refused without it', async () => {
    const anna = await webAs(await signedInClient(testApp, { name: 'Anna', postcode: '3511' }));
    anna.cookies.set('taal', 'en');
    const form = await anna.get('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<html lang="en"');
    const label = form.html.match(/<label class="utrecht-form-label" for="veld-postcode">([^<]*)<\/label>/)?.[1];
    expect(label).toBe('Postcode');
    expect(label).not.toMatch(/optional/i);
    expect(form.html).toMatch(/<input[^>]* name="postcode"[^>]* required=""/);
    const without = await anna.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Help with the shopping',
      description: 'Who goes shopping with me on Tuesday?',
      category: 'boodschappen',
      whenKind: 'flexible',
    });
    expect(without.status).toBe(400);
    expect(without.html).toContain('href="#veld-postcode"');
    expect(without.html).toContain('id="veld-postcode-error"');
  });
});

describe('the owner of a post, without JavaScript', () => {
  it('saves a concept only she sees, then places it', async () => {
    await fatima.get('/gemeenten/utrecht/marktplaats/nieuw?soort=request');
    const saved = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Hulp bij het ophangen van een lamp',
      description: 'Wie kan een lamp ophangen? Ik heb geen ladder.',
      category: 'klussen',
      whenKind: 'flexible',
      postcode: '3511',
      concept: '1',
    });
    expect(saved.status).toBe(303);
    const path = saved.location as string;
    const page = await fatima.get(path);
    expect(page.html).toContain('Dit is een concept. Alleen u ziet het.');
    expect((await jan.get(path)).status).toBe(404);
    expect((await jan.get('/gemeenten/utrecht/marktplaats?zoek=lamp')).html).not.toContain(path);
    expect((await jan.post(`${path}/plaatsen`, {})).status).toBe(403);
    const placed = await fatima.post(`${path}/plaatsen`, {});
    expect(placed.status).toBe(303);
    expect((await fatima.get(path)).html).toContain('Uw plaatsing staat op de marktplaats.');
    expect((await jan.get('/gemeenten/utrecht/marktplaats?zoek=lamp')).html).toContain(`href="${path}"`);
  });

  it('places an expired post again', async () => {
    const created = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Wie leest mij voor?',
      description: 'Mijn ogen worden slechter. Wie leest de krant voor?',
      category: 'gezelschap',
      whenKind: 'flexible',
      postcode: '3511',
    });
    const path = created.location as string;
    await testApp.db.execute(sql`UPDATE posts SET status = 'expired' WHERE id = ${path.split('/').pop()}`);
    expect((await fatima.get(path)).html).toContain('Opnieuw plaatsen');
    expect((await fatima.post(`${path}/plaatsen`, {})).status).toBe(303);
    expect((await jan.get('/gemeenten/utrecht/marktplaats?zoek=krant')).html).toContain(`href="${path}"`);
  });

  it('changes her post with the same form and clear errors; nobody else can', async () => {
    const created = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Wie helpt met de vuilnisbak?',
      description: 'De container moet op dinsdag aan de straat.',
      category: 'klussen',
      whenKind: 'flexible',
      postcode: '3511',
    });
    const path = created.location as string;
    const form = await fatima.get(`${path}/bewerken`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="Wie helpt met de vuilnisbak?"');
    expect(form.html).not.toContain('name="postcode"');
    const bad = await fatima.post(`${path}/bewerken`, {
      title: '',
      description: 'De container moet op dinsdag aan de straat.',
      category: 'klussen',
      whenKind: 'flexible',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('href="#veld-title"');
    expect((await fatima.get(path)).html).toContain('Wie helpt met de vuilnisbak?');
    expect((await jan.get(`${path}/bewerken`)).status).toBe(403);
    expect(
      (
        await jan.post(`${path}/bewerken`, {
          title: 'Overgenomen',
          description: 'x',
          category: 'klussen',
          whenKind: 'flexible',
        })
      ).status,
    ).toBe(403);
    const changed = await fatima.post(`${path}/bewerken`, {
      title: 'Wie zet de container aan de straat?',
      description: 'Op dinsdagavond, elke twee weken.',
      category: 'klussen',
      whenKind: 'recurring',
      whenText: 'om de week op dinsdag',
    });
    expect(changed.status).toBe(303);
    const after = await fatima.get(path);
    expect(after.html).toContain('Wie zet de container aan de straat?');
    expect(after.html).toContain('om de week op dinsdag');
  });

  it('closes a request naming who helped, which confirms the match', async () => {
    const created = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Wie repareert mijn fietsband?',
      description: 'Mijn band is lek en ik kan het zelf niet.',
      category: 'klussen',
      whenKind: 'flexible',
      postcode: '3511',
    });
    const path = created.location as string;
    await jan.get(path);
    const responded = await jan.post(`${path}/reageren`, { message: 'Ik plak hem graag voor u.' });
    const responseId = (responded.location as string).split('/').pop() as string;
    const page = await fatima.get(path);
    expect(page.html).toContain(`<option value="${responseId}">Jan</option>`);
    expect((await fatima.post(`${path}/afsluiten`, { helper: responseId, reason: '' })).status).toBe(400);
    const closed = await fatima.post(`${path}/afsluiten`, { helper: responseId, reason: 'Jan heeft de band geplakt.' });
    expect(closed.status).toBe(303);
    expect((await fatima.get(path)).html).toContain('Uw plaatsing is afgesloten');
    const match = await rows<{ via: string }>(
      testApp.db,
      sql`SELECT m.confirmed_via AS via FROM matches m WHERE m.response_id = ${responseId}`,
    );
    expect(match).toEqual([{ via: 'close' }]);
    expect((await fatima.post(`${path}/afsluiten`, { reason: 'Nog een keer' })).status).toBe(409);
  });
});

describe('neighbouring marketplaces', () => {
  it(
    "lists a bordering marketplace's posts when the marketplace chose to, " + 'and names where they come from',
    async () => {
      const operator = await signedInClient(testApp);
      await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
      const organisation = (
        await operator.client.post('/organisations', {
          name: 'Welzijn Woerden',
          type: 'welzijnsorganisatie',
          municipality: 'GM0632',
        })
      ).body.id;
      const launched = await operator.client.post('/marketplaces', {
        municipality: 'GM0632',
        operatorOrganisation: organisation,
        name: 'Woerden voor elkaar',
        brandColor: '#0b5394',
        brandTextColor: '#ffffff',
        showNeighbours: false,
      });
      expect(launched.status).toBe(201);
      const els = await signedInClient(testApp, { name: 'Els', postcode: '3441' });
      expect(
        (
          await els.client.post('/help-requests', {
            title: 'Wie helpt met de tuin?',
            description: 'Mijn heg is te hoog geworden, wie helpt met snoeien?',
            category: 'tuin',
            postcode: '3441',
            when: { kind: 'flexible' },
          })
        ).status,
      ).toBe(201);
      const ria = await signedInClient(testApp, { name: 'Ria', postcode: '3512' });
      expect(
        (
          await ria.client.post('/help-requests', {
            title: 'Maatje om te wandelen',
            description: 'Wie wandelt een keer per week met mij door het park?',
            category: 'bewegen',
            postcode: '3512',
            when: { kind: 'flexible' },
          })
        ).status,
      ).toBe(201);

      // Utrecht shows its neighbours (the default): Woerden borders Utrecht.
      const utrecht = await fatima.get('/gemeenten/utrecht/marktplaats');
      expect(utrecht.html).toContain('Wie helpt met de tuin?');
      expect(utrecht.html).toContain(' · Woerden voor elkaar');
      expect(utrecht.html).toContain('href="/gemeenten/woerden/marktplaats"');
      // Woerden chose not to: only its own posts.
      const woerden = await fatima.get('/gemeenten/woerden/marktplaats');
      expect(woerden.html).toContain('Wie helpt met de tuin?');
      expect(woerden.html).not.toContain('Maatje om te wandelen');
      expect(utrecht.html).toContain('Maatje om te wandelen');
    },
  );
});
