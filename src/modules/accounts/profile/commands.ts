import { audit } from '../../../core/audit';
import { verifyPassword } from '../../../core/auth/secrets';
import type { AppContext } from '../../../core/context';
import { forgetPersonalData } from '../../../core/personal-data';
import { screenOrRefuse } from '../../screening';
import { LIMITS, limit } from '../limits';
import { resolvePostcode } from '../place';
import { credentialsByEmail } from '../queries';
import { deleteAccountRow, profileById, updateProfileRow } from './queries';
import type { ProfileChange } from './schemas';

export async function updateProfile(deps: AppContext, accountId: string, change: ProfileChange): Promise<void> {
  // The first name is public: no contact details, abuse or trade in it.
  if (change.name !== undefined) await screenOrRefuse(deps, { kind: 'profile-name', parts: { name: change.name } });
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

/** Removes the account; every module forgets or anonymises its part in the same transaction. */
export async function deleteAccount(deps: AppContext, accountId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const profile = await profileById(tx, accountId);
    if (!profile) return;
    await forgetPersonalData(tx, accountId);
    await deleteAccountRow(tx, accountId, profile.email);
    await audit(tx, { actorAccountId: null, action: 'account.deleted', subjectType: 'account', subjectId: accountId });
  });
}

/** Whether the password is this account's (before deleting it); counts as a login attempt. */
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
