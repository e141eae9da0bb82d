import { authorize, type SignedIn } from '../../../core/authz';
import type { Executor } from '../../../core/db';
import { notFound } from '../../../core/errors';
import { type Initiative, initiativeById } from './queries';

/** The initiative, or "not found": the first step of every command on one. */
export async function existingInitiative(db: Executor, id: string): Promise<Initiative> {
  const initiative = await initiativeById(db, id);
  if (!initiative) throw notFound('problem.initiativeNotFound');
  return initiative;
}

/** The initiative, for a member of its owner only (edit, phase, experiments, answers to advice). */
export async function initiativeToEdit(db: Executor, actor: SignedIn, id: string): Promise<Initiative> {
  const initiative = await existingInitiative(db, id);
  authorize(actor, 'initiative.edit', { ownerOrganisationId: initiative.ownerOrganisationId });
  return initiative;
}
