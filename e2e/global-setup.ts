import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** where the app under test listens, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}

/** One server for the whole e2e run; the tests read its address with `inject('baseURL')`. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('baseURL', server.baseURL);
  return async () => {
    await server.stop();
  };
}
