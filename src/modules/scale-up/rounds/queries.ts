import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, rows, select, selectOne } from '../../../core/db';
import { isId } from '../../../core/vocabulary';
import { DECISIONS, MOSCOW, ROUND_KINDS } from '../rules';

/** The SQL of portfolio rounds, competitions, nominations and scores. */

const CriterionShape = z.object({ key: z.string(), label: z.string(), weight: z.number() });

const RoundRow = z.object({
  id: z.string(),
  kind: z.enum(ROUND_KINDS),
  title: z.string(),
  description: z.string(),
  criteria: z.array(CriterionShape),
  nominationsCloseAt: z.string(),
  scoringClosesAt: z.string(),
  decisionAt: z.string(),
  developmentEndsAt: z.string().nullable(),
  boardMemberIds: z.array(z.string()),
  nominationCount: z.number().int(),
});
export type Round = z.infer<typeof RoundRow>;

const roundColumns = sql`r.id, r.kind, r.title, r.description, r.criteria,
  ${iso('r.nominations_close_at')} AS "nominationsCloseAt", ${iso('r.scoring_closes_at')} AS "scoringClosesAt",
  ${iso('r.decision_at')} AS "decisionAt", ${iso('r.development_ends_at')} AS "developmentEndsAt",
  coalesce((SELECT array_agg(b.account_id::text ORDER BY b.account_id) FROM portfolio_board_members b
             WHERE b.round_id = r.id), '{}') AS "boardMemberIds",
  (SELECT count(*)::int FROM nominations n WHERE n.round_id = r.id) AS "nominationCount"`;

export function roundById(db: Executor, id: string): Promise<Round | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(db, RoundRow, sql`SELECT ${roundColumns} FROM portfolio_rounds r WHERE r.id = ${id}`);
}

/** The SQL condition for a round's phase at `now` (see roundPhase in rules.ts). */
function phaseCondition(phase: string, now: Date) {
  const at = now.toISOString();
  if (phase === 'nominating') return sql`${at}::timestamptz < r.nominations_close_at`;
  if (phase === 'scoring')
    return sql`${at}::timestamptz >= r.nominations_close_at AND ${at}::timestamptz < r.scoring_closes_at`;
  if (phase === 'deciding')
    return sql`${at}::timestamptz >= r.scoring_closes_at AND ${at}::timestamptz < r.decision_at`;
  return sql`${at}::timestamptz >= r.decision_at`;
}

export async function listRounds(
  db: Executor,
  filter: { kind?: string | undefined; phase?: string | undefined; now: Date; page: number; pageSize: number },
): Promise<{ items: Round[]; total: number }> {
  const conditions = [sql`true`];
  if (filter.kind) conditions.push(sql`r.kind = ${filter.kind}`);
  if (filter.phase) conditions.push(phaseCondition(filter.phase, filter.now));
  const where = sql`WHERE ${sql.join(conditions, sql` AND `)}`;
  const items = await select(
    db,
    RoundRow,
    sql`SELECT ${roundColumns} FROM portfolio_rounds r ${where}
         ORDER BY r.decision_at DESC, r.id LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
  );
  const [count] = await rows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM portfolio_rounds r ${where}`,
  );
  return { items, total: count?.total ?? 0 };
}

const MemberCandidateRow = z.object({ accountId: z.string(), municipalityCode: z.string().nullable() });

/**
 * The accounts named as board members, with the municipality each serves: the municipality of
 * their own gemeente organisation, if they work for one (for conflicts of interest).
 */
export function boardMemberCandidates(db: Executor, accountIds: readonly string[]) {
  return select(
    db,
    MemberCandidateRow,
    sql`SELECT a.id AS "accountId",
               (SELECT o.municipality_code FROM memberships ms JOIN organisations o ON o.id = ms.organisation_id
                 WHERE ms.account_id = a.id AND o.type = 'gemeente' ORDER BY o.municipality_code LIMIT 1)
                 AS "municipalityCode"
          FROM accounts a WHERE a.id = ANY (${`{${accountIds.join(',')}}`}::uuid[])`,
  );
}

