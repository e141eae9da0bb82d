import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Database, select } from '../core/db';
import { projectRoot } from '../core/paths';
import { demoPhaseDates } from './innovation';

/**
 * The demo database as a snapshot (docs/performance.md, "Start-up"). Seeding the demo through the
 * real commands takes 12–28 s; a PGlite data folder that was seeded once and copied starts in
 * well under a second. The snapshot belongs to the code that made it: its name is a hash of
 * everything that decides what the seed writes. Dates relative to "now" are moved to the moment
 * it is loaded (shiftDemoDates).
 */
export const SNAPSHOT_FOLDER = join(projectRoot, 'dist/demo');

/** Files whose content decides what the schema, the reference data and the demo seed write. */
const KEY_INPUTS = ['src', 'migrations', 'reference', 'package-lock.json'];
const NOT_AN_INPUT = /(\.test\.tsx?$|^src\/test\/|^src\/assets\/)/;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

/**
 * A hash of the sources (all of src/ but tests and browser assets: the seed runs the modules'
 * own commands), the migrations, the reference data and the locked dependencies (PGlite's
 * version decides the data folder's format). Any change makes a new snapshot.
 */
export function demoSnapshotKey(root = projectRoot): string {
  const hash = createHash('sha256');
  const files = KEY_INPUTS.flatMap((input) => filesUnder(join(root, input)))
    .map((file) => relative(root, file).replaceAll('\\', '/'))
    .filter((file) => !NOT_AN_INPUT.test(file))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 24);
}

/** How to move the demo's relative dates: per table, its date columns (only tables with dates). */
/**
 * How to move the demo's relative dates: per table with dates, its date columns; for a column
 * that is fixed on some rows, the rows (ctid in the snapshot's files) whose value moves.
 */
export type ShiftPlan = { table: string; columns: { column: string; date: boolean; rows?: string[] }[] }[];

export interface DemoSnapshot {
  key: string;
  /** a copy of a PGlite data folder just after the demo was seeded and checkpointed */
  folder: string;
  /** the moment the seed ended: dates relative to "now" are relative to this */
  seededAt: Date;
  shifts: ShiftPlan;
  /** the data folder's generated session secret the seed signed links with (the demo's mails) */
  sessionSecret: string;
}

/**
 * Times written into text rather than into date columns (the expiry inside a signed link in a
 * demo mail, a notification's idempotency key) are not moved; a snapshot older than this is
 * not used, so they are never more than a week off (an unsubscribe link stays valid 180 days).
 */
export const SNAPSHOT_MAX_AGE_DAYS = 7;

const Manifest = z.object({
  key: z.string(),
  seededAt: z.iso.datetime(),
  shifts: z.array(
    z.object({
      table: z.string(),
      columns: z.array(z.object({ column: z.string(), date: z.boolean(), rows: z.array(z.string()).optional() })),
    }),
  ),
});

/** The snapshot made by this code, if there is one and it is at most a week old. */
export function findDemoSnapshot(key: string, folder = SNAPSHOT_FOLDER, now = new Date()): DemoSnapshot | undefined {
  const manifest = join(folder, key, 'manifest.json');
  const secret = join(folder, key, 'session-secret');
  if (!existsSync(manifest) || !existsSync(secret)) return undefined;
  const parsed = Manifest.safeParse(JSON.parse(readFileSync(manifest, 'utf8')));
  if (!parsed.success || parsed.data.key !== key) return undefined;
  const seededAt = new Date(parsed.data.seededAt);
  const age = now.getTime() - seededAt.getTime();
  if (age < -86_400_000 || age > SNAPSHOT_MAX_AGE_DAYS * 86_400_000) return undefined;
  const sessionSecret = readFileSync(secret, 'utf8').trim();
  return { key, folder: join(folder, key, 'pglite'), seededAt, shifts: parsed.data.shifts, sessionSecret };
}

/**
 * Starts an empty PGlite folder from the snapshot: a plain copy of its files (0.1–0.2 s for 70 MB;
 * PGlite's own `loadDataDir` of a `dumpDataDir` tarball took 0.6 s more). Copied beside it and
 * renamed, so a second process starting on the same folder finds it whole or not at all.
 */
