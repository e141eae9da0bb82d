import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { apiClient, latestMailTo, signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { grantRole } from '../accounts';
import { answerFollowUp, followUpToken, sendFollowUp } from './commands';

let testApp: TestApp;
type Client = Awaited<ReturnType<typeof signedInClient>>;
let operator: Client;
let fatima: Client; // asks for help, Utrecht 3511
let jan: Client; // volunteer
let piet: Client; // another volunteer
let sanne: Client; // beheerder Utrecht
let rob: Client; // beheerder Rotterdam
const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const request = {
  title: 'Hulp bij boodschappen op dinsdag',
  description: 'Ik ben slecht ter been. Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
  category: 'boodschappen',
  postcode: '3511 AB',
  when: { kind: 'recurring', text: 'elke dinsdagochtend' },
};

async function launch(code: string, name: string, beheerder: Client, extra: Record<string, unknown> = {}) {
  const organisation = (
    await operator.client.post('/organisations', {
      name: `Welzijn ${name}`,
      type: 'welzijnsorganisatie',
      municipality: code,
    })
  ).body.id;
  await operator.client.post(`/organisations/${organisation}/members`, { email: beheerder.email, role: 'beheerder' });
  const launched = await operator.client.post('/marketplaces', {
    municipality: code,
    operatorOrganisation: organisation,
    name: `${name} voor elkaar`,
    brandColor: '#0b5394',
    brandTextColor: '#ffffff',
    ...extra,
  });
  expect(launched.status).toBe(201);
  return organisation;
}

async function relogin(client: Client) {
  client.client.useToken(
    (await client.client.post('/tokens', { email: client.email, password: client.password })).body.token,
  );
}

beforeAll(async () => {
  testApp = await createTestApp();
  operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  fatima = await signedInClient(testApp, { name: 'Fatima', lastName: 'Zeldzaamachternaam', postcode: '3511' });
  jan = await signedInClient(testApp, { name: 'Jan', lastName: 'Vrijwilligersachternaam', postcode: '3512' });
  piet = await signedInClient(testApp, { name: 'Piet', postcode: '3521' });
  sanne = await signedInClient(testApp, { name: 'Sanne' });
  rob = await signedInClient(testApp, { name: 'Rob' });
  await launch('GM0344', 'Utrecht', sanne);
  await launch('GM0599', 'Rotterdam', rob, { premoderation: true });
  await relogin(sanne);
  await relogin(rob);
});
afterAll(() => testApp.close());

describe('launching a marketplace', () => {
  it('refuses a colour pair below WCAG AA contrast, a second launch and non-operators', async () => {
    const organisation = (
      await operator.client.post('/organisations', {
        name: 'Welzijn Meppel',
        type: 'welzijnsorganisatie',
        municipality: 'GM0119',
      })
    ).body.id;
    const pale = await operator.client.post('/marketplaces', {
      municipality: 'GM0119',
      operatorOrganisation: organisation,
      name: 'Meppel voor elkaar',
      brandColor: '#ffd700',
      brandTextColor: '#ffffff',
    });
    expect(pale.status).toBe(400);
    expect(pale.body.invalidParams[0]).toMatchObject({
      name: 'brandTextColor',
      reason: expect.stringContaining('4,5:1'),
    });
    expect(
      (
        await fatima.client.post('/marketplaces', {
          municipality: 'GM0119',
          operatorOrganisation: organisation,
          name: 'X',
          brandColor: '#0b5394',
          brandTextColor: '#ffffff',
        })
      ).status,
    ).toBe(403);
    const utrechtAgain = await operator.client.post('/marketplaces', {
      municipality: 'GM0344',
      operatorOrganisation: organisation,
      name: 'Nog een',
      brandColor: '#0b5394',
      brandTextColor: '#ffffff',
    });
    expect(utrechtAgain.status).toBe(409);
    const list = await apiClient(testApp).get('/marketplaces');
    expect(list.body.items.map((m: { name: string }) => m.name)).toEqual([
      'Rotterdam voor elkaar',
      'Utrecht voor elkaar',
    ]);
  });
});

describe('a help request from posting to match', () => {
  let requestId: string;
  let conversationId: string;

  it('is posted open, with only a first name and the postcode area in public', async () => {
    const created = await fatima.client.post('/help-requests', request);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'open',
      marketplace: { code: 'GM0344', name: 'Utrecht voor elkaar' },
      area: { pc4: '3511' },
      postedBy: 'Fatima',
    });
    requestId = created.body.id;
  });

  it('is found by "boodschap" within 5 km of 3512, and with a typo', async () => {
    const client = apiClient(testApp);
    const found = await client.get('/help-requests?q=boodschap&near=3512&radiusKm=5');
    expect(found.status).toBe(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toContain(requestId);
    expect(found.body.items[0].distanceKm).toBeLessThan(5);
    expect((await client.get('/help-requests?q=boodschappen&municipality=GM0344')).body.total).toBe(1);
    expect((await client.get('/help-requests?q=bodschappen')).body.total).toBe(1);
    expect((await client.get('/help-requests?q=boodschap&near=9711&radiusKm=5')).body.total).toBe(0);
    expect((await client.get('/help-requests?category=tuin')).body.total).toBe(0);
  });

  it('opens a conversation between exactly two people when a volunteer responds', async () => {
    const response = await jan.client.post(`/help-requests/${requestId}/responses`, {
      message: 'Ik woon om de hoek en help graag op dinsdag.',
    });
    expect(response.status).toBe(201);
    conversationId = response.body.conversationId;
    expect((await jan.client.post(`/help-requests/${requestId}/responses`, { message: 'Nog een keer' })).status).toBe(
      409,
    );
    expect((await fatima.client.post(`/help-requests/${requestId}/responses`, { message: 'Zelf?' })).status).toBe(409);
    const mail = await latestMailTo(testApp, fatima.email);
    expect(mail.subject).toContain('Jan reageert');
    expect(
      (
        await fatima.client.post(`/conversations/${conversationId}/messages`, {
          body: 'Fijn! Tot dinsdag om tien uur.',
        })
      ).status,
    ).toBe(201);
    const messages = await jan.client.get(`/conversations/${conversationId}/messages`);
    expect(messages.body.items.map((m: { from: string; body: string }) => `${m.from}: ${m.body}`)).toEqual([
      'Jan: Ik woon om de hoek en help graag op dinsdag.',
      'Fatima: Fijn! Tot dinsdag om tien uur.',
    ]);
  });

  it('keeps others out of the conversation, and changes nothing when they try', async () => {
    expect((await piet.client.get(`/conversations/${conversationId}/messages`)).status).toBe(403);
    expect(
      (await piet.client.post(`/conversations/${conversationId}/messages`, { body: 'Mag ik meelezen?' })).status,
    ).toBe(403);
    // The beheerder may read only after a report, and every read is audited.
    expect((await sanne.client.get(`/conversations/${conversationId}/messages`)).status).toBe(403);
    const count = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM messages WHERE response_id = ${conversationId}`,
    );
    expect(count[0]?.n).toBe(2);
  });

  it('is matched when Fatima accepts, once', async () => {
    const accepted = await fatima.client.post(`/responses/${conversationId}/accept`);
    expect(accepted.status).toBe(201);
    expect((await apiClient(testApp).get(`/help-requests/${requestId}`)).body.status).toBe('matched');
    const again = await fatima.client.post(`/responses/${conversationId}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('al gematcht');
    expect((await piet.client.post(`/help-requests/${requestId}/responses`, { message: 'Ik ook' })).status).toBe(409);
  });
});

