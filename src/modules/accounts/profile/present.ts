import type { Executor } from '../../../core/db';
import { notFound } from '../../../core/errors';
import { exportPersonalData } from '../../../core/personal-data';
import { accountActivity, type Profile, profileById } from './queries';

/** The signed-in account as the API and the export show it. */
export function presentProfile(profile: Profile) {
  return {
    id: profile.id,
    email: profile.email,
    emailVerified: profile.emailVerified,
    name: profile.firstName,
    lastName: profile.lastName,
    postcode: profile.postcode,
    municipality: profile.municipalityCode
      ? { code: profile.municipalityCode, name: profile.municipalityName ?? '' }
      : null,
    locale: profile.locale,
    roles: profile.roles,
    memberships: profile.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      organisationType: m.organisationType,
      role: m.role,
    })),
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

/** The profile, or "not found" (the account went while the request ran). */
export async function existingProfile(db: Executor, accountId: string): Promise<Profile> {
  const profile = await profileById(db, accountId);
  if (!profile) throw notFound();
  return profile;
}

export const presentedProfile = async (db: Executor, accountId: string) =>
  presentProfile(await existingProfile(db, accountId));

/** Everything Samen holds about a person: the profile, its activity and every module's part. */
export async function exportAccount(db: Executor, profile: Profile) {
  const sections = await exportPersonalData(db, profile.id);
  return {
    exportedAt: new Date().toISOString(),
    explanation:
      'Alle gegevens die Samen over u bewaart (AVG, artikel 15). All data Samen holds about you (GDPR, article 15).',
    account: presentProfile(profile),
    ...(await accountActivity(db, profile.id)),
    ...sections,
  };
}
