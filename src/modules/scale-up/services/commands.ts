import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { slugify } from '../../municipalities';
import type { ServiceStatus } from '../rules';
import { insertService, insertStep, slugTaken } from './queries';

export interface NewService {
  name: string;
  description: string;
  originInitiativeId?: string | null | undefined;
  operatorName: string;
  operatorOrganisationId?: string | null | undefined;
  status: ServiceStatus;
  standards?: { name: string; url?: string }[] | undefined;
  links?: { label: string; url: string }[] | undefined;
  steps: { title: string; explanation: string; checklist?: string[] | undefined }[];
}

/** The operator creates a national service with its learning path. */
export async function createService(deps: AppContext, actor: SignedIn, input: NewService): Promise<string> {
  authorize(actor, 'scaleUp.manage', {});
  return deps.db.transaction((tx) => addService(tx, actor.accountId, input));
}

/**
 * Writes a service and its steps inside the caller's transaction: the operator's createService,
 * or a portfolio decision "scale-up" (authorized by the board's policy) that makes one from the
 * initiative.
 */
export async function addService(tx: Executor, actorAccountId: string, input: NewService): Promise<string> {
  const base = slugify(input.name) || 'voorziening';
  let slug = base;
  for (let n = 2; await slugTaken(tx, slug); n++) slug = `${base}-${n}`;
  const id = await insertService(tx, {
    slug,
    name: input.name,
    description: input.description,
    originInitiativeId: input.originInitiativeId ?? null,
    operatorName: input.operatorName,
    operatorOrganisationId: input.operatorOrganisationId ?? null,
    status: input.status,
    standards: input.standards ?? [],
    links: input.links ?? [],
  });
  for (const [index, step] of input.steps.entries())
    await insertStep(tx, id, {
      position: index + 1,
      title: step.title,
      explanation: step.explanation,
      checklist: step.checklist ?? [],
    });
  await audit(tx, { actorAccountId, action: 'service.created', subjectType: 'service', subjectId: id });
  return id;
}
