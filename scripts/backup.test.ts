import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrate, openPglite, openPostgres, rows } from '../src/core/db';
import { projectRoot } from '../src/core/paths';
import { loadReferenceData } from '../src/modules/municipalities';
import { BackupError, backup, restore, type Target } from './backup-restore';

/**
 * Round trip: a database with the schema, the reference data and a few rows of our own is backed
 * up, restored somewhere new, and compared table by table (row count and a digest of every row).
 * PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI).
 */
const SLOW = 180_000;

async function fill(database: Database) {
  await migrate(database);
  await loadReferenceData(database.db);
  await database.db.execute(sql`
    INSERT INTO accounts (email, password_hash, first_name, last_name, postcode, municipality_code)
    VALUES ('zoe@voorbeeld.nl', 'x', 'Zoë', 'Ĳsselmeer-Dijkstra', '3511', 'GM0344'),
           ('jan@voorbeeld.nl', 'x', 'Jan', NULL, NULL, NULL)`);
  await database.db.execute(sql`
    INSERT INTO organisations (name, slug, type, municipality_code)
    VALUES ('Welzijn Utrecht Samen', 'welzijn-utrecht-samen', 'welzijnsorganisatie', 'GM0344')`);
  // posts.location is generated through earthdistance: the table a plain pg_restore can not load
  await database.db.execute(sql`
    INSERT INTO marketplaces (municipality_code, operator_organisation_id, name, brand_color, brand_text_color)
    SELECT 'GM0344', id, 'Utrecht voor elkaar', '#0b5394', '#ffffff' FROM organisations`);
  await database.db.execute(sql`
    INSERT INTO posts (kind, municipality_code, author_account_id, author_first_name, title, description, category,
                       when_kind, when_text, pc4, lat, lon, status)
    SELECT 'request', 'GM0344', id, 'Zoë', 'Hulp bij boodschappen', 'Wie gaat op dinsdag met mij naar de markt?',
           'boodschappen', 'recurring', 'elke dinsdag', '3511', 52.09, 5.12, 'open'
      FROM accounts WHERE email = 'zoe@voorbeeld.nl'`);
}

