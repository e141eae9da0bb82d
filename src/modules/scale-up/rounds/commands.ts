import { audit } from '../../../core/audit';
import { authorize, isOperator, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { badRequest, conflict, DomainError, invalidField, notFound } from '../../../core/errors';
import { publish } from '../../../core/events';
import { initiativeCarriers, moveInitiativeToPhase } from '../../innovation';
import { addService } from '../services/commands';
import {
  aggregateScores,
  type Criterion,
  type Decision,
  hasConflictOfInterest,
  type Moscow,
  nominationRefusal,
  type RoundKind,
  roundPhase,
  scoreProblems,
} from '../rules';
import {
  boardMembersOf,
  insertBoardMember,
  insertNomination,
  insertRound,
  nominationById,
  nominationsOf,
  recordDecision,
  type Round,
  roundById,
  scoresOfRound,
  setPreselection,
  upsertScore,
} from './queries';

declare module '../../../core/events' {
  interface EventRegistry {
    'scaleUp.nominationDecided': {
      roundId: string;
      nominationId: string;
      decision: Decision;
      serviceId: string | null;
    };
  }
}

export interface NewRound {
  kind: RoundKind;
  title: string;
  description: string;
  criteria: Criterion[];
  boardMemberIds: string[];
  nominationsCloseAt: string;
  scoringClosesAt: string;
  decisionAt: string;
  developmentEndsAt?: string | undefined;
}

/** The operator opens a round: its board members must be accounts, each with the municipality they serve. */
export async function createRound(
  deps: AppContext,
  actor: SignedIn,
  input: NewRound,
  members: { accountId: string; municipalityCode: string | null }[],
): Promise<string> {
  authorize(actor, 'scaleUp.manage', {});
  if (members.length !== new Set(input.boardMemberIds).size)
    throw invalidField('boardMemberIds', 'scaleUp.validation.boardMemberUnknown');
  return deps.db.transaction(async (tx) => {
    const id = await insertRound(tx, {
      ...input,
      developmentEndsAt: input.developmentEndsAt ?? null,
      createdBy: actor.accountId,
    });
    for (const member of members) await insertBoardMember(tx, id, member.accountId, member.municipalityCode);
    await audit(tx, { actorAccountId: actor.accountId, action: 'round.created', subjectType: 'round', subjectId: id });
    return id;
  });
}

async function loadRound(deps: AppContext, roundId: string): Promise<Round> {
  const round = await roundById(deps.db, roundId);
  if (!round) throw notFound('scaleUp.problem.roundNotFound');
  return round;
}

/**
 * Nominating: the operator, or an official of the municipality that owns the initiative, while
 * nominations are open; only an initiative that two municipalities carry, once per round.
 */
export async function nominate(
  deps: AppContext,
  actor: SignedIn,
  roundId: string,
  input: { initiativeId: string; motivation: string; expectedCosts?: string | undefined },
): Promise<string> {
  const round = await loadRound(deps, roundId);
  const initiative = await initiativeCarriers(deps.db, input.initiativeId);
  if (!initiative) throw invalidField('initiativeId', 'scaleUp.validation.initiativeUnknown');
  authorize(actor, 'scaleUp.nominate', { ownerMunicipalityCode: initiative.ownerMunicipalityCode });
  if (roundPhase(round, deps.clock.now()) !== 'nominating') throw conflict('scaleUp.problem.nominationsClosed');
  const refusal = nominationRefusal(initiative);
  if (refusal)
    throw new DomainError('invalid', 'problem.badRequest.title', refusal, {}, [
      { name: 'initiativeId', reason: refusal },
    ]);
  return deps.db.transaction(async (tx) => {
    const id = await insertNomination(tx, {
      roundId,
      initiativeId: input.initiativeId,
      motivation: input.motivation,
      expectedCosts: input.expectedCosts ?? null,
      by: actor.accountId,
    });
    if (!id) throw conflict('scaleUp.problem.alreadyNominated');
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'nomination.created',
      subjectType: 'nomination',
      subjectId: id,
    });
    return id;
  });
}

export interface ScoreInput {
  criteria: Record<string, number>;
  moscow: Moscow;
  comment: string;
  conflictOfInterest: boolean;
}

/** A board member scores a nomination while scoring is open; a member with a conflict of interest must say so. */
export async function scoreNomination(
  deps: AppContext,
  actor: SignedIn,
  roundId: string,
  nominationId: string,
  input: ScoreInput,
): Promise<void> {
  const round = await loadRound(deps, roundId);
  if (!round.boardMemberIds.includes(actor.accountId))
    throw new DomainError('forbidden', 'problem.forbidden.title', 'scaleUp.problem.notBoardMember');
  const nomination = await nominationById(deps.db, roundId, nominationId);
  if (!nomination) throw notFound('scaleUp.problem.nominationNotFound');
  if (roundPhase(round, deps.clock.now()) !== 'scoring') throw conflict('scaleUp.problem.scoringClosed');
  const problems = scoreProblems(round.criteria, input.criteria);
  if (problems.length > 0)
    throw badRequest(
      'problem.badRequest.detail',
      problems.map((key) => ({ name: `criteria.${key}`, reason: 'scaleUp.validation.score' })),
    );
  const member = (await boardMembersOf(deps.db, roundId)).find((m) => m.accountId === actor.accountId);
  if (!input.conflictOfInterest && hasConflictOfInterest(member?.municipalityCode ?? null, nomination))
    throw invalidField('conflictOfInterest', 'scaleUp.validation.mustDeclareConflict');
  await upsertScore(deps.db, { nominationId, accountId: actor.accountId, ...input });
}

