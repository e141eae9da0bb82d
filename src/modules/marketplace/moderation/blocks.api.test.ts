import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { addDays, dayIn } from '../../../core/i18n/dates';
import type { TestApp } from '../../../test/harness';
import { type Client, marketplaceWorld, request } from '../testing';
import { mailWaitingToBeheerders } from './digest';

// Through the API: blocks on one marketplace and on the whole platform, warnings, blocks ending on
// their date, bad input to the block API, and the daily mail to beheerders (issue 13, part 5).

let testApp: TestApp;
let operator: Client;
let fatima: Client;
let jan: Client; // the spammer
let piet: Client;
let sanne: Client; // beheerder Utrecht
let rob: Client; // beheerder Rotterdam

beforeAll(async () => {
  ({ testApp, operator, fatima, jan, piet, sanne, rob } = await marketplaceWorld());
});
afterAll(() => testApp.close());

const today = () => dayIn(new Date());
const blockRows = () =>
  rows<{ id: string }>(testApp.db, sql`SELECT id FROM marketplace_blocks WHERE lifted_at IS NULL`);

describe('a blocked person', () => {
  let fatimasRequest: string; // Utrecht, Jan may not respond to it while blocked
  let conversation: string; // Jan and Fatima, from before the block
  let jansOffer: string;
  let blockId: string;

  it('gets a clear refusal on post, respond and message in that marketplace, but not in another', async () => {
    fatimasRequest = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij boodschappen' })).body
      .id;
    const earlier = (await fatima.client.post('/help-requests', { ...request, title: 'Hulp bij de tuin' })).body.id;
    conversation = (await jan.client.post(`/help-requests/${earlier}/responses`, { message: 'Ik kom graag helpen.' }))
      .body.conversationId;
    jansOffer = (
      await jan.client.post('/help-offers', {
        ...request,
        title: 'Ik help met klussen',
        description: 'Ik heb tijd over en help graag met kleine klussen in huis.',
        category: 'klussen',
      })
    ).body.id;
    const rotterdamRequest = (
      await fatima.client.post('/help-requests', { ...request, title: 'Boodschappen in Rotterdam', postcode: '3011' })
    ).body.id;
    // Rotterdam looks at every post first.
    await rob.client.post(`/moderation/items/${rotterdamRequest}/decision`, { decision: 'approve' });

    const endsOn = addDays(today(), 14);
    const blocked = await sanne.client.post('/moderation/blocks', {
      account: jan.accountId,
      marketplace: 'GM0344',
      reason: 'U stuurt steeds reclame in berichten.',
      endsOn,
    });
    expect(blocked.status).toBe(201);
    expect(blocked.body).toMatchObject({ marketplace: 'GM0344', endsOn, account: { id: jan.accountId } });
    blockId = blocked.body.id;

    // Told, with the reason and the date.
    const told = await rows<{ kind: string; reason: string; place: string }>(
      testApp.db,
      sql`SELECT kind, data->>'reason' AS reason, data->>'place' AS place FROM notifications
           WHERE account_id = ${jan.accountId} AND kind = 'marketplace.blocked'`,
    );
    expect(told).toEqual([
      { kind: 'marketplace.blocked', reason: 'U stuurt steeds reclame in berichten.', place: 'Utrecht voor elkaar' },
    ]);

    const [day, month, year] = [Number(endsOn.slice(8)), Number(endsOn.slice(5, 7)), endsOn.slice(0, 4)];
    const refusal =
      `Tot ${day}-${month}-${year} kunt u op Utrecht voor elkaar niets plaatsen, niet reageren en geen berichten ` +
      'sturen. De beheerder zegt: "U stuurt steeds reclame in berichten."';
    const post = await jan.client.post('/help-offers', { ...request, title: 'Nog een aanbod', category: 'klussen' });
    expect(post.status).toBe(403);
    expect(post.body).toMatchObject({ title: 'U bent geblokkeerd', detail: refusal });
    const respond = await jan.client.post(`/help-requests/${fatimasRequest}/responses`, { message: 'Ik help!' });
    expect(respond.status).toBe(403);
    expect(respond.body.detail).toBe(refusal);
    const message = await jan.client.post(`/conversations/${conversation}/messages`, { body: 'Hallo?' });
    expect(message.status).toBe(403);
    expect(message.body.detail).toBe(refusal);
    // Fatima may still write to him.
    expect((await fatima.client.post(`/conversations/${conversation}/messages`, { body: 'Dag Jan' })).status).toBe(201);

    // His posts there are hidden (from lists too), but not from him.
    expect((await piet.client.get(`/help-offers/${jansOffer}`)).status).toBe(404);
    const offers = (await piet.client.get('/help-offers?municipality=GM0344&pageSize=100')).body.items;
    expect(offers.some((o: { id: string }) => o.id === jansOffer)).toBe(false);
    expect((await jan.client.get(`/help-offers/${jansOffer}`)).body.hidden).toBe(true);

    // In Rotterdam he takes part as before.
    expect(
      (await jan.client.post('/help-offers', { ...request, title: 'Klussen in Rotterdam', postcode: '3011' })).status,
    ).toBe(201);
    expect(
      (await jan.client.post(`/help-requests/${rotterdamRequest}/responses`, { message: 'Ik help graag.' })).status,
    ).toBe(201);

    // The beheerders see the block: Utrecht's, not Rotterdam's.
    expect(
      (await sanne.client.get('/moderation/blocks?marketplace=GM0344')).body.items.map((b: { id: string }) => b.id),
    ).toEqual([blockId]);
    expect((await rob.client.get('/moderation/blocks?marketplace=GM0599')).body.items).toEqual([]);
  });

  it('takes part again once the block ends on its date', async () => {
    // The end date comes: the block's end moves into the past (as time would move it).
    await testApp.db.execute(sql`UPDATE marketplace_blocks SET created_at = now() - interval '15 days',
                                        ends_at = now() - interval '1 second' WHERE id = ${blockId}`);
    expect((await piet.client.get(`/help-offers/${jansOffer}`)).status).toBe(200);
    expect(
      (await jan.client.post(`/help-requests/${fatimasRequest}/responses`, { message: 'Ik help graag!' })).status,
    ).toBe(201);
    expect((await jan.client.post(`/conversations/${conversation}/messages`, { body: 'Dank u.' })).status).toBe(201);
    expect((await sanne.client.get('/moderation/blocks?marketplace=GM0344')).body.items).toEqual([]);
    // Lifting what has ended: nothing to lift.
    expect((await sanne.client.post(`/moderation/blocks/${blockId}/lift`, {})).status).toBe(409);
  });

  it('is blocked on the whole platform by the operator only, and may be lifted early', async () => {
    const body = { account: piet.accountId, reason: 'Oplichting op meerdere marktplaatsen.', endsOn: '2099-01-01' };
    const byBeheerder = await sanne.client.post('/moderation/blocks', body);
    expect(byBeheerder.status).toBe(403);
    expect(byBeheerder.body.detail).toBe(
      'Alleen netwerkbeheer kan iemand op het hele platform blokkeren. Kies een marktplaats die u beheert.',
    );
    const platform = await operator.client.post('/moderation/blocks', body);
    expect(platform.status).toBe(201);
    expect(platform.body.marketplace).toBeNull();
    const rotterdam = await piet.client.post('/help-requests', { ...request, postcode: '3011' });
    expect(rotterdam.status).toBe(403);
    expect(rotterdam.body.detail).toContain('op Samen niets plaatsen');
    // Both marketplaces' beheerders see it; only the operator lifts it.
    expect((await rob.client.get('/moderation/blocks?marketplace=GM0599')).body.items[0].id).toBe(platform.body.id);
    expect((await rob.client.post(`/moderation/blocks/${platform.body.id}/lift`, {})).status).toBe(403);
    expect((await operator.client.post(`/moderation/blocks/${platform.body.id}/lift`, {})).status).toBe(204);
    expect((await piet.client.post('/help-requests', { ...request, postcode: '3011' })).status).toBe(201);
    expect((await operator.client.get('/moderation/log')).body.items.map((e: { action: string }) => e.action)).toEqual([
      'lift',
      'block',
    ]);
  });

  it('is warned with a reason that he hears; the log records it', async () => {
    const warned = await sanne.client.post('/moderation/warnings', {
      account: jan.accountId,
      marketplace: 'GM0344',
      reason: 'Vraag niet om telefoonnummers.',
    });
    expect(warned.status).toBe(204);
    const told = await rows<{ reason: string }>(
      testApp.db,
      sql`SELECT data->>'reason' AS reason FROM notifications
           WHERE account_id = ${jan.accountId} AND kind = 'marketplace.warning'`,
    );
    expect(told).toEqual([{ reason: 'Vraag niet om telefoonnummers.' }]);
    const log = (await sanne.client.get('/moderation/log?marketplace=GM0344')).body.items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['warn', 'block']);
    expect(log[1]).toMatchObject({ actor: 'Sanne', subject: 'Jan Vrijwilligersachternaam' });
    expect((await rob.client.get('/moderation/log?marketplace=GM0344')).status).toBe(403);
    expect((await sanne.client.get('/moderation/log')).status).toBe(403);
  });
});

