import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne, textArray, uuidArray } from '../../../core/db';
import { isId } from '../../../core/vocabulary';
import { INITIATIVE_TYPES, type InitiativeType, PHASES, type Phase, SEEKS, type Seek, THEMES } from '../vocabulary';

const InitiativeSummaryRow = z.object({
  id: z.string(),
  type: z.enum(INITIATIVE_TYPES),
  title: z.string(),
  summary: z.string(),
  themes: z.array(z.enum(THEMES)),
  phase: z.enum(PHASES),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  municipalitySlug: z.string(),
  provinceName: z.string(),
  ownerOrganisationName: z.string(),
  participantCount: z.number().int(),
  createdAt: z.string(),
});
export type InitiativeSummary = z.infer<typeof InitiativeSummaryRow>;

const InitiativeRow = InitiativeSummaryRow.extend({
  goal: z.string(),
  benefit: z.string(),
  approach: z.string(),
  milestones: z.string(),
  results: z.string(),
  seeks: z.array(z.enum(SEEKS)),
  ownerOrganisationId: z.string(),
  /** who answers "Neem contact op" (never shown: the page shows the first name only) */
  contactAccountId: z.string().nullable(),
  contactFirstName: z.string().nullable(),
  updatedAt: z.string(),
});
export type Initiative = z.infer<typeof InitiativeRow>;

const IdRow = z.object({ id: z.string() });
const TotalRow = z.object({ total: z.number().int() });

const summaryColumns = sql`i.id, i.type, i.title, i.summary, i.themes, i.phase,
  i.municipality_code AS "municipalityCode", m.name AS "municipalityName", m.slug AS "municipalitySlug",
  m.province_name AS "provinceName", o.name AS "ownerOrganisationName",
  (SELECT count(*)::int FROM initiative_participants p WHERE p.initiative_id = i.id) AS "participantCount",
  ${iso('i.created_at')} AS "createdAt"`;

const fromInitiatives = sql`FROM initiatives i
  JOIN municipalities m ON m.code = i.municipality_code
  JOIN organisations o ON o.id = i.owner_organisation_id`;

