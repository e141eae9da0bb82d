// "Neem contact op" (issue 14): officials message each other about an initiative through Samen,
// without an e-mail address shown, in a conversation only the two of them can read.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { apiClient } from '../../../test/api-client';
import { webClient } from '../../../test/web-client';
import { type InnovationWorld, innovationWorld, webAs } from '../testing';

let world: InnovationWorld;
let conversation: string;
const FIRST = 'Wij doen in Gouda iets vergelijkbaars. Zullen we onze indicatoren vergelijken?';

beforeAll(async () => {
  world = await innovationWorld();
});
afterAll(() => world.testApp.close());

/** No e-mail address of either party anywhere in `text`. */
const noAddresses = (text: string) => {
  expect(text).not.toContain(world.marieke.email);
  expect(text).not.toContain(world.ahmed.email);
};

describe('"Neem contact op" on an initiative', () => {
  it('is offered to officials of other organisations, with a login link for visitors', async () => {
    const ahmed = await webAs(world.testApp, world.ahmed);
    const page = await ahmed.get(`/innovatie/${world.pilot}`);
    expect(page.html).toContain(`href="/innovatie/${world.pilot}/contact"`);
    expect(page.html).toContain('Neem contact op met Marieke');
    noAddresses(page.html);
    const visitor = await webClient(world.testApp).get(`/innovatie/${world.pilot}`);
    expect(visitor.html).toContain(`/inloggen?terug=${encodeURIComponent(`/innovatie/${world.pilot}/contact`)}`);
    const resident = await webAs(world.testApp, world.resident);
    expect((await resident.get(`/innovatie/${world.pilot}`)).html).toContain('Contact opnemen kan als u voor een');
    expect((await resident.get(`/innovatie/${world.pilot}/contact`)).status).toBe(403);
    const owner = await webAs(world.testApp, world.marieke);
    expect((await owner.get(`/innovatie/${world.pilot}`)).html).toContain('U bent de contactpersoon');
    expect((await owner.get(`/innovatie/${world.pilot}/contact`)).status).toBe(409);
  });

  it('opens a conversation from the form, says what is missing, and tells the contact person', async () => {
    const ahmed = await webAs(world.testApp, world.ahmed);
    const form = await ahmed.get(`/innovatie/${world.pilot}/contact`);
    expect(form.html).toContain('Uw bericht gaat naar Marieke');
    const empty = await ahmed.post(`/innovatie/${world.pilot}/contact`, { message: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#veld-message"');
    expect(empty.html).toContain('Schrijf een bericht.');
    const sent = await ahmed.post(`/innovatie/${world.pilot}/contact`, { message: FIRST });
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/^\/innovatie\/gesprekken\/[0-9a-f-]{36}$/);
    conversation = (sent.location as string).split('/').at(-1) as string;
    const page = await ahmed.get(sent.location as string);
    expect(page.html).toContain('Uw bericht is verstuurd.');
    expect(page.html).toContain(FIRST);
    expect(page.html).toContain('Gesprek met Marieke (Gemeente Alphen aan den Rijn)');
    noAddresses(page.html);
    // Marieke hears of it under "Meldingen", and by mail: who wrote about what, never the message itself.
    const told = await rows<{ kind: string; path: string }>(
      world.testApp.db,
      sql`SELECT kind, path FROM notifications WHERE account_id = ${world.marieke.accountId}`,
    );
    expect(told).toContainEqual({ kind: 'innovation.message', path: `/innovatie/gesprekken/${conversation}` });
    const outbox = await rows<{ subject: string; text_body: string }>(
      world.testApp.db,
      sql`SELECT subject, text_body FROM mail_outbox WHERE to_address = ${world.marieke.email}`,
    );
    const mail = outbox.find((m) => m.subject.includes('Ahmed'));
    expect(mail?.subject).toContain(`"${'Rapportage sociaal domein met nieuwe indicatoren'}"`);
    expect(mail?.text_body).toContain(`/innovatie/gesprekken/${conversation}`);
    expect(mail?.text_body).not.toContain(FIRST);
    expect(mail?.text_body).not.toContain(world.ahmed.email);
  });

  it('leads back to the same conversation when the person writes again', async () => {
    const ahmed = await webAs(world.testApp, world.ahmed);
    expect((await ahmed.get(`/innovatie/${world.pilot}/contact`)).location).toBe(
      `/innovatie/gesprekken/${conversation}`,
    );
    expect((await ahmed.get(`/innovatie/${world.pilot}`)).html).toContain(
      `href="/innovatie/gesprekken/${conversation}"`,
    );
    const again = await world.ahmed.client.post(`/initiatives/${world.pilot}/conversations`, {
      message: 'Nog één vraag.',
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(conversation);
    expect(again.body.messages.map((m: { body: string }) => m.body)).toEqual([FIRST, 'Nog één vraag.']);
  });
});

describe('a conversation about an initiative', () => {
  it('is listed for both parties, marked read when opened, and answered', async () => {
    const marieke = await webAs(world.testApp, world.marieke);
    const list = await marieke.get('/innovatie/gesprekken');
    expect(list.html).toContain(`href="/innovatie/gesprekken/${conversation}"`);
    expect(list.html).toContain('Ahmed (Gemeente Gouda)');
    expect(list.html).toContain('2 nieuwe berichten');
    await marieke.get(`/innovatie/gesprekken/${conversation}`);
    expect((await marieke.get('/innovatie/gesprekken')).html).toContain('Alles gelezen');
    const answered = await marieke.post(`/innovatie/gesprekken/${conversation}`, {
      body: 'Graag! Ik bel u niet, ik schrijf hier.',
    });
    expect(answered.status).toBe(303);
    const mine = await world.ahmed.client.get('/initiative-conversations');
    expect(mine.body).toMatchObject({
      total: 1,
      items: [{ id: conversation, unread: 1, with: { firstName: 'Marieke' } }],
    });
    const read = await world.ahmed.client.get(`/initiative-conversations/${conversation}`);
    expect(read.body.messages.map((m: { fromMe: boolean }) => m.fromMe)).toEqual([true, true, false]);
    noAddresses(JSON.stringify(read.body));
    noAddresses(JSON.stringify(mine.body));
    const replied = await world.ahmed.client.post(`/initiative-conversations/${conversation}/messages`, {
      body: 'Top.',
    });
    expect(replied.status).toBe(201);
    expect(replied.body).toMatchObject({ fromMe: true, body: 'Top.', senderFirstName: 'Ahmed' });
  });

  it('is for its two parties only: not another official, not a resident, not the operator, not a visitor', async () => {
    for (const other of [world.lotte, world.resident, world.operator]) {
      expect((await other.client.get(`/initiative-conversations/${conversation}`)).status).toBe(403);
      expect(
        (await other.client.post(`/initiative-conversations/${conversation}/messages`, { body: 'Hoi' })).status,
      ).toBe(403);
      const web = await webAs(world.testApp, other);
      expect((await web.get(`/innovatie/gesprekken/${conversation}`)).status).toBe(403);
      expect((await web.post(`/innovatie/gesprekken/${conversation}`, { body: 'Hoi' })).status).toBe(403);
      expect((await other.client.get('/initiative-conversations')).body.total).toBe(0);
    }
    expect((await apiClient(world.testApp).get(`/initiative-conversations/${conversation}`)).status).toBe(401);
    const count = await rows<{ n: number }>(
      world.testApp.db,
      sql`SELECT count(*)::int AS n FROM initiative_messages WHERE body = 'Hoi'`,
    );
    expect(count[0]?.n).toBe(0);
  });

  it('refuses the contact person writing to herself and someone without an organisation', async () => {
    expect(
      (await world.marieke.client.post(`/initiatives/${world.pilot}/conversations`, { message: 'Hallo' })).status,
    ).toBe(409);
    expect(
      (await world.resident.client.post(`/initiatives/${world.pilot}/conversations`, { message: 'Hallo' })).status,
    ).toBe(403);
    expect(
      (await world.operator.client.post(`/initiatives/${world.pilot}/conversations`, { message: 'Hallo' })).status,
    ).toBe(403);
  });

  it("is in the writer's AVG export, and their messages go with their account", async () => {
    const exported = await world.ahmed.client.get('/me/export');
    expect(exported.body.innovation.messagesAboutInitiatives.map((m: { body: string }) => m.body)).toEqual([
      FIRST,
      'Nog één vraag.',
      'Top.',
    ]);
    const deleted = await world.ahmed.client.delete('/me', { password: world.ahmed.password });
    expect(deleted.status).toBe(204);
    const left = await world.marieke.client.get(`/initiative-conversations/${conversation}`);
    expect(left.body.with.firstName).toBe('verwijderd account');
    expect(left.body.messages.map((m: { body: string }) => m.body)).toEqual(['Graag! Ik bel u niet, ik schrijf hier.']);
    expect(
      (await world.marieke.client.post(`/initiative-conversations/${conversation}/messages`, { body: 'Hallo?' }))
        .status,
    ).toBe(409);
  });
});
