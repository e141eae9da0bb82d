// Fills a database with realistic synthetic marketplace data for benchmarks:
//   npm run seed:scale -- --requests 1000000 --accounts 200000
// Every municipality gets a live marketplace; requests are spread over the 4-digit postcodes in
// proportion to their population, with texts, categories and ages drawn from the demo posts and
// lifecycles like a real year (most requests are matched, closed or expired by now).
// Uses DATABASE_URL (PostgreSQL) when set, else the embedded database in DATA_DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { hashPassword } from '../src/core/auth/secrets';
import { firstRow, migrate, openDatabase } from '../src/core/db';
import { projectRoot } from '../src/core/paths';
import { loadReferenceData } from '../src/modules/municipalities';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const REQUESTS = argument('requests', 100_000);
const ACCOUNTS = argument('accounts', Math.max(1_000, Math.round(REQUESTS / 5)));
const BATCH = 50_000;

const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
const logger = pino({ level: 'info' });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
const { db } = database;
await migrate(database);
await loadReferenceData(db);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const folder = join(projectRoot, 'src/seed/marketplace-demo');
const demo = readdirSync(folder).flatMap(
  (file) =>
    (
      JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
        posts: {
          kind: string;
          title: string;
          description: string;
          category: string;
          when: { kind: string; text?: string };
        }[];
      }
    ).posts,
);
const texts = demo
  .filter((post) => post.kind === 'request')
  .map((post) => ({
    title: post.title,
    description: post.description,
    category: post.category,
    whenKind: post.when.kind === 'once' ? 'flexible' : post.when.kind,
    whenText: post.when.text ?? 'in overleg',
  }));

// One operator organisation and marketplace per municipality.
await db.execute(sql`
  INSERT INTO organisations (name, slug, type, municipality_code)
  SELECT 'Welzijn ' || m.name, 'schaal-welzijn-' || m.slug, 'welzijnsorganisatie', m.code FROM municipalities m
  ON CONFLICT (slug) DO NOTHING`);
await db.execute(sql`
  INSERT INTO marketplaces (municipality_code, operator_organisation_id, name, brand_color, brand_text_color,
                            expiry_weeks)
  SELECT m.code, o.id, m.name || ' voor elkaar', '#0b5394', '#ffffff', 52
    FROM municipalities m JOIN organisations o ON o.slug = 'schaal-welzijn-' || m.slug
  ON CONFLICT (municipality_code) DO NOTHING`);
logger.info({ elapsed: elapsed() }, 'a marketplace in every municipality');

