// The world the marketplace's API tests start from (tests only): an operator, residents and two
// marketplaces — Utrecht, and Rotterdam with pre-moderation — each with its own beheerder.
import { expect } from 'vitest';
import { signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { grantRole } from '../accounts';

export type Client = Awaited<ReturnType<typeof signedInClient>>;

export interface MarketplaceWorld {
  testApp: TestApp;
  /** the platform operator (netwerkbeheer) */
  operator: Client;
  /** asks for help, Utrecht 3511 */
  fatima: Client;
  /** volunteer, Utrecht 3512 */
  jan: Client;
  /** another volunteer, Utrecht 3521 */
  piet: Client;
  /** beheerder of Utrecht voor elkaar */
  sanne: Client;
  /** beheerder of Rotterdam voor elkaar (pre-moderated) */
  rob: Client;
}

export const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

export const request = {
  title: 'Hulp bij boodschappen op dinsdag',
  description: 'Ik ben slecht ter been. Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
  category: 'boodschappen',
  postcode: '3511 AB',
  when: { kind: 'recurring', text: 'elke dinsdagochtend' },
};

/** A new token, after a change of role or membership. */
export async function relogin(client: Client) {
  client.client.useToken(
    (await client.client.post('/tokens', { email: client.email, password: client.password })).body.token,
  );
}

async function launch(
  operator: Client,
  code: string,
  name: string,
  beheerder: Client,
  extra: Record<string, unknown> = {},
) {
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
  await relogin(beheerder);
  return organisation;
}

/** `env`: configuration for this world's app, such as ACCOUNT_LIMITS=true. */
export async function marketplaceWorld(env: Record<string, string> = {}): Promise<MarketplaceWorld> {
  const testApp = await createTestApp(env);
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const fatima = await signedInClient(testApp, { name: 'Fatima', lastName: 'Zeldzaamachternaam', postcode: '3511' });
  const jan = await signedInClient(testApp, { name: 'Jan', lastName: 'Vrijwilligersachternaam', postcode: '3512' });
  const piet = await signedInClient(testApp, { name: 'Piet', postcode: '3521' });
  const sanne = await signedInClient(testApp, { name: 'Sanne' });
  const rob = await signedInClient(testApp, { name: 'Rob' });
  await launch(operator, 'GM0344', 'Utrecht', sanne);
  await launch(operator, 'GM0599', 'Rotterdam', rob, { premoderation: true });
  return { testApp, operator, fatima, jan, piet, sanne, rob };
}
