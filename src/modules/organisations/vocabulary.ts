import type { MembershipRole, OrganisationType } from '../../core/authz';

/** The kinds of organisation on Samen (core/authz names them as a type; these are its values). */
export const ORGANISATION_TYPES = [
  'gemeente',
  'welzijnsorganisatie',
  'vrijwilligerscentrale',
  'zorgaanbieder',
  'sociaal-ondernemer',
  'kennisinstelling',
  'landelijk',
] as const satisfies readonly OrganisationType[];

export const MEMBERSHIP_ROLES = ['medewerker', 'beheerder'] as const satisfies readonly MembershipRole[];
