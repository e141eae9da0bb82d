import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { badRequest, DomainError, type InvalidParam, invalidField, notFound } from '../../../core/errors';
import { municipalityByCode } from '../../municipalities';
import { type Organisation, organisationById } from '../../organisations';
import { screenOrRefuse } from '../../screening';
import { indexInitiativeTerms, refreshNeighbours } from '../similarity/similarity';
import { notifyParticipants } from '../updates/notify';
import type { Phase } from '../vocabulary';
import { initiativeToEdit } from './access';
import { initiativeById, insertInitiative, insertPhase, updateInitiativeFields } from './queries';
import { canMoveToPhase, mayOwnInitiatives, salesPitchSignals } from './rules';
import type { InitiativeChange, InitiativeInput } from './schemas';

const today = (deps: AppContext) => deps.clock.now().toISOString().slice(0, 10);

/** Refuses sales pitches field by field, so the message says where the price or "demo" is. */
function refuseSalesPitch(fields: Record<string, string | undefined>): void {
  const invalid: InvalidParam[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const signals = value ? salesPitchSignals([value]) : [];
    if (signals.length > 0)
      invalid.push({ name, reason: 'validation.salesPitch', params: { found: signals.join(', ') } });
  }
  if (invalid.length > 0) throw badRequest('problem.salesPitch', invalid);
}

const writtenFields = (input: InitiativeInput | InitiativeChange) => ({
  title: input.title,
  summary: input.summary,
  goal: input.goal,
  benefit: input.benefit,
  approach: input.approach,
  milestones: input.milestones,
  results: input.results,
});

/** The organisation that owns a new initiative: the one named, or the person's own (their municipality first). */
async function ownerOrganisation(db: Executor, actor: SignedIn, input: InitiativeInput): Promise<Organisation> {
  if (input.organisation) {
    const named = await organisationById(db, input.organisation);
    if (!named) throw invalidField('organisation', 'validation.organisationUnknown');
    return named;
  }
  const eligible = actor.memberships.filter((m) => mayOwnInitiatives(m.organisationType));
  const preferred =
    eligible.find(
      (m) =>
        m.organisationType === 'gemeente' &&
        (!input.ownerMunicipality || m.municipalityCode === input.ownerMunicipality),
    ) ?? eligible[0];
  if (!preferred) throw new DomainError('forbidden', 'problem.forbidden.title', 'problem.initiativeNeedsOrganisation');
  const own = await organisationById(db, preferred.organisationId);
  if (!own) throw notFound();
  return own;
}

/** Which organisation owns a new initiative, and for which municipality. */
async function resolveOwner(
  db: Executor,
  actor: SignedIn,
  input: InitiativeInput,
): Promise<{ organisation: Organisation; municipalityCode: string }> {
  const organisation = await ownerOrganisation(db, actor, input);
  authorize(actor, 'initiative.create', { organisationId: organisation.id });
  if (!mayOwnInitiatives(organisation.type)) throw invalidField('organisation', 'validation.ownerCommercial');
  if (organisation.type === 'gemeente') {
    if (input.ownerMunicipality && input.ownerMunicipality !== organisation.municipalityCode) {
      throw invalidField('ownerMunicipality', 'validation.ownerMunicipalityMismatch');
    }
    return { organisation, municipalityCode: organisation.municipalityCode as string };
  }
  // A non-municipal owner names the municipality the initiative belongs to.
  if (!input.ownerMunicipality) throw invalidField('ownerMunicipality', 'validation.ownerMunicipalityRequired');
  if (!(await municipalityByCode(db, input.ownerMunicipality))) {
    throw invalidField('ownerMunicipality', 'validation.municipalityUnknown');
  }
  return { organisation, municipalityCode: input.ownerMunicipality };
}

/** Seeding and imports pass history and a contact explicitly; people get today and themselves. */
export interface CreateOptions {
  createdAt?: string;
  phaseHistory?: { phase: Phase; date: string }[];
  contactAccountId?: string | null;
}

export async function createInitiative(
  deps: AppContext,
  actor: SignedIn,
  input: InitiativeInput,
  options: CreateOptions = {},
): Promise<string> {
  refuseSalesPitch(writtenFields(input));
  await screenOrRefuse(deps, { kind: 'initiative', parts: writtenFields(input) });
  return deps.db.transaction(async (tx) => {
    const owner = await resolveOwner(tx, actor, input);
    const id = await insertInitiative(tx, {
      type: input.type,
      title: input.title,
      summary: input.summary,
      goal: input.goal,
      benefit: input.benefit ?? '',
      approach: input.approach ?? '',
      milestones: input.milestones ?? '',
      results: input.results ?? '',
      themes: [...new Set(input.themes)],
      phase: input.phase,
      seeks: [...new Set(input.seeks)],
      municipalityCode: owner.municipalityCode,
      ownerOrganisationId: owner.organisation.id,
      contactAccountId: options.contactAccountId === undefined ? actor.accountId : options.contactAccountId,
      createdAt: options.createdAt,
    });
    const history = options.phaseHistory ?? [
      { phase: input.phase, date: options.createdAt?.slice(0, 10) ?? today(deps) },
    ];
    for (const step of history) await insertPhase(tx, id, owner.municipalityCode, step.phase, step.date);
    await indexInitiativeTerms(tx, id, true);
    await refreshNeighbours(tx, { id, title: input.title, summary: input.summary, themes: input.themes });
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'initiative.created',
      subjectType: 'initiative',
      subjectId: id,
      municipalityCode: owner.municipalityCode,
    });
    return id;
  });
}

/** Changes the written fields or the phase (one step forward, or back); members of the owner only. */
export async function changeInitiative(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  change: InitiativeChange,
): Promise<void> {
  refuseSalesPitch(writtenFields(change));
  await screenOrRefuse(deps, { kind: 'initiative', parts: writtenFields(change) });
  await deps.db.transaction(async (tx) => {
    const initiative = await initiativeToEdit(tx, actor, id);
    const newPhase = change.phase && change.phase !== initiative.phase ? change.phase : undefined;
    if (newPhase && !canMoveToPhase(initiative.phase, newPhase)) {
      throw invalidField('phase', 'validation.phaseStep', { from: initiative.phase, to: newPhase });
    }
    await updateInitiativeFields(tx, id, change);
    if (newPhase) {
      await insertPhase(tx, id, initiative.municipalityCode, newPhase, today(deps));
      await notifyParticipants(tx, deps, initiative, { kind: 'phase', phase: newPhase }, actor.accountId);
    }
    // Milestones, seeks and phase are not part of the text that similarity reads.
    const indexed = [change.title, change.summary, change.goal, change.benefit, change.approach, change.results];
    if ([...indexed, change.themes].some((value) => value !== undefined)) {
      await indexInitiativeTerms(tx, id, false);
      const fresh = await initiativeById(tx, id);
      if (fresh) await refreshNeighbours(tx, fresh);
    }
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'initiative.changed',
      subjectType: 'initiative',
      subjectId: id,
      municipalityCode: initiative.municipalityCode,
    });
  });
}
