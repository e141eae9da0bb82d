import { definePolicies, type SignedIn } from '../../core/authz';

declare module '../../core/authz' {
  interface PolicyRegistry {
    /** submit an initiative on behalf of an organisation: a member of it */
    'initiative.create': { organisationId: string };
    /** edit, change phase, log experiments, answer advice: a member of the owning organisation */
    'initiative.edit': { ownerOrganisationId: string };
    /** follow, join or leave on behalf of an organisation: a member of that organisation */
    'initiative.participate': { organisationId: string };
    /** write advice: a member of the innovation panel */
    'initiative.advise': Record<string, never>;
  }
}

const memberOf = (actor: SignedIn, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId);

/** Who may do what in this module; registered by app.ts through the module contract. */
export const registerPolicies = () =>
  definePolicies({
    'initiative.create': (actor, { organisationId }) => memberOf(actor, organisationId),
    'initiative.edit': (actor, { ownerOrganisationId }) => memberOf(actor, ownerOrganisationId),
    'initiative.participate': (actor, { organisationId }) => memberOf(actor, organisationId),
    'initiative.advise': (actor) => actor.roles.includes('innovatiepanel'),
  });
