import { audit } from '../../../core/audit';
import { burnPasswordCheck, hashToken, newToken, verifyPassword } from '../../../core/auth/secrets';
import type { AppContext } from '../../../core/context';
import { DomainError } from '../../../core/errors';
import { emailKey, LIMITS, limit } from '../limits';
import { credentialsByEmail } from '../queries';
import { deleteApiToken, deleteSession, insertApiToken, insertSession } from './queries';

export const API_TOKEN_DAYS = 30;

const invalidCredentials = () =>
  new DomainError('unauthenticated', 'problem.invalidCredentials.title', 'problem.invalidCredentials.detail');

/**
 * Checks e-mail and password. Every attempt counts against the limits, successful or not, so
 * guessing is slow however it is spread. Unknown addresses cost the same time as known ones.
 */
export async function checkCredentials(deps: AppContext, email: string, password: string, ip: string): Promise<string> {
  await limit(deps.db, `login:ip:${ip}`, LIMITS.loginPerIp);
  await limit(deps.db, `login:account:${emailKey(email)}`, LIMITS.loginPerAccount);
  const account = await credentialsByEmail(deps.db, email);
  if (!account) {
    await burnPasswordCheck(password);
    throw invalidCredentials();
  }
  if (!(await verifyPassword(account.passwordHash, password))) throw invalidCredentials();
  if (!account.verified) throw new DomainError('forbidden', 'problem.notVerified.title', 'problem.notVerified.detail');
  return account.id;
}

/** A fresh session id at every login (no session fixation); the previous one, if any, ends. */
export async function startSession(
  deps: AppContext,
  accountId: string,
  previousSessionHash: string | null,
): Promise<string> {
  const token = newToken();
  await deps.db.transaction(async (tx) => {
    if (previousSessionHash) await deleteSession(tx, previousSessionHash);
    await insertSession(tx, hashToken(token), accountId, deps.config.sessionTtlHours);
    await audit(tx, {
      actorAccountId: accountId,
      action: 'account.signedIn',
      subjectType: 'account',
      subjectId: accountId,
    });
  });
  return token;
}

export const endSession = (deps: AppContext, sessionHash: string) => deleteSession(deps.db, sessionHash);

export async function issueApiToken(
  deps: AppContext,
  accountId: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = await insertApiToken(deps.db, hashToken(token), accountId, API_TOKEN_DAYS);
  return { token, expiresAt };
}

export const revokeApiToken = (deps: AppContext, token: string) => deleteApiToken(deps.db, hashToken(token));
