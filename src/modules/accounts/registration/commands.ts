import { audit } from '../../../core/audit';
import { hashPassword, hashToken, newToken } from '../../../core/auth/secrets';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, DomainError } from '../../../core/errors';
import type { Locale } from '../../../core/i18n';
import { queueMail } from '../../../core/mail';
import { screenOrRefuse } from '../../screening';
import { emailKey, LIMITS, limit } from '../limits';
import { consumeLink, insertLink } from '../links';
import { resolvePostcode } from '../place';
import { accountIdByEmail, credentialsByEmail, insertAccount, markVerified } from '../queries';
import { verificationMail } from './mails';
import type { Registration } from './schemas';

const VERIFY_LINK_HOURS = 48;

async function sendVerification(
  tx: Executor,
  deps: AppContext,
  account: { id: string; email: string; firstName: string; locale: Locale },
) {
  const token = newToken();
  await insertLink(tx, hashToken(token), account.id, 'verify-email', VERIFY_LINK_HOURS);
  const url = `${deps.config.publicUrl}/account/bevestigen?token=${token}`;
  await queueMail(tx, {
    accountId: account.id,
    to: account.email,
    ...verificationMail(account.locale, account.firstName, url),
  });
}

/** A new account in the language it registered in; it cannot sign in until its address is confirmed. */
export async function register(deps: AppContext, input: Registration, ip: string, locale: Locale): Promise<string> {
  await limit(deps.db, `register:ip:${ip}`, LIMITS.registrationPerIp);
  // The first name is public: no contact details, abuse or trade in it.
  await screenOrRefuse(deps, { kind: 'profile-name', parts: { name: input.name } });
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
    await sendVerification(tx, deps, { id: accountId, email: input.email, firstName: input.name, locale });
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
    await sendVerification(tx, deps, { ...account, email });
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