describe('bad input to the block API gets a specific message and changes nothing', () => {
  it('refuses a block without a reason, with an end date in the past, or of someone from elsewhere', async () => {
    const before = (await blockRows()).length;
    const valid = { account: fatima.accountId, marketplace: 'GM0344', reason: 'Reden', endsOn: '2099-01-01' };
    const noReason = await sanne.client.post('/moderation/blocks', { ...valid, reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.headers.get('content-type')).toContain('application/problem+json');
    expect(noReason.body.invalidParams).toEqual([
      { name: 'reason', reason: 'Schrijf op waarom u deze persoon blokkeert. De persoon krijgt deze reden te lezen.' },
    ]);
    const past = await sanne.client.post('/moderation/blocks', { ...valid, endsOn: '2020-03-01' });
    expect(past.status).toBe(400);
    expect(past.body.invalidParams).toEqual([
      { name: 'endsOn', reason: 'De einddatum 1-3-2020 is vandaag of al voorbij. Kies een datum na vandaag.' },
    ]);
    expect((await sanne.client.post('/moderation/blocks', { ...valid, endsOn: today() })).status).toBe(400);
    expect(
      (await sanne.client.post('/moderation/blocks', { ...valid, endsOn: '1-3-2099' })).body.invalidParams,
    ).toEqual([{ name: 'endsOn', reason: 'Vul in tot welke datum de blokkade duurt.' }]);
    const elsewhere = await rob.client.post('/moderation/blocks', {
      ...valid,
      account: sanne.accountId,
      marketplace: 'GM0599',
    });
    expect(elsewhere.body.invalidParams).toEqual([
      { name: 'account', reason: 'Deze persoon heeft op deze marktplaats niets geplaatst en op niets gereageerd.' },
    ]);
    expect((await sanne.client.post('/moderation/blocks', { ...valid, account: sanne.accountId })).status).toBe(400);
    expect((await rob.client.post('/moderation/blocks', valid)).status).toBe(403);
    expect((await blockRows()).length).toBe(before);
  });
});

describe('the daily mail to beheerders of what waits', () => {
  const at = (iso: string) => ({ ...testApp.deps, clock: { now: () => new Date(iso) } });
  const mailsTo = async (email: string) =>
    (
      await rows<{ subject: string; text: string }>(
        testApp.db,
        sql`SELECT subject, text_body AS text FROM mail_outbox WHERE to_address = ${email} AND subject LIKE 'Beheer:%'`,
      )
    ).length;

  it('goes once per beheerder per day, only when something waits, also with two instances at once', async () => {
    // Before 08:00 nothing goes out.
    expect(await mailWaitingToBeheerders(at('2030-01-15T06:00:00Z'), { force: true })).toBe(0);
    // Nothing waits in Utrecht: no mail to Sanne (Rotterdam's pre-moderated posts wait for Rob).
    await sanne.client.post('/help-requests', { ...request, title: 'Even kijken' }); // open at once: nothing waits
    expect(await mailWaitingToBeheerders(at('2030-01-14T09:00:00Z'), { force: true })).toBe(1);
    expect(await mailsTo(sanne.email)).toBe(0);
    expect(await mailsTo(rob.email)).toBe(1);
    // Now something waits in Utrecht. Two instances at once send one mail each to Sanne and Rob.
    await fatima.client.post('/help-requests', { ...request, title: 'Bel 06-11112222 voor hulp' });
    const [first, second] = await Promise.all([
      mailWaitingToBeheerders(at('2030-01-15T09:00:00Z'), { force: true }),
      mailWaitingToBeheerders(at('2030-01-15T09:00:01Z'), { force: true }),
    ]);
    expect(first + second).toBe(2);
    expect(await mailsTo(sanne.email)).toBe(1);
    expect(await mailsTo(rob.email)).toBe(2);
    const [mail] = await rows<{ subject: string; text: string }>(
      testApp.db,
      sql`SELECT subject, text_body AS text FROM mail_outbox
           WHERE to_address = ${sanne.email} AND subject LIKE 'Beheer:%'`,
    );
    expect(mail?.text).toContain('Utrecht voor elkaar: 1 plaatsing en 0 gemelde gesprekken.');
    expect(mail?.text).toContain('http://samen.test/gemeenten/utrecht/marktplaats/beheer');
    // Later the same day: not again. The next day: again, since something still waits.
    expect(await mailWaitingToBeheerders(at('2030-01-15T15:00:00Z'), { force: true })).toBe(0);
    expect(await mailWaitingToBeheerders(at('2030-01-16T09:00:00Z'), { force: true })).toBe(2);
    expect(await mailsTo(sanne.email)).toBe(2);
  });
});
