import { audit } from '../../../core/audit';
import { hashPassword, hashToken, newToken } from '../../../core/auth/secrets';
import type { AppContext } from '../../../core/context';
import { DomainError } from '../../../core/errors';
import { queueMail } from '../../../core/mail';
import { emailKey, LIMITS, limit } from '../limits';
import { consumeLink, insertLink, retireLinks } from '../links';
import { credentialsByEmail, markVerified, setPasswordHash } from '../queries';
import { deleteCredentialsOf } from '../sessions/queries';
import { passwordResetMail } from './mails';

const RESET_LINK_HOURS = 1;

/** Mails a link to choose a new password, in the account's language; the answer is the same for unknown addresses. */
export async function requestPasswordReset(deps: AppContext, email: string, ip: string): Promise<void> {
  await limit(deps.db, `reset:ip:${ip}`, LIMITS.resetPerIp);
  await limit(deps.db, `reset:account:${emailKey(email)}`, LIMITS.resetPerAccount);
  await deps.db.transaction(async (tx) => {
    const account = await credentialsByEmail(tx, email);
    if (!account) return; // the page says the same whether or not the address is known
    const token = newToken();
    await insertLink(tx, hashToken(token), account.id, 'reset-password', RESET_LINK_HOURS);
    const url = `${deps.config.publicUrl}/wachtwoord-herstellen?token=${token}`;
    await queueMail(tx, {
      accountId: account.id,
      to: email,
      ...passwordResetMail(account.locale, account.firstName, url),
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
