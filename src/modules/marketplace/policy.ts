import { definePolicies, type SignedIn } from '../../core/authz';

declare module '../../core/authz' {
  interface PolicyRegistry {
    /** launch a marketplace: the platform operator only */
    'marketplace.launch': Record<string, never>;
    /** moderate and see personal data of a marketplace: a beheerder of its operating organisation */
    'marketplace.manage': { operatorOrganisationId: string };
    /** post on behalf of a client or an organisation: a member of that organisation */
    'post.onBehalfOf': { organisationId: string };
    /** change, withdraw, close or accept on a post: its author */
    'post.own': { authorAccountId: string | null };
    /** read and write in a conversation: one of its two parties */
    'conversation.take-part': { posterAccountId: string | null; responderAccountId: string | null };
  }
}

const isBeheerderOf = (actor: SignedIn, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'beheerder');

/** Who may do what in this module; registered by app.ts through the module contract. */
export const registerPolicies = () =>
  definePolicies(
    {
      'marketplace.launch': () => false,
      'marketplace.manage': (actor, { operatorOrganisationId }) => isBeheerderOf(actor, operatorOrganisationId),
      'post.onBehalfOf': (actor, { organisationId }) =>
        actor.memberships.some((m) => m.organisationId === organisationId),
      'post.own': (actor, { authorAccountId }) => authorAccountId === actor.accountId,
      'conversation.take-part': (actor, { posterAccountId, responderAccountId }) =>
        actor.accountId === posterAccountId || actor.accountId === responderAccountId,
    },
    // A conversation is private to its two parties: the operator reads one only as a beheerder does
    // (reported, audited) and never writes in it.
    { personal: ['conversation.take-part'] },
  );
