import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../core/db';
import { apiClient } from '../../test/api-client';
import { createTestApp, type TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';
import { loadReferenceData } from './queries';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe('reference data', () => {
  it('loads once and skips unchanged files on the next start', async () => {
    expect(await loadReferenceData(testApp.db)).toBe('unchanged');
  });

  it('knows which municipalities share a border, both ways, and that islands have none', async () => {
    const neighbours = async (code: string) =>
      (
        await rows<{ code: string }>(
          testApp.db,
          sql`SELECT neighbour_code AS code FROM municipality_neighbours WHERE municipality_code = ${code} ORDER BY 1`,
        )
      ).map((row) => row.code);
    // Utrecht: De Bilt, Bunnik, Houten, Montfoort, IJsselstein, Zeist, Nieuwegein, Woerden, Stichtse Vecht
    expect(await neighbours('GM0344')).toEqual([
      'GM0310',
      'GM0312',
      'GM0321',
      'GM0335',
      'GM0353',
      'GM0355',
      'GM0356',
      'GM0632',
      'GM1904',
    ]);
    expect(await neighbours('GM0632')).toContain('GM0344');
    expect(await neighbours('GM0448')).toEqual([]); // Texel
  });
});

describe('municipalities API', () => {
  it('lists all 342 municipalities of 2026, paginated', async () => {
    const response = await apiClient(testApp).get('/municipalities?pageSize=100');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(342);
    expect(response.body.items).toHaveLength(100);
    expect(response.headers.get('api-version')).toBe('1.0.0');
  });

  it('searches by name ignoring accents, and filters by province', async () => {
    const client = apiClient(testApp);
    const search = await client.get('/municipalities?search=sudwest');
    expect(search.body.items.map((m: { name: string }) => m.name)).toEqual(['Súdwest-Fryslân']);
    const zeeland = await client.get('/municipalities?province=Zeeland&pageSize=100');
    expect(zeeland.body.total).toBe(13);
    expect(zeeland.body.items.every((m: { provinceName: string }) => m.provinceName === 'Zeeland')).toBe(true);
  });

  it('returns one municipality by CBS code, 404 for an unknown one and 400 for a malformed one', async () => {
    const client = apiClient(testApp);
    const utrecht = await client.get('/municipalities/GM0344');
    expect(utrecht.body).toMatchObject({ code: 'GM0344', name: 'Utrecht', slug: 'utrecht', provinceName: 'Utrecht' });
    expect((await client.get('/municipalities/GM9999')).status).toBe(404);
    const malformed = await client.get('/municipalities/utrecht');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect(malformed.body.invalidParams[0].name).toBe('code');
  });

  it('names GM0344 Utrecht for postcode 3511', async () => {
    const response = await apiClient(testApp).get('/postcodes/3511');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ pc4: '3511', municipalityCode: 'GM0344', municipalityName: 'Utrecht' });
  });

  it('answers 400 for a malformed postcode and 404 for an unknown one, in Dutch', async () => {
    const client = apiClient(testApp);
    const malformed = await client.get('/postcodes/99999');
    expect(malformed.status).toBe(400);
    expect(malformed.body.invalidParams).toEqual([{ name: 'pc4', reason: expect.stringContaining('4 cijfers') }]);
    const unknown = await client.get('/postcodes/1000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('postcode');
  });

  it('rejects a page size over 100 with a specific reason', async () => {
    const response = await apiClient(testApp).get('/municipalities?pageSize=500&page=0');
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['page', 'pageSize']);
  });
});

describe('municipality pages', () => {
  it('leads from a postcode on the home page to the municipality page', async () => {
    const web = webClient(testApp);
    const home = await web.get('/');
    expect(home.html).toContain('Vul uw postcode in');
    const found = await web.get('/postcode?postcode=3511+AB');
    expect(found.status).toBe(303);
    expect(found.location).toBe('/gemeenten/utrecht');
    const page = await web.get('/gemeenten/utrecht');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Gemeente Utrecht');
    expect(page.html).toContain('heeft nog geen marktplaats');
  });

  it('explains a malformed or unknown postcode beside the field and in the summary', async () => {
    const web = webClient(testApp);
    const malformed = await web.get('/postcode?postcode=99999');
    expect(malformed.status).toBe(400);
    expect(malformed.html).toContain('samen-error-summary');
    expect(malformed.html).toContain('href="#veld-postcode"');
    expect(malformed.html).toContain('<title>Fout:');
    const unknown = await web.get('/postcode?postcode=1000');
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('Postcode 1000 kennen we niet');
    const empty = await web.get('/postcode?postcode=');
    expect(empty.html).toContain('Vul een postcode in: 4 cijfers, zoals 3511.');
  });

  it('lists and searches municipalities by name and province', async () => {
    const web = webClient(testApp);
    const all = await web.get('/gemeenten');
    expect(all.html).toContain('342 gemeenten gevonden');
    const zeeland = await web.get('/gemeenten?provincie=Zeeland');
    expect(zeeland.html).toContain('13 gemeenten gevonden');
    const search = await web.get('/gemeenten?zoek=hertogenbosch');
    expect(search.html).toContain('/gemeenten/s-hertogenbosch');
  });

  it('shows a Dutch 404 page for an unknown municipality and redirects a trailing slash', async () => {
    const web = webClient(testApp);
    const missing = await web.get('/gemeenten/atlantis');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Pagina niet gevonden');
    const slash = await web.get('/gemeenten/');
    expect(slash.status).toBe(301);
    expect(slash.location).toBe('/gemeenten');
  });
});
