import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real app for the browser tests: built once, started as `node dist/server.js` on a free port
 * with a fresh PGlite data folder (so the demo data is seeded), stopped with SIGTERM afterwards.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

export interface RunningServer {
  baseURL: string;
  stop: () => Promise<void>;
}

function build() {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`e2e: the build failed (node scripts/build.mjs exited with ${result.status ?? result.signal})`);
}

function freePort(): Promise<number> {
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer(): Promise<RunningServer> {
  build();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-e2e-'));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseURL,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    DEV_MAIL: 'true',
    // Each browser context sends its own X-Forwarded-For (e2e/browser.ts), as visitors behind a
    // proxy would: the rate limits per address then apply per person, not to the whole run.
    TRUST_PROXY: 'true',
  };
  // The embedded database and the dev mailbox, whatever the calling shell has set.
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  delete env.SESSION_SECRET;

  const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/server.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the server's recent output, to show when it fails to start or logs a warning.
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[samen] ${chunk.toString()}`);
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        exited(child).then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        process.stderr.write(
          `e2e: the server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it\n`,
        );
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(
        `e2e: the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output.join('')}`,
      );
    }
    try {
      const response = await fetch(`${baseURL}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { baseURL, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`e2e: the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
    }
    await sleep(250);
  }
}
