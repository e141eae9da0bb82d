// Marketplace search under load (issues 3 and 15). For each database (seeded beforehand with
// `npm run seed:scale`), in one run:
//   1. the search straight through the driver (in process), CONNECTIONS concurrent callers → req/s
//   2. GET /api/v1/help-requests?q=boodschappen&near=3511&radiusKm=10 (autocannon, own process)
//   3. the marketplace search page (HTML) with the same search
// Targets (issue 15): in-process throughput large/small ≥ 0.8 (PostgreSQL, 1M/10k); API median
// latency large/small ≤ 1.3; HTML ≥ 0.8 of the API's throughput at both sizes.
// Usage: npx tsx bench/search.ts --small <DATABASE_URL or data dir> --large <DATABASE_URL or data dir>
//          [--seconds 3] [--rounds 3] [--connections 16]
import './production';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { autocannon, load as loadRun } from './autocannon';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { systemClock } from '../src/core/context';
import { type Database, migrate, openPglite, openPostgres, rows } from '../src/core/db';
import { searchPosts } from '../src/modules/marketplace/search/search';
import { postcodeLookup } from '../src/modules/municipalities';

const option = (name: string, fallback?: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const SECONDS = Number(option('seconds', '3'));
const ROUNDS = Number(option('rounds', '3'));
interface Measured {
  driver: number;
  api: { rps: number; medianMs: number };
  page: { rps: number };
}
const CONNECTIONS = Number(option('connections', '16'));

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

const API = '/api/v1/help-requests?q=boodschappen&near=3511&radiusKm=10';
const PAGE = '/gemeenten/utrecht/marktplaats?zoek=boodschappen&postcode=3511&afstand=10';

/** Both databases served at once, so the sizes can be measured in turns. */
async function serveBoth(target: string, port: number) {
  const database = await open(target);
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-secret-'.padEnd(40, 'x'),
    PORT: String(port),
    LOG_LEVEL: 'silent',
  });
  const app = createApp({ config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const [count] = await rows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM posts WHERE kind = 'request'`,
  );
  const base = `http://127.0.0.1:${port}`;
  // warm-up: plans, caches, the word cache
  await loadRun(`${base}${API}`, 2, CONNECTIONS);
  await loadRun(`${base}${PAGE}`, 2, CONNECTIONS);
  return {
    label: `${count?.n.toLocaleString('en')} requests, ${database.kind}`,
    driver: () => driverThroughput(database),
    api: () => autocannon(`${base}${API}`, SECONDS, CONNECTIONS),
    page: () => autocannon(`${base}${PAGE}`, SECONDS, CONNECTIONS),
    close: async () => {
      server.close();
      await database.close();
    },
  };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
const small = option('small');
const large = option('large');
if (!small || !large) {
  console.error('Usage: npx tsx bench/search.ts --small <DATABASE_URL|data dir> --large <DATABASE_URL|data dir>');
  process.exit(2);
}
// The machine is shared: the two sizes are measured in turns (small, large, then large, small, …)
// and each figure is the median of its rounds.
const sizes = [await serveBoth(small, 3971), await serveBoth(large, 3972)] as const;
const results = sizes.map(() => ({
  driver: [] as number[],
  api: [] as number[],
  median: [] as number[],
  page: [] as number[],
}));
for (let round = 0; round < ROUNDS; round++) {
  const order: (0 | 1)[] = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const index of order) results[index]?.driver.push(await sizes[index].driver());
  for (const index of order) {
    const api = await sizes[index].api();
    if (api.non2xx > 0) throw new Error(`${api.non2xx} non-2xx answers from the API`);
    results[index]?.api.push(api.rps);
    results[index]?.median.push(api.medianMs);
  }
  for (const index of order) {
    const page = await sizes[index].page();
    if (page.non2xx > 0) throw new Error(`${page.non2xx} non-2xx answers from the page`);
    results[index]?.page.push(page.rps);
  }
}
const [a, b] = results.map((r) => ({
  driver: median(r.driver),
  api: { rps: median(r.api), medianMs: median(r.median) },
  page: { rps: median(r.page) },
})) as [Measured, Measured];
for (const [index, m] of [a, b].entries())
  console.log(
    `${index === 0 ? 'small' : 'large'} (${sizes[index]?.label}): driver ${m.driver.toFixed(0)} req/s · ` +
      `API ${m.api.rps.toFixed(0)} req/s, median ${m.api.medianMs} ms · HTML ${m.page.rps.toFixed(0)} req/s`,
  );
for (const size of sizes) await size.close();
const postgres = [small, large].every((target) => /^postgres(ql)?:\/\//.test(target));
const figures = [
  {
    // a target on PostgreSQL (1M/10k); on PGlite the figure is reported only
    name: 'in-process search throughput, large/small',
    value: b.driver / a.driver,
    ok: (v: number) => v >= 0.8 || !postgres,
  },
  {
    name: 'API median latency, large/small',
    value: b.api.medianMs / Math.max(a.api.medianMs, 0.1),
    ok: (v: number) => v <= 1.3,
  },
  { name: 'HTML page / API throughput, small', value: a.page.rps / a.api.rps, ok: (v: number) => v >= 0.8 },
  { name: 'HTML page / API throughput, large', value: b.page.rps / b.api.rps, ok: (v: number) => v >= 0.8 },
];
for (const { name, value, ok } of figures) {
  const verdict = !ok(value) ? 'NOT met' : postgres || !name.startsWith('in-process') ? 'met' : '(no target)';
  console.log(`${name.padEnd(44)} ${value.toFixed(2)}  ${verdict}`);
}
const met = figures.every(({ value, ok }) => ok(value));
console.log(met ? 'search benchmark: targets met' : 'search benchmark: targets NOT met');
process.exit(met ? 0 : 1);
