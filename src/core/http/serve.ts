import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/**
 * Idle keep-alive connections stay open longer than a load balancer keeps them (60 s), so the
 * balancer, not Samen, closes them. With Node's default of 5 s a client that sends a request just
 * as the server closes the idle socket sees the connection drop (found by the fuzzing run).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export function listen<E extends object>(
  app: Hono<E & { Bindings?: object }>,
  options: { port: number; hostname: string },
  onListening?: (address: { port: number }) => void,
) {
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, onListening);
  const node = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
  node.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  node.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}
