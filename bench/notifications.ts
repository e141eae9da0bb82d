import { spawnSync } from 'node:child_process';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { AppContext } from '../src/core/context';
import { type Database, migrate, openPostgres, rows } from '../src/core/db';
import { projectRoot } from '../src/core/paths';
import { installModules } from '../src/modules';
import { searchRecipients } from '../src/modules/marketplace/alerts/matching';
import { candidateSearchesQuery, type NewPost } from '../src/modules/marketplace/alerts/queries';
import { lexemePrefixes } from '../src/modules/marketplace/alerts/rules';
import { wordRanges } from '../src/modules/marketplace/rules';
import { loadReferenceData, postcodesWithin } from '../src/modules/municipalities';
import { runDigests } from '../src/modules/notifications';
import { amsterdamTime } from '../src/modules/notifications/rules';
import { autocannon } from './autocannon';

// Notifications under load (issue "Notifications, alerts and digests", performance), on PostgreSQL:
//   1. finding the recipients of one new post among saved searches: the median time with 200,000
//      saved searches against that with 2,000 (target ≤ 2×), with the plan of the candidate query;
//   2. a daily digest run for 200,000 people with 1,000,000 notifications (target < 10 minutes),
//      and the search API's throughput while it runs against its idle throughput (target ≥ 70 %).
// Usage: npx tsx bench/notifications.ts --database postgres://…/postgres [--people 200000] [--seconds 8]
const option = (name: string, fallback?: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const SERVER = option('database');
if (!SERVER) throw new Error('bench/notifications.ts needs --database postgres://… (a server to create databases on)');
const PEOPLE = Number(option('people', '200000'));
const SECONDS = Number(option('seconds', '8'));
const POSTS_MEASURED = 200;
installModules();

async function freshDatabase(name: string): Promise<{ database: Database; url: string }> {
  const admin = await openPostgres(SERVER as string, 1);
  await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  await admin.close();
  const url = new URL(SERVER as string);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 8);
  await migrate(database);
  await loadReferenceData(database.db);
  return { database, url: url.toString() };
}

// Words people search for, as the search stems them; a search has one or two of them, or none.
const WORDS = (
  'boodschap boodschappen supermarkt tuin onkruid gras heg klus lamp schilderen verhuizen dozen computer laptop ' +
  'telefoon tablet formulier belasting brief taal lezen schrijven wandelen fietsen hond kat oppas bijles wiskunde ' +
  'koken maaltijd soep gezelschap koffie praten ziekenhuis huisarts vervoer rijden auto rolstoel markt apotheek ' +
  'bibliotheek gordijn kast ikea fiets band reparatie sneeuw bladeren ramen zolder'
).split(' ');
const CATEGORIES = ['boodschappen', 'vervoer', 'klussen', 'tuin', 'gezelschap', 'computerhulp', 'administratie'];

async function stemStarts(db: Database['db']): Promise<string[]> {
  const starts: string[] = [];
  for (const word of WORDS) {
    const [row] = await rows<{ stems: string[] }>(
      db,
      sql`SELECT tsvector_to_array(to_tsvector('samen_dutch', ${word})) AS stems`,
    );
    starts.push(wordRanges(row?.stems ?? [])[0]?.lo ?? word);
  }
  return starts;
}

/**
 * `count` saved searches of `count / 10` people, spread over the country like real ones (fixed
 * hashes: the first 2,000 are the same in every database). With `filler`, every search after the
 * first 2,000 has a word no measured post contains: the answer stays the same, only the table grows.
 */
