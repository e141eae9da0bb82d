import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../../core/http/env';
import { SESSION_COOKIE } from './identify';

/** The session cookie: HttpOnly, SameSite=Lax, Secure behind TLS, as long as the session lasts. */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  const { config } = c.var.deps;
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    maxAge: config.sessionTtlHours * 3600,
  });
}

export const clearSessionCookie = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/' });
