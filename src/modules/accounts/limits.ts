import { hashToken } from '../../core/auth/secrets';
import type { Executor } from '../../core/db';
import { tooManyRequests } from '../../core/errors';
import { hitRateLimit, type RateLimit } from '../../core/rate-limit';

/** Limits per the issue: the 11th login attempt in a minute is refused, by address and by IP. */
export const LIMITS = {
  loginPerIp: { limit: 10, windowSeconds: 60 },
  loginPerAccount: { limit: 10, windowSeconds: 60 },
  registrationPerIp: { limit: 10, windowSeconds: 600 },
  resetPerIp: { limit: 10, windowSeconds: 3600 },
  resetPerAccount: { limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimit>;

/** Counts an attempt; refuses it (429) once the rule's limit is reached. */
export async function limit(db: Executor, key: string, rule: RateLimit): Promise<void> {
  const result = await hitRateLimit(db, key, rule);
  if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
}

/** Rate-limit keys never hold an address in the clear. */
export const emailKey = (email: string) => hashToken(email.toLowerCase());
