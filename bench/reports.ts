// Reports under data growth (issue 12). For two databases seeded with `npm run seed:scale`
// (requests only), this adds responses, answers and matches where they are missing, lets the
// report job store every month, and then measures in one run, in turns:
//   1. GET /api/v1/marketplaces/{largest}/report for this calendar year (autocannon) → median
//   2. GET /api/v1/reports/national for the same year → median
//   3. the report page of the largest marketplace (HTML) against its API → throughput
// Targets: year report large/small ≤ 2 (median), national large/small ≤ 3, page/API ≥ 0.5.
// Usage: npx tsx bench/reports.ts --small <DATABASE_URL|data dir> --large <DATABASE_URL|data dir>
//          [--seconds 5] [--rounds 3] [--connections 8]
import './production';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { hashToken, newToken } from '../src/core/auth/secrets';
import { systemClock } from '../src/core/context';
import { type Database, firstRow, migrate, openPglite, openPostgres } from '../src/core/db';
import { buildReportMonths } from '../src/modules/reports';
import { dayIn } from '../src/core/i18n/dates';
import { autocannon, load } from './autocannon';

const option = (name: string, fallback?: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const SECONDS = Number(option('seconds', '5'));
const ROUNDS = Number(option('rounds', '3'));
const CONNECTIONS = Number(option('connections', '8'));

async function open(target: string): Promise<Database> {
  const database = /^postgres(ql)?:\/\//.test(target)
    ? await openPostgres(target, CONNECTIONS + 2)
    : await openPglite(`${target}/pglite`);
  await migrate(database);
  return database;
}

/** Responses to 70 % of the requests within 0–240 hours, an answer to half of them, a match for the matched. */
async function addActivity(database: Database) {
  const { db } = database;
  const done = await firstRow<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM responses`);
  if ((done?.n ?? 0) > 0) return;
  await db.execute(sql`
    INSERT INTO responses (post_id, municipality_code, responder_account_id, poster_account_id, responder_first_name,
                           status, created_at)
    SELECT p.id, p.municipality_code, helper.id, p.author_account_id, helper.first_name,
           CASE WHEN p.status = 'matched' THEN 'accepted' ELSE 'open' END,
           p.published_at + make_interval(hours => (abs(hashtext(p.id::text)) % 240)::int)
      FROM posts p
      CROSS JOIN LATERAL (
        SELECT id, first_name FROM accounts
         WHERE email = 'schaal-' || (1 + abs(hashtext(p.id::text || 'h')) % 1000) || '@samen.test') helper
     WHERE p.kind = 'request' AND (p.status = 'matched' OR abs(hashtext(p.id::text)) % 10 < 5)
       AND helper.id IS DISTINCT FROM p.author_account_id`);
  await db.execute(sql`
    INSERT INTO messages (response_id, municipality_code, sender_account_id, body, created_at)
    SELECT r.id, r.municipality_code, r.poster_account_id, 'Dank je wel!', r.created_at + interval '1 hour'
      FROM responses r WHERE abs(hashtext(r.id::text)) % 2 = 0 AND r.poster_account_id IS NOT NULL`);
  await db.execute(sql`
    INSERT INTO matches (post_id, response_id, municipality_code, confirmed_via, created_at)
    SELECT r.post_id, r.id, r.municipality_code, 'accept', r.created_at + interval '2 days'
      FROM responses r WHERE r.status = 'accepted'
    ON CONFLICT (post_id) DO NOTHING`);
  await db.execute(sql`ANALYZE`);
}

/** A bearer token and a session cookie for an operator account, written straight into the database. */
async function operatorCredentials(database: Database) {
  const { db } = database;
  const account = await firstRow<{ id: string }>(db, sql`SELECT id FROM accounts WHERE email = 'schaal-1@samen.test'`);
  if (!account) throw new Error('seed the database first: npm run seed:scale');
  await db.execute(sql`INSERT INTO account_roles (account_id, role) VALUES (${account.id}, 'netwerkbeheer')
                       ON CONFLICT DO NOTHING`);
  const token = newToken();
  const session = newToken();
  await db.execute(sql`INSERT INTO api_tokens (token_hash, account_id, expires_at)
                       VALUES (${hashToken(token)}, ${account.id}, now() + interval '1 day')`);
  await db.execute(sql`INSERT INTO sessions (id_hash, account_id, expires_at)
                       VALUES (${hashToken(session)}, ${account.id}, now() + interval '1 day')`);
  return { api: { Authorization: `Bearer ${token}` }, page: { Cookie: `samen_sessie=${session}` } };
}

async function serveOne(target: string, port: number) {
  const database = await open(target);
  await addActivity(database);
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-secret-'.padEnd(40, 'x'),
    PORT: String(port),
    LOG_LEVEL: 'silent',
  });
  const ctx = { config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock };
  const started = performance.now();
  let built = 0;
  for (let stored = -1; stored !== 0; ) {
    stored = await buildReportMonths(ctx, { batches: 100 });
    built += stored;
  }
  const buildSeconds = (performance.now() - started) / 1000;
  const largest = await firstRow<{ code: string; slug: string; n: number }>(
    database.db,
    sql`SELECT p.municipality_code AS code, m.slug, count(*)::int AS n FROM posts p
          JOIN municipalities m ON m.code = p.municipality_code
         WHERE p.kind = 'request' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
  );
  const total = await firstRow<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM posts WHERE kind = 'request'`,
  );
  if (!largest) throw new Error('no requests');
  const credentials = await operatorCredentials(database);
  const app = createApp(ctx);
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  // the year report: this calendar year up to this month ("Dit jaar"), compared with the year before
  const today = dayIn(new Date());
  const first = `${today.slice(0, 4)}-01`;
  const last = today.slice(0, 7);
  const base = `http://127.0.0.1:${port}`;
  const urls = {
    year: `${base}/api/v1/marketplaces/${largest.code}/report?from=${first}&to=${last}`,
    national: `${base}/api/v1/reports/national?from=${first}&to=${last}`,
    page: `${base}/gemeenten/${largest.slug}/marktplaats/rapportage?van=${first}&tot=${last}`,
  };
  await load(urls.year, 2, CONNECTIONS, credentials.api);
  await load(urls.national, 2, CONNECTIONS, credentials.api);
  await load(urls.page, 2, CONNECTIONS, credentials.page);
  return {
    label:
      `${total?.n.toLocaleString('en')} requests (${largest.n.toLocaleString('en')} in ${largest.slug}), ` +
      `${database.kind}; ${built} months stored in ${buildSeconds.toFixed(0)} s`,
    year: () => autocannon(urls.year, SECONDS, CONNECTIONS, credentials.api),
    national: () => autocannon(urls.national, SECONDS, CONNECTIONS, credentials.api),
    page: () => autocannon(urls.page, SECONDS, CONNECTIONS, credentials.page),
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
  console.error('Usage: npx tsx bench/reports.ts --small <DATABASE_URL|data dir> --large <DATABASE_URL|data dir>');
  process.exit(2);
}
const sizes = [await serveOne(small, 3981), await serveOne(large, 3982)] as const;
const runs = sizes.map(() => ({
  year: [] as number[],
  yearRps: [] as number[],
  national: [] as number[],
  page: [] as number[],
}));
for (let round = 0; round < ROUNDS; round++) {
  const order: (0 | 1)[] = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const index of order) {
    const size = sizes[index];
    const run = runs[index];
    if (!size || !run) continue;
    for (const [name, measure] of [
      ['year', size.year],
      ['national', size.national],
      ['page', size.page],
    ] as const) {
      const result = await measure();
      if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx answers (${name})`);
      if (name === 'year') {
        run.year.push(result.medianMs);
        run.yearRps.push(result.rps);
      } else if (name === 'national') run.national.push(result.medianMs);
      else run.page.push(result.rps);
    }
  }
}
const [a, b] = runs.map((r) => ({
  year: median(r.year),
  yearRps: median(r.yearRps),
  national: median(r.national),
  page: median(r.page),
})) as [
  { year: number; yearRps: number; national: number; page: number },
  { year: number; yearRps: number; national: number; page: number },
];
for (const [index, m] of [a, b].entries())
  console.log(
    `${index === 0 ? 'small' : 'large'} (${sizes[index]?.label}): year report median ${m.year} ms, ` +
      `${m.yearRps.toFixed(0)} req/s · national median ${m.national} ms · page ${m.page.toFixed(0)} req/s`,
  );
for (const size of sizes) await size.close();
const figures = [
  { name: 'year report median latency, large/small', value: b.year / Math.max(a.year, 0.1), ok: (v: number) => v <= 2 },
  {
    name: 'national report median latency, large/small',
    value: b.national / Math.max(a.national, 0.1),
    ok: (v: number) => v <= 3,
  },
  { name: 'report page / API throughput, small', value: a.page / a.yearRps, ok: (v: number) => v >= 0.5 },
  { name: 'report page / API throughput, large', value: b.page / b.yearRps, ok: (v: number) => v >= 0.5 },
];
// a median of 0 ms means no request finished within the run (each took longer): not measured, not met
const measured = (value: number) => Number.isFinite(value) && value > 0;
for (const { name, value, ok } of figures)
  console.log(
    `${name.padEnd(46)} ${measured(value) ? value.toFixed(2) : 'no answer within the run'}  ` +
      `${measured(value) && ok(value) ? 'met' : 'NOT met'}`,
  );
const met = figures.every(({ value, ok }) => measured(value) && ok(value));
console.log(met ? 'reports benchmark: targets met' : 'reports benchmark: targets NOT met');
process.exit(met ? 0 : 1);
