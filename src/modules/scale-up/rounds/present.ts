import { z } from '@hono/zod-openapi';
import type { Executor } from '../../../core/db';
import { DECISIONS, MOSCOW, ROUND_KINDS, roundPhase } from '../rules';
import { boardMemberCandidates, type Round } from './queries';

/** How rounds look in the API: the schemas and the mapping from rows. */

const SpreadOfScores = z.object({
  weightedAverage: z.number().nullable(),
  perCriterion: z.record(z.string(), z.number().nullable()),
  moscow: z.object({
    must: z.number().int(),
    should: z.number().int(),
    could: z.number().int(),
    wont: z.number().int(),
  }),
  counted: z.number().int().openapi({ description: 'Scores die meetellen' }),
  excluded: z.number().int().openapi({ description: 'Scores met belangenverstrengeling: tellen niet mee' }),
});

export const RoundSchema = z
  .object({
    id: z.string(),
    kind: z.enum(ROUND_KINDS),
    title: z.string(),
    description: z.string(),
    status: z.enum(['nominating', 'scoring', 'deciding', 'decided']),
    criteria: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number() })),
    boardMemberIds: z.array(z.string()),
    nominationsCloseAt: z.string().openapi({ format: 'date-time' }),
    scoringClosesAt: z.string().openapi({ format: 'date-time' }),
    decisionAt: z.string().openapi({ format: 'date-time' }),
    developmentEndsAt: z.string().nullable().openapi({ format: 'date-time' }),
    nominationCount: z.number().int(),
  })
  .openapi('PortfolioRound');

export const NominationSchema = z
  .object({
    nomination: z.object({
      id: z.string(),
      initiativeId: z.string(),
      initiativeTitle: z.string(),
      ownerMunicipalityCode: z.string(),
      ownerMunicipalityName: z.string(),
      coDevelopingMunicipalities: z.array(z.string()),
      motivation: z.string(),
      expectedCosts: z.string().nullable(),
      preselected: z.boolean(),
      preselectionNote: z.string().nullable(),
      decision: z.enum(DECISIONS).nullable(),
      rationale: z.string().nullable(),
      decidedAt: z.string().nullable(),
      serviceId: z.string().nullable(),
    }),
    aggregate: SpreadOfScores.nullable().openapi({ description: 'Pas zichtbaar als het scoren gesloten is' }),
    scores: z
      .array(
        z.object({
          accountId: z.string(),
          criteria: z.record(z.string(), z.number()),
          moscow: z.enum(MOSCOW),
          comment: z.string(),
          conflictOfInterest: z.boolean(),
        }),
      )
      .openapi({
        description: 'Vóór het sluiten alleen uw eigen score; daarna alle scores, voor leden van het overleg',
      }),
  })
  .openapi('Nomination');

export const RoundDetailSchema = RoundSchema.extend({ nominations: z.array(NominationSchema) }).openapi(
  'PortfolioRoundDetail',
);

export function presentRound(round: Round, now: Date) {
  return { ...round, status: roundPhase(round, now) };
}

/** The named board members as they are in Samen (unknown ids are left out, so the command can refuse them). */
export function boardMembersFor(db: Executor, ids: readonly string[]) {
  return boardMemberCandidates(db, [...new Set(ids)]);
}
