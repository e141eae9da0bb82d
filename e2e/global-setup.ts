import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** where the app under test listens, e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** a folder for this run only, where signed-in sessions are shared between test files (e2e/flows.ts) */
    sessionDir: string;
  }
}

/** One server for the whole e2e run; the tests read its address with `inject('baseURL')`. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  const sessionDir = mkdtempSync(join(tmpdir(), 'samen-e2e-sessions-'));
  project.provide('baseURL', server.baseURL);
  project.provide('sessionDir', sessionDir);
  return async () => {
    await server.stop();
    rmSync(sessionDir, { recursive: true, force: true });
  };
}
