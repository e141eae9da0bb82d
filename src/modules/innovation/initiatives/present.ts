import type { Executor } from '../../../core/db';
import { adviceOf } from '../advice/queries';
import { experimentsOf } from '../experiments/queries';
import { type Participant, participantsOf } from '../participation/queries';
import { existingInitiative } from './access';
import { type Initiative, type InitiativeSummary, phaseHistory } from './queries';

/** An initiative in a list, as the API shows it. */
export function presentSummary(i: InitiativeSummary) {
  return {
    id: i.id,
    type: i.type,
    title: i.title,
    summary: i.summary,
    themes: i.themes,
    phase: i.phase,
    municipality: { code: i.municipalityCode, name: i.municipalityName },
    ownerOrganisation: i.ownerOrganisationName,
    participantCount: i.participantCount,
    createdAt: i.createdAt,
  };
}

/** Everything on an initiative's page: its phases, participants, experiments and advice. */
export async function initiativeDetail(db: Executor, initiative: Initiative) {
  const [phases, participants, experiments, advice] = [
    await phaseHistory(db, initiative.id),
    await participantsOf(db, initiative.id),
    await experimentsOf(db, initiative.id),
    await adviceOf(db, initiative.id),
  ];
  return { initiative, phases, participants, experiments, advice };
}
export type InitiativeDetail = Awaited<ReturnType<typeof initiativeDetail>>;

export function presentParticipant(p: Participant) {
  return {
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    municipality: p.municipalityCode ? { code: p.municipalityCode, name: p.municipalityName ?? '' } : null,
    role: p.role,
    contactName: p.contactFirstName,
    joinedAt: p.joinedAt,
  };
}

/** An initiative with all that belongs to it, as the API shows it. */
export function presentDetail(detail: InitiativeDetail) {
  const i = detail.initiative;
  return {
    ...presentSummary(i),
    goal: i.goal,
    benefit: i.benefit,
    approach: i.approach,
    milestones: i.milestones,
    results: i.results,
    seeks: i.seeks,
    contactName: i.contactFirstName,
    updatedAt: i.updatedAt,
    phaseHistory: detail.phases,
    participants: detail.participants.map(presentParticipant),
    experiments: detail.experiments,
    advice: detail.advice,
  };
}

/** An initiative as the API shows it, or "not found". */
export async function presentedInitiative(db: Executor, id: string) {
  return presentDetail(await initiativeDetail(db, await existingInitiative(db, id)));
}
