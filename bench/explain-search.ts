// EXPLAIN (ANALYZE, BUFFERS) of the statements one marketplace search runs, to show that the
// search is index-driven and reads at most COUNT_CAP + 1 postings per range (ADR 0007).
// Usage: npx tsx bench/explain-search.ts <DATABASE_URL|data dir> [q] [pc4 | GMxxxx] [radiusKm]
//   a municipality code instead of a postcode searches that marketplace; q '' lists everything
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, openPglite, openPostgres, rows } from '../src/core/db';
import { searchPosts } from '../src/modules/marketplace/search/search';
import { postcodeLookup } from '../src/modules/municipalities';

const [target, q = 'boodschappen', pc4 = '3511', radius = '10'] = process.argv.slice(2);
if (!target) {
  console.error('Usage: npx tsx bench/explain-search.ts <DATABASE_URL|data dir> [q] [pc4] [radiusKm]');
  process.exit(2);
}
const database = /^postgres(ql)?:\/\//.test(target)
  ? await openPostgres(target, 2)
  : await openPglite(`${target}/pglite`);
const marketplace = /^GM\d{4}$/.test(pc4) ? pc4 : undefined;
const origin = marketplace ? undefined : await postcodeLookup(database.db, pc4);
// Every statement the search runs is executed as EXPLAIN (ANALYZE, BUFFERS) and its plan printed.
const explaining = new Proxy(database.db, {
  get(db, property) {
    if (property !== 'execute') return Reflect.get(db, property);
    return async (query: SQL) => {
      const plan = await rows<{ 'QUERY PLAN': string }>(db as Executor, sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
      console.log(plan.map((line) => line['QUERY PLAN']).join('\n'), '\n');
      return db.execute(query);
    };
  },
}) as Executor;
await searchPosts(database.db, {
  kind: 'request',
  q,
  near: origin,
  radiusKm: origin ? Number(radius) : undefined,
  municipalityCodes: marketplace ? [marketplace] : undefined,
  sort: 'relevance',
  page: 1,
  pageSize: 20,
}); // warm the word cache
await searchPosts(explaining, {
  kind: 'request',
  q,
  near: origin,
  radiusKm: origin ? Number(radius) : undefined,
  municipalityCodes: marketplace ? [marketplace] : undefined,
  sort: 'relevance',
  page: 1,
  pageSize: 20,
});
await database.close();
