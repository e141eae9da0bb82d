import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the resilience checks share: PASS/FAIL bookkeeping and the real built server as a child
 * process. The HTTP client is in http.ts, throw-away PostgreSQL clusters and databases are in
 * databases.ts. Everything talks to 127.0.0.1 only.
 */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

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
            `${options.label} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n` +
              tail(server.output()),
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