async function fillSavedSearches(db: Database['db'], count: number, filler: boolean) {
  const people = Math.max(1, Math.round(count / 10));
  await db.execute(sql`
    INSERT INTO accounts (email, email_verified_at, password_hash, first_name, locale)
    SELECT 'bench-' || g || '@voorbeeld.nl', now(), 'x', 'Persoon', 'nl' FROM generate_series(1, ${people}) g`);
  const starts = await stemStarts(db);
  // 60 % near a postcode (radius 2, 5, 10 or 25 km), 38 % on a marketplace, 2 % nationwide; 70 % with words.
  await db.execute(sql`
    WITH a AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM accounts WHERE email LIKE 'bench-%'),
         pc AS (SELECT pc4, municipality_code, row_number() OVER (ORDER BY pc4) AS n, count(*) OVER () AS total
                  FROM postcodes),
         g AS (SELECT g, abs(hashtext('s' || g)) AS h FROM generate_series(1, ${count}) g)
    INSERT INTO saved_searches (account_id, kind, q, category, near_pc4, radius_km, municipality_code, frequency,
                                word_count)
    SELECT a.id, (ARRAY['request', 'offer', 'vacancy'])[1 + g.h % 3],
           CASE WHEN ${filler} AND g.g > 2000 THEN 'filler' || g.g
                WHEN g.h % 10 < 7 THEN 'w' || (g.h / 7 % ${starts.length}) END,
           CASE WHEN g.h % 2 = 0 THEN (${`{${CATEGORIES.join(',')}}`}::text[])[1 + g.h / 3 % ${CATEGORIES.length}] END,
           CASE WHEN g.h % 50 < 30 THEN pc.pc4 END,
           CASE WHEN g.h % 50 < 30 THEN (ARRAY[2, 5, 10, 25])[1 + g.h / 11 % 4] END,
           CASE WHEN g.h % 50 BETWEEN 30 AND 48 THEN pc.municipality_code END,
           (ARRAY['instant', 'daily', 'weekly'])[1 + g.h / 13 % 3],
           CASE WHEN (${filler} AND g.g > 2000) OR g.h % 10 < 7 THEN 1 ELSE 0 END
      FROM g JOIN a ON a.n = 1 + g.g % ${people}
      JOIN pc ON pc.n = 1 + g.h / 17 % pc.total`);
  // The word of each search with words: its placeholder 'wN' becomes the N-th stem start.
  await db.execute(sql`
    INSERT INTO saved_search_words (saved_search_id, kind, lo)
    SELECT s.id, s.kind,
           CASE WHEN s.q LIKE 'filler%' THEN s.q ELSE (${`{${starts.join(',')}}`}::text[])[1 + substr(s.q, 2)::int] END
      FROM saved_searches s WHERE s.word_count = 1`);
  await db.execute(sql`
    UPDATE saved_searches s SET q = (${`{${WORDS.join(',')}}`}::text[])[1 + substr(s.q, 2)::int]
     WHERE s.word_count = 1 AND s.q NOT LIKE 'filler%'`);
  await db.execute(sql`ANALYZE`);
}

/** The same new posts for both sizes: spread over the postcodes, with the lexemes of real titles. */
async function newPosts(db: Database['db']): Promise<NewPost[]> {
  return rows<NewPost>(
    db,
    sql`SELECT 'post-' || g AS id, 'request' AS kind, 'Bench' AS title,
               (${`{${CATEGORIES.join(',')}}`}::text[])[1 + g % ${CATEGORIES.length}] AS category,
               pc.pc4, pc.lat, pc.lon, NULL AS "authorAccountId", pc.municipality_code AS "municipalityCode",
               'Bench' AS "marketplaceName",
               tsvector_to_array(to_tsvector('samen_dutch',
                 (${`{${WORDS.join(',')}}`}::text[])[1 + g % ${WORDS.length}] || ' hulp bij de '
                 || (${`{${WORDS.join(',')}}`}::text[])[1 + (g * 7) % ${WORDS.length}])) AS lexemes
          FROM generate_series(1, ${POSTS_MEASURED}) g
          JOIN (SELECT *, row_number() OVER (ORDER BY pc4) AS n FROM postcodes) pc ON pc.n = 1 + (g * 37) % 4000`,
  );
}

async function medianRecipientsMs(db: Database['db'], posts: NewPost[]): Promise<{ ms: number; found: number }> {
  for (const post of posts.slice(0, 20)) await searchRecipients(db, post); // warm up
  const times: number[] = [];
  let found = 0;
  for (const post of posts) {
    const started = performance.now();
    found += (await searchRecipients(db, post)).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, found: found / posts.length };
}

