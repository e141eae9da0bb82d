import { authorize, type SignedIn } from '../../../core/authz';
import type { Executor } from '../../../core/db';
import { notFound } from '../../../core/errors';
import { participantsOf } from '../participation/queries';
import { type Initiative, initiativeById } from './queries';

/** The initiative, or "not found": the first step of every command on one. */
export async function existingInitiative(db: Executor, id: string): Promise<Initiative> {
  const initiative = await initiativeById(db, id);
  if (!initiative) throw notFound('problem.initiativeNotFound');
  return initiative;
}

/** The organisations that co-develop an initiative (not those that follow it). */
export async function coDeveloperOrganisationIds(db: Executor, id: string): Promise<string[]> {
  return (await participantsOf(db, id)).filter((p) => p.role === 'co-developer').map((p) => p.organisationId);
}

/** The initiative, for members of its owner and of its co-developers: they log its experiments. */
export async function initiativeForExperiments(db: Executor, actor: SignedIn, id: string): Promise<Initiative> {
  const initiative = await existingInitiative(db, id);
  authorize(actor, 'initiative.logExperiment', {
    ownerOrganisationId: initiative.ownerOrganisationId,
    coDeveloperOrganisationIds: await coDeveloperOrganisationIds(db, id),
  });
  return initiative;
}

/** The initiative, for a member of its owner only (edit, phase, answers to advice). */
export async function initiativeToEdit(db: Executor, actor: SignedIn, id: string): Promise<Initiative> {
  const initiative = await existingInitiative(db, id);
  authorize(actor, 'initiative.edit', { ownerOrganisationId: initiative.ownerOrganisationId });
  return initiative;
}
