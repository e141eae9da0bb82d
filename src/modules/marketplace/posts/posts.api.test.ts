import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { apiClient, signedInClient } from '../../../test/api-client';
import type { TestApp } from '../../../test/harness';
import { type Client, inTwoWeeks, marketplaceWorld, request } from '../testing';
import { expireDuePosts } from './queries';

// Through the API: a post's lifecycle, what bad input gets, and what goes when an account goes.

let testApp: TestApp;
let fatima: Client; // asks for help, Utrecht 3511
let jan: Client; // volunteer

beforeAll(async () => {
  ({ testApp, fatima, jan } = await marketplaceWorld());
});
afterAll(() => testApp.close());

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

  it(
    'withdraws, expires, and sends posts to review ' + 'on pre-moderated marketplaces or with contact details',
    async () => {
      const id = (
        await fatima.client.post('/help-requests', { ...request, title: 'Gezelschap gezocht', category: 'gezelschap' })
      ).body.id;
      expect((await fatima.client.post(`/help-requests/${id}/withdraw`)).body.status).toBe('withdrawn');
      expect((await fatima.client.post(`/help-requests/${id}/withdraw`)).status).toBe(409);

      const old = (await fatima.client.post('/help-requests', { ...request, title: 'Oude vraag', category: 'overig' }))
        .body.id;
      await testApp.db.execute(sql`UPDATE posts SET expires_at = now() - interval '1 minute' WHERE id = ${old}`);
      expect(await expireDuePosts(testApp.db)).toBe(1);
      expect((await apiClient(testApp).get(`/help-requests/${old}`)).status).toBe(404);
      // expired → open: the owner places it again, for another term
      const again = await fatima.client.post(`/help-requests/${old}/publish`);
      expect(again.body.status).toBe('open');
      expect(Date.parse(again.body.expiresAt)).toBeGreaterThan(Date.now() + 7 * 86_400_000);
      expect((await fatima.client.post(`/help-requests/${id}/publish`)).status).toBe(409); // withdrawn stays withdrawn

      // matched → closed
      const helped = (
        await fatima.client.post('/help-requests', {
          ...request,
          title: 'Hulp bij het verhuizen',
          category: 'verhuizen',
        })
      ).body.id;
      const offer = (await jan.client.post(`/help-requests/${helped}/responses`, { message: 'Ik heb een bus.' })).body
        .id;
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
    },
  );

  it(
    'keeps a concept to its owner until it is placed: ' + 'then open, or in review on a pre-moderated marketplace',
    async () => {
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
    },
  );
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
      title: 'Vul een korte titel in.',
      description: 'Dit is te lang. Gebruik maximaal 4.000 tekens.',
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
      sql`SELECT 1 FROM posts WHERE author_first_name = 'Gerritje'
          UNION ALL SELECT 1 FROM responses WHERE responder_first_name = 'Gerritje'`,
    );
    expect(names).toEqual([]);
  });
});