/** Every table in public: its row count and an md5 of all its rows in a fixed order. */
async function snapshot(database: Database): Promise<Record<string, string>> {
  const tables = await rows<{ name: string }>(
    database.db,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await rows<{ n: number; digest: string }>(
      database.db,
      sql.raw(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest ` +
          `FROM public."${name}" t`,
      ),
    );
    result[name] = `${row?.n} rows, ${row?.digest}`;
  }
  return result;
}

function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, `scripts/${script}.ts`), ...args],
    { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const pgliteOf = (dataDir: string) => openPglite(join(dataDir, 'pglite'));

describe('backup and restore on PGlite', () => {
  // Made in beforeAll, not while collecting: a skipped run leaves no folders behind.
  let root: string;
  let source: Target;
  let file: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'samen-backup-test-'));
    source = { kind: 'pglite', dataDir: join(root, 'source') };
    file = join(root, 'samen.tar.gz');
    const database = await pgliteOf(join(root, 'source'));
    await fill(database);
    before = await snapshot(database);
    await database.close();
  }, SLOW);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    'restores into a new folder exactly what was backed up',
    async () => {
      expect(Number.parseInt(before.postcodes ?? '', 10)).toBe(4067);
      expect(before.accounts).toMatch(/^2 rows/);
      expect(before.posts).toMatch(/^1 rows/);
      await backup(source, file);
      const target: Target = { kind: 'pglite', dataDir: join(root, 'restored') };
      await restore(target, file);
      const database = await pgliteOf(join(root, 'restored'));
      try {
        expect(await snapshot(database)).toEqual(before);
        expect(await migrate(database)).toEqual([]); // schema_migrations came along
      } finally {
        await database.close();
      }
    },
    SLOW,
  );

  it(
    'refuses a non-empty folder unless --force, and then keeps the old folder beside it',
    async () => {
      const target: Target = { kind: 'pglite', dataDir: join(root, 'occupied') };
      const database = await pgliteOf(join(root, 'occupied'));
      await migrate(database);
      await database.close();
      await expect(restore(target, file)).rejects.toThrow(/not empty; add --force/);
      const result = await restore(target, file, { force: true });
      expect(result.movedAside).toMatch(/pglite\.before-restore-/);
      expect(readdirSync(join(root, 'occupied')).sort()).toEqual(['pglite', result.movedAside?.split('/').pop()]);
      const restored = await pgliteOf(join(root, 'occupied'));
      try {
        expect(await snapshot(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
    },
    SLOW,
  );

  it(
    'refuses while the folder is in use, an existing output file, and a backup of the other kind',
    async () => {
      const open = await pgliteOf(join(root, 'source'));
      try {
        await expect(backup(source, join(root, 'while-open.tar.gz'))).rejects.toThrow(/in use/);
        await expect(restore(source, file, { force: true })).rejects.toThrow(/in use/);
      } finally {
        await open.close();
      }
      await expect(backup(source, file)).rejects.toThrow(/already exists/);
      const pgDump = join(root, 'samen.dump');
      writeFileSync(pgDump, 'PGDMP\u0001\u000e\u0000');
      await expect(restore({ kind: 'pglite', dataDir: join(root, 'other') }, pgDump)).rejects.toThrow(
        /pg_dump backup: set DATABASE_URL/,
      );
      await expect(backup({ kind: 'pglite', dataDir: join(root, 'nothing') }, join(root, 'x.tar.gz'))).rejects.toThrow(
        BackupError,
      );
    },
    SLOW,
  );

  it(
    'has a command line with a usage message and exit codes 0, 1 and 2',
    () => {
      const usage = cli('backup', [], { DATABASE_URL: '' });
      expect(usage.status).toBe(2);
      expect(usage.output).toContain('usage: npm run backup -- <file>');
      expect(cli('restore', ['a', 'b'], {}).status).toBe(2);
      const written = join(root, 'cli.tar.gz');
      const made = cli('backup', [written], { DATABASE_URL: '', DATA_DIR: join(root, 'source') });
      expect(made.output).toContain('written to');
      expect(made.status).toBe(0);
      const refused = cli('restore', [written], { DATABASE_URL: '', DATA_DIR: join(root, 'source') });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('restore failed:');
    },
    SLOW,
  );
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('backup and restore on PostgreSQL', () => {
  let root: string;
  const suffix = Math.random().toString(36).slice(2, 8);
  const names = [`samen_backup_source_${suffix}`, `samen_backup_target_${suffix}`];
  const urlOf = (name: string) => {
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let before: Record<string, string>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'samen-backup-test-pg-'));
    for (const name of names) await admin(`CREATE DATABASE ${name}`);
    const database = await openPostgres(urlOf(names[0] as string), 2);
    await fill(database);
    before = await snapshot(database);
    await database.close();
  }, SLOW);
  afterAll(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(root, { recursive: true, force: true });
  });

  it(
    'restores into another database exactly what was backed up, and again over it with --force',
    async () => {
      const file = join(root, 'samen.dump');
      await backup({ kind: 'postgres', url: urlOf(names[0] as string) }, file);
      const target: Target = { kind: 'postgres', url: urlOf(names[1] as string) };
      await restore(target, file);
      const compare = async () => {
        const database = await openPostgres(urlOf(names[1] as string), 2);
        try {
          expect(await snapshot(database)).toEqual(before);
          expect(await migrate(database)).toEqual([]);
        } finally {
          await database.close();
        }
      };
      await compare();
      await expect(restore(target, file)).rejects.toThrow(/already has tables; add --force/);
      await restore(target, file, { force: true });
      await compare();
    },
    SLOW,
  );
});
