import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config';
import { type Database, migrate, openPglite, rows } from '../core/db';
import { systemClock } from '../core/context';
import { installModules } from '../modules';
import { loadReferenceData } from '../modules/municipalities';
import { seedDemo } from './demo';
import { copyDemoSnapshot, demoSnapshotKey, findDemoSnapshot, saveDemoSnapshot, shiftDemoDates } from './snapshot';

const DAY = 86_400_000;

async function seededDatabase(database: Database): Promise<Database> {
  installModules();
  await migrate(database);
  await loadReferenceData(database.db);
  const config = loadConfig({ NODE_ENV: 'test', DEV_MAIL: 'true' });
  await seedDemo({ config, database, db: database.db, logger: pino({ level: 'silent' }), clock: systemClock });
  return database;
}

const SECRET = 'snapshot-test-secret-'.padEnd(40, 'x');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const PASSWORD_HASH = /\$argon2id\$[^"]+/g;
/** a signed link's token (payload.signature, base64url): its payload holds an expiry time */
const SIGNED_TOKEN = /[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g;
/** a time written into text (toISOString); date columns come out of to_jsonb as "…+00:00" */
const TIME_IN_TEXT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

/**
 * Every row of every table as text, sorted: ids and password hashes (random by design) are
 * blanked, so two databases with the same content compare equal whatever ids they drew. So are
 * times written into text (SNAPSHOT_MAX_AGE_DAYS says why they may be a week off).
 */
async function contents(database: Database): Promise<Record<string, string[]>> {
  const tables = await rows<{ name: string }>(
    database.db,
    sql`SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const found = await rows<{ row: string }>(database.db, sql.raw(`SELECT to_jsonb(t)::text AS row FROM "${name}" t`));
    result[name] = found
      .map(({ row }) =>
        row
          .replace(UUID, '<id>')
          .replace(PASSWORD_HASH, '<hash>')
          .replace(SIGNED_TOKEN, '<token>')
          .replace(TIME_IN_TEXT, '<time>'),
      )
      .sort();
  }
  return result;
}

const dataFolders: string[] = [];
afterAll(() => {
  vi.useRealTimers();
  for (const folder of dataFolders) rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the demo snapshot (PGlite only)', () => {
  it('loaded 37 days after it was made holds what seeding the demo on that day gives', async () => {
    const folder = (name: string) => {
      const path = mkdtempSync(join(tmpdir(), `samen-${name}-`));
      dataFolders.push(path);
      return path;
    };
    const [made, snapshots, loaded] = [folder('made'), folder('snapshots'), folder('loaded')];
    // PGlite takes its time from Date, so both seeds run on a clock that stands still.
    const madeAt = new Date('2026-03-02T22:41:07.250Z');
    const loadedAt = new Date(madeAt.getTime() + 37 * DAY + 5 * 3_600_000 + 1_234);
    vi.useFakeTimers({ toFake: ['Date'], now: madeAt });
    const original = await seededDatabase(await openPglite(join(made, 'pglite')));
    await saveDemoSnapshot(original, { pgliteFolder: join(made, 'pglite'), sessionSecret: SECRET }, 'k', snapshots);
    await original.close();

    vi.setSystemTime(loadedAt);
    // The dates are moved by 37 days, more than the week a snapshot is used for, to show every
    // relative date moves and no fixed one does.
    const snapshot = findDemoSnapshot('k', snapshots, madeAt);
    if (!snapshot) throw new Error('no snapshot saved');
    expect(snapshot.sessionSecret).toBe(SECRET);
    expect(snapshot.seededAt).toEqual(madeAt);
    copyDemoSnapshot(snapshot, join(loaded, 'pglite'));
    const fromSnapshot = await openPglite(join(loaded, 'pglite'));
    await shiftDemoDates(fromSnapshot, snapshot.shifts, snapshot.seededAt, loadedAt);
    const fresh = await seededDatabase(await openPglite());
    vi.useRealTimers();

    const [got, seeded] = [await contents(fromSnapshot), await contents(fresh)];
    await fromSnapshot.close();
    await fresh.close();
    expect(seeded.posts?.length).toBeGreaterThan(600);
    expect(seeded.portfolio_rounds?.length).toBe(3);
    expect(Object.keys(got)).toEqual(Object.keys(seeded));
    const differences = Object.keys(seeded).flatMap((table) => {
      const expected = new Set(seeded[table]);
      const wrong = (got[table] ?? []).filter((row) => !expected.has(row));
      return wrong.length > 0 ? [`${table}: ${wrong.length} rows differ, e.g. ${wrong[0]}`] : [];
    });
    expect(differences).toEqual([]);
  }, 300_000);
});

describe('the snapshot key', () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'samen-key-'));
    dataFolders.push(root);
    for (const folder of ['src/seed', 'src/assets', 'migrations', 'reference'])
      mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'src/seed/demo.ts'), 'export const demo = 1;');
    writeFileSync(join(root, 'migrations/0001_a.sql'), 'CREATE TABLE a ();');
    writeFileSync(join(root, 'reference/places.csv'), 'code;name');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    return root;
  };

  it('changes with the seed, the migrations, the reference data and the locked dependencies', () => {
    const root = project();
    const keys = new Set([demoSnapshotKey(root)]);
    for (const [file, text] of [
      ['src/seed/demo.ts', 'export const demo = 2;'],
      ['migrations/0002_b.sql', 'CREATE TABLE b ();'],
      ['reference/places.csv', 'code;name\nGM0344;Utrecht'],
      ['package-lock.json', '{"packages":{}}'],
    ] as const) {
      writeFileSync(join(root, file), text);
      keys.add(demoSnapshotKey(root));
    }
    expect(keys.size).toBe(5);
  });

  it('does not change with tests or browser assets', () => {
    const root = project();
    const before = demoSnapshotKey(root);
    writeFileSync(join(root, 'src/seed/demo.test.ts'), 'it("works", () => {});');
    writeFileSync(join(root, 'src/assets/app.css'), 'body {}');
    expect(demoSnapshotKey(root)).toBe(before);
  });

  it('names the only snapshot that is used, and a new one replaces the old', async () => {
    const root = mkdtempSync(join(tmpdir(), 'samen-snapshots-'));
    dataFolders.push(root);
    const database = await openPglite(join(root, 'pglite'));
    try {
      await migrate(database);
      const from = { pgliteFolder: join(root, 'pglite'), sessionSecret: SECRET };
      await saveDemoSnapshot(database, from, 'old', join(root, 'snapshots'));
      expect(findDemoSnapshot('new', join(root, 'snapshots'))).toBeUndefined();
      await saveDemoSnapshot(database, from, 'new', join(root, 'snapshots'));
    } finally {
      await database.close();
    }
    expect(findDemoSnapshot('old', join(root, 'snapshots'))).toBeUndefined();
    expect(findDemoSnapshot('new', join(root, 'snapshots'))?.shifts.map((s) => s.table)).toContain('schema_migrations');
    expect(readdirSync(join(root, 'snapshots'))).toEqual(['new']);
    const week = 7 * DAY;
    const seededAt = findDemoSnapshot('new', join(root, 'snapshots'))?.seededAt.getTime() ?? 0;
    expect(findDemoSnapshot('new', join(root, 'snapshots'), new Date(seededAt + week - 60_000))).toBeDefined();
    expect(findDemoSnapshot('new', join(root, 'snapshots'), new Date(seededAt + week + 60_000))).toBeUndefined();
  });
});
