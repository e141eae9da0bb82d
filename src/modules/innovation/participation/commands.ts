import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { conflict, notFound } from '../../../core/errors';
import { gemeenteOrganisationOf, type Organisation, organisationById } from '../../organisations';
import { existingInitiative } from '../initiatives/access';
import { notifyParticipants } from '../updates/notify';
import type { ParticipantRole } from '../vocabulary';
import { deleteParticipant, insertParticipant } from './queries';

/** Joins on behalf of a municipality (its gemeente organisation) or another organisation. */
export async function joinInitiative(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  input: { municipality?: string | undefined; organisation?: string | undefined; role: ParticipantRole },
  options: { joinedAt?: string; contactAccountId?: string | null } = {},
): Promise<Organisation> {
  return deps.db.transaction(async (tx) => {
    const initiative = await existingInitiative(tx, id);
    const organisation = input.organisation
      ? await organisationById(tx, input.organisation)
      : await gemeenteOrganisationOf(tx, input.municipality as string);
    if (!organisation)
      throw notFound(input.organisation ? 'problem.organisationNotFound' : 'problem.gemeenteNotOnSamen');
    authorize(actor, 'initiative.participate', { organisationId: organisation.id });
    if (organisation.id === initiative.ownerOrganisationId) throw conflict('problem.ownerCannotJoin');
    const joined = await insertParticipant(tx, {
      initiativeId: id,
      organisationId: organisation.id,
      municipalityCode: organisation.municipalityCode,
      role: input.role,
      contactAccountId: options.contactAccountId === undefined ? actor.accountId : options.contactAccountId,
      joinedAt: options.joinedAt,
    });
    if (!joined) throw conflict('problem.alreadyParticipant');
    const news = { kind: 'joined', organisation: organisation.name, role: input.role } as const;
    await notifyParticipants(tx, deps, initiative, news, actor.accountId);
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: `initiative.joined.${input.role}`,
      subjectType: 'initiative',
      subjectId: id,
      municipalityCode: organisation.municipalityCode,
    });
    return organisation;
  });
}

/** Leaves on behalf of one's own organisation only. */
export async function leaveInitiative(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  organisationId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const initiative = await existingInitiative(tx, id);
    authorize(actor, 'initiative.participate', { organisationId });
    if (!(await deleteParticipant(tx, id, organisationId))) throw notFound('problem.notParticipant');
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'initiative.left',
      subjectType: 'initiative',
      subjectId: id,
      municipalityCode: initiative.municipalityCode,
    });
  });
}