export function copyDemoSnapshot(snapshot: DemoSnapshot, pgliteFolder: string): void {
  const temporary = `${pgliteFolder}.${process.pid}.copy`;
  cpSync(snapshot.folder, temporary, { recursive: true });
  try {
    renameSync(temporary, pgliteFolder);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Stores a freshly seeded database as the snapshot for this code and removes older ones. The
 * database is checkpointed first, so its files on disk are complete; nothing writes while they
 * are copied (this process is the only one using the folder, and the copy is synchronous). The
 * copy is made under a temporary name and renamed, so a reader never sees half a snapshot.
 */
export async function saveDemoSnapshot(
  database: Database,
  from: { pgliteFolder: string; sessionSecret: string },
  key: string,
  folder = SNAPSHOT_FOLDER,
): Promise<void> {
  const { pgliteFolder } = from;
  await makeRoomForShift(database, await planDateShift(database));
  // after the tables moved: the plan names rows by their place
  const shifts = await planDateShift(database);
  await database.db.execute(sql`CHECKPOINT`);
  const seededAt = new Date();
  const temporary = join(folder, `.${key}.${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  cpSync(pgliteFolder, join(temporary, 'pglite'), { recursive: true });
  writeFileSync(join(temporary, 'manifest.json'), JSON.stringify({ key, seededAt: seededAt.toISOString(), shifts }));
  writeFileSync(join(temporary, 'session-secret'), from.sessionSecret, { mode: 0o600 });
  if (existsSync(join(folder, key))) rmSync(join(folder, key), { recursive: true, force: true });
  renameSync(temporary, join(folder, key));
  for (const name of readdirSync(folder))
    if (name !== key && !name.startsWith('.')) rmSync(join(folder, name), { recursive: true, force: true });
}

const IndexedRow = z.object({ table: z.string(), column: z.string() });

/**
 * Leaves half of every page free in the tables whose dates move and are in no index, so moving
 * them is a HOT update in place, without touching an index: half the time of the shift (0.6 →
 * 0.3 s). The fill factor is set for the rewrite only and reset after it, so the schema stays
 * what the migrations made.
 */
async function makeRoomForShift(database: Database, plan: ShiftPlan): Promise<void> {
  // every column an index holds, by key, INCLUDE, expression or condition (any of them stops HOT)
  const indexed = await select(
    database.db,
    IndexedRow,
    sql`SELECT t.relname AS "table", a.attname AS "column"
          FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0
         WHERE n.nspname = 'public'
           AND (a.attnum = ANY (i.indkey::int2[])
                OR pg_get_expr(i.indexprs, i.indrelid) LIKE '%' || a.attname || '%'
                OR pg_get_expr(i.indpred, i.indrelid) LIKE '%' || a.attname || '%')`,
  );
  const blocked = new Set(indexed.map(({ table, column }) => `${table}.${column}`));
  const connection = await database.connect();
  try {
    for (const { table, columns } of plan) {
      if (columns.some(({ column }) => blocked.has(`${table}.${column}`))) continue;
      await connection.exec(`ALTER TABLE "${table}" SET (fillfactor = 50)`);
      await connection.exec(`VACUUM FULL "${table}"`);
      await connection.exec(`ALTER TABLE "${table}" RESET (fillfactor)`);
    }
  } finally {
    connection.release();
  }
}

/**
 * Dates the demo files fix (an initiative's history, the day a post asks help for) stay as
 * written; every other date and time in the database was "now" or "now ± so many days" when the
 * seed ran. A column listed with a condition keeps its value only on the rows that match it:
 * an initiative's updated_at is its fixed created_at until a command changes it (at "now"), and
 * the phase a scale-up decision gives it is not in its history in the demo file.
 * snapshot.test.ts proves the list complete: a snapshot loaded 37 days after it was made equals
 * the demo seeded on that day. A new demo table with dates "now ± days" needs nothing here.
 */
export function fixedDemoDates(): Record<string, Record<string, true | string>> {
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const phases = demoPhaseDates()
    .map(({ title, phase, date }) => `(${literal(title)}, ${literal(phase)}, DATE ${literal(date)})`)
    .join(', ');
  return {
    initiatives: { created_at: true, updated_at: 'updated_at = created_at' },
    initiative_phases: {
      entered_on: `(initiative_id, phase, entered_on) IN (SELECT i.id, d.phase, d.entered_on
                     FROM (VALUES ${phases}) AS d(title, phase, entered_on) JOIN initiatives i ON i.title = d.title)`,
    },
    initiative_participants: { joined_at: true },
    initiative_experiments: { held_on: true },
    posts: { when_date: true },
  };
}

const DateColumn = z.object({ table: z.string(), column: z.string(), date: z.boolean() });
const FilledRow = z.object({ table: z.string(), column: z.string() });

/**
 * Which columns hold dates relative to "now", decided when the snapshot is made: every date and
 * timestamp column but the fixed ones, of tables that have a value in it. Loading then touches
 * nothing else (opening an untouched table costs PGlite 10–30 ms).
 */
export async function planDateShift(database: Database): Promise<ShiftPlan> {
  const { db } = database;
  const columns = await select(
    db,
    DateColumn,
    sql`SELECT c.table_name AS "table", c.column_name AS "column", c.data_type = 'date' AS date
          FROM information_schema.columns c
          JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
           AND c.data_type IN ('date', 'timestamp with time zone', 'timestamp without time zone')
           AND c.is_generated = 'NEVER'
         ORDER BY 1, 2`,
  );
  const fixedDates = fixedDemoDates();
  const moving = columns.filter(({ table, column }) => fixedDates[table]?.[column] !== true);
  if (moving.length === 0) return [];
  const filled = await select(
    db,
    FilledRow,
    sql.raw(
      moving
        .map(
          ({ table, column }) =>
            `SELECT '${table}' AS "table", '${column}' AS "column" WHERE EXISTS ` +
            `(SELECT FROM "${table}" WHERE "${column}" IS NOT NULL)`,
        )
        .join(' UNION ALL '),
    ),
  );
  const has = new Set(filled.map(({ table, column }) => `${table}.${column}`));
  const plan = new Map<string, ShiftPlan[number]['columns']>();
  for (const { table, column, date } of moving) {
    if (!has.has(`${table}.${column}`)) continue;
    const keepWhen = fixedDates[table]?.[column];
    // The rows whose value moves are named by their place in the files the snapshot copies:
    // nothing writes between this look-up and the copy, nor between the copy and the shift.
    const rows =
      typeof keepWhen === 'string'
        ? (
            await select(
              db,
              TidRow,
              sql.raw(`SELECT ctid::text AS tid FROM "${table}" WHERE "${column}" IS NOT NULL AND NOT (${keepWhen})`),
            )
          ).map(({ tid }) => tid)
        : undefined;
    if (rows?.length === 0) continue;
    plan.set(table, [...(plan.get(table) ?? []), rows ? { column, date, rows } : { column, date }]);
  }
  return [...plan].map(([table, cols]) => ({ table, columns: cols }));
}

const TidRow = z.object({ tid: z.string() });

/**
 * Moves every date relative to "now" by the time between the seed and this moment: timestamps by
 * the exact difference, dates by the difference in (UTC) calendar days, which is what "so many
 * days ago" gives when the seed runs today. One script, in one transaction, with triggers off
 * (session_replication_role): the copies they keep (open_post_terms.published_at, change stamps)
 * are columns of the plan too.
 */
export async function shiftDemoDates(database: Database, plan: ShiftPlan, seededAt: Date, now: Date): Promise<void> {
  const ms = Math.round(now.getTime() - seededAt.getTime());
  const days = Math.round((utcDay(now) - utcDay(seededAt)) / 86_400_000);
  const tids = (rows: string[]) => `'{${rows.map((row) => `"${row}"`).join(',')}}'::tid[]`;
  const updates = plan.map(({ table, columns }) => {
    const assignments = columns.map(({ column, date, rows }) => {
      const id = `"${column}"`;
      const moved = date ? `${id} + ${days}` : `${id} + interval '${ms} milliseconds'`;
      return `${id} = ${rows ? `CASE WHEN ctid = ANY (${tids(rows)}) THEN ${moved} ELSE ${id} END` : moved}`;
    });
    // Only some rows of a table whose every date is fixed on the others: just those rows.
    const some = columns.every(({ rows }) => rows) ? columns.flatMap(({ rows }) => rows ?? []) : undefined;
    return `UPDATE "${table}" SET ${assignments.join(', ')}${some ? ` WHERE ctid = ANY (${tids(some)})` : ''};`;
  });
  const connection = await database.connect();
  try {
    await connection.exec(`BEGIN; SET LOCAL session_replication_role = replica; ${updates.join(' ')} COMMIT;`);
  } catch (error) {
    await connection.exec('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    connection.release();
  }
}

const utcDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
