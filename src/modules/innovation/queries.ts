import { sql } from 'drizzle-orm';
import { type Executor, firstRow, iso, rows, textArray, uuidArray } from '../../core/db';
import type { InitiativeType, ParticipantRole, Phase, Seek, Theme } from './rules';

export interface InitiativeSummary {
  id: string;
  type: InitiativeType;
  title: string;
  summary: string;
  themes: Theme[];
  phase: Phase;
  municipalityCode: string;
  municipalityName: string;
  municipalitySlug: string;
  provinceName: string;
  ownerOrganisationName: string;
  participantCount: number;
  createdAt: string;
}

export interface Initiative extends InitiativeSummary {
  goal: string;
  benefit: string;
  approach: string;
  milestones: string;
  results: string;
  seeks: Seek[];
  ownerOrganisationId: string;
  contactFirstName: string | null;
  updatedAt: string;
}

const summaryColumns = sql`i.id, i.type, i.title, i.summary, i.themes, i.phase, i.municipality_code AS "municipalityCode",
  m.name AS "municipalityName", m.slug AS "municipalitySlug", m.province_name AS "provinceName",
  o.name AS "ownerOrganisationName",
  (SELECT count(*)::int FROM initiative_participants p WHERE p.initiative_id = i.id) AS "participantCount",
  ${iso('i.created_at')} AS "createdAt"`;

const fromInitiatives = sql`FROM initiatives i JOIN municipalities m ON m.code = i.municipality_code JOIN organisations o ON o.id = i.owner_organisation_id`;

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
  const items = await rows<InitiativeSummary>(
    db,
    sql`SELECT ${summaryColumns} ${fromInitiatives} WHERE ${where} ORDER BY ${order}
         LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
  );
  const count = await firstRow<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total ${fromInitiatives} WHERE ${where}`,
  );
  return { items, total: count?.total ?? 0 };
}

export function initiativeSummaries(db: Executor, ids: string[]): Promise<InitiativeSummary[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return rows<InitiativeSummary>(
    db,
    sql`SELECT ${summaryColumns} ${fromInitiatives} WHERE i.id = ANY(${uuidArray(ids)})`,
  );
}

export function initiativeById(db: Executor, id: string): Promise<Initiative | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  return firstRow<Initiative>(
    db,
    sql`SELECT ${summaryColumns}, i.goal, i.benefit, i.approach, i.milestones, i.results, i.seeks,
               i.owner_organisation_id AS "ownerOrganisationId", a.first_name AS "contactFirstName", ${iso('i.updated_at')} AS "updatedAt"
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
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO initiatives (type, title, summary, goal, benefit, approach, milestones, results, themes, phase, seeks,
                                 municipality_code, owner_organisation_id, contact_account_id, created_at, updated_at)
        VALUES (${initiative.type}, ${initiative.title}, ${initiative.summary}, ${initiative.goal}, ${initiative.benefit},
                ${initiative.approach}, ${initiative.milestones}, ${initiative.results}, ${textArray(initiative.themes)},
                ${initiative.phase}, ${textArray(initiative.seeks)}, ${initiative.municipalityCode}, ${initiative.ownerOrganisationId},
                ${initiative.contactAccountId}, coalesce(${initiative.createdAt ?? null}::timestamptz, now()),
                coalesce(${initiative.createdAt ?? null}::timestamptz, now()))
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateInitiativeFields(
  db: Executor,
  id: string,
  fields: Partial<
    Pick<
      NewInitiative,
      'title' | 'summary' | 'goal' | 'benefit' | 'approach' | 'milestones' | 'results' | 'themes' | 'seeks' | 'phase'
    >
  >,
): Promise<void> {
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
                       VALUES (${initiativeId}, ${municipalityCode}, ${phase}, ${enteredOn}::date) ON CONFLICT DO NOTHING`);
}

export function phaseHistory(db: Executor, initiativeId: string) {
  return rows<{ phase: Phase; enteredOn: string }>(
    db,
    sql`SELECT phase, to_char(entered_on, 'YYYY-MM-DD') AS "enteredOn" FROM initiative_phases WHERE initiative_id = ${initiativeId} ORDER BY entered_on, phase`,
  );
}

export interface Participant {
  organisationId: string;
  organisationName: string;
  organisationType: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  municipalitySlug: string | null;
  role: ParticipantRole;
  contactFirstName: string | null;
  joinedAt: string;
}

