import { forgetPersonalData } from '../../core/personal-data';
import { audit } from '../../core/audit';
import { burnPasswordCheck, hashPassword, hashToken, newToken, verifyPassword } from '../../core/auth/secrets';
import type { Executor } from '../../core/db';
import type { AppContext } from '../../core/context';
import { badRequest, conflict, DomainError, tooManyRequests } from '../../core/errors';
import { queueMail } from '../../core/mail';
import { hitRateLimit, type RateLimit } from '../../core/rate-limit';
import { postcodeLookup } from '../municipalities';
import { passwordResetMail, verificationMail } from './mails';
import {
  accountIdByEmail,
  consumeLink,
  retireLinks,
  credentialsByEmail,
  deleteApiToken,
  deleteCredentialsOf,
  deleteAccountRow,
  deleteSession,
  insertAccount,
  insertApiToken,
  insertLink,
  insertSession,
  markVerified,
  profileById,
  setPasswordHash,
  updateProfileRow,
} from './queries';
import type { ProfileChange, Registration } from './schemas';

/** Limits per the issue: the 11th login attempt in a minute is refused, by address and by IP. */
export const LIMITS = {
  loginPerIp: { limit: 10, windowSeconds: 60 },
  loginPerAccount: { limit: 10, windowSeconds: 60 },
  registrationPerIp: { limit: 10, windowSeconds: 600 },
  resetPerIp: { limit: 10, windowSeconds: 3600 },
  resetPerAccount: { limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimit>;

const VERIFY_LINK_HOURS = 48;
const RESET_LINK_HOURS = 1;
export const API_TOKEN_DAYS = 30;

async function limit(db: Executor, key: string, rule: RateLimit): Promise<void> {
  const result = await hitRateLimit(db, key, rule);
  if (!result.allowed) throw tooManyRequests(result.retryAfterSeconds);
}

/** Rate-limit keys never hold an address in the clear. */
const emailKey = (email: string) => hashToken(email.toLowerCase());

async function resolvePostcode(db: Executor, postcode: string | null | undefined, field = 'postcode') {
  if (!postcode) return { postcode: null, municipalityCode: null };
  const found = await postcodeLookup(db, postcode);
  if (!found)
    throw badRequest('problem.badRequest.detail', [
      { name: field, reason: 'validation.postcodeUnknown', params: { pc4: postcode } },
    ]);
  return { postcode: found.pc4, municipalityCode: found.municipalityCode };
}

async function sendVerification(db: Executor, deps: AppContext, accountId: string, email: string, firstName: string) {
  const token = newToken();
  await insertLink(db, hashToken(token), accountId, 'verify-email', VERIFY_LINK_HOURS);
  await queueMail(db, {
    accountId,
    to: email,
    ...verificationMail(firstName, `${deps.config.publicUrl}/account/bevestigen?token=${token}`),
  });
}

export async function register(
  deps: AppContext,
  input: Registration,
  ip: string,
  locale: 'nl' | 'en',
): Promise<string> {
  await limit(deps.db, `register:ip:${ip}`, LIMITS.registrationPerIp);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    if (await accountIdByEmail(tx, input.email)) throw conflict('problem.emailTaken');
    const place = await resolvePostcode(tx, input.postcode);
    const accountId = await insertAccount(tx, {
      email: input.email,
      passwordHash,
      firstName: input.name,
      lastName: input.lastName ?? null,
      ...place,
      locale,
    });
    await sendVerification(tx, deps, accountId, input.email, input.name);
    await audit(tx, {
      actorAccountId: accountId,
      action: 'account.registered',
      subjectType: 'account',
      subjectId: accountId,
    });
    return accountId;
  });
}

