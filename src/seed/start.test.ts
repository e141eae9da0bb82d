import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { demoSnapshotKey } from './snapshot';
import { demoStart } from './start';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'samen-start-'));
  folders.push(path);
  return path;
};

/** A snapshot for this code in a folder of its own: a stand-in data folder, a manifest and a secret. */
function snapshots(seededAt: Date): string {
  const root = folder();
  const key = join(root, demoSnapshotKey());
  mkdirSync(join(key, 'pglite'), { recursive: true });
  writeFileSync(join(key, 'pglite', 'PG_VERSION'), '17');
  writeFileSync(join(key, 'manifest.json'), JSON.stringify({ key: demoSnapshotKey(), seededAt, shifts: [] }));
  writeFileSync(join(key, 'session-secret'), 'the-secret-the-demo-was-seeded-with-0123');
  return root;
}

describe('the first start of an empty data folder', () => {
  const development = (dataDir: string, env: Record<string, string> = {}) =>
    loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, SEED_DEMO: 'true', ...env });

  it('copies the snapshot in and takes over the session secret the demo was signed with', () => {
    const dataDir = folder();
    const start = demoStart(development(dataDir), snapshots(new Date()));
    expect(start?.snapshot).toBeDefined();
    expect(readFileSync(join(dataDir, 'pglite', 'PG_VERSION'), 'utf8')).toBe('17');
    expect(start?.config.sessionSecret).toBe('the-secret-the-demo-was-seeded-with-0123');
    expect(readFileSync(join(dataDir, '.session-secret'), 'utf8')).toBe('the-secret-the-demo-was-seeded-with-0123');
  });

  it('seeds (and will save a snapshot) when the snapshot is more than a week old', () => {
    const dataDir = folder();
    const config = development(dataDir);
    const start = demoStart(config, snapshots(new Date(Date.now() - 8 * 86_400_000)));
    expect(start).toBeDefined();
    expect(start?.snapshot).toBeUndefined();
    expect(start?.config).toBe(config);
  });

  it('leaves PostgreSQL, a secret that was set, a used folder and no demo alone', () => {
    const from = snapshots(new Date());
    const url = 'postgresql://samen@localhost/samen';
    expect(demoStart(development(folder(), { DATABASE_URL: url }), from)).toBeUndefined();
    expect(
      demoStart(development(folder(), { SESSION_SECRET: 'a-secret-someone-set-'.padEnd(40, 'x') }), from),
    ).toBeUndefined();
    expect(demoStart(development(folder(), { SEED_DEMO: 'false' }), from)).toBeUndefined();
    const used = folder();
    mkdirSync(join(used, 'pglite'));
    writeFileSync(join(used, 'pglite', 'PG_VERSION'), '17');
    expect(demoStart(development(used), from)).toBeUndefined();
  });
});
