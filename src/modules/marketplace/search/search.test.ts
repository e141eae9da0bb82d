import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRow, rows } from '../../../core/db';
import { signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { seedMarketplaces } from '../../../seed/marketplace';
import { hashPassword } from '../../../core/auth/secrets';
import { grantRole } from '../../accounts';
import { earthDistanceMetres } from '../../municipalities/rules';
import { postcodeLookup } from '../../municipalities';
import { COUNT_CAP, type PostSearch, searchPosts, searchPostsTable, vacuumSearchIndex } from './search';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  await seedMarketplaces(testApp.deps, operator.accountId, await hashPassword('demo-wachtwoord-lang'));
}, 120_000);
afterAll(() => testApp.close());

/** Rows of open_post_terms that differ from what the open posts themselves say (both ways). */
async function termsOutOfStep(): Promise<number> {
  const row = await firstRow<{ n: number }>(
    testApp.db,
    sql`WITH expected AS (
          SELECT p.id AS post_id, p.kind, p.pc4, p.municipality_code, p.category, t.lexeme, t.weight, p.published_at
            FROM posts p CROSS JOIN LATERAL (
                   SELECT u.lexeme, samen_term_weight(u.weights) AS weight FROM unnest(p.search_vector) u
                   UNION ALL SELECT '', 0) t
           WHERE p.status = 'open'),
        stored AS (SELECT post_id, kind, pc4, municipality_code, category, lexeme::text, weight, published_at
                     FROM open_post_terms)
        SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM stored) a)::int
             + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT ALL SELECT * FROM expected) b)::int AS n`,
  );
  return row?.n ?? -1;
}

/**
 * `count` open requests on Utrecht's marketplace in postcode `pc4`, titled "{title} 1" (the newest)
 * to "{title} {count}", a minute apart; `description` may use g, the number.
 */
async function insertOpenRequests(pc4: string, count: number, text: { title: string; description: string | SQL }) {
  await testApp.db.execute(sql`
    INSERT INTO posts (kind, municipality_code, author_account_id, author_first_name, title, description, category,
                       when_kind, pc4, lat, lon, status, published_at, expires_at)
    SELECT 'request', 'GM0344', p.author_account_id, 'Test', ${text.title} || ' ' || g, ${text.description},
           p.category, 'flexible', pc.pc4, pc.lat, pc.lon, 'open', now() - g * interval '1 minute',
           now() + interval '8 weeks'
      FROM generate_series(1, ${count}::int) g,
           (SELECT author_account_id, category FROM posts WHERE municipality_code = 'GM0344' LIMIT 1) p,
           postcodes pc WHERE pc.pc4 = ${pc4}`);
}

