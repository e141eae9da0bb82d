import type { SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { initiativeForExperiments } from '../initiatives/access';
import { notifyParticipants } from '../updates/notify';
import { insertExperiment } from './queries';
import type { ExperimentInput } from './schemas';

/** Logs an experiment (hypothesis, measure, result, learning): members of the owner or of a co-developer. */
export async function addExperiment(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  input: ExperimentInput,
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const initiative = await initiativeForExperiments(tx, actor, id);
    const experimentId = await insertExperiment(tx, {
      initiativeId: id,
      municipalityCode: initiative.municipalityCode,
      hypothesis: input.hypothesis,
      measure: input.measure,
      result: input.result ?? '',
      learning: input.learning ?? '',
      heldOn: input.date,
      authorAccountId: actor.accountId,
    });
    const news = { kind: 'experiment', hypothesis: input.hypothesis } as const;
    await notifyParticipants(tx, deps, initiative, news, actor.accountId);
    return experimentId;
  });
}