export async function resendVerification(deps: AppContext, email: string, ip: string): Promise<void> {
  await limit(deps.db, `reset:ip:${ip}`, LIMITS.resetPerIp);
  await limit(deps.db, `verify:account:${emailKey(email)}`, LIMITS.resetPerAccount);
  await deps.db.transaction(async (tx) => {
    const account = await credentialsByEmail(tx, email);
    if (!account || account.verified) return; // same answer either way: nothing to learn from it
    await sendVerification(tx, deps, account.id, email, account.firstName);
  });
}

export async function verifyEmail(deps: AppContext, token: string): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const accountId = await consumeLink(tx, hashToken(token), 'verify-email');
    if (!accountId) throw new DomainError('invalid', 'problem.linkInvalid.title', 'problem.linkInvalid.detail');
    await markVerified(tx, accountId);
    await audit(tx, {
      actorAccountId: accountId,
      action: 'account.verified',
      subjectType: 'account',
      subjectId: accountId,
    });
    return accountId;
  });
}

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
    throw new DomainError('unauthenticated', 'problem.invalidCredentials.title', 'problem.invalidCredentials.detail');
  }
  if (!(await verifyPassword(account.passwordHash, password))) {
    throw new DomainError('unauthenticated', 'problem.invalidCredentials.title', 'problem.invalidCredentials.detail');
  }
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

export async function requestPasswordReset(deps: AppContext, email: string, ip: string): Promise<void> {
  await limit(deps.db, `reset:ip:${ip}`, LIMITS.resetPerIp);
  await limit(deps.db, `reset:account:${emailKey(email)}`, LIMITS.resetPerAccount);
  await deps.db.transaction(async (tx) => {
    const account = await credentialsByEmail(tx, email);
    if (!account) return; // the page says the same whether or not the address is known
    const token = newToken();
    await insertLink(tx, hashToken(token), account.id, 'reset-password', RESET_LINK_HOURS);
    await queueMail(tx, {
      accountId: account.id,
      to: email,
      ...passwordResetMail(account.firstName, `${deps.config.publicUrl}/wachtwoord-herstellen?token=${token}`),
    });
  });
}

/** A new password ends every session and token; following the link also proves the address. */
export async function resetPassword(deps: AppContext, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    const accountId = await consumeLink(tx, hashToken(token), 'reset-password');
    if (!accountId) throw new DomainError('invalid', 'problem.linkInvalid.title', 'problem.linkInvalid.detail');
    await retireLinks(tx, accountId, 'reset-password');
    await setPasswordHash(tx, accountId, passwordHash);
    await markVerified(tx, accountId);
    await deleteCredentialsOf(tx, accountId);
    await audit(tx, {
      actorAccountId: accountId,
      action: 'account.passwordReset',
      subjectType: 'account',
      subjectId: accountId,
    });
  });
}

export async function updateProfile(deps: AppContext, accountId: string, change: ProfileChange): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const place = change.postcode === undefined ? undefined : await resolvePostcode(tx, change.postcode);
    await updateProfileRow(tx, accountId, {
      firstName: change.name,
      lastName: change.lastName === undefined ? undefined : (change.lastName ?? null),
      postcode: place?.postcode,
      municipalityCode: place?.municipalityCode,
      locale: change.locale,
    });
    await audit(tx, {
      actorAccountId: accountId,
      action: 'account.profileUpdated',
      subjectType: 'account',
      subjectId: accountId,
    });
  });
}

export async function deleteAccount(deps: AppContext, accountId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const profile = await profileById(tx, accountId);
    if (!profile) return;
    await forgetPersonalData(tx, accountId);
    await deleteAccountRow(tx, accountId, profile.email);
    await audit(tx, { actorAccountId: null, action: 'account.deleted', subjectType: 'account', subjectId: accountId });
  });
}

export async function confirmPassword(
  deps: AppContext,
  accountId: string,
  email: string,
  password: string,
  ip: string,
): Promise<boolean> {
  await limit(deps.db, `login:ip:${ip}`, LIMITS.loginPerIp);
  const account = await credentialsByEmail(deps.db, email);
  return !!account && account.id === accountId && (await verifyPassword(account.passwordHash, password));
}
