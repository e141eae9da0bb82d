import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { CheckFailed, freePort, tempDir } from './lib';

/** The resilience checks' databases: throw-away PostgreSQL clusters and databases, and a prepared PGlite folder. */

export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []) {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  try {
    return (await connection.query(text, params)).rows as T[];
  } finally {
    await connection.end();
  }
}

export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database on the server; returns its URL and how to drop it. */
export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `samen_resilience_${randomBytes(5).toString('hex')}`;
  const admin = withDatabase(serverUrl, 'postgres');
  await sql(admin, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => void (await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** Grants a platform role straight in the database (there is no API for it, by design). */
export async function grantRoleSql(databaseUrl: string, accountId: string, role = 'netwerkbeheer'): Promise<void> {
  await sql(databaseUrl, 'INSERT INTO account_roles (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    accountId,
    role,
  ]);
}

/** The newest PostgreSQL bin directory, as .ci/run finds it (PG_BIN overrides). */
export function postgresBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin/initdb')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? join(base, newest, 'bin') : undefined;
}

/**
 * A PGlite data folder with the schema, the reference data and a live marketplace for Utrecht,
 * made in this process (PGlite can not be opened while a server has it).
 */
export async function embeddedWithMarketplace(dataDir: string): Promise<void> {
  const { migrate, openDatabase } = await import('../../src/core/db');
  const { loadReferenceData } = await import('../../src/modules/municipalities');
  const { sql: query } = await import('drizzle-orm');
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database);
    await loadReferenceData(database.db);
    await database.db.execute(query`
      WITH organisation AS (
        INSERT INTO organisations (name, slug, type, municipality_code)
        VALUES ('Welzijn Utrecht', 'welzijn-utrecht', 'welzijnsorganisatie', 'GM0344') RETURNING id)
      INSERT INTO marketplaces (municipality_code, operator_organisation_id, name, brand_color, brand_text_color)
      SELECT 'GM0344', id, 'Utrecht voor elkaar', '#0b5394', '#ffffff' FROM organisation`);
  } finally {
    await database.close();
  }
}

export interface Cluster {
  url: string;
  port: number;
  /** pg_ctl stop -m immediate: the server is gone at once, as in a crash */
  stopImmediate: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
}

/** Runs a PostgreSQL tool, as the postgres user when we are root (the server refuses root). */
function pgTool(bin: string, tool: string, args: string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'runuser' : join(bin, tool);
  const fullArgs = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
  return new Promise((resolve, reject) => {
    // Asynchronous, so the HTTP traffic of a check keeps flowing while PostgreSQL stops or starts.
    const child = spawn(command, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${tool} ${args.join(' ')} failed (${code}): ${output}`)),
    );
  });
}

/** A throw-away PostgreSQL cluster of our own: initdb in a temp folder, its own port, trust auth. */
export async function ownCluster(): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new CheckFailed('no PostgreSQL binaries found (set PG_BIN, or apt-get install postgresql)');
  const data = tempDir('samen-resilience-pg-');
  if (process.getuid?.() === 0) chownSync(data, pgUid(), pgGid());
  await pgTool(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const pgCtl = (...args: string[]) => pgTool(bin, 'pg_ctl', ['-D', data, ...args]);
  const start = async () =>
    void (await pgCtl(
      '-o',
      `-p ${port} -k ${data} -c listen_addresses=127.0.0.1`,
      '-l',
      join(data, 'server.log'),
      '-w',
      'start',
    ));
  const stopImmediate = async () => void (await pgCtl('-m', 'immediate', '-w', 'stop'));
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}`,
    port,
    start,
    stopImmediate,
    destroy: async () => {
      await stopImmediate().catch(() => {});
      rmSync(data, { recursive: true, force: true });
    },
  };
}

function idOf(flag: '-u' | '-g'): number {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const id = Number(result.stdout.trim());
  if (result.status !== 0 || !Number.isInteger(id)) throw new Error('there is no postgres user to run PostgreSQL as');
  return id;
}
const pgUid = () => idOf('-u');
const pgGid = () => idOf('-g');
