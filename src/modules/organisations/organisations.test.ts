import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../accounts';
import { signedInClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe('organisations and memberships', () => {
  it('lets only netwerkbeheer create organisations, and only beheerders add members', async () => {
    const operator = await signedInClient(testApp);
    await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
    const resident = await signedInClient(testApp);
    const colleague = await signedInClient(testApp);

    const refused = await resident.client.post('/organisations', {
      name: 'Welzijn Woerden',
      type: 'welzijnsorganisatie',
      municipality: 'GM0632',
    });
    expect(refused.status).toBe(403);

    const created = await operator.client.post('/organisations', {
      name: 'Welzijn Woerden',
      type: 'welzijnsorganisatie',
      municipality: 'GM0632',
    });
    expect(created.status).toBe(201);
    const organisationId = created.body.id as string;

    // A resident who is no member may not add people.
    expect(
      (
        await resident.client.post(`/organisations/${organisationId}/members`, {
          email: colleague.email,
          role: 'medewerker',
        })
      ).status,
    ).toBe(403);
    // netwerkbeheer makes the resident beheerder; then the resident may add a colleague.
    expect(
      (
        await operator.client.post(`/organisations/${organisationId}/members`, {
          email: resident.email,
          role: 'beheerder',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await resident.client.post(`/organisations/${organisationId}/members`, {
          email: colleague.email,
          role: 'medewerker',
        })
      ).status,
    ).toBe(201);
    // A medewerker may not.
    expect(
      (
        await colleague.client.post(`/organisations/${organisationId}/members`, {
          email: operator.email,
          role: 'beheerder',
        })
      ).status,
    ).toBe(403);

    const me = await colleague.client.get('/me');
    expect(me.body.memberships).toEqual([
      {
        organisationId,
        organisationName: 'Welzijn Woerden',
        organisationType: 'welzijnsorganisatie',
        role: 'medewerker',
      },
    ]);

    const listed = await resident.client.get('/organisations?municipality=GM0632');
    expect(listed.body.items.map((o: { name: string }) => o.name)).toEqual(['Welzijn Woerden']);
  });

  it('allows one gemeente organisation per municipality and checks the input', async () => {
    const operator = await signedInClient(testApp);
    await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
    expect(
      (
        await operator.client.post('/organisations', {
          name: 'Gemeente Meppel',
          type: 'gemeente',
          municipality: 'GM0119',
        })
      ).status,
    ).toBe(201);
    const twice = await operator.client.post('/organisations', {
      name: 'Gemeente Meppel 2',
      type: 'gemeente',
      municipality: 'GM0119',
    });
    expect(twice.status).toBe(409);
    const bad = await operator.client.post('/organisations', { name: '', type: 'bedrijf', municipality: 'Meppel' });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'municipality',
      'name',
      'type',
    ]);
  });

  it('shows organisations on their municipality page', async () => {
    const operator = await signedInClient(testApp);
    await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
    await operator.client.post('/organisations', {
      name: 'Vrijwilligerscentrale Zeeuws-Vlaanderen',
      type: 'vrijwilligerscentrale',
      municipality: 'GM1714',
    });
    const page = await testApp.app.request('/gemeenten/sluis');
    expect(await page.text()).toContain('Vrijwilligerscentrale Zeeuws-Vlaanderen');
  });
});
