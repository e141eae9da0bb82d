import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, rows, select, selectOne } from '../../../core/db';
import { isId } from '../../../core/vocabulary';
import { SERVICE_STATUSES } from '../rules';

/** The SQL of national services and their learning paths. */

const LinkShape = z.object({ label: z.string(), url: z.string() });
const StandardShape = z.object({ name: z.string(), url: z.string().optional() });

const ServiceRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  originInitiativeId: z.string().nullable(),
  originInitiativeTitle: z.string().nullable(),
  operatorName: z.string(),
  operatorOrganisationId: z.string().nullable(),
  status: z.enum(SERVICE_STATUSES),
  standards: z.array(StandardShape),
  links: z.array(LinkShape),
  createdAt: z.string(),
  /** moves with every change of what the service's page shows (migration 0012) */
  changedAt: z.string(),
});
export type Service = z.infer<typeof ServiceRow>;

const serviceColumns = sql`s.id, s.slug, s.name, s.description, s.origin_initiative_id AS "originInitiativeId",
  i.title AS "originInitiativeTitle", s.operator_name AS "operatorName",
  s.operator_organisation_id AS "operatorOrganisationId", s.status, s.standards, s.links,
  ${iso('s.created_at')} AS "createdAt",
  to_char(s.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "changedAt"`;
const fromServices = sql`FROM services s LEFT JOIN initiatives i ON i.id = s.origin_initiative_id`;

export function serviceById(db: Executor, id: string): Promise<Service | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(db, ServiceRow, sql`SELECT ${serviceColumns} ${fromServices} WHERE s.id = ${id}`);
}

export function serviceBySlug(db: Executor, slug: string): Promise<Service | undefined> {
  return selectOne(db, ServiceRow, sql`SELECT ${serviceColumns} ${fromServices} WHERE s.slug = ${slug}`);
}

export async function listServices(
  db: Executor,
  page: { page: number; pageSize: number },
): Promise<{ items: Service[]; total: number }> {
  const items = await select(
    db,
    ServiceRow,
    sql`SELECT ${serviceColumns} ${fromServices}
         ORDER BY s.status = 'uitgefaseerd', s.name, s.id
         LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
  );
  const [count] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM services`);
  return { items, total: count?.total ?? 0 };
}

export async function slugTaken(db: Executor, slug: string): Promise<boolean> {
  return (await rows(db, sql`SELECT 1 FROM services WHERE slug = ${slug}`)).length > 0;
}

export async function insertService(
  db: Executor,
  service: Omit<Service, 'id' | 'createdAt' | 'changedAt' | 'originInitiativeTitle'>,
): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO services (slug, name, description, origin_initiative_id, operator_name, operator_organisation_id,
                          status, standards, links)
        VALUES (${service.slug}, ${service.name}, ${service.description}, ${service.originInitiativeId},
                ${service.operatorName}, ${service.operatorOrganisationId}, ${service.status},
                ${JSON.stringify(service.standards)}::jsonb,
                ${JSON.stringify(service.links)}::jsonb)
        RETURNING id`,
  );
  if (!row) throw new Error('service not inserted');
  return row.id;
}

const StepRow = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  explanation: z.string(),
  checklist: z.array(z.string()),
});
export type Step = z.infer<typeof StepRow>;

export function stepsOf(db: Executor, serviceId: string): Promise<Step[]> {
  return select(
    db,
    StepRow,
    sql`SELECT id, position, title, explanation, checklist FROM service_steps
         WHERE service_id = ${serviceId} ORDER BY position`,
  );
}

export async function insertStep(
  db: Executor,
  serviceId: string,
  step: { position: number; title: string; explanation: string; checklist: string[] },
): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO service_steps (service_id, position, title, explanation, checklist)
        VALUES (${serviceId}, ${step.position}, ${step.title}, ${step.explanation},
                ${JSON.stringify(step.checklist)}::jsonb)
        RETURNING id`,
  );
  if (!row) throw new Error('step not inserted');
  return row.id;
}