export interface InitiativeFilter {
  type?: InitiativeType | undefined;
  theme?: string | undefined;
  phase?: Phase | undefined;
  municipalityCode?: string | undefined;
  province?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listInitiatives(
  db: Executor,
  filter: InitiativeFilter,
): Promise<{ items: InitiativeSummary[]; total: number }> {
  const conditions = [sql`true`];
  if (filter.type) conditions.push(sql`i.type = ${filter.type}`);
  if (filter.theme) conditions.push(sql`i.themes @> ARRAY[${filter.theme}]::text[]`);
  if (filter.phase) conditions.push(sql`i.phase = ${filter.phase}`);
  if (filter.municipalityCode) conditions.push(sql`i.municipality_code = ${filter.municipalityCode}`);
  if (filter.province) conditions.push(sql`lower(m.province_name) = lower(${filter.province})`);
  if (filter.q) conditions.push(sql`i.search_vector @@ websearch_to_tsquery('samen_dutch', ${filter.q})`);
  const where = sql.join(conditions, sql` AND `);
  const order = filter.q
    ? sql`ts_rank_cd(i.search_vector, websearch_to_tsquery('samen_dutch', ${filter.q})) DESC, i.created_at DESC`
    : sql`i.created_at DESC`;
  const items = await select(
    db,
    InitiativeSummaryRow,
    sql`SELECT ${summaryColumns} ${fromInitiatives} WHERE ${where} ORDER BY ${order}
         LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
  );
  const count = await selectOne(db, TotalRow, sql`SELECT count(*)::int AS total ${fromInitiatives} WHERE ${where}`);
  return { items, total: count?.total ?? 0 };
}

export function initiativeSummaries(db: Executor, ids: string[]): Promise<InitiativeSummary[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return select(
    db,
    InitiativeSummaryRow,
    sql`SELECT ${summaryColumns} ${fromInitiatives} WHERE i.id = ANY(${uuidArray(ids)})`,
  );
}

export function initiativeById(db: Executor, id: string): Promise<Initiative | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(
    db,
    InitiativeRow,
    sql`SELECT ${summaryColumns}, i.goal, i.benefit, i.approach, i.milestones, i.results, i.seeks,
               i.owner_organisation_id AS "ownerOrganisationId", i.contact_account_id AS "contactAccountId",
               a.first_name AS "contactFirstName",
               ${iso('i.updated_at')} AS "updatedAt"
          ${fromInitiatives} LEFT JOIN accounts a ON a.id = i.contact_account_id
         WHERE i.id = ${id}`,
  );
}

export interface NewInitiative {
  type: InitiativeType;
  title: string;
  summary: string;
  goal: string;
  benefit: string;
  approach: string;
  milestones: string;
  results: string;
  themes: string[];
  phase: Phase;
  seeks: Seek[];
  municipalityCode: string;
  ownerOrganisationId: string;
  contactAccountId: string | null;
  createdAt?: string | undefined;
}

export async function insertInitiative(db: Executor, initiative: NewInitiative): Promise<string> {
  const createdAt = sql`coalesce(${initiative.createdAt ?? null}::timestamptz, now())`;
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO initiatives (type, title, summary, goal, benefit, approach, milestones, results, themes, phase,
                                 seeks, municipality_code, owner_organisation_id, contact_account_id,
                                 created_at, updated_at)
        VALUES (${initiative.type}, ${initiative.title}, ${initiative.summary}, ${initiative.goal},
                ${initiative.benefit}, ${initiative.approach}, ${initiative.milestones}, ${initiative.results},
                ${textArray(initiative.themes)}, ${initiative.phase}, ${textArray(initiative.seeks)},
                ${initiative.municipalityCode}, ${initiative.ownerOrganisationId}, ${initiative.contactAccountId},
                ${createdAt}, ${createdAt})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export type InitiativeFields = Partial<
  Pick<
    NewInitiative,
    'title' | 'summary' | 'goal' | 'benefit' | 'approach' | 'milestones' | 'results' | 'themes' | 'seeks' | 'phase'
  >
>;

export async function updateInitiativeFields(db: Executor, id: string, fields: InitiativeFields): Promise<void> {
  const sets = [sql`updated_at = now()`];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const column = sql.identifier(key);
    sets.push(Array.isArray(value) ? sql`${column} = ${textArray(value)}` : sql`${column} = ${value}`);
  }
  await db.execute(sql`UPDATE initiatives SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
}

export async function insertPhase(
  db: Executor,
  initiativeId: string,
  municipalityCode: string,
  phase: Phase,
  enteredOn: string,
): Promise<void> {
  await db.execute(sql`INSERT INTO initiative_phases (initiative_id, municipality_code, phase, entered_on)
                       VALUES (${initiativeId}, ${municipalityCode}, ${phase}, ${enteredOn}::date)
                       ON CONFLICT DO NOTHING`);
}

const PhaseStepRow = z.object({ phase: z.enum(PHASES), enteredOn: z.string() });
export type PhaseStep = z.infer<typeof PhaseStepRow>;

export function phaseHistory(db: Executor, initiativeId: string): Promise<PhaseStep[]> {
  return select(
    db,
    PhaseStepRow,
    sql`SELECT phase, to_char(entered_on, 'YYYY-MM-DD') AS "enteredOn" FROM initiative_phases
         WHERE initiative_id = ${initiativeId} ORDER BY entered_on, phase`,
  );
}

const MunicipalityInitiativeRow = InitiativeSummaryRow.extend({
  relation: z.enum(['leads', 'co-developer', 'follower']),
});
export type MunicipalityInitiative = z.infer<typeof MunicipalityInitiativeRow>;

/** The initiatives a municipality leads, co-develops or follows, for its page. */
export function initiativesOfMunicipality(db: Executor, municipalityCode: string): Promise<MunicipalityInitiative[]> {
  return select(
    db,
    MunicipalityInitiativeRow,
    sql`SELECT ${summaryColumns}, 'leads' AS relation ${fromInitiatives} WHERE i.municipality_code = ${municipalityCode}
        UNION ALL
        SELECT ${summaryColumns}, p.role AS relation ${fromInitiatives}
          JOIN initiative_participants p ON p.initiative_id = i.id
         WHERE p.municipality_code = ${municipalityCode} AND i.municipality_code <> ${municipalityCode}
        ORDER BY relation DESC, "createdAt" DESC`,
  );
}

const MunicipalityNameRow = z.object({ code: z.string(), name: z.string() });

/** Municipalities that own at least one initiative, for the filter on the list page. */
export function municipalitiesWithInitiatives(db: Executor) {
  return select(
    db,
    MunicipalityNameRow,
    sql`SELECT DISTINCT m.code, m.name FROM initiatives i JOIN municipalities m ON m.code = i.municipality_code
         ORDER BY m.name`,
  );
}

const ContactForRow = z.object({ id: z.string(), title: z.string() });

/** The initiatives a person is the contact of (AVG export). */
export function initiativesContactedBy(db: Executor, accountId: string) {
  return select(
    db,
    ContactForRow,
    sql`SELECT id, title FROM initiatives WHERE contact_account_id = ${accountId} ORDER BY created_at`,
  );
}

const CarriersRow = z.object({
  id: z.string(),
  title: z.string(),
  phase: z.enum(PHASES),
  ownerMunicipalityCode: z.string(),
  coDevelopingMunicipalities: z.array(z.string()),
});
export type InitiativeCarriers = z.infer<typeof CarriersRow>;

/**
 * Who carries an initiative, for scaling up: the municipality it belongs to, and the other
 * municipalities that co-develop it (through an organisation of theirs).
 */
export function initiativeCarriers(db: Executor, initiativeId: string): Promise<InitiativeCarriers | undefined> {
  if (!isId(initiativeId)) return Promise.resolve(undefined);
  return selectOne(
    db,
    CarriersRow,
    sql`SELECT i.id, i.title, i.phase, i.municipality_code AS "ownerMunicipalityCode",
               ARRAY(SELECT DISTINCT p.municipality_code FROM initiative_participants p
                      WHERE p.initiative_id = i.id AND p.role = 'co-developer' AND p.municipality_code IS NOT NULL
                      ORDER BY p.municipality_code) AS "coDevelopingMunicipalities"
          FROM initiatives i WHERE i.id = ${initiativeId}`,
  );
}

/**
 * Puts an initiative in a phase, in the caller's transaction, whatever its phase was: for a decision
 * made elsewhere (a portfolio board scaling a pilot up). People change phases one step at a time.
 */
export async function moveInitiativeToPhase(db: Executor, initiativeId: string, phase: Phase, at: Date): Promise<void> {
  const moved = await selectOne(
    db,
    z.object({ municipalityCode: z.string() }),
    sql`UPDATE initiatives SET phase = ${phase}, updated_at = now() WHERE id = ${initiativeId}
        RETURNING municipality_code AS "municipalityCode"`,
  );
  if (moved) await insertPhase(db, initiativeId, moved.municipalityCode, phase, at.toISOString().slice(0, 10));
}
