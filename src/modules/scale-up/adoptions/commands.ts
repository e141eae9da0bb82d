import { sql } from 'drizzle-orm';
import { audit } from '../../../core/audit';
import { authorize, can, isOperator, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { badRequest, conflict, invalidField, notFound } from '../../../core/errors';
import { publish } from '../../../core/events';
import { tellFollowers } from './followers';
import { municipalityByCode } from '../../municipalities';
import { canMoveTo, type EventKind, milestones, type Stage, type StakeholderRole, type Stance } from '../rules';
import { type Service, serviceById, stepsOf } from '../services/queries';
import {
  adoptionOf,
  eventsOf,
  groupById,
  insertEvent,
  insertGroup,
  joinGroup,
  replaceStakeholders,
  saveAdoption,
  saveStepProgress,
} from './queries';

declare module '../../../core/events' {
  interface EventRegistry {
    'scaleUp.adoptionChanged': { serviceId: string; municipalityCode: string; stage: Stage; previous: Stage | null };
  }
}

export interface AdoptionChange {
  stage: Stage;
  /** the day the stage was reached; today when not given */
  stageDate?: string | undefined;
  stoppedReason?: string | undefined;
  stakeholders?: { role: StakeholderRole; stance: Stance; note: string }[] | undefined;
  events?: { date: string; kind: EventKind; note: string }[] | undefined;
}

const today = (deps: AppContext) => deps.clock.now().toISOString().slice(0, 10);

/** Whether this person may see the stakeholders and notes of a municipality's adoption. */
export function seesTrajectoryDetails(
  actor: SignedIn | undefined,
  service: Service,
  municipalityCode: string,
): boolean {
  if (!actor) return false;
  if (isOperator(actor) || can(actor, 'scaleUp.adoption', { municipalityCode })) return true;
  return (
    service.operatorOrganisationId !== null &&
    actor.memberships.some((m) => m.organisationId === service.operatorOrganisationId)
  );
}

export async function loadService(db: Executor, serviceId: string): Promise<Service> {
  const service = await serviceById(db, serviceId);
  if (!service) throw notFound('scaleUp.problem.serviceNotFound');
  return service;
}

async function knownMunicipality(db: Executor, code: string) {
  const municipality = await municipalityByCode(db, code);
  if (!municipality) throw notFound('problem.municipalityNotFound');
  return municipality;
}

/**
 * Records a municipality's adoption: its stage (each change a dated event), new events of its
 * decision trajectory, and its stakeholders. Officials of that municipality and the operator only.
 * Dates may not lie in the future; a trajectory only moves forward (or stops). The milestones the
 * figures use are recomputed from all events, in the same transaction.
 */
export async function updateAdoption(
  deps: AppContext,
  actor: SignedIn,
  serviceId: string,
  municipalityCode: string,
  change: AdoptionChange,
): Promise<void> {
  const service = await loadService(deps.db, serviceId);
  await knownMunicipality(deps.db, municipalityCode);
  authorize(actor, 'scaleUp.adoption', { municipalityCode });
  const now = today(deps);
  const future = [
    ...(change.stageDate && change.stageDate > now ? [{ name: 'stageDate', reason: 'scaleUp.validation.future' }] : []),
    ...(change.events ?? []).flatMap((e, i) =>
      e.date > now ? [{ name: `events.${i}.date`, reason: 'scaleUp.validation.future' }] : [],
    ),
  ];
  if (future.length > 0) throw badRequest('problem.badRequest.detail', future);
  if (change.stage === 'stopped' && !change.stoppedReason?.trim())
    throw invalidField('stoppedReason', 'scaleUp.validation.stoppedReason');
  if (service.status === 'uitgefaseerd' && change.stage !== 'stopped') throw conflict('scaleUp.problem.serviceRetired');
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`adoption:${serviceId}:${municipalityCode}`}))`);
    const existing = await adoptionOf(tx, serviceId, municipalityCode);
    const previous = existing?.stage ?? null;
    if (!canMoveTo(existing?.stage, change.stage))
      throw conflict('scaleUp.problem.stageBackwards', { from: previous ?? '', to: change.stage });
    const recorded = { serviceId, municipalityCode, recordedBy: actor.accountId };
    // The adoption row first (events refer to it), then its events, then the milestones from them all.
    if (!existing)
      await saveAdoption(tx, {
        serviceId,
        municipalityCode,
        stage: change.stage,
        stoppedReason: null,
        interestedOn: change.stageDate ?? now,
        decidedOn: null,
        liveOn: null,
        startedWith: null,
      });
    if (previous !== change.stage)
      await insertEvent(tx, {
        ...recorded,
        kind: 'stage-changed',
        stage: change.stage,
        occurredOn: change.stageDate ?? now,
        note: change.stage === 'stopped' ? (change.stoppedReason ?? '') : '',
      });
    const known = await eventsOf(tx, serviceId, municipalityCode);
    for (const event of change.events ?? []) {
      // The same event sent twice (a PUT repeated) is recorded once.
      if (known.some((k) => k.kind === event.kind && k.occurredOn === event.date && k.note === event.note)) continue;
      await insertEvent(tx, { ...recorded, kind: event.kind, stage: null, occurredOn: event.date, note: event.note });
    }
    if (change.stakeholders) await replaceStakeholders(tx, serviceId, municipalityCode, change.stakeholders);
    const events = await eventsOf(tx, serviceId, municipalityCode);
    const dates = milestones(events);
    await saveAdoption(tx, {
      serviceId,
      municipalityCode,
      stage: change.stage,
      stoppedReason: change.stage === 'stopped' ? (change.stoppedReason ?? null) : null,
      interestedOn: dates.interestedOn ?? now,
      decidedOn: dates.decidedOn ?? null,
      liveOn: dates.liveOn ?? null,
      startedWith: events.find((e) => e.kind !== 'stage-changed')?.kind ?? null,
    });
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'adoption.updated',
      subjectType: 'service',
      subjectId: serviceId,
      municipalityCode,
    });
    if (previous !== change.stage) {
      await publish(tx, 'scaleUp.adoptionChanged', { serviceId, municipalityCode, stage: change.stage, previous });
      await tellFollowers(tx, deps, { serviceId, municipalityCode, stage: change.stage });
    }
  });
}

/** Ticks a step of the learning path off (or on again); `shared` says it is done once for the group. */
export async function setStepProgress(
  deps: AppContext,
  actor: SignedIn,
  serviceId: string,
  municipalityCode: string,
  stepId: string,
  progress: { done: boolean; shared?: boolean | undefined },
): Promise<void> {
  await loadService(deps.db, serviceId);
  await knownMunicipality(deps.db, municipalityCode);
  authorize(actor, 'scaleUp.adoption', { municipalityCode });
  if (!(await stepsOf(deps.db, serviceId)).some((s) => s.id === stepId)) throw notFound('scaleUp.problem.stepNotFound');
  const adoption = await adoptionOf(deps.db, serviceId, municipalityCode);
  if (!adoption) throw conflict('scaleUp.problem.noAdoption');
  if (progress.shared && !adoption.groupId) throw invalidField('shared', 'scaleUp.validation.sharedNeedsGroup');
  await saveStepProgress(deps.db, {
    serviceId,
    municipalityCode,
    stepId,
    done: progress.done,
    shared: progress.shared ?? false,
    on: today(deps),
  });
}

/** A municipality starts a shared implementation that it leads; it must have an adoption of the service. */
export async function createGroup(
  deps: AppContext,
  actor: SignedIn,
  serviceId: string,
  input: { name: string; municipality: string },
): Promise<string> {
  await loadService(deps.db, serviceId);
  await knownMunicipality(deps.db, input.municipality);
  authorize(actor, 'scaleUp.adoption', { municipalityCode: input.municipality });
  if (!(await adoptionOf(deps.db, serviceId, input.municipality))) throw conflict('scaleUp.problem.noAdoption');
  return deps.db.transaction(async (tx) => {
    const id = await insertGroup(tx, { serviceId, name: input.name, leadMunicipalityCode: input.municipality });
    if (!id) throw conflict('scaleUp.problem.groupExists');
    await joinGroup(tx, serviceId, input.municipality, id);
    return id;
  });
}

/** A municipality joins a shared implementation (and leaves the one it was in, if any). */
export async function joinImplementationGroup(
  deps: AppContext,
  actor: SignedIn,
  serviceId: string,
  groupId: string,
  municipalityCode: string,
): Promise<void> {
  await loadService(deps.db, serviceId);
  await knownMunicipality(deps.db, municipalityCode);
  authorize(actor, 'scaleUp.adoption', { municipalityCode });
  if (!(await groupById(deps.db, serviceId, groupId))) throw notFound('scaleUp.problem.groupNotFound');
  if (!(await adoptionOf(deps.db, serviceId, municipalityCode))) throw conflict('scaleUp.problem.noAdoption');
  await joinGroup(deps.db, serviceId, municipalityCode, groupId);
}
