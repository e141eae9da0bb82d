import { audit } from '../../core/audit';
import { authorize, type SignedIn } from '../../core/authz';
import type { Executor } from '../../core/db';
import type { AppContext } from '../../core/context';
import { badRequest, conflict, DomainError, type InvalidParam, notFound } from '../../core/errors';
import { queueMail } from '../../core/mail';
import { municipalityByCode } from '../municipalities';
import { gemeenteOrganisationOf, organisationById, type Organisation } from '../organisations';
import { initiativeUpdateMail } from './mails';
import {
  deleteParticipant,
  type Initiative,
  initiativeById,
  insertAdvice,
  insertExperiment,
  insertInitiative,
  insertParticipant,
  insertPhase,
  setAdviceResponse,
  updateInitiativeFields,
  updateRecipients,
} from './queries';
import { canMoveToPhase, OWNER_ORGANISATION_TYPES, type ParticipantRole, salesPitchSignals } from './rules';
import type { InitiativeChange, InitiativeInput } from './schemas';
import { indexInitiativeTerms, rankSimilar, storeNeighbours } from './similarity';

/** Resemblances at or above this score are stored for the cluster view. */
export const NEIGHBOUR_MINIMUM = 0.3;
const today = () => new Date().toISOString().slice(0, 10);

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

/** Which organisation owns a new initiative, and for which municipality. */
async function resolveOwner(
  db: Executor,
  actor: SignedIn,
  input: InitiativeInput,
): Promise<{ organisation: Organisation; municipalityCode: string }> {
  let organisation: Organisation | undefined;
  if (input.organisation) {
    organisation = await organisationById(db, input.organisation);
    if (!organisation)
      throw badRequest('problem.badRequest.detail', [
        { name: 'organisation', reason: 'validation.organisationUnknown' },
      ]);
  } else {
    const eligible = actor.memberships.filter((m) =>
      (OWNER_ORGANISATION_TYPES as readonly string[]).includes(m.organisationType),
    );
    const preferred =
      eligible.find(
        (m) =>
          m.organisationType === 'gemeente' &&
          (!input.ownerMunicipality || m.municipalityCode === input.ownerMunicipality),
      ) ?? eligible[0];
    if (!preferred)
      throw new DomainError('forbidden', 'problem.forbidden.title', 'problem.initiativeNeedsOrganisation');
    organisation = await organisationById(db, preferred.organisationId);
  }
  if (!organisation) throw notFound();
  authorize(actor, 'initiative.create', { organisationId: organisation.id });
  if (!(OWNER_ORGANISATION_TYPES as readonly string[]).includes(organisation.type)) {
    throw badRequest('problem.badRequest.detail', [{ name: 'organisation', reason: 'validation.ownerCommercial' }]);
  }
  if (organisation.type === 'gemeente') {
    if (input.ownerMunicipality && input.ownerMunicipality !== organisation.municipalityCode) {
      throw badRequest('problem.badRequest.detail', [
        { name: 'ownerMunicipality', reason: 'validation.ownerMunicipalityMismatch' },
      ]);
    }
    return { organisation, municipalityCode: organisation.municipalityCode as string };
  }
  // A non-municipal owner names the municipality the initiative belongs to.
  if (!input.ownerMunicipality)
    throw badRequest('problem.badRequest.detail', [
      { name: 'ownerMunicipality', reason: 'validation.ownerMunicipalityRequired' },
    ]);
  if (!(await municipalityByCode(db, input.ownerMunicipality))) {
    throw badRequest('problem.badRequest.detail', [
      { name: 'ownerMunicipality', reason: 'validation.municipalityUnknown' },
    ]);
  }
  return { organisation, municipalityCode: input.ownerMunicipality };
}

/** Recomputes the stored neighbours of an initiative after its text changed. */
async function refreshNeighbours(
  db: Executor,
  initiative: { id: string; title: string; summary: string; themes: string[] },
) {
  const neighbours = await rankSimilar(db, {
    title: initiative.title,
    summary: initiative.summary,
    themes: initiative.themes,
    excludeId: initiative.id,
    limit: 10,
  });
  await storeNeighbours(
    db,
    initiative.id,
    neighbours.filter((n) => n.score >= NEIGHBOUR_MINIMUM),
  );
}

async function notifyParticipants(
  db: Executor,
  deps: AppContext,
  initiative: { id: string; title: string },
  what: string,
  exceptAccountId: string | null,
) {
  const url = `${deps.config.publicUrl}/innovatie/${initiative.id}`;
  for (const recipient of await updateRecipients(db, initiative.id, exceptAccountId)) {
    await queueMail(db, {
      accountId: recipient.accountId,
      to: recipient.email,
      ...initiativeUpdateMail(recipient.firstName, initiative.title, what, url),
    });
  }
}

