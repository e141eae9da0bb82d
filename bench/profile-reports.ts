// Times the report loaders in-process, one at a time, and each statement they run (for finding
// where a report spends its time). Usage: npx tsx bench/profile-reports.ts <DATABASE_URL> [code]
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { firstRow, migrate, openPostgres } from '../src/core/db';
import { dayIn } from '../src/core/i18n/dates';
import { marketplaceReport, nationalReport } from '../src/modules/reports/report/load';

const database = await openPostgres(process.argv[2] as string, 4);
await migrate(database);
const code =
  process.argv[3] ??
  (
    await firstRow<{ code: string }>(
      database.db,
      sql`SELECT municipality_code AS code FROM posts WHERE kind = 'request' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    )
  )?.code;
const today = dayIn(new Date());
const period = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 7)}-31` };
const timings: { text: string; ms: number }[] = [];
// time each statement at the driver
const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
const original = prototype.query;
prototype.query = async function (this: unknown, ...args: unknown[]) {
  const started = performance.now();
  const result = await original.apply(this, args);
  const first = args[0] as string | { text: string };
  timings.push({ text: typeof first === 'string' ? first : first.text, ms: performance.now() - started });
  return result;
};
for (const [name, run] of [
  ['year report', () => marketplaceReport(database.db, code as string, period, 'protected', new Date())],
  ['national report', () => nationalReport(database.db, period, new Date())],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    timings.length = 0;
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[3]?.toFixed(1)} ms`);
  for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 6))
    console.log(`  ${t.ms.toFixed(1)} ms  ${t.text.replace(/\s+/g, ' ').slice(0, 150)}`);
}
await database.close();
