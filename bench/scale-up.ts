import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { load as loadRun } from './autocannon';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { systemClock } from '../src/core/context';
import { type Database, migrate, openPglite, openPostgres, rows } from '../src/core/db';
import { loadReferenceData } from '../src/modules/municipalities';

// Samen opschalen under load (issue "Samen opschalen", performance). In one run:
//   1. a database with 5 services × 342 adoptions, one of them with 50 events per adoption:
//      the service page (map, figures, learning path) against the municipality list page
//      (target: ≥ 50 % of its throughput), and the figures endpoint GET /api/v1/services/{id};
//   2. the same with 100 services × 342 adoptions: the figures endpoint's median latency
//      (target: ≤ 2× that with 5 services).
// Usage: npx tsx bench/scale-up.ts [--database postgres://…/db-to-create-in] [--seconds 8]
// Without --database both databases are PGlite in memory.
const option = (name: string, fallback?: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const SECONDS = Number(option('seconds', '8'));
const CONNECTIONS = 16;

async function open(name: string): Promise<Database> {
  const server = option('database');
  if (!server) return openPglite();
  const admin = await openPostgres(server, 1);
  await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name}`));
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  await admin.close();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return openPostgres(url.toString(), CONNECTIONS);
}

/** Services with an adoption by every municipality, in bulk; the first gets `eventsEach` events per adoption. */
async function fill(database: Database, services: number, eventsEach: number) {
  await migrate(database);
  await loadReferenceData(database.db);
  const { db } = database;
  await db.execute(sql`
    INSERT INTO services (slug, name, description, operator_name, status)
    SELECT 'bench-' || g, 'Voorziening ' || g, 'Een voorziening voor de benchmark.', 'Samen', 'beschikbaar'
      FROM generate_series(1, ${services}) g`);
  await db.execute(sql`
    INSERT INTO service_steps (service_id, position, title, explanation)
    SELECT s.id, g, 'Stap ' || g, 'Uitleg bij stap ' || g FROM services s, generate_series(1, 5) g
     WHERE s.slug LIKE 'bench-%'`);
  // Stages spread by a hash, dates spread over five years.
  await db.execute(sql`
    INSERT INTO adoptions (service_id, municipality_code, stage, stopped_reason, interested_on, decided_on, live_on)
    SELECT s.id, m.code, x.stage, CASE WHEN x.stage = 'stopped' THEN 'Geen budget.' END,
           current_date - 1800 + x.h % 900,
           CASE WHEN x.stage IN ('implementing', 'live') THEN current_date - 800 + x.h % 400 END,
           CASE WHEN x.stage = 'live' THEN current_date - 300 + x.h % 200 END
      FROM services s CROSS JOIN municipalities m
     CROSS JOIN LATERAL (SELECT abs(hashtext(s.id::text || m.code)) AS h) AS hh
     CROSS JOIN LATERAL (SELECT hh.h,
             (ARRAY['interested', 'deciding', 'implementing', 'live', 'stopped'])[1 + hh.h % 5] AS stage) AS x
     WHERE s.slug LIKE 'bench-%'`);
  await db.execute(sql`
    INSERT INTO adoption_events (service_id, municipality_code, kind, stage, occurred_on, note)
    SELECT a.service_id, a.municipality_code, 'other', NULL, a.interested_on + g, 'Overleg ' || g
      FROM adoptions a JOIN services s ON s.id = a.service_id, generate_series(1, ${eventsEach}) g
     WHERE s.slug = 'bench-1'`);
  await db.execute(sql`ANALYZE`);
  const [count] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM adoption_events`);
  const [service] = await rows<{ id: string }>(db, sql`SELECT id FROM services WHERE slug = 'bench-1'`);
  return { events: count?.n ?? 0, serviceId: service?.id as string };
}

const load = (url: string) => loadRun(url, SECONDS, CONNECTIONS);

async function measure(name: string, services: number, port: number, pages: boolean) {
  const database = await open(`samen_bench_scale_up_${services}`);
  const { events, serviceId } = await fill(database, services, pages ? 50 : 2);
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-secret-'.padEnd(40, 'x'),
    PORT: String(port),
    LOG_LEVEL: 'silent',
  });
  const app = createApp({ config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  try {
    const base = `http://127.0.0.1:${port}`;
    const figures = await load(`${base}/api/v1/services/${serviceId}`);
    console.log(`${name}: ${services} services × 342 adoptions, ${events.toLocaleString('en')} events`);
    console.log(`  GET /api/v1/services/{id}: ${figures.rps.toFixed(0)} req/s, median ${figures.medianMs} ms`);
    if (!pages) return { figures };
    const list = await load(`${base}/gemeenten`);
    const page = await load(`${base}/opschalen/voorzieningen/bench-1`);
    console.log(
      `  /gemeenten ${list.rps.toFixed(0)} req/s · service page with map ${page.rps.toFixed(0)} req/s ` +
        `(${((page.rps / list.rps) * 100).toFixed(0)} % of the list page)`,
    );
    return { figures, list, page };
  } finally {
    server.close();
    await database.close();
  }
}

const few = await measure('5 services', 5, 3981, true);
const many = await measure('100 services', 100, 3982, false);
const ratio = many.figures.medianMs / Math.max(few.figures.medianMs, 0.1);
const share = (few.page?.rps ?? 0) / (few.list?.rps ?? 1);
console.log(`figures median 100 / 5 services: ${ratio.toFixed(2)} (target ≤ 2)`);
console.log(`service page / municipality list: ${(share * 100).toFixed(0)} % (target ≥ 50 %)`);
const ok = ratio <= 2 && share >= 0.5;
console.log(ok ? 'scale-up benchmark: targets met' : 'scale-up benchmark: targets NOT met');
process.exit(ok ? 0 : 1);
