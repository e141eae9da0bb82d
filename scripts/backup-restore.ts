import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { openDatabase } from '../src/core/db';
import { lockFolder } from '../src/core/folder-lock';

/**
 * Backup and restore of Samen's database, for `npm run backup` and `npm run restore`:
 *   - PostgreSQL (DATABASE_URL set): pg_dump's custom format, restored with pg_restore --clean
 *     --if-exists in one transaction;
 *   - PGlite (DATABASE_URL unset): the data folder DATA_DIR/pglite as PGlite's own gzipped
 *     tarball (dumpDataDir), restored with `new PGlite({ loadDataDir })`. PGlite is one process's
 *     database, so both take the folder's lock: they refuse while Samen runs on it.
 * docs/operations.md has the procedure.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}

export type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** Where the database is, read from the environment the way the server reads it. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): Target {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new BackupError('DATABASE_URL must start with postgres:// or postgresql://');
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: resolve(env.DATA_DIR?.trim() || './data') };
}

export function describeTarget(target: Target): string {
  if (target.kind === 'pglite') return `PGlite in ${join(target.dataDir, 'pglite')}`;
  const url = new URL(target.url);
  url.password = url.password ? '***' : '';
  return `PostgreSQL ${url.toString()}`;
}

/** What a backup file holds, by its first bytes: pg_dump's custom format starts with "PGDMP". */
export function backupFormat(file: string): 'pg_dump' | 'pglite' | 'unknown' {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite'; // gzip
  return 'unknown';
}

const pgliteFolder = (dataDir: string) => join(dataDir, 'pglite');
const hasPgliteDatabase = (folder: string) => existsSync(join(folder, 'PG_VERSION'));
const extensions = { cube, earthdistance, pg_trgm, unaccent };

/** Lets `write` fill a temporary file beside `file`, then renames it: never a half-written backup. */
function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(file), `.${Date.now()}.partial-backup`);
  return write(temporary).then(
    () => renameSync(temporary, file),
    (error) => {
      rmSync(temporary, { force: true });
      throw error;
    },
  );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL tools

