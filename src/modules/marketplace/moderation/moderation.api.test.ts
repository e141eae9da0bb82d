import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { apiClient } from '../../../test/api-client';
import type { TestApp } from '../../../test/harness';
import { type Client, marketplaceWorld, request } from '../testing';

// Through the API: the moderation queue, decisions and reported conversations, per marketplace.

let testApp: TestApp;
let fatima: Client;
let piet: Client; // a volunteer
let sanne: Client; // beheerder Utrecht
let rob: Client; // beheerder Rotterdam (pre-moderated)

beforeAll(async () => {
  ({ testApp, fatima, piet, sanne, rob } = await marketplaceWorld());
});
afterAll(() => testApp.close());

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
      sql`SELECT count(*)::int AS n FROM audit_log
           WHERE action = 'moderation.queueRead' AND municipality_code = 'GM0344'`,
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
      sql`SELECT count(*)::int AS n FROM audit_log
           WHERE action = 'conversation.readByBeheerder' AND subject_id = ${conversation}`,
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
