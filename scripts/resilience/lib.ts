import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * What the resilience checks share: the real built server as a child process, a small HTTP
 * client, throw-away PostgreSQL clusters and databases, and PASS/FAIL bookkeeping. Everything
 * talks to 127.0.0.1 only.
 */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// PASS / FAIL

export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  detail: string;
}

export class CheckFailed extends Error {}

/** A condition that must hold; the check stops with its message when it does not. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

/** Runs one check with a time budget and prints one PASS or FAIL line for it. */
export async function runCheck(
  name: string,
  budgetMs: number,
  body: () => Promise<string>,
  cleanup: (() => Promise<void>)[] = [],
): Promise<CheckResult> {
  const started = performance.now();
  let ok = false;
  let detail: string;
  let timer: NodeJS.Timeout | undefined;
  try {
    detail = await Promise.race([
      body(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CheckFailed(`took longer than ${seconds(budgetMs)}`)), budgetMs);
      }),
    ]);
    ok = true;
  } catch (error) {
    detail =
      error instanceof CheckFailed ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`;
  } finally {
    clearTimeout(timer);
  }
  for (const step of cleanup.reverse()) await step().catch(() => {});
  const ms = performance.now() - started;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}  (${seconds(ms)})  ${detail}`);
  return { name, ok, ms, detail };
}

// ---------------------------------------------------------------------------------------------
// Ports, processes

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function build(): void {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the build failed (node scripts/build.mjs exited with ${result.status})`);
}

export interface ServerOptions {
  /** PostgreSQL database URL; unset: PGlite in dataDir */
  databaseUrl?: string;
  dataDir: string;
  port?: number;
  label: string;
  extraEnv?: Record<string, string>;
}

export interface Server {
  label: string;
  baseURL: string;
  port: number;
  child: ChildProcess;
  /** the server's recent stdout and stderr */
  output: () => string;
  alive: () => boolean;
  waitReady: (timeoutMs?: number) => Promise<number>;
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts `node dist/server.js` with test settings on a free port (does not wait until ready). */
export async function startServer(options: ServerOptions): Promise<Server> {
  const port = options.port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseURL,
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    DEV_MAIL: 'true',
    // Every simulated client gets its own X-Forwarded-For, so per-IP limits don't couple them.
    TRUST_PROXY: 'true',
    SESSION_SECRET: 'resilience-check-secret-'.padEnd(48, 'x'),
    SHUTDOWN_TIMEOUT_MS: '5000',
    ...options.extraEnv,
  };
  delete env.SMTP_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;

  // RESILIENCE_SERVER_JS: another bundle to check (a patched build, an older release).
  const bundle = process.env.RESILIENCE_SERVER_JS || join(root, 'dist/server.js');
  const child = spawn(process.execPath, ['--enable-source-maps', bundle], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 300) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const alive = () => child.exitCode === null && child.signalCode === null;

  const server: Server = {
    label: options.label,
    baseURL,
    port,
    child,
    output: () => lines.join(''),
    alive,
    async waitReady(timeoutMs = 60_000) {
      const started = performance.now();
      while (true) {
        if (!alive())
          throw new CheckFailed(
            `${options.label} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(server.output())}`,
          );
        try {
          const response = await fetch(`${baseURL}/health/ready`, { signal: AbortSignal.timeout(2_000) });
          await response.arrayBuffer();
          if (response.status === 200) return performance.now() - started;
        } catch {
          // not listening yet
        }
        if (performance.now() - started > timeoutMs)
          throw new CheckFailed(
            `${options.label} was not ready within ${seconds(timeoutMs)}:\n${tail(server.output())}`,
          );
        await sleep(100);
      }
    },
    async kill9() {
      if (alive()) child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      if (!alive()) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited(child).then(() => true), sleep(10_000).then(() => false)]);
      if (!stopped) {
        child.kill('SIGKILL');
        await exited(child);
      }
    },
  };
  return server;
}

export const tail = (text: string, lines = 30) => text.trim().split('\n').slice(-lines).join('\n');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function rmTemp(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// HTTP

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  /** the request never got an HTTP answer (connection refused or reset, timeout) */
  networkError?: string;
  ms: number;
}

let ipCounter = 0;
/** A client address of our own (sent as X-Forwarded-For; TRUST_PROXY is on). */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export interface Client {
  ip: string;
  token?: string;
  call<T = any>(baseURL: string, method: string, path: string, body?: unknown, timeoutMs?: number): Promise<Reply<T>>;
}

export function client(ip = freshIp()): Client {
  return {
    ip,
    async call(baseURL, method, path, body, timeoutMs = 10_000) {
      const headers: Record<string, string> = { 'X-Forwarded-For': this.ip, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      const started = performance.now();
      try {
        const response = await fetch(`${baseURL}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        let parsed: unknown = text;
        if (/json/.test(response.headers.get('content-type') ?? '') && text) {
          try {
            parsed = JSON.parse(text);
          } catch {
            // keep the text
          }
        }
        return {
          status: response.status,
          headers: response.headers,
          body: parsed as any,
          ms: performance.now() - started,
        };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        return {
          status: 0,
          headers: new Headers(),
          body: undefined as any,
          networkError: cause ?? (error as Error).name ?? String(error),
          ms: performance.now() - started,
        };
      }
    },
  };
}