async function recipientsBenchmark() {
  const results: Record<string, { ms: number; found: number }> = {};
  const sizes = [
    { name: '2,000', count: 2_000, filler: false },
    { name: '200,000 (the same 2,000 and 198,000 that fit none of the posts)', count: 200_000, filler: true },
    { name: '200,000 spread like the first 2,000', count: 200_000, filler: false },
  ];
  for (const [index, size] of sizes.entries()) {
    const { database } = await freshDatabase(`samen_bench_alerts_${index}`);
    await fillSavedSearches(database.db, size.count, size.filler);
    const posts = await newPosts(database.db);
    const result = await medianRecipientsMs(database.db, posts);
    results[index] = result;
    console.log(
      `saved searches ${size.name}: median ${result.ms.toFixed(2)} ms, ${result.found.toFixed(1)} recipients per post`,
    );
    if (index === 1) console.log(await planOf(database.db, posts[0] as NewPost));
    await database.close();
  }
  const ratio = (results[1]?.ms ?? 0) / (results[0]?.ms ?? 1);
  console.log(
    `recipients of a new post, 200,000 / 2,000 saved searches, same answer: ${ratio.toFixed(2)}× (target ≤ 2)`,
  );
  const perRecipient = ((results[2]?.ms ?? 0) / (results[2]?.found || 1)) * 1000;
  console.log(`with 200,000 spread alike: ${perRecipient.toFixed(0)} µs per recipient found`);
}

/** The plan of the statement searchRecipients sends, for one post. */
async function planOf(db: Database['db'], post: NewPost): Promise<string> {
  const nearby = (await postcodesWithin(db, post, 100)).map(({ pc4, metres }) => ({ pc4, km: metres / 1000 }));
  const query = candidateSearchesQuery({ ...post, lexemePrefixes: lexemePrefixes(post.lexemes) }, nearby);
  const plan = await rows<{ 'QUERY PLAN': string }>(
    db,
    sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${query}`,
  );
  return plan.map((line) => line['QUERY PLAN']).join('\n');
}

async function digestBenchmark() {
  const { database, url } = await freshDatabase('samen_bench_digest');
  // Accounts and 10,000 requests for the search API, the way the other benchmarks fill a database.
  const seeded = spawnSync(
    'npx',
    ['tsx', 'scripts/seed-scale.ts', '--requests', '10000', '--accounts', String(PEOPLE)],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    },
  );
  if (seeded.status !== 0) throw new Error('seed:scale failed');
  const { db } = database;
  await db.execute(sql`
    INSERT INTO notifications (account_id, kind, event_key, path, data, mail, created_at)
    SELECT a.id, 'marketplace.search-match', 'bench-' || g, '/hulp/bench', '{"title":"Boodschappen","place":"Utrecht"}',
           'daily', now() - interval '1 day'
      FROM accounts a CROSS JOIN generate_series(1, 5) g`);
  await db.execute(sql`ANALYZE`);
  const [count] = await rows<{ people: number; notifications: number }>(
    db,
    sql`SELECT count(DISTINCT account_id)::int AS people, count(*)::int AS notifications FROM notifications`,
  );
  console.log(`digest: ${count?.people} people, ${count?.notifications} notifications waiting`);

  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://samen.test', DATABASE_URL: url });
  const tomorrow = new Date(Date.now() + 86_400_000);
  const ctx: AppContext = {
    config,
    database,
    db,
    logger: pino({ level: 'silent' }),
    clock: {
      now: () => amsterdamTime(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), 9),
    },
  };
  const server = serve({ fetch: createApp({ ...ctx, clock: { now: () => new Date() } }).fetch, port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as { port: number }).port;
  const search = `http://127.0.0.1:${port}/api/v1/help-requests?q=boodschap&near=3512&radiusKm=10`;
  await autocannon(search, 2, 16);
  const idle = await autocannon(search, SECONDS, 16);
  const started = performance.now();
  const run = runDigests(ctx, 'daily', { batchSize: 500, pauseMs: 20 });
  const during = await autocannon(search, SECONDS, 16);
  const sent = await run;
  const minutes = (performance.now() - started) / 60_000;
  console.log(`digest run: ${sent} digests in ${minutes.toFixed(1)} minutes (target < 10)`);
  console.log(
    `search API during the run: ${during.rps.toFixed(0)} / ${idle.rps.toFixed(0)} req/s idle = ` +
      `${((during.rps / idle.rps) * 100).toFixed(0)} % (target ≥ 70 %)`,
  );
  server.close();
  await database.close();
}

if (!process.argv.includes('--digest-only')) await recipientsBenchmark();
if (!process.argv.includes('--recipients-only')) await digestBenchmark();
process.exit(0);