/** pg_dump, pg_restore and psql: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else PATH. */
export function postgresTool(name: 'pg_dump' | 'pg_restore' | 'psql'): string {
  if (process.env.PG_BIN) return join(process.env.PG_BIN, name);
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const newest = readdirSync(base)
      .filter((version) => existsSync(join(base, version, 'bin', name)))
      .sort((a, b) => Number(a) - Number(b))
      .at(-1);
    if (newest) return join(base, newest, 'bin', name);
  }
  return name;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', (error) =>
      reject(
        new BackupError(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${command} was not found: install the PostgreSQL client ` +
                '(apt-get install postgresql-client) or set PG_BIN'
            : `${command}: ${error.message}`,
        ),
      ),
    );
    child.once('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new BackupError(`${command} failed (exit code ${code}):\n${stderr.trim()}`)),
    );
  });
}

async function publicTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * pg_restore --clean --if-exists into `url`, in one transaction (a failed restore leaves the
 * database as it was). pg_restore's SQL goes through psql because of one line: the dump empties
 * search_path, and earthdistance's ll_to_earth (behind posts.location, a generated column) calls
 * cube() and earth() unqualified, so restoring posts fails with 'type "earth" does not exist'. Every
 * name in the dump is schema-qualified, so putting public back on the path changes nothing else.
 */
async function pgRestore(url: string, file: string): Promise<void> {
  const restore = spawn(
    postgresTool('pg_restore'),
    ['--clean', '--if-exists', '--no-owner', '--exit-on-error', '--file', '-', file],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const psql = spawn(
    postgresTool('psql'),
    ['--no-psqlrc', '--quiet', '--single-transaction', '--set', 'ON_ERROR_STOP=1', '--dbname', url],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  const failures: string[] = [];
  const collect = (name: string, child: ReturnType<typeof spawn>) =>
    new Promise<void>((resolvePromise) => {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.once('error', (error) => {
        failures.push(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${name} was not found: install the PostgreSQL client (apt-get install postgresql-client) or set PG_BIN`
            : `${name}: ${error.message}`,
        );
        resolvePromise();
      });
      child.once('close', (code) => {
        if (code !== 0) failures.push(`${name} failed (exit code ${code}):\n${stderr.trim()}`);
        resolvePromise();
      });
    });
  const done = Promise.all([collect('pg_restore', restore), collect('psql', psql)]);
  const emptyPath = "SELECT pg_catalog.set_config('search_path', '', false);";
  const publicPath = "SELECT pg_catalog.set_config('search_path', 'public, pg_catalog', false);";
  let pending = '';
  restore.stdout?.on('data', (chunk: Buffer) => {
    const text = pending + chunk.toString('utf8');
    const cut = text.lastIndexOf('\n') + 1;
    pending = text.slice(cut);
    if (!psql.stdin?.write(text.slice(0, cut).replaceAll(emptyPath, publicPath))) {
      restore.stdout?.pause();
      psql.stdin?.once('drain', () => restore.stdout?.resume());
    }
  });
  restore.stdout?.once('end', () => psql.stdin?.end(pending));
  psql.stdin?.on('error', () => {}); // psql stopped early: its exit code says why
  await done;
  if (failures.length > 0) throw new BackupError(failures.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Backup

export async function backup(target: Target, file: string, options: { force?: boolean } = {}): Promise<void> {
  const output = resolve(file);
  if (existsSync(output) && !options.force)
    throw new BackupError(`${output} already exists; choose another name, or add --force to overwrite it`);
  if (!existsSync(dirname(output))) throw new BackupError(`the folder ${dirname(output)} does not exist`);
  if (target.kind === 'postgres') {
    await writeAtomically(output, (temporary) =>
      run(postgresTool('pg_dump'), ['--format=custom', '--no-owner', '--file', temporary, '--dbname', target.url]),
    );
    return;
  }
  const folder = pgliteFolder(target.dataDir);
  if (!hasPgliteDatabase(folder)) throw new BackupError(`there is no Samen database in ${folder}`);
  // openDatabase takes the folder's lock: it refuses while Samen runs on this folder.
  const database = await openDatabase({ dataDir: target.dataDir }).catch((error: Error) => {
    throw new BackupError(error.message);
  });
  try {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const tarball = await client.dumpDataDir('gzip');
    await writeAtomically(output, async (temporary) =>
      writeFileSync(temporary, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 }),
    );
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Restore

export interface RestoreResult {
  /** PGlite with --force: where the folder that was replaced went */
  movedAside?: string;
}

export async function restore(target: Target, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const input = resolve(file);
  if (!existsSync(input)) throw new BackupError(`${input} does not exist`);
  const format = backupFormat(input);
  if (target.kind === 'postgres') {
    if (format !== 'pg_dump')
      throw new BackupError(
        `${input} is not a pg_dump backup${format === 'pglite' ? ' (it is a PGlite backup: unset DATABASE_URL)' : ''}`,
      );
    if (!options.force && (await publicTableCount(target.url)) > 0)
      throw new BackupError(
        `${describeTarget(target)} already has tables; add --force to replace its contents with the backup`,
      );
    await pgRestore(target.url, input);
    return {};
  }

  if (format !== 'pglite')
    throw new BackupError(
      `${input} is not a PGlite backup${format === 'pg_dump' ? ' (it is a pg_dump backup: set DATABASE_URL)' : ''}`,
    );
  const folder = pgliteFolder(target.dataDir);
  const occupied = existsSync(folder) && readdirSync(folder).length > 0;
  if (occupied && !options.force)
    throw new BackupError(`${folder} is not empty; add --force to replace it (the old folder is kept beside it)`);
  mkdirSync(target.dataDir, { recursive: true });
  let unlock: () => void;
  try {
    unlock = lockFolder(folder); // refuses while Samen runs on this folder
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
  const staging = `${folder}.restoring`;
  try {
    rmSync(staging, { recursive: true, force: true });
    const blob = new Blob([readFileSync(input)]);
    const client = await PGlite.create(staging, { loadDataDir: blob, extensions }).catch((error: Error) => {
      throw new BackupError(`${input} could not be loaded as a PGlite database: ${error.message}`);
    });
    try {
      await client.query('SELECT count(*) FROM schema_migrations');
    } catch (error) {
      throw new BackupError(`${input} holds no Samen database: ${(error as Error).message}`);
    } finally {
      await client.close();
    }
    let movedAside: string | undefined;
    if (existsSync(folder)) {
      movedAside = `${folder}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(folder, movedAside);
    }
    renameSync(staging, folder);
    return movedAside ? { movedAside } : {};
  } finally {
    rmSync(staging, { recursive: true, force: true });
    unlock();
  }
}

// ---------------------------------------------------------------------------------------------
// The command line

export function parseArguments(argv: string[]): { file: string; force: boolean } | undefined {
  const force = argv.includes('--force');
  const rest = argv.filter((arg) => arg !== '--force');
  if (rest.length !== 1 || rest[0]?.startsWith('-')) return undefined;
  return { file: rest[0] as string, force };
}

export async function main(command: 'backup' | 'restore', usage: string): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (!args) {
    console.error(usage);
    return 2;
  }
  try {
    const target = targetFromEnv();
    const started = performance.now();
    if (command === 'backup') {
      await backup(target, args.file, { force: args.force });
      console.log(`backup of ${describeTarget(target)} written to ${resolve(args.file)} (${elapsed(started)})`);
    } else {
      const result = await restore(target, args.file, { force: args.force });
      console.log(`${resolve(args.file)} restored into ${describeTarget(target)} (${elapsed(started)})`);
      if (result.movedAside) console.log(`the folder it replaced is kept in ${result.movedAside}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`${command} failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const elapsed = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;