/** Seeding and imports pass history and a contact explicitly; people get today and themselves. */
export interface CreateOptions {
  createdAt?: string;
  phaseHistory?: { phase: InitiativeInput['phase']; date: string }[];
  contactAccountId?: string | null;
}

export async function createInitiative(
  deps: AppContext,
  actor: SignedIn,
  input: InitiativeInput,
  options: CreateOptions = {},
): Promise<string> {
  refuseSalesPitch({
    title: input.title,
    summary: input.summary,
    goal: input.goal,
    benefit: input.benefit,
    approach: input.approach,
    milestones: input.milestones,
    results: input.results,
  });
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
    for (const step of options.phaseHistory ?? [
      { phase: input.phase, date: options.createdAt?.slice(0, 10) ?? today() },
    ]) {
      await insertPhase(tx, id, owner.municipalityCode, step.phase, step.date);
    }
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

async function loadForEdit(db: Executor, actor: SignedIn, id: string): Promise<Initiative> {
  const initiative = await initiativeById(db, id);
  if (!initiative) throw notFound('problem.initiativeNotFound');
  authorize(actor, 'initiative.edit', { ownerOrganisationId: initiative.ownerOrganisationId });
  return initiative;
}

export async function changeInitiative(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  change: InitiativeChange,
): Promise<void> {
  refuseSalesPitch({
    title: change.title,
    summary: change.summary,
    goal: change.goal,
    benefit: change.benefit,
    approach: change.approach,
    milestones: change.milestones,
    results: change.results,
  });
  await deps.db.transaction(async (tx) => {
    const initiative = await loadForEdit(tx, actor, id);
    if (change.phase && change.phase !== initiative.phase && !canMoveToPhase(initiative.phase, change.phase)) {
      throw badRequest('problem.badRequest.detail', [
        { name: 'phase', reason: 'validation.phaseStep', params: { from: initiative.phase, to: change.phase } },
      ]);
    }
    await updateInitiativeFields(tx, id, change);
    if (change.phase && change.phase !== initiative.phase) {
      await insertPhase(tx, id, initiative.municipalityCode, change.phase, today());
      await notifyParticipants(
        tx,
        deps,
        initiative,
        `Het initiatief is nu in de fase "${change.phase}".`,
        actor.accountId,
      );
    }
    const textChanged = [
      change.title,
      change.summary,
      change.goal,
      change.benefit,
      change.approach,
      change.results,
      change.themes,
    ].some((value) => value !== undefined);
    if (textChanged) {
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

/** Joins on behalf of a municipality (its gemeente organisation) or another organisation. */
export async function joinInitiative(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  input: { municipality?: string | undefined; organisation?: string | undefined; role: ParticipantRole },
  options: { joinedAt?: string; contactAccountId?: string | null } = {},
): Promise<Organisation> {
  return deps.db.transaction(async (tx) => {
    const initiative = await initiativeById(tx, id);
    if (!initiative) throw notFound('problem.initiativeNotFound');
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
    const what =
      input.role === 'co-developer'
        ? `${organisation.name} doet mee als mede-ontwikkelaar.`
        : `${organisation.name} volgt het initiatief.`;
    await notifyParticipants(tx, deps, initiative, what, actor.accountId);
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
    const initiative = await initiativeById(tx, id);
    if (!initiative) throw notFound('problem.initiativeNotFound');
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

export async function addExperiment(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  input: {
    hypothesis: string;
    measure: string;
    result?: string | undefined;
    learning?: string | undefined;
    date: string;
  },
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const initiative = await loadForEdit(tx, actor, id);
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
    await notifyParticipants(
      tx,
      deps,
      initiative,
      `Er is een nieuw experiment gelogd: "${input.hypothesis}".`,
      actor.accountId,
    );
    return experimentId;
  });
}

export async function addAdvice(deps: AppContext, actor: SignedIn, id: string, body: string): Promise<string> {
  authorize(actor, 'initiative.advise', {});
  return deps.db.transaction(async (tx) => {
    const initiative = await initiativeById(tx, id);
    if (!initiative) throw notFound('problem.initiativeNotFound');
    const adviceId = await insertAdvice(tx, {
      initiativeId: id,
      municipalityCode: initiative.municipalityCode,
      authorAccountId: actor.accountId,
      authorName: actor.firstName,
      body,
    });
    await notifyParticipants(tx, deps, initiative, 'Het innovatiepanel heeft advies gegeven.', actor.accountId);
    return adviceId;
  });
}

export async function respondToAdvice(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  adviceId: string,
  response: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await loadForEdit(tx, actor, id);
    if (!(await setAdviceResponse(tx, id, adviceId, response))) throw notFound('problem.adviceNotFound');
  });
}
