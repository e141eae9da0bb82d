import { type Actor, isOfficialOf, isOperator } from '../../core/authz';
import { forbidden, unauthorized } from '../../core/errors';
import type { Audience } from './report/load';

/**
 * Who may read a marketplace's report, and which version: its beheerders everything; officials of
 * that municipality and the platform operator the protected figures; anyone else nothing.
 */
export function audienceOf(
  actor: Actor,
  marketplace: { municipalityCode: string; operatorOrganisationId: string },
): Audience {
  if (actor.kind !== 'account') throw unauthorized();
  const isBeheerder = actor.memberships.some(
    (m) => m.organisationId === marketplace.operatorOrganisationId && m.role === 'beheerder',
  );
  if (isBeheerder) return 'full';
  if (isOperator(actor) || isOfficialOf(actor, marketplace.municipalityCode)) return 'protected';
  throw forbidden('reports.problem.forbidden');
}

/** May set the report's settings (the social value per match): the marketplace's beheerders and the operator. */
export function mayChangeSettings(actor: Actor, marketplace: { operatorOrganisationId: string }): boolean {
  if (actor.kind !== 'account') return false;
  return (
    isOperator(actor) ||
    actor.memberships.some((m) => m.organisationId === marketplace.operatorOrganisationId && m.role === 'beheerder')
  );
}

/** The national figures: the platform operator only. */
export function assertOperator(actor: Actor): void {
  if (actor.kind !== 'account') throw unauthorized();
  if (!isOperator(actor)) throw forbidden('reports.problem.operatorOnly');
}