export async function insertRound(
  db: Executor,
  round: Omit<Round, 'id' | 'boardMemberIds' | 'nominationCount'> & { createdBy: string | null },
): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO portfolio_rounds (kind, title, description, criteria, nominations_close_at, scoring_closes_at,
                                      decision_at, development_ends_at, created_by)
        VALUES (${round.kind}, ${round.title}, ${round.description}, ${JSON.stringify(round.criteria)}::jsonb,
                ${round.nominationsCloseAt}::timestamptz, ${round.scoringClosesAt}::timestamptz,
                ${round.decisionAt}::timestamptz, ${round.developmentEndsAt}::timestamptz, ${round.createdBy})
        RETURNING id`,
  );
  if (!row) throw new Error('round not inserted');
  return row.id;
}

export async function insertBoardMember(
  db: Executor,
  roundId: string,
  accountId: string,
  municipalityCode: string | null,
): Promise<void> {
  await db.execute(sql`INSERT INTO portfolio_board_members (round_id, account_id, municipality_code)
                       VALUES (${roundId}, ${accountId}, ${municipalityCode}) ON CONFLICT DO NOTHING`);
}

const BoardMemberRow = z.object({
  accountId: z.string(),
  firstName: z.string(),
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
});
export type BoardMember = z.infer<typeof BoardMemberRow>;

export function boardMembersOf(db: Executor, roundId: string): Promise<BoardMember[]> {
  return select(
    db,
    BoardMemberRow,
    sql`SELECT b.account_id AS "accountId", a.first_name AS "firstName", b.municipality_code AS "municipalityCode",
               m.name AS "municipalityName"
          FROM portfolio_board_members b JOIN accounts a ON a.id = b.account_id
          LEFT JOIN municipalities m ON m.code = b.municipality_code
         WHERE b.round_id = ${roundId} ORDER BY a.first_name, b.account_id`,
  );
}

const NominationRow = z.object({
  id: z.string(),
  roundId: z.string(),
  initiativeId: z.string(),
  initiativeTitle: z.string(),
  ownerMunicipalityCode: z.string(),
  ownerMunicipalityName: z.string(),
  motivation: z.string(),
  expectedCosts: z.string().nullable(),
  createdAt: z.string(),
  preselected: z.boolean(),
  preselectionNote: z.string().nullable(),
  decision: z.enum(DECISIONS).nullable(),
  rationale: z.string().nullable(),
  decidedAt: z.string().nullable(),
  serviceId: z.string().nullable(),
  coDevelopingMunicipalities: z.array(z.string()),
});
export type Nomination = z.infer<typeof NominationRow>;

const nominationColumns = sql`n.id, n.round_id AS "roundId", n.initiative_id AS "initiativeId",
  i.title AS "initiativeTitle", i.municipality_code AS "ownerMunicipalityCode", m.name AS "ownerMunicipalityName",
  n.motivation, n.expected_costs AS "expectedCosts", ${iso('n.created_at')} AS "createdAt", n.preselected,
  n.preselection_note AS "preselectionNote", n.decision, n.rationale, ${iso('n.decided_at')} AS "decidedAt",
  n.service_id AS "serviceId",
  coalesce((SELECT array_agg(DISTINCT p.municipality_code ORDER BY p.municipality_code)
              FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
             WHERE p.initiative_id = i.id AND p.role = 'co-developer' AND o.type = 'gemeente'
               AND p.municipality_code IS NOT NULL), '{}') AS "coDevelopingMunicipalities"`;
const fromNominations = sql`FROM nominations n JOIN initiatives i ON i.id = n.initiative_id
  JOIN municipalities m ON m.code = i.municipality_code`;

export function nominationsOf(db: Executor, roundId: string): Promise<Nomination[]> {
  return select(
    db,
    NominationRow,
    sql`SELECT ${nominationColumns} ${fromNominations} WHERE n.round_id = ${roundId} ORDER BY n.created_at, n.id`,
  );
}

export function nominationById(db: Executor, roundId: string, id: string): Promise<Nomination | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(
    db,
    NominationRow,
    sql`SELECT ${nominationColumns} ${fromNominations} WHERE n.round_id = ${roundId} AND n.id = ${id}`,
  );
}

export async function insertNomination(
  db: Executor,
  nomination: { roundId: string; initiativeId: string; motivation: string; expectedCosts: string | null; by: string },
): Promise<string | undefined> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO nominations (round_id, initiative_id, motivation, expected_costs, nominated_by)
        VALUES (${nomination.roundId}, ${nomination.initiativeId}, ${nomination.motivation},
                ${nomination.expectedCosts}, ${nomination.by})
        ON CONFLICT (round_id, initiative_id) DO NOTHING RETURNING id`,
  );
  return row?.id;
}

const ScoreRow = z.object({
  nominationId: z.string(),
  accountId: z.string(),
  criteria: z.record(z.string(), z.number()),
  moscow: z.enum(MOSCOW),
  comment: z.string(),
  conflictOfInterest: z.boolean(),
  updatedAt: z.string(),
});
export type StoredScore = z.infer<typeof ScoreRow>;

export function scoresOfRound(db: Executor, roundId: string): Promise<StoredScore[]> {
  return select(
    db,
    ScoreRow,
    sql`SELECT s.nomination_id AS "nominationId", s.account_id AS "accountId", s.criteria, s.moscow, s.comment,
               s.conflict_of_interest AS "conflictOfInterest", ${iso('s.updated_at')} AS "updatedAt"
          FROM nomination_scores s JOIN nominations n ON n.id = s.nomination_id
         WHERE n.round_id = ${roundId} ORDER BY s.nomination_id, s.account_id`,
  );
}

export async function upsertScore(db: Executor, score: Omit<StoredScore, 'updatedAt'>): Promise<void> {
  await db.execute(sql`
    INSERT INTO nomination_scores (nomination_id, account_id, criteria, moscow, comment, conflict_of_interest)
    VALUES (${score.nominationId}, ${score.accountId}, ${JSON.stringify(score.criteria)}::jsonb, ${score.moscow},
            ${score.comment}, ${score.conflictOfInterest})
    ON CONFLICT (nomination_id, account_id) DO UPDATE
      SET criteria = EXCLUDED.criteria, moscow = EXCLUDED.moscow, comment = EXCLUDED.comment,
          conflict_of_interest = EXCLUDED.conflict_of_interest, updated_at = now()`);
}

export async function setPreselection(
  db: Executor,
  roundId: string,
  chosen: readonly string[],
  notes: Record<string, string>,
): Promise<void> {
  await db.execute(
    sql`UPDATE nominations SET preselected = false, preselection_note = NULL WHERE round_id = ${roundId}`,
  );
  for (const id of chosen)
    await db.execute(sql`UPDATE nominations SET preselected = true, preselection_note = ${notes[id] ?? null}
                          WHERE round_id = ${roundId} AND id = ${id}`);
}

/** Records a decision once: a nomination that already has one is left as it is (returns false). */
export async function recordDecision(
  db: Executor,
  id: string,
  decision: { decision: string; rationale: string; serviceId: string | null },
): Promise<boolean> {
  const updated = await rows(
    db,
    sql`UPDATE nominations SET decision = ${decision.decision}, rationale = ${decision.rationale},
                               decided_at = now(), service_id = ${decision.serviceId}
         WHERE id = ${id} AND decision IS NULL RETURNING 1`,
  );
  return updated.length > 0;
}
