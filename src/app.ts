import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { getCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { join, relative } from 'node:path';
import { type Config, isLoopback } from './config';
import { safeEqual } from './core/auth/secrets';
import { socketAddress } from './core/http/client-ip';
import { ping } from './core/db';
import { API_VERSION, createApiApp, openApiDocument } from './core/http/api';
import { csrfProtection } from './core/http/csrf';
import { refuseControlCharacters } from './core/http/input';
import type { AppEnv } from './core/http/env';
import type { AppContext } from './core/context';
import { handleError, renderProblem } from './core/http/errors';
import { flashMiddleware } from './core/http/flash';
import { DomainError, notFound, unauthorized } from './core/errors';
import { safeRedirectPath } from './core/http/redirect';
import { isLocale, translator } from './core/i18n';
import { createMetrics } from './core/ops/metrics';
import { projectRoot } from './core/paths';
import { installModules, MODULES } from './modules';
import { identify } from './modules/accounts';

/** The JSON API and its OpenAPI document; needs no database to build, so the linter can use it too. */
export function createApi(config: Config) {
  installModules();
  const api = createApiApp();
  for (const module of MODULES) module.api?.(api, config);
  const document = openApiDocument(api, config.publicUrl);
  api.get('/openapi.json', (c) => c.json(document));
  return Object.assign(api, { document });
}

export function createApp(deps: AppContext) {
  const app = new Hono<AppEnv>({ strict: true });
  const metrics = createMetrics();

  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(metrics.middleware);
  const pageHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: deps.config.secureCookies ? 'max-age=31536000; includeSubDomains' : false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginResourcePolicy: false,
  });
  // A handler may set a stricter policy of its own (an uploaded SVG logo may run nothing): it is
  // kept, where secureHeaders would write the page policy over it.
  app.use(async (c, next) => {
    let own: string | null = null;
    await pageHeaders(c, async () => {
      await next();
      own = c.res.headers.get('Content-Security-Policy');
    });
    if (own) c.res.headers.set('Content-Security-Policy', own);
  });

  // Static assets come first: they need no database, session or locale.
  app.use('/assets/*', compress(), async (c, next) => {
    await next();
    if (c.res.ok)
      c.header('Cache-Control', c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  });
  app.use('/assets/*', serveStatic({ root: relative(process.cwd(), join(projectRoot, 'public')) }));

  app.get('/health/live', (c) => c.json({ status: 'ok' }));
  app.get('/health/ready', async (c) => {
    try {
      await ping(deps.db);
      return c.json({ status: 'ok', database: deps.database.kind });
    } catch (error) {
      deps.logger.warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'unavailable', database: deps.database.kind }, 503);
    }
  });
  // Metrics tell how busy Samen is and which routes fail: for the operator's monitoring only, with
  // its token, or from this machine when no token is set.
  app.get('/metrics', async (c) => {
    const token = deps.config.metricsToken;
    if (token) {
      if (!safeEqual(c.req.header('authorization') ?? '', `Bearer ${token}`)) throw unauthorized();
    } else if (!isLoopback(socketAddress(c) ?? '')) {
      throw notFound();
    }
    return c.text(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType });
  });

  // Dutch by default; the language switch sets a cookie. The API also honours Accept-Language.
  app.use(async (c, next) => {
    const cookie = getCookie(c, 'taal');
    const fromHeader =
      c.req.path.startsWith('/api/') && /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'nl';
    const locale = isLocale(cookie) ? cookie : fromHeader;
    c.set('locale', locale);
    c.set('t', translator(locale));
    await next();
  });

  // No request needs more than a logo upload (200 kB, base64 in JSON): refuse large bodies early.
  app.use(
    bodyLimit({
      maxSize: 1_000_000,
      onError: () => {
        throw new DomainError('too-large', 'problem.tooLarge.title', 'problem.tooLarge.detail');
      },
    }),
  );

  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language'],
      exposeHeaders: ['API-Version'],
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('API-Version', API_VERSION);
  });

  app.use(refuseControlCharacters);
  app.use(identify);
  app.use(async (c, next) => (c.req.path.startsWith('/api/') ? next() : csrfProtection(c, next)));
  app.use(flashMiddleware);

  app.route('/api/v1', createApi(deps.config));

  for (const module of MODULES) module.pages?.(app, deps.config);

  app.notFound((c) => {
    const path = c.req.path;
    // People who type a trailing slash get the page; the API answers 404, as the ADR asks.
    if (!path.startsWith('/api/') && path.length > 1 && path.endsWith('/') && c.req.method === 'GET') {
      const url = new URL(c.req.url);
      const target = safeRedirectPath(url.pathname.replace(/\/+$/, '') + url.search);
      if (target) return c.redirect(target, 301);
    }
    return renderProblem(c, notFound());
  });
  app.onError(handleError);
  return app;
}