describe('the search index of open posts', () => {
  it('holds every lexeme of every open post after the demo data is loaded', async () => {
    const open = await firstRow<{ n: number }>(
      testApp.db,
      sql`SELECT count(*)::int AS n FROM posts WHERE status = 'open'`,
    );
    expect(open?.n).toBeGreaterThan(100);
    expect(await termsOutOfStep()).toBe(0);
  });

  it('follows every change of a post, whichever statement makes it', async () => {
    const [a, b, c] = await rows<{ id: string }>(
      testApp.db,
      sql`SELECT id FROM posts WHERE status = 'open' AND kind = 'request' ORDER BY id LIMIT 3`,
    );
    const [closed] = await rows<{ id: string }>(
      testApp.db,
      sql`SELECT id FROM posts WHERE status = 'withdrawn' LIMIT 1`,
    );
    await testApp.db.execute(
      sql`UPDATE posts SET title = 'Hulp gezocht bij het snoeien van de heg' WHERE id = ${a?.id}`,
    );
    await testApp.db.execute(sql`UPDATE posts SET status = 'expired' WHERE id = ${b?.id}`);
    await testApp.db.execute(
      sql`UPDATE posts SET pc4 = pc.pc4, lat = pc.lat, lon = pc.lon, category = 'tuin',
                           expires_at = now() + interval '1 week'
            FROM postcodes pc WHERE pc.pc4 = '3512' AND posts.id = ${c?.id}`,
    );
    await testApp.db.execute(sql`UPDATE posts SET status = 'open', published_at = now() WHERE id = ${closed?.id}`);
    expect(await termsOutOfStep()).toBe(0);
    const found = await searchPosts(testApp.db, {
      kind: 'request',
      q: 'heg snoeien',
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    expect(found.items.map((item) => item.id)).toContain(a?.id);
    expect(await firstRow(testApp.db, sql`SELECT 1 FROM open_post_terms WHERE post_id = ${b?.id}`)).toBeUndefined();
    await testApp.db.execute(sql`DELETE FROM posts WHERE id = ${closed?.id}`);
    expect(await termsOutOfStep()).toBe(0);
  });
});

describe('searching open posts', () => {
  const searches: Omit<PostSearch, 'page' | 'pageSize'>[] = [
    { kind: 'request', sort: 'date' },
    { kind: 'request', q: 'boodschap', sort: 'relevance' },
    { kind: 'request', q: 'boodschappen doen', sort: 'relevance', municipalityCodes: ['GM0344'] },
    { kind: 'offer', q: 'computer', sort: 'date' },
    { kind: 'vacancy', sort: 'date', municipalityCodes: ['GM0599', 'GM0344'] },
    { kind: 'request', q: 'hulp', sort: 'relevance', category: 'klussen' },
  ];

  it('finds exactly what a search over all posts finds, in the same order', async () => {
    const utrecht = await postcodeLookup(testApp.db, '3511');
    const rotterdam = await postcodeLookup(testApp.db, '3012');
    const variants = searches.flatMap((search) => [
      search,
      { ...search, near: utrecht, radiusKm: 10 },
      { ...search, near: rotterdam, radiusKm: 25, sort: 'distance' as const },
    ]);
    let compared = 0;
    for (const search of variants) {
      for (const page of [1, 2]) {
        const viaTerms = await searchPosts(testApp.db, { ...search, page, pageSize: 5 });
        const viaTable = await searchPostsTable(testApp.db, { ...search, page, pageSize: 5 });
        expect(viaTerms.total, JSON.stringify(search)).toBe(viaTable.total);
        expect(viaTerms.items.map((item) => [item.id, item.distanceKm])).toEqual(
          viaTable.items.map((item) => [item.id, item.distanceKm]),
        );
        compared += viaTerms.items.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('lists only posts within the radius, nearest first when asked', async () => {
    const origin = await postcodeLookup(testApp.db, '3511');
    const found = await searchPosts(testApp.db, {
      kind: 'request',
      near: origin,
      radiusKm: 5,
      sort: 'distance',
      page: 1,
      pageSize: 50,
    });
    expect(found.items.length).toBeGreaterThan(3);
    const distances = found.items.map((item) => item.distanceKm ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(Math.max(...distances)).toBeLessThanOrEqual(5);
  });

  it('counts posts past the last page', async () => {
    const all = await searchPosts(testApp.db, {
      kind: 'request',
      q: 'boodschap',
      sort: 'relevance',
      page: 1,
      pageSize: 5,
    });
    const beyond = await searchPosts(testApp.db, {
      kind: 'request',
      q: 'boodschap',
      sort: 'relevance',
      page: 99,
      pageSize: 5,
    });
    expect(beyond).toEqual({ items: [], total: all.total, totalIsExact: true, fuzzy: false });
  });
});

describe('a search that finds more than it counts', () => {
  // 530 more open requests in one postcode of Utrecht, all with "verhuisdozen", some with "piano".
  beforeAll(async () => {
    await insertOpenRequests('3512', 530, {
      title: 'Verhuisdozen sjouwen',
      description: sql`CASE WHEN g % 53 = 0 THEN 'Ook een piano.' ELSE 'Een paar dozen naar boven.' END`,
    });
  });
  const search = (extra: Partial<PostSearch>): PostSearch => ({
    kind: 'request',
    q: 'verhuisdozen',
    sort: 'date',
    page: 1,
    pageSize: 20,
    ...extra,
  });

  it(`says "more than ${COUNT_CAP}" and shows the newest first`, async () => {
    const found = await searchPosts(testApp.db, search({ municipalityCodes: ['GM0344'] }));
    expect(found).toMatchObject({ total: COUNT_CAP, totalIsExact: false, fuzzy: false });
    const everything = await searchPostsTable(testApp.db, search({ municipalityCodes: ['GM0344'] }));
    // The search over posts (other statuses, the typo fallback) counts to the same cap, in the page's statement.
    expect(everything).toMatchObject({ total: COUNT_CAP, totalIsExact: false });
    expect(found.items.map((item) => item.title)).toEqual(everything.items.map((item) => item.title));
    expect(found.items[0]?.title).toBe('Verhuisdozen sjouwen 1');
    const near = await searchPosts(testApp.db, search({ near: await postcodeLookup(testApp.db, '3511'), radiusKm: 5 }));
    expect(near).toMatchObject({ total: COUNT_CAP, totalIsExact: false });
  });

  it('counts exactly what a common word and a rare one find together', async () => {
    const found = await searchPosts(testApp.db, search({ q: 'verhuisdozen piano', municipalityCodes: ['GM0344'] }));
    expect(found).toMatchObject({ total: 10, totalIsExact: true });
    const everything = await searchPostsTable(testApp.db, search({ q: 'verhuisdozen piano' }));
    expect(found.items.map((item) => item.id)).toEqual(everything.items.map((item) => item.id));
  });

  it(`shows no page past the ${COUNT_CAP} it counts`, async () => {
    const lastPage = COUNT_CAP / 20;
    const pastLast = await searchPosts(testApp.db, search({ municipalityCodes: ['GM0344'], page: lastPage + 1 }));
    expect(pastLast).toMatchObject({ items: [], total: COUNT_CAP, totalIsExact: false });
    const last = await searchPostsTable(testApp.db, search({ municipalityCodes: ['GM0344'], page: lastPage }));
    expect(last.items).toHaveLength(20);
    const tablePastLast = await searchPostsTable(
      testApp.db,
      search({ municipalityCodes: ['GM0344'], page: lastPage + 1 }),
    );
    expect(tablePastLast).toMatchObject({ items: [], total: COUNT_CAP, totalIsExact: false });
  });

  it('ranks the nearest it read by relevance when more match near a postcode', async () => {
    const near = { near: await postcodeLookup(testApp.db, '3511'), radiusKm: 5 };
    const found = await searchPosts(testApp.db, search({ ...near, sort: 'relevance' }));
    expect(found).toMatchObject({ total: COUNT_CAP, totalIsExact: false, fuzzy: false });
    expect(found.items).toHaveLength(20);
    // Every posting is a title match of weight 1, so relevance ties and the newest come first.
    expect(found.items.map((item) => item.title)).toEqual(
      Array.from({ length: 20 }, (_, index) => `Verhuisdozen sjouwen ${index + 1}`),
    );
    const lastPage = await searchPosts(testApp.db, search({ ...near, sort: 'distance', page: COUNT_CAP / 20 }));
    expect(lastPage.items).toHaveLength(20);
    const pastLast = await searchPosts(testApp.db, search({ ...near, sort: 'distance', page: COUNT_CAP / 20 + 1 }));
    expect(pastLast).toMatchObject({ items: [], total: COUNT_CAP, totalIsExact: false });
  });

  it(`answers the API with totalIsExact and the page with "meer dan ${COUNT_CAP}"`, async () => {
    const api = await testApp.app.request('/api/v1/help-requests?q=verhuisdozen&municipality=GM0344');
    expect(await api.json()).toMatchObject({ total: COUNT_CAP, totalIsExact: false });
    const exact = await testApp.app.request('/api/v1/help-requests?q=verhuisdozen%20piano&municipality=GM0344');
    expect(await exact.json()).toMatchObject({ total: 10, totalIsExact: true });
    const page = await testApp.app.request('/gemeenten/utrecht/marktplaats?zoek=verhuisdozen');
    expect(await page.text()).toContain(`Meer dan ${COUNT_CAP} gevonden`);
    const near = await testApp.app.request('/api/v1/help-requests?q=verhuisdozen&near=3511&radiusKm=5');
    expect(await near.json()).toMatchObject({ total: COUNT_CAP, totalIsExact: false });
  });
});

describe('a word that several forms of it share', () => {
  // 150 open requests in one postcode, each with three forms of "boodschap": 450 postings for 150
  // posts, more than the postings read in postcode order, with fewer posts than the cap; and 10
  // more in a postcode 1.7 km away, which that reading does not reach.
  beforeAll(async () => {
    await insertOpenRequests('3584', 150, {
      title: 'Een boodschap voor de buurt',
      description: 'Boodschappen halen met het boodschappenlijstje.',
    });
    await insertOpenRequests('3583', 10, { title: 'Boodschappen ophalen', description: 'Bij de supermarkt.' });
  });

  it('still counts exactly when the postings it reads first belong to few posts', async () => {
    const near = await postcodeLookup(testApp.db, '3584');
    for (const sort of ['relevance', 'distance'] as const) {
      const search: PostSearch = { kind: 'request', q: 'boodschap', near, radiusKm: 3, sort, page: 1, pageSize: 20 };
      const viaTerms = await searchPosts(testApp.db, search);
      const viaTable = await searchPostsTable(testApp.db, search);
      expect(viaTerms.total).toBeGreaterThanOrEqual(160);
      expect(viaTerms).toMatchObject({ total: viaTable.total, totalIsExact: true });
      expect(viaTerms.items.map((item) => item.id)).toEqual(viaTable.items.map((item) => item.id));
    }
  });

  it('counts past the last page near a postcode', async () => {
    const near = await postcodeLookup(testApp.db, '3584');
    const search: PostSearch = {
      kind: 'request',
      q: 'boodschap',
      near,
      radiusKm: 3,
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    };
    const all = await searchPosts(testApp.db, search);
    const beyond = await searchPosts(testApp.db, { ...search, page: 50 });
    expect(beyond).toEqual({ items: [], total: all.total, totalIsExact: true, fuzzy: false });
  });
});

describe('upkeep of the index', () => {
  it('marks its pages all-visible when vacuumed, so searches read the index only', async () => {
    await vacuumSearchIndex(testApp.db);
    const row = await firstRow<{ visible: number; pages: number }>(
      testApp.db,
      sql`SELECT relallvisible AS visible, relpages AS pages FROM pg_class WHERE relname = 'open_post_terms'`,
    );
    expect(row?.pages).toBeGreaterThan(0);
    expect(row?.visible).toBeGreaterThan(0);
  });
});

describe('distance', () => {
  it('is measured in the app exactly as earthdistance measures it', async () => {
    const pairs = [
      [
        { lat: 52.09, lon: 5.12 },
        { lat: 51.92, lon: 4.48 },
      ],
      [
        { lat: 53.2, lon: 6.56 },
        { lat: 50.85, lon: 5.69 },
      ],
      [
        { lat: 52.1, lon: 5.1 },
        { lat: 52.1, lon: 5.1 },
      ],
    ] as const;
    for (const [a, b] of pairs) {
      const row = await firstRow<{ metres: number }>(
        testApp.db,
        sql`SELECT earth_distance(ll_to_earth(${a.lat}, ${a.lon}), ll_to_earth(${b.lat}, ${b.lon})) AS metres`,
      );
      expect(earthDistanceMetres(a, b)).toBeCloseTo(row?.metres ?? -1, 3);
    }
  });
});
