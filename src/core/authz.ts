import { forbidden, unauthorized } from './errors';

export type PlatformRole = 'netwerkbeheer' | 'innovatiepanel' | 'portfolioboard';
export type OrganisationType =
  | 'gemeente'
  | 'welzijnsorganisatie'
  | 'vrijwilligerscentrale'
  | 'zorgaanbieder'
  | 'sociaal-ondernemer'
  | 'kennisinstelling'
  | 'landelijk';
export type MembershipRole = 'medewerker' | 'beheerder';

export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  municipalityCode: string | null;
  role: MembershipRole;
}

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: string;
      firstName: string;
      locale: 'nl' | 'en';
      municipalityCode: string | null;
      roles: readonly PlatformRole[];
      memberships: readonly Membership[];
    };

export type SignedIn = Extract<Actor, { kind: 'account' }>;
export const anonymous: Actor = Object.freeze({ kind: 'anonymous' });

/**
 * Every action a module guards, with the resource it is checked against. Modules add their own
 * actions by augmenting this interface, so `authorize` is type-checked end to end.
 */
// biome-ignore lint: augmented by modules
export interface PolicyRegistry {}

type Policy<R> = (actor: SignedIn, resource: R) => boolean;
const policies = new Map<string, Policy<never>>();

/** Actions the platform operator does not get by being the operator: taking part in someone's private conversation. */
const personal = new Set<string>();

export function definePolicies<A extends keyof PolicyRegistry>(
  entries: { [K in A]: Policy<PolicyRegistry[K]> },
  options: { personal?: readonly (keyof PolicyRegistry)[] } = {},
): void {
  for (const [action, policy] of Object.entries(entries)) policies.set(action, policy as Policy<never>);
  for (const action of options.personal ?? []) personal.add(action as string);
}

/** An official: a member of the municipality's own organisation (type gemeente). */
export const isOfficialOf = (actor: SignedIn, municipalityCode: string) =>
  actor.memberships.some((m) => m.organisationType === 'gemeente' && m.municipalityCode === municipalityCode);

export function isOperator(actor: Actor): boolean {
  return actor.kind === 'account' && actor.roles.includes('netwerkbeheer');
}

/** True when the actor may do `action` on `resource`; the platform operator may do everything. */
export function can<A extends keyof PolicyRegistry>(actor: Actor, action: A, resource: PolicyRegistry[A]): boolean {
  if (actor.kind !== 'account') return false;
  if (isOperator(actor) && !personal.has(action as string)) return true;
  const policy = policies.get(action as string) as Policy<PolicyRegistry[A]> | undefined;
  if (!policy) throw new Error(`No policy for action "${String(action)}"`);
  return policy(actor, resource);
}

/** Throws 401 for anonymous actors and 403 when the policy says no. */
export function authorize<A extends keyof PolicyRegistry>(
  actor: Actor,
  action: A,
  resource: PolicyRegistry[A],
): asserts actor is SignedIn {
  if (actor.kind !== 'account') throw unauthorized();
  if (!can(actor, action, resource)) throw forbidden();
}

export function requireSignedIn(actor: Actor): asserts actor is SignedIn {
  if (actor.kind !== 'account') throw unauthorized();
}
