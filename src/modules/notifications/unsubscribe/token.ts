import { hmac, safeEqual } from '../../../core/auth/secrets';

/**
 * The signed token in every mail's unsubscribe link: who, which kind ('*' = all mail) and until
 * when it works. Nothing secret is in it; the signature makes it unforgeable, so the one-click
 * POST needs no login (RFC 8058).
 */
export interface UnsubscribeClaim {
  accountId: string;
  kind: string;
  /** the last day it works, as a Unix time in seconds */
  expires: number;
}

/** A link in a mail that is half a year old should still work. */
export const UNSUBSCRIBE_VALID_DAYS = 180;

const PURPOSE = 'unsubscribe';

export function signUnsubscribe(secret: string, accountId: string, kind: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_VALID_DAYS * 86_400;
  const payload = Buffer.from(JSON.stringify({ a: accountId, k: kind, e: expires })).toString('base64url');
  return `${payload}.${hmac(secret, `${PURPOSE}:${payload}`)}`;
}

export type TokenCheck = { ok: true; claim: UnsubscribeClaim } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyUnsubscribe(secret: string, token: string, now: Date): TokenCheck {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0 || token.length > 600) return { ok: false, reason: 'invalid' };
  if (!safeEqual(signature, hmac(secret, `${PURPOSE}:${payload}`))) return { ok: false, reason: 'invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const { a, k, e } = (parsed ?? {}) as { a?: unknown; k?: unknown; e?: unknown };
  if (typeof a !== 'string' || typeof k !== 'string' || typeof e !== 'number') return { ok: false, reason: 'invalid' };
  if (e * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claim: { accountId: a, kind: k, expires: e } };
}