// Accounts: one password hash for all (hashing 200,000 times would only measure argon2).
const passwordHash = await hashPassword('schaal-wachtwoord-2026');
const existingAccounts = Number(
  (await firstRow<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM accounts WHERE email LIKE 'schaal-%'`))?.n ?? 0,
);
for (let done = existingAccounts; done < ACCOUNTS; done += BATCH) {
  const size = Math.min(BATCH, ACCOUNTS - done);
  await db.execute(sql`
    WITH pcs AS (SELECT array_agg(pc4 ORDER BY pc4) AS pc, array_agg(municipality_code ORDER BY pc4) AS mc
                   FROM postcodes WHERE population > 0)
    INSERT INTO accounts (email, email_verified_at, password_hash, first_name, postcode, municipality_code)
    SELECT 'schaal-' || g || '@samen.test', now(), ${passwordHash},
           (ARRAY['Anna','Bram','Chantal','Daan','Emma','Fatima','Gerrit','Hanna','Ilse','Jan',
                  'Kees','Lotte','Mohamed','Noor','Piet','Sanne','Tess','Willem','Yara','Zeynep'])[1 + g % 20],
           pcs.pc[i], pcs.mc[i]
      FROM generate_series(${done + 1}::int, ${done + size}::int) g, pcs,
           LATERAL (SELECT 1 + floor(random() * cardinality(pcs.pc))::int AS i) pick`);
  logger.info({ accounts: done + size, elapsed: elapsed() }, 'accounts');
}

// Requests: postcodes weighted by population through a cumulative table; texts from the demo.
await db.execute(sql`CREATE TEMP TABLE IF NOT EXISTS scale_postcodes AS
  SELECT pc4, municipality_code, lat, lon, sum(population) OVER (ORDER BY pc4) AS upto, sum(population) OVER () AS total
    FROM postcodes WHERE population > 0`);
await db.execute(sql`CREATE INDEX IF NOT EXISTS scale_postcodes_upto ON scale_postcodes (upto)`);
const existing = Number(
  (await firstRow<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM posts WHERE kind = 'request'`))?.n ?? 0,
);
for (let done = existing; done < REQUESTS; done += BATCH) {
  const size = Math.min(BATCH, REQUESTS - done);
  await db.execute(sql`
    WITH t AS (SELECT * FROM json_to_recordset(${JSON.stringify(texts)}::json)
                 AS t(title text, description text, category text, "whenKind" text, "whenText" text)),
         bank AS (SELECT array_agg(t.title) AS ti, array_agg(t.description) AS de, array_agg(t.category) AS ca,
                         array_agg(t."whenKind") AS wk, array_agg(t."whenText") AS wt
                    FROM t),
         total AS (SELECT max(total) AS total FROM scale_postcodes),
         picks AS (
           SELECT g::int AS g, 1 + floor(random() * cardinality(bank.ti))::int AS text_index,
                  random() * total.total AS at,
                  floor(random() * 365)::int AS days_ago, random() AS fate
             FROM generate_series(1, ${size}::int) g, bank, total)
    INSERT INTO posts (kind, municipality_code, author_account_id, author_first_name, title, description, category,
                       when_kind, when_text, pc4, lat, lon,
                       status, created_at, published_at, expires_at, closed_at)
    SELECT 'request', pc.municipality_code, author.id, author.first_name,
           bank.ti[p.text_index], bank.de[p.text_index], bank.ca[p.text_index],
           bank.wk[p.text_index], bank.wt[p.text_index], pc.pc4, pc.lat, pc.lon,
           -- a year of lifecycles: recent requests are mostly open, older ones mostly done
           CASE WHEN p.days_ago < 56 AND p.fate < 0.7 THEN 'open'
                WHEN p.fate < 0.55 THEN 'matched' WHEN p.fate < 0.7 THEN 'closed'
                WHEN p.fate < 0.8 THEN 'withdrawn' ELSE 'expired' END,
           now() - make_interval(days => p.days_ago), now() - make_interval(days => p.days_ago),
           now() - make_interval(days => p.days_ago) + interval '8 weeks',
           CASE WHEN p.days_ago < 56 AND p.fate < 0.7 THEN NULL
                ELSE now() - make_interval(days => greatest(p.days_ago - 14, 0)) END
      FROM picks p CROSS JOIN bank
      CROSS JOIN LATERAL (SELECT * FROM scale_postcodes s WHERE s.upto >= p.at ORDER BY s.upto LIMIT 1) pc
      CROSS JOIN LATERAL (
        SELECT id, first_name FROM accounts a
         WHERE lower(a.email) = 'schaal-' || (1 + (${done} + p.g) % ${ACCOUNTS}) || '@samen.test') author`);
  logger.info({ requests: done + size, elapsed: elapsed() }, 'requests');
}
// Index-only scans of open_post_terms need its pages marked all-visible, which VACUUM does.
await db.execute(sql`VACUUM ANALYZE open_post_terms`);
await db.execute(sql`ANALYZE`);
const counts = await firstRow<{ requests: number; open: number; accounts: number }>(
  db,
  sql`SELECT (SELECT count(*)::int FROM posts WHERE kind = 'request') AS requests,
             (SELECT count(*)::int FROM posts WHERE kind = 'request' AND status = 'open') AS open,
             (SELECT count(*)::int FROM accounts) AS accounts`,
);
logger.info({ ...counts, elapsed: elapsed(), database: database.kind }, 'seed:scale done');
await database.close();