export function participantsOf(db: Executor, initiativeId: string): Promise<Participant[]> {
  return rows<Participant>(
    db,
    sql`SELECT p.organisation_id AS "organisationId", o.name AS "organisationName", o.type AS "organisationType",
               p.municipality_code AS "municipalityCode", m.name AS "municipalityName", m.slug AS "municipalitySlug",
               p.role, a.first_name AS "contactFirstName", ${iso('p.joined_at')} AS "joinedAt"
          FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
          LEFT JOIN municipalities m ON m.code = p.municipality_code
          LEFT JOIN accounts a ON a.id = p.contact_account_id
         WHERE p.initiative_id = ${initiativeId}
         ORDER BY p.role = 'follower', o.name`,
  );
}

/** Inserts a participant; returns false when the organisation already takes part. */
export async function insertParticipant(
  db: Executor,
  participant: {
    initiativeId: string;
    organisationId: string;
    municipalityCode: string | null;
    role: ParticipantRole;
    contactAccountId: string | null;
    joinedAt?: string;
  },
): Promise<boolean> {
  const inserted = await rows(
    db,
    sql`INSERT INTO initiative_participants (initiative_id, organisation_id, municipality_code, role, contact_account_id, joined_at)
        VALUES (${participant.initiativeId}, ${participant.organisationId}, ${participant.municipalityCode}, ${participant.role},
                ${participant.contactAccountId}, coalesce(${participant.joinedAt ?? null}::timestamptz, now()))
        ON CONFLICT (initiative_id, organisation_id) DO NOTHING RETURNING 1`,
  );
  return inserted.length > 0;
}

export async function deleteParticipant(db: Executor, initiativeId: string, organisationId: string): Promise<boolean> {
  return (
    (
      await rows(
        db,
        sql`DELETE FROM initiative_participants WHERE initiative_id = ${initiativeId} AND organisation_id = ${organisationId} RETURNING 1`,
      )
    ).length > 0
  );
}

export interface Experiment {
  id: string;
  hypothesis: string;
  measure: string;
  result: string;
  learning: string;
  heldOn: string;
  createdAt: string;
}

export function experimentsOf(db: Executor, initiativeId: string): Promise<Experiment[]> {
  return rows<Experiment>(
    db,
    sql`SELECT id, hypothesis, measure, result, learning, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", ${iso('created_at')} AS "createdAt"
          FROM initiative_experiments WHERE initiative_id = ${initiativeId} ORDER BY held_on DESC, created_at DESC`,
  );
}

