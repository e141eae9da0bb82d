// The world the innovation tests of issue 14's paths start from (tests only): three municipalities'
// officials — Marieke (Alphen aan den Rijn, owner and contact of a pilot), Ahmed (Gouda) and Lotte
// (Leiden) — a resident without an organisation, and the platform operator.
import { expect } from 'vitest';
import { signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';
import { grantRole } from '../accounts';

export type Client = Awaited<ReturnType<typeof signedInClient>>;

export interface InnovationWorld {
  testApp: TestApp;
  operator: Client;
  /** Gemeente Alphen aan den Rijn: owner and contact person of `pilot` */
  marieke: Client;
  /** Gemeente Gouda */
  ahmed: Client;
  /** Gemeente Leiden */
  lotte: Client;
  /** no organisation */
  resident: Client;
  org: { alphen: string; gouda: string; leiden: string };
  /** Marieke's pilot */
  pilot: string;
}

export const pilotBody = {
  type: 'pilot',
  title: 'Rapportage sociaal domein met nieuwe indicatoren',
  summary: 'Rapporteren met uitkomstindicatoren zoals zelfredzaamheid van inwoners.',
  goal: 'Sturen op resultaat.',
  benefit: 'Minder losse rapportages.',
  themes: ['informatievoorziening'],
};

/** A new token, after a change of membership. */
export async function relogin(client: Client) {
  client.client.useToken(
    (await client.client.post('/tokens', { email: client.email, password: client.password })).body.token,
  );
}

/** A browser session of `client`, logged in through the login form. */
export async function webAs(testApp: TestApp, client: Client) {
  const web = webClient(testApp);
  await web.get('/inloggen');
  expect((await web.post('/inloggen', { email: client.email, password: client.password })).status).toBe(303);
  return web;
}

export async function innovationWorld(): Promise<InnovationWorld> {
  const testApp = await createTestApp();
  const operator = await signedInClient(testApp, { name: 'Noor' });
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const gemeente = async (name: string, municipality: string) =>
    (await operator.client.post('/organisations', { name: `Gemeente ${name}`, type: 'gemeente', municipality })).body
      .id as string;
  const org = {
    alphen: await gemeente('Alphen aan den Rijn', 'GM0484'),
    gouda: await gemeente('Gouda', 'GM0513'),
    leiden: await gemeente('Leiden', 'GM0546'),
  };
  const official = async (name: string, organisation: string) => {
    const client = await signedInClient(testApp, { name });
    await operator.client.post(`/organisations/${organisation}/members`, { email: client.email, role: 'medewerker' });
    await relogin(client);
    return client;
  };
  const marieke = await official('Marieke', org.alphen);
  const ahmed = await official('Ahmed', org.gouda);
  const lotte = await official('Lotte', org.leiden);
  const resident = await signedInClient(testApp, { name: 'Fatima' });
  const created = await marieke.client.post('/initiatives', pilotBody);
  expect(created.status).toBe(201);
  return { testApp, operator, marieke, ahmed, lotte, resident, org, pilot: created.body.id };
}
