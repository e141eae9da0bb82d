// Similar-initiative ranking for a new text: median latency among 100,000 initiatives against the
// median among 1,000, in one run, on PGlite and (when BENCH_DATABASE_URL is set) on PostgreSQL.
// Target (issue 15; 3 in issue 4): the ratio is at most 1.5 — the ranking reads a bounded number
// of postings from an index, it does not scan the corpus. Figures go to docs/performance.md.
// Usage: npx tsx bench/similarity.ts [--large 100000] [--queries 40] [--postgres-only]
//        BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npx tsx bench/similarity.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, migrate, openPglite, openPostgres, rows } from '../src/core/db';
import { projectRoot } from '../src/core/paths';
import { bulkIndexInitiativeTerms, rankingSql, rankSimilar, recountTermStats, THEMES } from '../src/modules/innovation';
import { loadReferenceData } from '../src/modules/municipalities';
import { insertOrganisation } from '../src/modules/organisations';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const LARGE = argument('large', 100_000);
const SMALL = 1_000;
const QUERIES = argument('queries', 40);
const TARGET = 1.5;

interface Text {
  title: string;
  summary: string;
  themes: string[];
}
const evaluation = join(projectRoot, 'src/modules/innovation/similarity/evaluation');
const evalItems = [
  ...(JSON.parse(readFileSync(join(evaluation, 'pairs.json'), 'utf8')) as Text[][]).flat(),
  ...(JSON.parse(readFileSync(join(evaluation, 'distractors.json'), 'utf8')) as Text[]),
];
const demoItems = JSON.parse(readFileSync(join(projectRoot, 'src/seed/innovation-demo.json'), 'utf8')) as (Text & {
  goal: string;
  approach: string;
})[];
// The corpus is built from the demo texts, sentence by sentence; the queries are evaluation texts.
const sentences = demoItems
  .flatMap((item) => `${item.summary} ${item.goal} ${item.approach}`.split(/(?<=\.)\s+/))
  .filter((s) => s.length > 20);
const titles = demoItems.map((item) => item.title);
const queries = evalItems.slice(0, QUERIES);

async function grow(database: Database, organisationId: string, target: number) {
  const { db } = database;
  const [current] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM initiatives`);
  for (let have = current?.n ?? 0; have < target; ) {
    const batch = Math.min(5_000, target - have);
    const inserted = await rows<{ id: string }>(
      db,
      sql`WITH s AS (SELECT array_agg(x) AS s FROM json_array_elements_text(${JSON.stringify(sentences)}::json) x),
               t AS (SELECT array_agg(x) AS t FROM json_array_elements_text(${JSON.stringify(titles)}::json) x),
               th AS (SELECT array_agg(x) AS th FROM json_array_elements_text(${JSON.stringify(THEMES)}::json) x),
               m AS (SELECT array_agg(code ORDER BY code) AS m FROM municipalities)
          INSERT INTO initiatives (municipality_code, owner_organisation_id, type, title, summary, goal, themes, phase)
          SELECT m[1 + floor(random() * cardinality(m))::int], ${organisationId}, 'pilot',
                 t[1 + floor(random() * cardinality(t))::int] || ' ' || substr(md5(g::text || ${have}), 1, 6),
                 s[1 + floor(random() * cardinality(s))::int] || ' ' || s[1 + floor(random() * cardinality(s))::int]
                   || ' Project ' || substr(md5(g::text), 1, 8) || '.',
                 s[1 + floor(random() * cardinality(s))::int],
                 ARRAY[th[1 + floor(random() * cardinality(th))::int]], 'idee'
            FROM generate_series(1, ${batch}) g, s, t, th, m
          RETURNING id`,
    );
    await bulkIndexInitiativeTerms(
      db,
      inserted.map((row) => row.id),
    );
    have += batch;
    process.stdout.write(`\r  ${have.toLocaleString('en')} initiatives`);
  }
  await recountTermStats(db);
  // What autovacuum does on a server (and PGlite's background work): statistics and the visibility
  // map, so postings are read from the index alone.
  await db.execute(sql`VACUUM ANALYZE initiative_terms`);
  await db.execute(sql`ANALYZE`);
  process.stdout.write('\n');
}

async function medianLatency(database: Database): Promise<number> {
  const run = async () => {
    const times: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await rankSimilar(database.db, { title: query.title, summary: query.summary, themes: query.themes, limit: 5 });
      times.push(performance.now() - started);
    }
    return times;
  };
  await run(); // warm-up: caches, plans
  // six rounds (240 rankings): a machine shared with other work still gives a steady median
  const times: number[] = [];
  for (let round = 0; round < 6; round++) times.push(...(await run()));
  times.sort((a, b) => a - b);
  if (process.argv.includes('--explain')) {
    const query = queries[0] as Text;
    const statement = await rankingSql(database.db, {
      title: query.title,
      summary: query.summary,
      themes: query.themes,
      limit: 5,
    });
    const plan = await rows<{ 'QUERY PLAN': string }>(database.db, sql`EXPLAIN (ANALYZE, COSTS OFF) ${statement}`);
    console.log(plan.map((row) => `    ${row['QUERY PLAN']}`).join('\n'));
  }
  return times[Math.floor(times.length / 2)] as number;
}

async function bench(name: string, open: () => Promise<{ database: Database; drop: () => Promise<void> }>) {
  console.log(`${name}:`);
  const { database, drop } = await open();
  try {
    await migrate(database);
    await loadReferenceData(database.db);
    const organisation = await insertOrganisation(database.db, {
      name: 'Benchmark',
      slug: 'benchmark',
      type: 'landelijk',
      municipalityCode: null,
      website: null,
    });
    await grow(database, organisation.id, SMALL);
    const small = await medianLatency(database);
    console.log(`  median at ${SMALL.toLocaleString('en')}: ${small.toFixed(1)} ms`);
    await grow(database, organisation.id, LARGE);
    const large = await medianLatency(database);
    console.log(`  median at ${LARGE.toLocaleString('en')}: ${large.toFixed(1)} ms`);
    const ratio = large / small;
    console.log(`  ratio: ${ratio.toFixed(2)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'OK' : 'TOO SLOW'}`);
    const plan = await rows<{ 'QUERY PLAN': string }>(
      database.db,
      sql`EXPLAIN SELECT initiative_id, weight FROM initiative_terms
            WHERE lexeme = 'schuld' ORDER BY weight DESC LIMIT 200`,
    );
    console.log(`  postings plan: ${plan.map((row) => row['QUERY PLAN'].trim()).join(' / ')}`);
    return ratio;
  } finally {
    await drop();
  }
}

const ratios: number[] = [];
if (!process.argv.includes('--postgres-only')) {
  ratios.push(
    await bench('PGlite', async () => {
      const database = await openPglite();
      return { database, drop: () => database.close() };
    }),
  );
}
const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) {
  ratios.push(
    await bench('PostgreSQL', async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query('DROP DATABASE IF EXISTS samen_bench');
      await admin.query('CREATE DATABASE samen_bench');
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = '/samen_bench';
      const database = await openPostgres(url.toString(), 4);
      return { database, drop: () => database.close() };
    }),
  );
}
process.exit(ratios.every((ratio) => ratio <= TARGET) ? 0 : 1);