/** A competition: the board preselects at most three entries, each with why. */
export async function preselect(
  deps: AppContext,
  actor: SignedIn,
  roundId: string,
  chosen: { nominationId: string; note: string }[],
): Promise<void> {
  const round = await loadRound(deps, roundId);
  authorize(actor, 'scaleUp.board', { boardMemberIds: round.boardMemberIds });
  if (round.kind !== 'competition') throw conflict('scaleUp.problem.notCompetition');
  if (chosen.length > 3) throw invalidField('nominationIds', 'scaleUp.validation.atMostThree');
  const known = new Set((await nominationsOf(deps.db, roundId)).map((n) => n.id));
  const unknown = chosen.find((c) => !known.has(c.nominationId));
  if (unknown) throw invalidField('nominationIds', 'scaleUp.validation.nominationUnknown');
  await deps.db.transaction(async (tx) => {
    await setPreselection(
      tx,
      roundId,
      chosen.map((c) => c.nominationId),
      Object.fromEntries(chosen.map((c) => [c.nominationId, c.note])),
    );
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'round.preselected',
      subjectType: 'round',
      subjectId: roundId,
    });
  });
}

/**
 * The board's decision with a public rationale, once scoring has closed. "scale-up" creates a
 * national service from the initiative and moves the initiative to phase opschaling; in a
 * competition only a preselected entry can win, and at most two do.
 */
export async function decide(
  deps: AppContext,
  actor: SignedIn,
  roundId: string,
  nominationId: string,
  input: { decision: Decision; rationale: string },
): Promise<{ serviceId: string | null }> {
  const round = await loadRound(deps, roundId);
  authorize(actor, 'scaleUp.board', { boardMemberIds: round.boardMemberIds });
  const phase = roundPhase(round, deps.clock.now());
  if (phase === 'nominating' || phase === 'scoring') throw conflict('scaleUp.problem.decisionTooEarly');
  const nomination = await nominationById(deps.db, roundId, nominationId);
  if (!nomination) throw notFound('scaleUp.problem.nominationNotFound');
  if (nomination.decision) throw conflict('scaleUp.problem.alreadyDecided');
  if (round.kind === 'competition' && input.decision === 'scale-up') {
    if (!nomination.preselected) throw conflict('scaleUp.problem.notPreselected');
    const winners = (await nominationsOf(deps.db, roundId)).filter((n) => n.decision === 'scale-up');
    if (winners.length >= 2) throw conflict('scaleUp.problem.twoWinners');
  }
  return deps.db.transaction(async (tx) => {
    let serviceId: string | null = null;
    if (input.decision === 'scale-up') {
      serviceId = await addService(tx, actor.accountId, {
        name: nomination.initiativeTitle,
        description: input.rationale,
        originInitiativeId: nomination.initiativeId,
        operatorName: `Gemeente ${nomination.ownerMunicipalityName}`,
        status: 'in-ontwikkeling',
        steps: [],
      });
      await moveInitiativeToPhase(tx, nomination.initiativeId, 'opschaling', deps.clock.now());
    }
    if (!(await recordDecision(tx, nominationId, { ...input, serviceId })))
      throw conflict('scaleUp.problem.alreadyDecided');
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: `nomination.${input.decision}`,
      subjectType: 'nomination',
      subjectId: nominationId,
    });
    await publish(tx, 'scaleUp.nominationDecided', { roundId, nominationId, decision: input.decision, serviceId });
    return { serviceId };
  });
}

/**
 * What a person may see of a round's scores: before scoring closes, a board member sees only
 * their own; afterwards everyone sees the aggregates, and board members the individual scores.
 */
export async function roundScores(deps: AppContext, actor: SignedIn | undefined, round: Round) {
  const closed = ['deciding', 'decided'].includes(roundPhase(round, deps.clock.now()));
  const all = await scoresOfRound(deps.db, round.id);
  const member = actor !== undefined && (round.boardMemberIds.includes(actor.accountId) || isOperator(actor));
  const nominations = await nominationsOf(deps.db, round.id);
  return nominations.map((nomination) => {
    const scores = all.filter((s) => s.nominationId === nomination.id);
    return {
      nomination,
      aggregate: closed ? aggregateScores(round.criteria, scores) : null,
      scores: closed && member ? scores : scores.filter((s) => s.accountId === actor?.accountId),
    };
  });
}
