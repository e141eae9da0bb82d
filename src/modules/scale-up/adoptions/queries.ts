import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, rows, select, selectOne } from '../../../core/db';
import { EVENT_KINDS, STAGES, STAKEHOLDER_ROLES, STANCES } from '../rules';

/** The SQL of adoptions: stages, the dated events of each trajectory, stakeholders, steps and groups. */

const dateText = (column: string) => sql.raw(`to_char(${column}, 'YYYY-MM-DD')`);

const AdoptionRow = z.object({
  serviceId: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  municipalitySlug: z.string(),
  provinceName: z.string(),
  population: z.number().int(),
  stage: z.enum(STAGES),
  stoppedReason: z.string().nullable(),
  interestedOn: z.string(),
  decidedOn: z.string().nullable(),
  liveOn: z.string().nullable(),
  startedWith: z.string().nullable(),
  groupId: z.string().nullable(),
  updatedAt: z.string(),
});
export type Adoption = z.infer<typeof AdoptionRow>;

const adoptionColumns = sql`a.service_id AS "serviceId", a.municipality_code AS "municipalityCode",
  m.name AS "municipalityName", m.slug AS "municipalitySlug", m.province_name AS "provinceName", m.population,
  a.stage, a.stopped_reason AS "stoppedReason", ${dateText('a.interested_on')} AS "interestedOn",
  ${dateText('a.decided_on')} AS "decidedOn", ${dateText('a.live_on')} AS "liveOn", a.started_with AS "startedWith",
  a.group_id AS "groupId", ${iso('a.updated_at')} AS "updatedAt"`;
const fromAdoptions = sql`FROM adoptions a JOIN municipalities m ON m.code = a.municipality_code`;

/** Every adoption of one service: one index range (service_id), whatever the number of services. */
export function adoptionsOf(
  db: Executor,
  serviceId: string,
  filter: { stage?: string | undefined; province?: string | undefined } = {},
): Promise<Adoption[]> {
  const conditions = [sql`a.service_id = ${serviceId}`];
  if (filter.stage) conditions.push(sql`a.stage = ${filter.stage}`);
  if (filter.province) conditions.push(sql`m.province_name = ${filter.province}`);
  return select(
    db,
    AdoptionRow,
    sql`SELECT ${adoptionColumns} ${fromAdoptions} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY m.name`,
  );
}

export function adoptionOf(db: Executor, serviceId: string, municipalityCode: string): Promise<Adoption | undefined> {
  return selectOne(
    db,
    AdoptionRow,
    sql`SELECT ${adoptionColumns} ${fromAdoptions}
         WHERE a.service_id = ${serviceId} AND a.municipality_code = ${municipalityCode}`,
  );
}

const MunicipalityAdoptionRow = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  serviceSlug: z.string(),
  stage: z.enum(STAGES),
  liveOn: z.string().nullable(),
});
export type MunicipalityAdoption = z.infer<typeof MunicipalityAdoptionRow>;

/** The services one municipality adopted, for its page. */
export function adoptionsOfMunicipality(db: Executor, municipalityCode: string): Promise<MunicipalityAdoption[]> {
  return select(
    db,
    MunicipalityAdoptionRow,
    sql`SELECT s.id AS "serviceId", s.name AS "serviceName", s.slug AS "serviceSlug", a.stage,
               ${dateText('a.live_on')} AS "liveOn"
          FROM adoptions a JOIN services s ON s.id = a.service_id
         WHERE a.municipality_code = ${municipalityCode} ORDER BY s.name`,
  );
}

/** Creates the adoption or moves it; the milestones only ever keep their first date. */
export async function saveAdoption(
  db: Executor,
  adoption: {
    serviceId: string;
    municipalityCode: string;
    stage: string;
    stoppedReason: string | null;
    interestedOn: string;
    decidedOn: string | null;
    liveOn: string | null;
    startedWith: string | null;
  },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO adoptions (service_id, municipality_code, stage, stopped_reason, interested_on, decided_on, live_on,
                           started_with)
    VALUES (${adoption.serviceId}, ${adoption.municipalityCode}, ${adoption.stage}, ${adoption.stoppedReason},
            ${adoption.interestedOn}::date, ${adoption.decidedOn}::date, ${adoption.liveOn}::date,
            ${adoption.startedWith})
    ON CONFLICT (service_id, municipality_code) DO UPDATE
      SET stage = EXCLUDED.stage, stopped_reason = EXCLUDED.stopped_reason, interested_on = EXCLUDED.interested_on,
          decided_on = EXCLUDED.decided_on, live_on = EXCLUDED.live_on, started_with = EXCLUDED.started_with,
          updated_at = now()`);
}

const EventRow = z.object({
  id: z.string(),
  kind: z.enum([...EVENT_KINDS, 'stage-changed']),
  stage: z.enum(STAGES).nullable(),
  occurredOn: z.string(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type AdoptionEvent = z.infer<typeof EventRow>;

export function eventsOf(db: Executor, serviceId: string, municipalityCode: string): Promise<AdoptionEvent[]> {
  return select(
    db,
    EventRow,
    sql`SELECT e.id, e.kind, e.stage, ${dateText('e.occurred_on')} AS "occurredOn", e.note,
               acc.first_name AS "recordedBy", ${iso('e.recorded_at')} AS "recordedAt"
          FROM adoption_events e LEFT JOIN accounts acc ON acc.id = e.recorded_by
         WHERE e.service_id = ${serviceId} AND e.municipality_code = ${municipalityCode}
         ORDER BY e.occurred_on, e.recorded_at, e.id`,
  );
}

export async function insertEvent(
  db: Executor,
  event: {
    serviceId: string;
    municipalityCode: string;
    kind: string;
    stage: string | null;
    occurredOn: string;
    note: string;
    recordedBy: string | null;
  },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO adoption_events (service_id, municipality_code, kind, stage, occurred_on, note, recorded_by)
    VALUES (${event.serviceId}, ${event.municipalityCode}, ${event.kind}, ${event.stage}, ${event.occurredOn}::date,
            ${event.note}, ${event.recordedBy})`);
}

