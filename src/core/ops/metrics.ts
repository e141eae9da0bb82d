import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { AppEnv } from '../http/env';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'samen_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'samen_http_request_duration_seconds',
    help: 'HTTP request duration by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  /** Logs one line per request and counts it; the route *pattern* keeps label cardinality low. */
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.res.status === 404 ? 'not-found' : routePath(c);
    requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    duration.observe({ method: c.req.method, route }, seconds);
    if (!c.req.path.startsWith('/assets/') && !c.req.path.startsWith('/health/')) {
      c.var.deps.logger.info(
        { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) },
        'request',
      );
    }
  };
  return { registry, middleware };
}
