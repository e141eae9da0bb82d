import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { hmac, newToken, safeEqual } from '../auth/secrets';
import type { AppEnv } from './env';
import { DomainError } from '../errors';

const ANONYMOUS_COOKIE = 'samen_csrf';

/**
 * Paths whose POST is authorised by a signed token in the URL, not by a cookie — the one-click
 * unsubscribe of RFC 8058, which a mail provider posts without any session. A cross-site request
 * gains nothing there that the link itself does not already give.
 */
const tokenAuthorisedPaths = new Set<RegExp>();
export function exemptFromCsrf(path: RegExp): void {
  tokenAuthorisedPaths.add(path);
}
const isTokenAuthorised = (path: string) => [...tokenAuthorisedPaths].some((pattern) => pattern.test(path));

/**
 * Synchroniser token for every form: an HMAC of the session (or, before login, of a random
 * cookie). A POST without the right token is refused and changes nothing. The API is exempt:
 * it authenticates with bearer tokens only, which a browser never sends by itself.
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { config } = c.var.deps;
  let binding = c.var.sessionHash;
  if (!binding) {
    binding = getCookie(c, ANONYMOUS_COOKIE) ?? null;
    if (!binding || binding.length > 100) {
      binding = newToken();
      setCookie(c, ANONYMOUS_COOKIE, binding, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        secure: config.secureCookies,
      });
    }
  }
  const expected = hmac(config.sessionSecret, `csrf:${binding}`);
  c.set('csrfToken', expected);

  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
  if (unsafe && !c.req.path.startsWith('/api/') && !isTokenAuthorised(c.req.path)) {
    const contentType = c.req.header('content-type') ?? '';
    const body = contentType.includes('form') ? await c.req.parseBody({ all: true }) : {};
    const given = typeof body._csrf === 'string' ? body._csrf : '';
    if (!safeEqual(given, expected)) throw new DomainError('forbidden', 'problem.csrf.title', 'problem.csrf.detail');
  }
  await next();
};
