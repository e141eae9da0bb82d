import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { screenOrRefuse } from '../../screening';
import { existingInitiative, initiativeToEdit } from '../initiatives/access';
import { notifyParticipants } from '../updates/notify';
import { insertAdvice, setAdviceResponse } from './queries';

/** Advice on an initiative; members of the innovation panel only. */
export async function addAdvice(deps: AppContext, actor: SignedIn, id: string, body: string): Promise<string> {
  authorize(actor, 'initiative.advise', {});
  await screenOrRefuse(deps, { kind: 'advice', parts: { body } });
  return deps.db.transaction(async (tx) => {
    const initiative = await existingInitiative(tx, id);
    const adviceId = await insertAdvice(tx, {
      initiativeId: id,
      municipalityCode: initiative.municipalityCode,
      authorAccountId: actor.accountId,
      authorName: actor.firstName,
      body,
    });
    await notifyParticipants(tx, deps, initiative, { kind: 'advice' }, actor.accountId);
    return adviceId;
  });
}

/** The owner's answer to advice; members of the owner only. */
export async function respondToAdvice(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  adviceId: string,
  response: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await initiativeToEdit(tx, actor, id);
    await screenOrRefuse(deps, { kind: 'advice', parts: { response } }, tx);
    if (!(await setAdviceResponse(tx, id, adviceId, response))) throw notFound('problem.adviceNotFound');
  });
}
