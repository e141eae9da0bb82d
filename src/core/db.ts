import type { z } from 'zod';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockFolder } from './folder-lock';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { projectRoot } from './paths';

/** One type for both drivers: every query in the project is written against this. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A transaction or the database itself: commands accept either. */
export type Executor = Pick<Db, 'execute' | 'select' | 'insert' | 'update' | 'delete' | 'transaction'>;

/** A raw connection for multi-statement scripts (migrations), which the drizzle layer can't run. */
interface ScriptConnection {
  exec(script: string): Promise<void>;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  release(): void;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  connect(): Promise<ScriptConnection>;
  close(): Promise<void>;
}

export async function rows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function firstRow<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/**
 * Rows shaped by a zod schema of one row (ADR 0005). Outside production every row is checked
 * against it — the tests run every query, so a column list and its type cannot drift apart
 * unnoticed; production trusts what the tests checked and saves the cost.
 */
const CHECK_ROWS = process.env.NODE_ENV !== 'production';

export async function select<S extends z.ZodType>(
  db: Pick<Db, 'execute'>,
  shape: S,
  query: SQL,
): Promise<z.infer<S>[]> {
  const found = await rows<unknown>(db, query);
  if (!CHECK_ROWS) return found as z.infer<S>[];
  return found.map((row, index) => {
    const parsed = shape.safeParse(row);
    if (!parsed.success) throw new RowShapeError(index, parsed.error);
    return parsed.data;
  });
}

export async function selectOne<S extends z.ZodType>(
  db: Pick<Db, 'execute'>,
  shape: S,
  query: SQL,
): Promise<z.infer<S> | undefined> {
  return (await select(db, shape, query))[0];
}

export class RowShapeError extends Error {
  override name = 'RowShapeError';
  constructor(index: number, error: z.ZodError) {
    // Names the columns, never their values (they may be personal data).
    super(
      `row ${index} does not have the declared shape: ${error.issues
        .map((issue) => `${issue.path.join('.')} (${issue.code})`)
        .join(', ')}`,
    );
  }
}

export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockFolder(dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { cube, earthdistance, pg_trgm, unaccent } });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite({ client }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    // PGlite is a single connection; callers serialise through it.
    async connect() {
      return {
        exec: async (script) => void (await client.exec(script)),
        query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
        release: () => {},
      };
    },
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // JIT compilation pays off for long analytical queries, not for ours: a search whose plan is
  // estimated high but runs in 2 ms spent 20 ms compiling (docs/performance.md).
  // A connection that cannot be made within 5 s fails the request (503) instead of holding it.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c jit=off',
    connectionTimeoutMillis: 5_000,
  });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // A connection checked out when the server goes away emits 'error' on its client: without a
  // listener that crashes the process. The query it ran is still rejected (and answered 503).
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzleNodePostgres({ client: pool }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async connect() {
      const client = await pool.connect();
      return {
        exec: async (script) => void (await client.query(script)),
        query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
        release: () => client.release(),
      };
    },
    close: () => pool.end(),
  };
}

export function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
}): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options.dataDir ? join(options.dataDir, 'pglite') : undefined);
}

const MIGRATION_LOCK = 7_212_001;

/**
 * Applies the SQL files in migrations/ in name order, each in its own transaction.
 * A session advisory lock keeps two app instances starting together from racing.
 */
export async function migrate(database: Database, directory = join(projectRoot, 'migrations')): Promise<string[]> {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const connection = await database.connect();
  const applied: string[] = [];
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await connection.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations ' +
        '(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await connection.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      const script = readFileSync(join(directory, file), 'utf8');
      try {
        await connection.exec(
          `BEGIN;\n${script}\n;INSERT INTO schema_migrations (name) VALUES ('${file.replaceAll("'", "''")}');\nCOMMIT;`,
        );
      } catch (error) {
        await connection.exec('ROLLBACK').catch(() => {});
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
      }
      applied.push(file);
    }
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    connection.release();
  }
  return applied;
}

export async function ping(db: Pick<Db, 'execute'>): Promise<void> {
  await db.execute(sql`SELECT 1`);
}

/**
 * A JS array as one Postgres array parameter. Drizzle's template would spread the array into a
 * list of parameters; going through JSON works the same on both drivers.
 */
export function textArray(values: readonly string[]): SQL {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

export function uuidArray(values: readonly string[]): SQL {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::uuid)`;
}

/** A timestamptz column as an ISO 8601 string in UTC ("2026-11-23T14:05:00Z"), as the API shows times. */
export const iso = (column: string): SQL =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
