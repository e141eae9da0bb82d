import { exportPersonalData } from '../../core/personal-data';
import type { Profile } from './queries';
import { accountActivity } from './queries';
import type { Executor } from '../../core/db';

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