export const api = (path: string) => `/api/v1${path}`;

export function describeReply(reply: Reply): string {
  if (reply.networkError) return `no answer (${reply.networkError})`;
  const body = typeof reply.body === 'string' ? reply.body.slice(0, 200) : JSON.stringify(reply.body)?.slice(0, 300);
  return `${reply.status} ${body ?? ''}`;
}

export interface Person {
  client: Client;
  email: string;
  password: string;
  accountId: string;
}

const PASSWORD = 'een lang en geheim wachtwoord';

export function uniqueEmail(prefix = 'persoon'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@voorbeeld.nl`;
}

/** Registers an account and confirms the e-mail address through the dev outbox (no login yet). */
export async function registerVerified(
  baseURL: string,
  name: string,
  postcode = '3511',
  email = uniqueEmail(),
): Promise<Person> {
  const c = client();
  const created = await c.call(baseURL, 'POST', api('/accounts'), { email, password: PASSWORD, name, postcode });
  expect(created.status === 201, `registering ${email}: ${describeReply(created)}`);
  const token = await verificationToken(baseURL, email);
  const verified = await c.call(baseURL, 'POST', api('/accounts/verify'), { token });
  expect(verified.status === 204, `verifying ${email}: ${describeReply(verified)}`);
  return { client: c, email, password: PASSWORD, accountId: created.body.id };
}

async function verificationToken(baseURL: string, email: string): Promise<string> {
  const outbox = await client().call(baseURL, 'GET', api('/dev/outbox?pageSize=100'));
  expect(outbox.status === 200, `reading the dev outbox: ${describeReply(outbox)}`);
  const mail = (outbox.body.items as { to: string; text: string }[]).find((item) => item.to === email);
  expect(mail, `no verification mail to ${email} in the dev outbox`);
  const link = mail.text.match(/https?:\/\/\S+/)?.[0] ?? '';
  const token = new URL(link || 'http://x/').searchParams.get('token');
  expect(token, `no token in the verification mail to ${email}`);
  return token;
}

export async function login(baseURL: string, person: Person): Promise<void> {
  const issued = await person.client.call(baseURL, 'POST', api('/tokens'), {
    email: person.email,
    password: person.password,
  });
  expect(issued.status === 201, `logging in ${person.email}: ${describeReply(issued)}`);
  person.client.token = issued.body.token;
}

/** An organisation and a live marketplace for `municipality`, launched by a netwerkbeheer operator. */
export async function launchMarketplace(baseURL: string, operator: Person, municipality = 'GM0344'): Promise<void> {
  const organisation = await operator.client.call(baseURL, 'POST', api('/organisations'), {
    name: `Welzijn ${municipality} ${randomBytes(3).toString('hex')}`,
    type: 'welzijnsorganisatie',
    municipality,
  });
  expect(organisation.status === 201, `creating the organisation: ${describeReply(organisation)}`);
  const launched = await operator.client.call(baseURL, 'POST', api('/marketplaces'), {
    municipality,
    operatorOrganisation: organisation.body.id,
    name: 'Utrecht voor elkaar',
    brandColor: '#0b5394',
    brandTextColor: '#ffffff',
  });
  expect(launched.status === 201, `launching the marketplace: ${describeReply(launched)}`);
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

export function helpRequest(title: string) {
  return {
    title,
    description: 'Ik ben slecht ter been. Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
    category: 'boodschappen',
    postcode: '3511',
    when: { kind: 'recurring', text: 'elke dinsdagochtend' },
  };
}

/** Runs `task` for every item with at most `concurrency` at once. */
export async function eachLimited<T, R>(items: T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index] as T);
      }
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

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
