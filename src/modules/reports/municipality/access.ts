import { type Actor, isOfficialOf, isOperator } from '../../../core/authz';
import { forbidden, unauthorized } from '../../../core/errors';

/** A municipality's figures: its officials, the beheerders of its marketplace, and the operator. */
export function assertMayReadMunicipality(
  actor: Actor,
  municipalityCode: string,
  marketplaceOperator: string | null,
): void {
  if (actor.kind !== 'account') throw unauthorized();
  const beheerder = actor.memberships.some((m) => m.organisationId === marketplaceOperator && m.role === 'beheerder');
  if (!isOperator(actor) && !isOfficialOf(actor, municipalityCode) && !beheerder)
    throw forbidden('reports.problem.municipalityOnly');
}
