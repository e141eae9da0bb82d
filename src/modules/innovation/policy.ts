import { definePolicies, type SignedIn } from '../../core/authz';

declare module '../../core/authz' {
  interface PolicyRegistry {
    /** submit an initiative on behalf of an organisation: a member of it */
    'initiative.create': { organisationId: string };
    /** edit, change phase, answer advice: a member of the owning organisation */
    'initiative.edit': { ownerOrganisationId: string };
    /** log experiments: a member of the owning organisation or of a co-developing one */
    'initiative.logExperiment': { ownerOrganisationId: string; coDeveloperOrganisationIds: readonly string[] };
    /** follow, join or leave on behalf of an organisation: a member of that organisation */
    'initiative.participate': { organisationId: string };
    /** write advice: a member of the innovation panel */
    'initiative.advise': Record<string, never>;
    /** "Neem contact op" with an initiative's contact person: someone who works for an organisation */
    'initiative.contact': Record<string, never>;
    /** read and write in a conversation about an initiative: one of its two parties */
    'initiativeConversation.take-part': { starterAccountId: string | null; ownerAccountId: string | null };
  }
}

const memberOf = (actor: SignedIn, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId);

/** Who may do what in this module; registered by app.ts through the module contract. */
export const registerPolicies = () =>
  definePolicies(
    {
      'initiative.create': (actor, { organisationId }) => memberOf(actor, organisationId),
      'initiative.edit': (actor, { ownerOrganisationId }) => memberOf(actor, ownerOrganisationId),
      'initiative.logExperiment': (actor, { ownerOrganisationId, coDeveloperOrganisationIds }) =>
        [ownerOrganisationId, ...coDeveloperOrganisationIds].some((id) => memberOf(actor, id)),
      'initiative.participate': (actor, { organisationId }) => memberOf(actor, organisationId),
      'initiative.advise': (actor) => actor.roles.includes('innovatiepanel'),
      'initiative.contact': (actor) => actor.memberships.length > 0,
      'initiativeConversation.take-part': (actor, { starterAccountId, ownerAccountId }) =>
        actor.accountId === starterAccountId || actor.accountId === ownerAccountId,
    },
    // A conversation is private to its two parties: the operator neither reads nor starts one as the operator.
    { personal: ['initiative.contact', 'initiativeConversation.take-part'] },
  );