describe('the three ways a match is confirmed', () => {
  it('makes exactly one match out of two simultaneous accepts', async () => {
    const id = (
      await fatima.client.post('/help-requests', { ...request, title: 'Wie gaat mee wandelen?', category: 'bewegen' })
    ).body.id;
    const a = (await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik!' })).body.id;
    const b = (await piet.client.post(`/help-requests/${id}/responses`, { message: 'Ik ook!' })).body.id;
    const results = await Promise.all([
      fatima.client.post(`/responses/${a}/accept`),
      fatima.client.post(`/responses/${b}/accept`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const matches = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM matches WHERE post_id = ${id}`,
    );
    expect(matches[0]?.n).toBe(1);
  });

  it('confirms by the follow-up mail: signed, single-use, expiring', async () => {
    const id = (
      await fatima.client.post('/help-requests', {
        ...request,
        title: 'Hulp met de computer',
        category: 'computerhulp',
      })
    ).body.id;
    await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik kan helpen met de computer.' });
    const jobs = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'marketplace.follow-up' AND key = ${id} AND done_at IS NULL`,
    );
    expect(jobs[0]?.n).toBe(1);
    await sendFollowUp(testApp.db, testApp.deps, id);
    const mail = await latestMailTo(testApp, fatima.email);
    expect(mail.subject).toBe('Heeft u hulp gevonden?');
    const yes = new URL(mail.text.match(/https?:\/\/\S+hulp-gevonden\S+/)?.[0] ?? '').searchParams.get('token') ?? '';
    const secret = testApp.deps.config.sessionSecret;
    await expect(answerFollowUp(testApp.deps, `${yes}x`)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      answerFollowUp(testApp.deps, followUpToken(secret, id, 'ja', Date.now() - 1000)),
    ).rejects.toMatchObject({ kind: 'invalid' });
    const answered = await answerFollowUp(testApp.deps, yes);
    expect(answered.answer).toBe('ja');
    expect((await apiClient(testApp).get(`/help-requests/${id}`)).body.status).toBe('matched');
    await expect(answerFollowUp(testApp.deps, yes)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('confirms when the poster closes the request naming who helped', async () => {
    const id = (await fatima.client.post('/help-requests', { ...request, title: 'Lamp ophangen', category: 'klussen' }))
      .body.id;
    const response = (await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik kom met een ladder.' }))
      .body.id;
    expect((await jan.client.post(`/help-requests/${id}/close`, { reason: 'klaar' })).status).toBe(403);
    const closed = await fatima.client.post(`/help-requests/${id}/close`, {
      matchedResponseId: response,
      reason: 'Jan heeft geholpen',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const [match] = await rows<{ via: string }>(
      testApp.db,
      sql`SELECT confirmed_via AS via FROM matches WHERE post_id = ${id}`,
    );
    expect(match?.via).toBe('close');
    expect((await fatima.client.post(`/responses/${response}/accept`)).status).toBe(409);
  });
});

describe('lifecycle', () => {
  it('lets only the owner edit, screens the edit, and refuses edits once matched', async () => {
    const id = (
      await fatima.client.post('/help-requests', {
        ...request,
        title: 'Boodschappen op maandag',
        category: 'boodschappen',
      })
    ).body.id;
    expect((await jan.client.patch(`/help-requests/${id}`, { title: 'Overgenomen' })).status).toBe(403);
    const edited = await fatima.client.patch(`/help-requests/${id}`, {
      title: 'Boodschappen op woensdag',
      when: { kind: 'once', date: inTwoWeeks },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Boodschappen op woensdag',
      when: { kind: 'once', date: inTwoWeeks },
      status: 'open',
    });
    expect((await fatima.client.patch(`/help-requests/${id}`, { description: 'Ik betaal €10 per keer.' })).status).toBe(
      400,
    );
    expect((await fatima.client.patch(`/help-requests/${id}`, { description: 'Bel 06-12345678' })).body.status).toBe(
      'in-review',
    );
  });

  it('withdraws, expires, and sends posts to review on pre-moderated marketplaces or with contact details', async () => {
    const id = (
      await fatima.client.post('/help-requests', { ...request, title: 'Gezelschap gezocht', category: 'gezelschap' })
    ).body.id;
    expect((await fatima.client.post(`/help-requests/${id}/withdraw`)).body.status).toBe('withdrawn');
    expect((await fatima.client.post(`/help-requests/${id}/withdraw`)).status).toBe(409);

    const old = (await fatima.client.post('/help-requests', { ...request, title: 'Oude vraag', category: 'overig' }))
      .body.id;
    await testApp.db.execute(sql`UPDATE posts SET expires_at = now() - interval '1 minute' WHERE id = ${old}`);
    const { expireDuePosts } = await import('./queries');
    expect(await expireDuePosts(testApp.db)).toBe(1);
    expect((await apiClient(testApp).get(`/help-requests/${old}`)).status).toBe(404);
    // expired → open: the owner places it again, for another term
    const again = await fatima.client.post(`/help-requests/${old}/publish`);
    expect(again.body.status).toBe('open');
    expect(Date.parse(again.body.expiresAt)).toBeGreaterThan(Date.now() + 7 * 86_400_000);
    expect((await fatima.client.post(`/help-requests/${id}/publish`)).status).toBe(409); // withdrawn stays withdrawn

    // matched → closed
    const helped = (
      await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij het verhuizen', category: 'verhuizen' })
    ).body.id;
    const offer = (await jan.client.post(`/help-requests/${helped}/responses`, { message: 'Ik heb een bus.' })).body.id;
    await fatima.client.post(`/responses/${offer}/accept`);
    expect(
      (await fatima.client.post(`/help-requests/${helped}/close`, { reason: 'Verhuisd, dank!' })).body.status,
    ).toBe('closed');
    expect((await fatima.client.post(`/help-requests/${helped}/close`, { reason: 'Nog eens' })).status).toBe(409);

    const rotterdam = await fatima.client.post('/help-requests', { ...request, postcode: '3011' });
    expect(rotterdam.body.status).toBe('in-review');
    const phone = await fatima.client.post('/help-requests', {
      ...request,
      title: 'Bel mij',
      description: 'Bel mij even op 06-12345678 voor de boodschappen.',
    });
    expect(phone.body.status).toBe('in-review');
  });

  it('keeps a concept to its owner until it is placed: then open, or in review on a pre-moderated marketplace', async () => {
    const concept = await fatima.client.post('/help-requests', {
      ...request,
      title: 'Hulp bij het strijken',
      category: 'overig',
      concept: true,
    });
    expect(concept.body.status).toBe('concept');
    const id = concept.body.id;
    expect((await apiClient(testApp).get(`/help-requests/${id}`)).status).toBe(404);
    expect((await apiClient(testApp).get('/help-requests?q=strijken')).body.total).toBe(0);
    expect((await jan.client.post(`/help-requests/${id}/publish`)).status).toBe(403);
    const placed = await fatima.client.post(`/help-requests/${id}/publish`);
    expect(placed.body).toMatchObject({ status: 'open', publishedAt: expect.any(String) });
    expect((await apiClient(testApp).get('/help-requests?q=strijken')).body.total).toBe(1);
    expect((await fatima.client.post(`/help-requests/${id}/publish`)).status).toBe(409);

    const rotterdam = await fatima.client.post('/help-requests', { ...request, postcode: '3011', concept: true });
    expect((await fatima.client.post(`/help-requests/${rotterdam.body.id}/publish`)).body.status).toBe('in-review');
    expect((await fatima.client.post('/help-requests', { ...request, concept: 'ja' })).body.invalidParams).toEqual([
      expect.objectContaining({ name: 'concept' }),
    ]);
  });
});

describe('bad input changes nothing and says what is wrong', () => {
  const count = async () => (await rows<{ n: number }>(testApp.db, sql`SELECT count(*)::int AS n FROM posts`))[0]?.n;

  it('lists an empty title, a 20,000-character description, an unknown category and a past date at once', async () => {
    const before = await count();
    const response = await fatima.client.post('/help-requests', {
      ...request,
      title: '',
      description: 'x'.repeat(20_000),
      category: 'ruimtevaart',
      when: { kind: 'once', date: '2020-01-01' },
    });
    expect(response.status).toBe(400);
    const reasons = Object.fromEntries(
      response.body.invalidParams.map((p: { name: string; reason: string }) => [p.name, p.reason]),
    );
    expect(reasons).toMatchObject({
      title: 'Vul dit veld in.',
      description: 'Dit is te lang. Gebruik maximaal 4000 tekens.',
      category: expect.stringContaining('categorie'),
      'when.date': 'Deze datum is al voorbij. Kies een datum vanaf vandaag.',
    });
    expect(await count()).toBe(before);
  });

  it('refuses a postcode outside the Netherlands and paid work', async () => {
    const before = await count();
    expect(
      (await fatima.client.post('/help-requests', { ...request, postcode: 'B-1000' })).body.invalidParams[0].name,
    ).toBe('postcode');
    const unknown = await fatima.client.post('/help-requests', { ...request, postcode: '1000' });
    expect(unknown.body.invalidParams).toEqual([
      { name: 'postcode', reason: 'Postcode 1000 kennen we niet. Controleer de 4 cijfers.' },
    ]);
    const paid = await fatima.client.post('/help-requests', {
      ...request,
      description: 'Tuin opruimen, ik betaal €15 per uur.',
    });
    expect(paid.status).toBe(400);
    expect(paid.body.invalidParams[0].reason).toContain('vrijwillige hulp');
    const once = await fatima.client.post('/help-requests', { ...request, when: { kind: 'once' }, postcode: '3511' });
    expect(once.body.invalidParams[0]).toMatchObject({ name: 'when.date' });
    expect(await count()).toBe(before);
  });

  it('says a municipality without a marketplace has none', async () => {
    const response = await fatima.client.post('/help-requests', { ...request, postcode: '9711' });
    expect(response.status).toBe(409);
    expect(response.body.detail).toContain('Groningen heeft nog geen marktplaats');
  });
});

describe('privacy', () => {
  it('never shows an e-mail address, phone number, surname or street address in any public response', async () => {
    const client = apiClient(testApp);
    await fatima.client.post('/help-requests', { ...request, title: 'Voorlezen gezocht', category: 'gezelschap' });
    await jan.client.post('/help-offers', {
      ...request,
      title: 'Ik help met boodschappen',
      category: 'boodschappen',
      postcode: '3512',
    });
    const organisation = (
      await operator.client.post('/organisations', {
        name: 'Buurthuis De Pijl',
        type: 'welzijnsorganisatie',
        municipality: 'GM0344',
      })
    ).body.id;
    await operator.client.post(`/organisations/${organisation}/members`, { email: piet.email, role: 'medewerker' });
    await relogin(piet);
    const vacancy = await piet.client.post('/vacancies', {
      ...request,
      title: 'Chauffeur voor de buurtbus',
      category: 'vervoer',
      hoursPerWeek: 4,
      organisation,
    });
    expect(vacancy.body).toMatchObject({ postedBy: 'Buurthuis De Pijl', hoursPerWeek: 4 });
    const bodies = [
      await client.get('/help-requests?status=matched'),
      await client.get('/help-requests?pageSize=100'),
      await client.get('/help-requests?q=boodschappen&near=3511&radiusKm=10'),
      await client.get('/help-offers'),
      await client.get('/vacancies'),
      await client.get('/marketplaces'),
      await client.get('/categories'),
    ].map((r) => JSON.stringify(r.body));
    const list = (await client.get('/help-requests?pageSize=100')).body.items as { id: string }[];
    for (const item of list) bodies.push(JSON.stringify((await client.get(`/help-requests/${item.id}`)).body));
    const all = bodies.join('\n');
    expect(list.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(all).not.toMatch(/(\+31|\b0)[\s-]?6([\s-]?\d){8}/);
    expect(all).not.toContain('Zeldzaamachternaam');
    expect(all).not.toContain('Vrijwilligersachternaam');
    expect(all).not.toMatch(/\b\d{4}\s?[A-Z]{2}\b/); // a full postcode points at a street
  });
});

describe('tenant isolation: a beheerder sees only their own marketplace', () => {
  it('gives Utrecht’s beheerder the Utrecht queue with contact details, and 403 on Rotterdam’s', async () => {
    const flagged = await fatima.client.post('/help-requests', {
      ...request,
      title: 'Mail mij',
      description: 'Mail naar fatima@voorbeeld.nl voor de boodschappen.',
    });
    expect(flagged.body.status).toBe('in-review');
    const rotterdamPost = (
      await fatima.client.post('/help-requests', { ...request, title: 'Rotterdamse vraag', postcode: '3011' })
    ).body.id;

    const queue = await sanne.client.get('/moderation/items?marketplace=GM0344');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: { postId: string }) => i.postId === flagged.body.id);
    expect(item.author).toMatchObject({ firstName: 'Fatima', lastName: 'Zeldzaamachternaam', email: fatima.email });
    expect((await sanne.client.get('/moderation/items?marketplace=GM0599')).status).toBe(403);
    expect((await rob.client.get('/moderation/items?marketplace=GM0344')).status).toBe(403);
    expect((await fatima.client.get('/moderation/items?marketplace=GM0344')).status).toBe(403);
    expect((await apiClient(testApp).get('/moderation/items?marketplace=GM0344')).status).toBe(401);

    // Decisions, too, only on one's own marketplace.
    expect(
      (await sanne.client.post(`/moderation/items/${rotterdamPost}/decision`, { decision: 'approve', reason: 'ok' }))
        .status,
    ).toBe(403);
    expect(
      (await rob.client.post(`/moderation/items/${flagged.body.id}/decision`, { decision: 'approve', reason: 'ok' }))
        .status,
    ).toBe(403);
    const approved = await sanne.client.post(`/moderation/items/${flagged.body.id}/decision`, {
      decision: 'approve',
      reason: 'Contact via berichten afgesproken',
    });
    expect(approved.body.status).toBe('open');
    const robApproves = await rob.client.post(`/moderation/items/${rotterdamPost}/decision`, {
      decision: 'reject',
      reason: 'Dubbel geplaatst',
    });
    expect(robApproves.body.status).toBe('closed');

    const reads = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'moderation.queueRead' AND municipality_code = 'GM0344'`,
    );
    expect(reads[0]?.n).toBe(1);
  });

  it('lets a beheerder read a conversation only after it was reported, and logs every read', async () => {
    const id = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij de tuin', category: 'tuin' }))
      .body.id;
    const conversation = (
      await piet.client.post(`/help-requests/${id}/responses`, { message: 'Ik kan helpen in de tuin.' })
    ).body.conversationId;
    expect((await sanne.client.get(`/conversations/${conversation}/messages`)).status).toBe(403);
    expect(
      (await sanne.client.post(`/conversations/${conversation}/reports`, { reason: 'Ik ben geen deelnemer' })).status,
    ).toBe(403);
    expect(
      (await fatima.client.post(`/conversations/${conversation}/reports`, { reason: 'Vreemde berichten' })).status,
    ).toBe(204);
    expect((await sanne.client.get(`/conversations/${conversation}/messages`)).status).toBe(200);
    expect((await rob.client.get(`/conversations/${conversation}/messages`)).status).toBe(403);
    const reads = await rows<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'conversation.readByBeheerder' AND subject_id = ${conversation}`,
    );
    expect(reads[0]?.n).toBe(1);

    // The list of reported conversations and its "handled": this marketplace's beheerders only.
    const listed = (await sanne.client.get('/moderation/conversations?marketplace=GM0344')).body.items.map(
      (item: { responseId: string }) => item.responseId,
    );
    expect(listed).toContain(conversation);
    expect((await rob.client.get('/moderation/conversations?marketplace=GM0344')).status).toBe(403);
    expect((await rob.client.post(`/moderation/conversations/${conversation}/resolve`)).status).toBe(403);
    expect((await sanne.client.post(`/moderation/conversations/${conversation}/resolve`)).status).toBe(204);
    expect((await sanne.client.post(`/moderation/conversations/${conversation}/resolve`)).status).toBe(409);
    const afterwards = (await sanne.client.get('/moderation/conversations?marketplace=GM0344')).body.items.map(
      (item: { responseId: string }) => item.responseId,
    );
    expect(afterwards).not.toContain(conversation);
    // Reported again: back on the list.
    await piet.client.post(`/conversations/${conversation}/reports`, { reason: 'Weer vervelende berichten' });
    expect((await sanne.client.get('/moderation/conversations?marketplace=GM0344')).body.items).toContainEqual(
      expect.objectContaining({ responseId: conversation, reason: 'Weer vervelende berichten' }),
    );
  });
});

describe('deleting an account', () => {
  it('exports a person’s posts and messages, then closes their posts and removes their name and messages', async () => {
    const leaver = await signedInClient(testApp, { name: 'Gerritje', postcode: '3511' });
    const id = (
      await leaver.client.post('/help-requests', { ...request, title: 'Hulp met de hond', category: 'dieren' })
    ).body.id;
    const conversation = (
      await jan.client.post(`/help-requests/${id}/responses`, { message: 'Ik laat de hond graag uit.' })
    ).body.conversationId;
    await leaver.client.post(`/conversations/${conversation}/messages`, { body: 'Heel fijn, mijn hond heet Bobbie.' });
    const exported = await leaver.client.get('/me/export');
    expect(exported.body.marketplaces.posts).toEqual([expect.objectContaining({ title: 'Hulp met de hond' })]);
    expect(exported.body.marketplaces.messagesSent).toEqual([
      expect.objectContaining({ body: 'Heel fijn, mijn hond heet Bobbie.' }),
    ]);
    expect((await leaver.client.delete('/me', { password: leaver.password })).status).toBe(204);
    const [post] = await rows<{ status: string; author_first_name: string }>(
      testApp.db,
      sql`SELECT status, author_first_name FROM posts WHERE id = ${id}`,
    );
    expect(post).toEqual({ status: 'closed', author_first_name: 'verwijderd account' });
    const left = await rows<{ body: string }>(
      testApp.db,
      sql`SELECT body FROM messages WHERE response_id = ${conversation}`,
    );
    expect(left.map((m) => m.body)).toEqual(['Ik laat de hond graag uit.']);
    const names = await rows(
      testApp.db,
      sql`SELECT 1 FROM posts WHERE author_first_name = 'Gerritje' UNION ALL SELECT 1 FROM responses WHERE responder_first_name = 'Gerritje'`,
    );
    expect(names).toEqual([]);
  });
});
