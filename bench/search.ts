import { systemClock } from '../src/core/context';
// Marketplace search under load (issue 3). For each database (seeded beforehand with
// `npm run seed:scale`), in one run:
//   1. the search SQL straight through the driver, 32 concurrent callers  → baseline req/s
//   2. GET /api/v1/help-requests?q=boodschappen&near=3511&radiusKm=10, 32 connections (autocannon)
//   3. the marketplace search page (HTML) with the same search
// Targets: API ≥ 60 % of the baseline's throughput; HTML ≥ 50 % of the API's; the API's median
// latency on the large database ≤ 2× that on the small one.
// Usage: npx tsx bench/search.ts --small <DATABASE_URL or data dir> --large <DATABASE_URL or data dir> [--seconds 10]
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { load as loadRun } from './autocannon';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { type Database, migrate, openPglite, openPostgres, rows } from '../src/core/db';
import { searchPosts } from '../src/modules/marketplace/search/search';
import { postcodeLookup } from '../src/modules/municipalities';

const option = (name: string, fallback?: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const SECONDS = Number(option('seconds', '10'));
const CONNECTIONS = 32;

async function open(target: string): Promise<Database> {
  const database = /^postgres(ql)?:\/\//.test(target)
    ? await openPostgres(target, CONNECTIONS)
    : await openPglite(`${target}/pglite`);
  await migrate(database);
  return database;
}

async function driverThroughput(database: Database): Promise<number> {
  const origin = await postcodeLookup(database.db, '3511');
  if (!origin) throw new Error('postcode 3511 missing');
  const search = () =>
    searchPosts(database.db, {
      kind: 'request',
      q: 'boodschappen',
      near: origin,
      radiusKm: 10,
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
  await search();
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        await search();
        done += 1;
      }
    }),
  );
  return done / SECONDS;
}

const load = (url: string) => loadRun(url, SECONDS, CONNECTIONS);

async function measure(name: string, target: string, port: number) {
  const database = await open(target);
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-secret-'.padEnd(40, 'x'),
    PORT: String(port),
    LOG_LEVEL: 'silent',
  });
  const app = createApp({ config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  try {
    const [count] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM posts WHERE kind = 'request'`,
    );
    const driver = await driverThroughput(database);
    const api = await load(`http://127.0.0.1:${port}/api/v1/help-requests?q=boodschappen&near=3511&radiusKm=10`);
    const page = await load(
      `http://127.0.0.1:${port}/gemeenten/utrecht/marktplaats?zoek=boodschappen&postcode=3511&afstand=10`,
    );
    console.log(`${name} (${count?.n.toLocaleString('en')} requests, ${database.kind}):`);
    console.log(
      `  driver ${driver.toFixed(0)} req/s · API ${api.rps.toFixed(0)} req/s ` +
        `(${((api.rps / driver) * 100).toFixed(0)} % of driver, median ${api.medianMs} ms) · ` +
        `HTML ${page.rps.toFixed(0)} req/s (${((page.rps / api.rps) * 100).toFixed(0)} % of API)`,
    );
    return { driver, api, page };
  } finally {
    server.close();
    await database.close();
  }
}

const small = option('small');
const large = option('large');
if (!small || !large) {
  console.error('Usage: npx tsx bench/search.ts --small <DATABASE_URL|data dir> --large <DATABASE_URL|data dir>');
  process.exit(2);
}
const a = await measure('small', small, 3971);
const b = await measure('large', large, 3972);
const ratio = b.api.medianMs / Math.max(a.api.medianMs, 0.1);
console.log(`median latency large/small: ${ratio.toFixed(2)} (target ≤ 2)`);
const ok = ratio <= 2 && [a, b].every((r) => r.api.rps >= 0.6 * r.driver && r.page.rps >= 0.5 * r.api.rps);
console.log(ok ? 'search benchmark: targets met' : 'search benchmark: targets NOT met');
process.exit(ok ? 0 : 1);
