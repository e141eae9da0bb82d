import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { signedInClient } from '../../../test/api-client';
import type { TestApp } from '../../../test/harness';
import { type Client, marketplaceWorld, request } from '../testing';

// Through the API: why a post waits, sending a post back, hiding after reports, the activity log,
// and the specific refusals of bad input (issue 13, part 5).

let testApp: TestApp;
let fatima: Client;
let jan: Client;
let piet: Client;
let sanne: Client; // beheerder Utrecht
let rob: Client; // beheerder Rotterdam

beforeAll(async () => {
  ({ testApp, fatima, jan, piet, sanne, rob } = await marketplaceWorld());
});
afterAll(() => testApp.close());

const queue = async (client: Client, code = 'GM0344') =>
  (await client.client.get(`/moderation/items?marketplace=${code}`)).body.items as {
    postId: string;
    hidden: boolean;
    reasons: { rule: string; message: string; spans: { field: string; start: number; end: number; text: string }[] }[];
  }[];
const outcomesFor = async (accountId: string, postTitle: string) =>
  (
    await rows<{ outcome: string }>(
      testApp.db,
      sql`SELECT data->>'outcome' AS outcome FROM notifications
           WHERE account_id = ${accountId} AND kind = 'marketplace.review' AND data->>'title' = ${postTitle}
           ORDER BY created_at`,
    )
  ).map((row) => row.outcome);
const logOf = async (client: Client, code = 'GM0344') =>
  (await client.client.get(`/moderation/log?marketplace=${code}`)).body.items as {
    action: string;
    subject: string;
    note: string | null;
    actor: string | null;
  }[];

describe('send back → the author changes it → approved', () => {
  it('shows which rule held the post and where, returns it with a note, and reviews it again', async () => {
    const title = 'Hulp bij de tuin op zaterdag';
    const description = 'Wie helpt mij snoeien? Bel mij op 06-12345678, dan spreken we af.';
    const placed = await fatima.client.post('/help-requests', { ...request, title, description });
    expect(placed.body.status).toBe('in-review');
    const id = placed.body.id as string;

    // The queue says why it waits: which rule, and the matched text with its place.
    const at = description.indexOf('06-12345678');
    const item = (await queue(sanne)).find((i) => i.postId === id);
    expect(item?.reasons).toEqual([
      expect.objectContaining({
        rule: 'contact-details',
        message: expect.stringContaining('telefoonnummer'),
        spans: [{ field: 'description', start: at, end: at + 11, text: '06-12345678' }],
      }),
    ]);

    // Sending back needs a note; with one, it is a concept with the note, for its author only.
    const noNote = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'return' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.invalidParams).toEqual([
      { name: 'reason', reason: 'Schrijf op wat de schrijver moet aanpassen.' },
    ]);
    const note = 'Haal uw telefoonnummer weg. Contact gaat via de berichten.';
    const returned = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'return', reason: note });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('concept');
    expect((await queue(sanne)).some((i) => i.postId === id)).toBe(false);
    const own = await fatima.client.get(`/help-requests/${id}`);
    expect(own.body).toMatchObject({ status: 'concept', moderatorNote: note });
    expect((await jan.client.get(`/help-requests/${id}`)).status).toBe(404);
    expect(await outcomesFor(fatima.accountId, title)).toEqual(['returned']);

    // She changes it and places it again: it goes to review (not open), without the note.
    const changed = await fatima.client.patch(`/help-requests/${id}`, {
      description: 'Wie helpt mij snoeien op zaterdag? Stuur mij een bericht.',
    });
    expect(changed.status).toBe(200);
    const again = await fatima.client.post(`/help-requests/${id}/publish`, {});
    expect(again.body.status).toBe('in-review');
    expect((await fatima.client.get(`/help-requests/${id}`)).body.moderatorNote).toBeUndefined();
    // Screened again: nothing found now, so the queue says it was sent in again.
    expect((await queue(sanne)).find((i) => i.postId === id)?.reasons).toEqual([]);

    // Approving needs no reason.
    const approved = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'approve' });
    expect(approved.body.status).toBe('open');
    expect((await jan.client.get(`/help-requests/${id}`)).status).toBe(200);
    expect(await outcomesFor(fatima.accountId, title)).toEqual(['returned', 'approved']);

    // The activity log has both decisions, newest first, with who decided.
    const log = (await logOf(sanne)).filter((entry) => entry.subject === title);
    expect(log).toEqual([
      expect.objectContaining({ action: 'approve', actor: 'Sanne', note: null }),
      expect.objectContaining({ action: 'return', actor: 'Sanne', note }),
    ]);
  });

  it('rejects with a reason only; the post closes, stays hidden, and the author hears why', async () => {
    const title = 'Tuinhulp gezocht, bel 06-87654321';
    const id = (await fatima.client.post('/help-requests', { ...request, title })).body.id;
    const noReason = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'reject', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.invalidParams[0].reason).toBe(
      'Schrijf op waarom u de plaatsing afwijst. De schrijver leest dit.',
    );
    const rejected = await sanne.client.post(`/moderation/items/${id}/decision`, {
      decision: 'reject',
      reason: 'Een telefoonnummer in de titel mag niet.',
    });
    expect(rejected.body.status).toBe('closed');
    expect((await jan.client.get(`/help-requests/${id}`)).status).toBe(404);
    expect((await fatima.client.get(`/help-requests/${id}`)).body).toMatchObject({
      moderatorNote: 'Een telefoonnummer in de titel mag niet.',
      hidden: true,
    });
    expect(await outcomesFor(fatima.accountId, title)).toEqual(['rejected']);
    expect((await logOf(sanne))[0]).toMatchObject({ action: 'reject', subject: title });
  });
});

