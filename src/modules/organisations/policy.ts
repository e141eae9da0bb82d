import { definePolicies } from '../../core/authz';

declare module '../../core/authz' {
  interface PolicyRegistry {
    /** create an organisation: the platform operator only */
    'organisation.create': Record<string, never>;
    /** add or change members: a beheerder of that organisation */
    'organisation.manageMembers': { organisationId: string };
  }
}

/** Who may do what in this module; registered by app.ts through the module contract. */
export const registerPolicies = () =>
  definePolicies({
    'organisation.create': () => false,
    'organisation.manageMembers': (actor, { organisationId }) =>
      actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'beheerder'),
  });