export async function insertExperiment(
  db: Executor,
  experiment: {
    initiativeId: string;
    municipalityCode: string;
    hypothesis: string;
    measure: string;
    result: string;
    learning: string;
    heldOn: string;
    authorAccountId: string | null;
  },
): Promise<string> {
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO initiative_experiments (initiative_id, municipality_code, hypothesis, measure, result, learning, held_on, author_account_id)
        VALUES (${experiment.initiativeId}, ${experiment.municipalityCode}, ${experiment.hypothesis}, ${experiment.measure},
                ${experiment.result}, ${experiment.learning}, ${experiment.heldOn}::date, ${experiment.authorAccountId})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export interface Advice {
  id: string;
  authorName: string;
  body: string;
  response: string | null;
  respondedAt: string | null;
  createdAt: string;
}

export function adviceOf(db: Executor, initiativeId: string): Promise<Advice[]> {
  return rows<Advice>(
    db,
    sql`SELECT id, author_name AS "authorName", body, response, ${iso('responded_at')} AS "respondedAt", ${iso('created_at')} AS "createdAt"
          FROM initiative_advice WHERE initiative_id = ${initiativeId} ORDER BY created_at`,
  );
}

export async function insertAdvice(
  db: Executor,
  advice: { initiativeId: string; municipalityCode: string; authorAccountId: string; authorName: string; body: string },
): Promise<string> {
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO initiative_advice (initiative_id, municipality_code, author_account_id, author_name, body)
        VALUES (${advice.initiativeId}, ${advice.municipalityCode}, ${advice.authorAccountId}, ${advice.authorName}, ${advice.body})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function setAdviceResponse(
  db: Executor,
  initiativeId: string,
  adviceId: string,
  response: string,
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(adviceId)) return false;
  return (
    (
      await rows(
        db,
        sql`UPDATE initiative_advice SET response = ${response}, responded_at = now()
           WHERE id = ${adviceId} AND initiative_id = ${initiativeId} RETURNING 1`,
      )
    ).length > 0
  );
}

/** The initiatives a municipality leads, co-develops or follows, for its page. */
export function initiativesOfMunicipality(db: Executor, municipalityCode: string) {
  return rows<InitiativeSummary & { relation: 'leads' | 'co-developer' | 'follower' }>(
    db,
    sql`SELECT ${summaryColumns}, 'leads' AS relation ${fromInitiatives} WHERE i.municipality_code = ${municipalityCode}
        UNION ALL
        SELECT ${summaryColumns}, p.role AS relation ${fromInitiatives}
          JOIN initiative_participants p ON p.initiative_id = i.id
         WHERE p.municipality_code = ${municipalityCode} AND i.municipality_code <> ${municipalityCode}
        ORDER BY relation DESC, "createdAt" DESC`,
  );
}

/** Who hears about updates: the contacts of the owner and of every participant, unless they opted out. */
export function updateRecipients(db: Executor, initiativeId: string, exceptAccountId: string | null) {
  return rows<{ accountId: string; email: string; firstName: string }>(
    db,
    sql`SELECT DISTINCT a.id AS "accountId", a.email, a.first_name AS "firstName"
          FROM (SELECT contact_account_id AS account_id FROM initiatives WHERE id = ${initiativeId}
                UNION SELECT contact_account_id FROM initiative_participants WHERE initiative_id = ${initiativeId}) r
          JOIN accounts a ON a.id = r.account_id
          LEFT JOIN innovation_mail_preferences pref ON pref.account_id = a.id
         WHERE coalesce(pref.initiative_updates, true) AND a.email_verified_at IS NOT NULL
           AND a.id IS DISTINCT FROM ${exceptAccountId}::uuid`,
  );
}

export async function mailPreference(db: Executor, accountId: string): Promise<boolean> {
  return (
    (
      await firstRow<{ on: boolean }>(
        db,
        sql`SELECT initiative_updates AS on FROM innovation_mail_preferences WHERE account_id = ${accountId}`,
      )
    )?.on ?? true
  );
}

export async function setMailPreference(db: Executor, accountId: string, on: boolean): Promise<void> {
  await db.execute(sql`INSERT INTO innovation_mail_preferences (account_id, initiative_updates) VALUES (${accountId}, ${on})
                       ON CONFLICT (account_id) DO UPDATE SET initiative_updates = EXCLUDED.initiative_updates`);
}

/** Themes of every initiative that has a stored resemblance, for clustering. */
export function themesOfSimilarInitiatives(db: Executor) {
  return rows<{ id: string; themes: string[] }>(
    db,
    sql`SELECT id, themes FROM initiatives WHERE id IN (SELECT a FROM initiative_similarities UNION SELECT b FROM initiative_similarities)`,
  );
}

/** Municipalities that own at least one initiative, for the filter on the list page. */
export function municipalitiesWithInitiatives(db: Executor) {
  return rows<{ code: string; name: string }>(
    db,
    sql`SELECT DISTINCT m.code, m.name FROM initiatives i JOIN municipalities m ON m.code = i.municipality_code ORDER BY m.name`,
  );
}

/** What the AVG export shows of a person's part in Samen innoveren. */
export async function innovationDataOf(db: Executor, accountId: string) {
  return {
    contactFor: await rows<{ id: string; title: string }>(
      db,
      sql`SELECT id, title FROM initiatives WHERE contact_account_id = ${accountId} ORDER BY created_at`,
    ),
    participationContactFor: await rows<{ initiativeId: string; role: string }>(
      db,
      sql`SELECT initiative_id AS "initiativeId", role FROM initiative_participants WHERE contact_account_id = ${accountId}`,
    ),
    adviceWritten: await rows<{ initiativeId: string; body: string; createdAt: string }>(
      db,
      sql`SELECT initiative_id AS "initiativeId", body, ${iso('created_at')} AS "createdAt" FROM initiative_advice WHERE author_account_id = ${accountId} ORDER BY created_at`,
    ),
    experimentsLogged: await rows<{ initiativeId: string; hypothesis: string }>(
      db,
      sql`SELECT initiative_id AS "initiativeId", hypothesis FROM initiative_experiments WHERE author_account_id = ${accountId}`,
    ),
    mailAboutUpdates: await mailPreference(db, accountId),
  };
}

/** Advice stays (it belongs to the initiative), but no longer carries the author's name. */
export async function anonymiseAdviceOf(db: Executor, accountId: string): Promise<void> {
  await db.execute(
    sql`UPDATE initiative_advice SET author_name = 'verwijderd account', author_account_id = NULL WHERE author_account_id = ${accountId}`,
  );
}