describe('reports from different accounts hide a post', () => {
  it('keeps it visible after two (and after one account reporting three times), hides it at three', async () => {
    const title = 'Samen wandelen in het park';
    const id = (await fatima.client.post('/help-requests', { ...request, title })).body.id;
    const kees = await signedInClient(testApp, { name: 'Kees', postcode: '3512' });
    const report = (client: Client, reason: string) => client.client.post(`/help-requests/${id}/reports`, { reason });
    const searchFinds = async () =>
      (await jan.client.get('/help-requests?municipality=GM0344&q=wandelen&pageSize=100')).body.items.some(
        (post: { id: string }) => post.id === id,
      );
    expect(await searchFinds()).toBe(true);

    expect((await report(jan, 'Reclame')).status).toBe(201);
    expect((await report(jan, 'Nog steeds reclame')).status).toBe(201);
    expect((await report(jan, 'Echt reclame')).status).toBe(201);
    expect((await report(piet, 'Klopt niet')).status).toBe(201);
    // Two different accounts (Jan three times): still there.
    expect((await kees.client.get(`/help-requests/${id}`)).status).toBe(200);
    expect(await searchFinds()).toBe(true);
    expect((await queue(sanne)).find((i) => i.postId === id)?.hidden).toBe(false);

    // The third account: hidden from everyone but its author, in lists and on its own.
    expect((await report(kees, 'Dit is geen hulpvraag')).status).toBe(201);
    expect((await kees.client.get(`/help-requests/${id}`)).status).toBe(404);
    expect(await searchFinds()).toBe(false);
    expect((await fatima.client.get(`/help-requests/${id}`)).body).toMatchObject({ status: 'open', hidden: true });
    // Nobody can respond to it or report it any more.
    expect((await piet.client.post(`/help-requests/${id}/responses`, { message: 'Ik help graag.' })).status).toBe(404);
    expect((await report(kees, 'Nog een keer')).status).toBe(404);
    expect((await queue(sanne)).find((i) => i.postId === id)?.hidden).toBe(true);
    expect(await outcomesFor(fatima.accountId, title)).toEqual(['hidden']);
    expect((await logOf(sanne))[0]).toMatchObject({ action: 'hide', actor: null, subject: title, note: '3' });

    // The beheerder approves it: visible again, the author hears, the reports are handled.
    await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'approve' });
    expect((await kees.client.get(`/help-requests/${id}`)).status).toBe(200);
    expect(await searchFinds()).toBe(true);
    expect(await outcomesFor(fatima.accountId, title)).toEqual(['hidden', 'approved']);
    expect((await queue(sanne)).some((i) => i.postId === id)).toBe(false);
  });

  it('follows the marketplace setting (2 to 10), with a specific message outside it', async () => {
    const refused = await sanne.client.patch('/marketplaces/GM0344', { autoHideReports: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams[0]).toEqual({
      name: 'autoHideReports',
      reason: 'Vul een getal van 2 tot en met 10 in: na zoveel meldingen wordt een plaatsing verborgen.',
    });
    expect((await sanne.client.patch('/marketplaces/GM0344', { autoHideReports: 2 })).body.autoHideReports).toBe(2);
    const id = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij het koken' })).body.id;
    await jan.client.post(`/help-requests/${id}/reports`, { reason: 'Reclame' });
    await piet.client.post(`/help-requests/${id}/reports`, { reason: 'Reclame' });
    expect((await rob.client.get(`/help-requests/${id}`)).status).toBe(404);
    await sanne.client.patch('/marketplaces/GM0344', { autoHideReports: 3 });
  });
});

describe('bad input to the moderation API gets a specific message and changes nothing', () => {
  it('refuses a decision on a post of another marketplace', async () => {
    const id = (
      await fatima.client.post('/help-requests', { ...request, title: 'Rotterdamse vraag', postcode: '3011' })
    ).body.id;
    const before = (await logOf(rob, 'GM0599')).length;
    const refused = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'reject', reason: 'Nee' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.detail).toBe(
      'Deze plaatsing staat op een marktplaats die u niet beheert. U kunt alleen besluiten over plaatsingen van uw ' +
        'eigen marktplaats.',
    );
    expect((await fatima.client.get(`/help-requests/${id}`)).body.status).toBe('in-review');
    expect((await logOf(rob, 'GM0599')).length).toBe(before);
  });

  it('refuses an unknown decision and sending back a post that is closed', async () => {
    const id = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij de was' })).body.id;
    const unknown = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'maybe' });
    expect(unknown.body.invalidParams[0]).toEqual({
      name: 'decision',
      reason: 'Kies approve (goedkeuren), reject (afwijzen) of return (terugsturen).',
    });
    await fatima.client.post(`/help-requests/${id}/close`, { reason: 'Gelukt' });
    const closed = await sanne.client.post(`/moderation/items/${id}/decision`, { decision: 'return', reason: 'x' });
    expect(closed.status).toBe(409);
    expect(closed.body.detail).toContain('alleen een plaatsing die wacht of open staat');
    expect((await fatima.client.get(`/help-requests/${id}`)).body.status).toBe('closed');
  });
});
