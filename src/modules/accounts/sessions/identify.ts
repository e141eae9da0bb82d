import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { anonymous } from '../../../core/authz';
import { hashToken } from '../../../core/auth/secrets';
import type { AppEnv } from '../../../core/http/env';
import { actorByApiToken, actorBySession } from './queries';

export const SESSION_COOKIE = 'samen_sessie';

/**
 * Finds out who is asking. The API accepts only bearer tokens (so a cookie can never be used
 * against it from another site); pages use the session cookie.
 */
export const identify: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', anonymous);
  c.set('sessionHash', null);
  const { db } = c.var.deps;
  if (c.req.path.startsWith('/api/')) {
    const header = c.req.header('authorization');
    const match = header?.match(/^Bearer\s+([A-Za-z0-9_-]{20,200})$/);
    if (match?.[1]) {
      const actor = await actorByApiToken(db, hashToken(match[1]));
      if (actor) c.set('actor', actor);
    }
  } else {
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 200) {
      const sessionHash = hashToken(token);
      const actor = await actorBySession(db, sessionHash);
      if (actor) {
        c.set('actor', actor);
        c.set('sessionHash', sessionHash);
      }
    }
  }
  await next();
};
