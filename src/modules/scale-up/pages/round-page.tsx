import type { Context } from 'hono';
import { can, isOperator, type SignedIn } from '../../../core/authz';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { viewContext } from '../../../core/views/context';
import { initiativesOfMunicipality } from '../../innovation';
import { listMunicipalityNames } from '../../municipalities';
import { hasConflictOfInterest, roundPhase } from '../rules';
import { roundScores } from '../rounds/commands';
import { boardMembersOf, roundById } from '../rounds/queries';
import { serviceById } from '../services/queries';
import { noForms, type PageForms } from './parts';
import type { RoundView } from './round-model';
import { RoundPage } from './round-views';

const asSignedIn = (c: Context<AppEnv>) => (c.var.actor.kind === 'account' ? (c.var.actor as SignedIn) : undefined);

/** The initiatives an official may nominate: those their municipalities own (the rules say which qualify). */
async function nominationOptions(c: Context<AppEnv>, actor: SignedIn) {
  const { t } = c.var;
  const codes = [
    ...new Set(
      actor.memberships.filter((m) => m.organisationType === 'gemeente').flatMap((m) => m.municipalityCode ?? []),
    ),
  ];
  const owned = (await Promise.all(codes.map((code) => initiativesOfMunicipality(c.var.deps.db, code))))
    .flat()
    .filter((i) => i.relation === 'leads');
  return owned.map((i) => ({
    value: i.id,
    label: t('scaleUp.pages.nominate.initiativeOption', {
      title: i.title,
      municipality: i.municipalityName,
      phase: t(`phase.${i.phase}`),
    }),
  }));
}

export async function loadRoundView(c: Context<AppEnv>, id: string): Promise<RoundView> {
  const { db, clock } = c.var.deps;
  const round = await roundById(db, id);
  if (!round) throw notFound('scaleUp.problem.roundNotFound');
  const actor = asSignedIn(c);
  const phase = roundPhase(round, clock.now());
  const board = await boardMembersOf(db, round.id);
  const member = board.find((m) => m.accountId === actor?.accountId);
  const isBoard = actor !== undefined && can(actor, 'scaleUp.board', { boardMemberIds: round.boardMemberIds });
  const scored = await roundScores(c.var.deps, actor, round);
  const nominations = await Promise.all(
    scored.map(async ({ nomination, aggregate, scores }) => ({
      nomination,
      aggregate,
      scores,
      serviceSlug: nomination.serviceId ? ((await serviceById(db, nomination.serviceId))?.slug ?? null) : null,
      conflict: member !== undefined && hasConflictOfInterest(member.municipalityCode, nomination),
      mayScore: member !== undefined && phase === 'scoring',
      mayDecide: isBoard && (phase === 'deciding' || phase === 'decided') && !nomination.decision,
    })),
  );
  let nominate: RoundView['nominate'] = null;
  if (actor && phase === 'nominating') {
    const options = await nominationOptions(c, actor);
    if (options.length > 0 || isOperator(actor)) nominate = { options, byId: options.length === 0 };
  }
  const names = new Map((await listMunicipalityNames(db)).map((m) => [m.code, m.name]));
  const mayPreselect =
    round.kind === 'competition' &&
    isBoard &&
    phase !== 'nominating' &&
    !nominations.some((n) => n.nomination.decision !== null);
  return { round, phase, board, nominations, names, nominate, mayPreselect };
}

/** The round's page, with the errors of the form that was sent back, if any. */
export async function renderRound(
  c: Context<AppEnv>,
  id: string,
  forms: PageForms = noForms,
  status: 200 | 400 | 409 = 200,
) {
  const view = await loadRoundView(c, id);
  return c.html(<RoundPage ctx={viewContext(c)} view={view} forms={forms} />, status);
}
