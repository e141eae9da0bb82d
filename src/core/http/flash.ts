import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './env';

const COOKIE = 'samen_melding';

/**
 * A one-time message shown on the page a redirect leads to (Post/Redirect/Get). Only a catalogue
 * key travels in the cookie, and only keys under "flash." are shown, so it can't inject text.
 */
export function setFlash(c: Context<AppEnv>, key: `flash.${string}`): void {
  setCookie(c, COOKIE, key, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.config.secureCookies,
    maxAge: 60,
  });
}

export const flashMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = getCookie(c, COOKIE);
  c.set('flash', undefined);
  if (key && c.req.method === 'GET') {
    deleteCookie(c, COOKIE, { path: '/' });
    if (/^flash\.[a-zA-Z.]+$/.test(key)) c.set('flash', c.var.t(key));
  }
  await next();
};