const StakeholderRow = z.object({
  role: z.enum(STAKEHOLDER_ROLES),
  stance: z.enum(STANCES),
  note: z.string(),
  updatedAt: z.string(),
});
export type Stakeholder = z.infer<typeof StakeholderRow>;

export function stakeholdersOf(db: Executor, serviceId: string, municipalityCode: string): Promise<Stakeholder[]> {
  return select(
    db,
    StakeholderRow,
    sql`SELECT role, stance, note, ${iso('updated_at')} AS "updatedAt" FROM adoption_stakeholders
         WHERE service_id = ${serviceId} AND municipality_code = ${municipalityCode} ORDER BY role`,
  );
}

export async function replaceStakeholders(
  db: Executor,
  serviceId: string,
  municipalityCode: string,
  stakeholders: readonly { role: string; stance: string; note: string }[],
): Promise<void> {
  await db.execute(sql`DELETE FROM adoption_stakeholders
                        WHERE service_id = ${serviceId} AND municipality_code = ${municipalityCode}`);
  for (const s of stakeholders)
    await db.execute(sql`INSERT INTO adoption_stakeholders (service_id, municipality_code, role, stance, note)
                         VALUES (${serviceId}, ${municipalityCode}, ${s.role}, ${s.stance}, ${s.note})`);
}

const StepProgressRow = z.object({
  stepId: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  done: z.boolean(),
  shared: z.boolean(),
  doneOn: z.string().nullable(),
});
export type StepProgress = z.infer<typeof StepProgressRow>;

/** Step progress of every municipality implementing a service (for "who else is at this step"). */
export function stepProgressOf(db: Executor, serviceId: string): Promise<StepProgress[]> {
  return select(
    db,
    StepProgressRow,
    sql`SELECT p.step_id AS "stepId", p.municipality_code AS "municipalityCode", m.name AS "municipalityName",
               p.done, p.shared, ${dateText('p.done_on')} AS "doneOn"
          FROM adoption_steps p JOIN municipalities m ON m.code = p.municipality_code
         WHERE p.service_id = ${serviceId} ORDER BY m.name`,
  );
}

export async function saveStepProgress(
  db: Executor,
  progress: { serviceId: string; municipalityCode: string; stepId: string; done: boolean; shared: boolean; on: string },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO adoption_steps (service_id, municipality_code, step_id, done, shared, done_on)
    VALUES (${progress.serviceId}, ${progress.municipalityCode}, ${progress.stepId}, ${progress.done},
            ${progress.shared}, CASE WHEN ${progress.done} THEN ${progress.on}::date END)
    ON CONFLICT (service_id, municipality_code, step_id) DO UPDATE
      SET done = EXCLUDED.done, shared = EXCLUDED.shared,
          done_on = CASE WHEN EXCLUDED.done THEN coalesce(adoption_steps.done_on, EXCLUDED.done_on) END,
          updated_at = now()`);
}

const GroupRow = z.object({
  id: z.string(),
  name: z.string(),
  leadMunicipalityCode: z.string(),
  leadMunicipalityName: z.string(),
  members: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type ImplementationGroup = z.infer<typeof GroupRow>;

export function groupsOf(db: Executor, serviceId: string): Promise<ImplementationGroup[]> {
  return select(
    db,
    GroupRow,
    sql`SELECT g.id, g.name, g.lead_municipality_code AS "leadMunicipalityCode", lm.name AS "leadMunicipalityName",
               coalesce((SELECT json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.name)
                           FROM adoptions a JOIN municipalities m ON m.code = a.municipality_code
                          WHERE a.group_id = g.id), '[]'::json) AS members
          FROM implementation_groups g JOIN municipalities lm ON lm.code = g.lead_municipality_code
         WHERE g.service_id = ${serviceId} ORDER BY g.name`,
  );
}

export async function insertGroup(
  db: Executor,
  group: { serviceId: string; name: string; leadMunicipalityCode: string },
): Promise<string | undefined> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO implementation_groups (service_id, name, lead_municipality_code)
        VALUES (${group.serviceId}, ${group.name}, ${group.leadMunicipalityCode})
        ON CONFLICT (service_id, name) DO NOTHING RETURNING id`,
  );
  return row?.id;
}

export async function groupById(db: Executor, serviceId: string, groupId: string) {
  return (await groupsOf(db, serviceId)).find((g) => g.id === groupId);
}

export async function joinGroup(db: Executor, serviceId: string, municipalityCode: string, groupId: string) {
  await db.execute(sql`UPDATE adoptions SET group_id = ${groupId}, updated_at = now()
                        WHERE service_id = ${serviceId} AND municipality_code = ${municipalityCode}`);
}
