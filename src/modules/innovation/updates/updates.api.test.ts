import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { grantRole } from '../../accounts';

let testApp: TestApp;
type Client = Awaited<ReturnType<typeof signedInClient>>;
let owner: Client; // Gouda, reads Dutch
let partner: Client; // Leiden, reads English

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  owner = await signedInClient(testApp, { name: 'Ahmed' });
  partner = await signedInClient(testApp, { name: 'Lotte' });
  for (const [client, name, code] of [
    [owner, 'Gemeente Gouda', 'GM0513'],
    [partner, 'Gemeente Leiden', 'GM0546'],
  ] as const) {
    const organisation = await operator.client.post('/organisations', { name, type: 'gemeente', municipality: code });
    const added = await operator.client.post(`/organisations/${organisation.body.id}/members`, {
      email: client.email,
      role: 'medewerker',
    });
    expect(added.status).toBe(201);
  }
});
afterAll(() => testApp.close());

const newsTo = (email: string) =>
  rows<{ subject: string; text_body: string; html_body: string }>(
    testApp.db,
    sql`SELECT subject, text_body, html_body FROM mail_outbox
         WHERE to_address = ${email} AND subject LIKE ${'%Buurtbussen%'} ORDER BY created_at`,
  );

describe('news by mail', () => {
  it('tells each contact in their own language', async () => {
    expect((await partner.client.patch('/me', { locale: 'en' })).status).toBe(200);
    const created = await owner.client.post('/initiatives', {
      type: 'pilot',
      title: 'Buurtbussen voor kleine kernen',
      summary: 'Vrijwilligers rijden ouderen uit kleine kernen naar de huisarts en de supermarkt.',
      goal: 'Ouderen blijven mobiel.',
      themes: ['vervoer', 'ouderen'],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const joined = await partner.client.post(`/initiatives/${id}/participants`, {
      municipality: 'GM0546',
      role: 'co-developer',
    });
    expect(joined.status).toBe(201);
    const experiment = {
      hypothesis: 'Een vaste dienstregeling trekt meer reizigers.',
      measure: 'Ritten per week',
      date: '2026-11-02',
    };
    expect((await owner.client.post(`/initiatives/${id}/experiments`, experiment)).status).toBe(201);

    const [english] = await newsTo(partner.email);
    expect(english?.subject).toBe('News about "Buurtbussen voor kleine kernen"');
    expect(english?.text_body).toContain('Dear Lotte,');
    expect(english?.text_body).toContain('A new experiment has been logged: "Een vaste dienstregeling');
    expect(english?.html_body).toContain('<html lang="en">');
    const [dutch] = await newsTo(owner.email);
    expect(dutch?.subject).toBe('Nieuws over "Buurtbussen voor kleine kernen"');
    expect(dutch?.text_body).toContain('Beste Ahmed,');
    expect(dutch?.text_body).toContain('Gemeente Leiden doet mee als mede-ontwikkelaar.');
  });
});
