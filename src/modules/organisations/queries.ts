import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { MembershipRole, OrganisationType } from '../../core/authz';
import { type Executor, iso, select, selectOne } from '../../core/db';
import { isId } from '../../core/vocabulary';
import { ORGANISATION_TYPES } from './vocabulary';

const OrganisationRow = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  municipalityCode: z.string().nullable(),
  website: z.string().nullable(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof OrganisationRow>;

const columns = sql`id, name, slug, type, municipality_code AS "municipalityCode", website,
  ${iso('created_at')} AS "createdAt"`;

const TotalRow = z.object({ total: z.number().int() });

export async function listOrganisations(
  db: Executor,
  filter: {
    municipalityCode?: string | undefined;
    type?: OrganisationType | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: Organisation[]; total: number }> {
  const municipality = filter.municipalityCode ?? null;
  const type = filter.type ?? null;
  const where = sql`(${municipality}::text IS NULL OR municipality_code = ${municipality}::text)
    AND (${type}::text IS NULL OR type = ${type}::text)`;
  const items = await select(
    db,
    OrganisationRow,
    sql`SELECT ${columns} FROM organisations WHERE ${where} ORDER BY type <> 'gemeente', name
         LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
  );
  const count = await selectOne(db, TotalRow, sql`SELECT count(*)::int AS total FROM organisations WHERE ${where}`);
  return { items, total: count?.total ?? 0 };
}

export function organisationById(db: Executor, id: string): Promise<Organisation | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(db, OrganisationRow, sql`SELECT ${columns} FROM organisations WHERE id = ${id}`);
}

export function organisationBySlug(db: Executor, slug: string): Promise<Organisation | undefined> {
  return selectOne(db, OrganisationRow, sql`SELECT ${columns} FROM organisations WHERE slug = ${slug}`);
}

export async function insertOrganisation(
  db: Executor,
  organisation: {
    name: string;
    slug: string;
    type: OrganisationType;
    municipalityCode: string | null;
    website: string | null;
  },
): Promise<Organisation> {
  const created = await selectOne(
    db,
    OrganisationRow,
    sql`INSERT INTO organisations (name, slug, type, municipality_code, website)
        VALUES (${organisation.name}, ${organisation.slug}, ${organisation.type}, ${organisation.municipalityCode},
                ${organisation.website})
        RETURNING ${columns}`,
  );
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** The municipality's own organisation (of the kind gemeente), if it is on Samen. */
export function gemeenteOrganisationOf(db: Executor, municipalityCode: string): Promise<Organisation | undefined> {
  return selectOne(
    db,
    OrganisationRow,
    sql`SELECT ${columns} FROM organisations WHERE type = 'gemeente' AND municipality_code = ${municipalityCode}`,
  );
}

export async function upsertMembership(
  db: Executor,
  organisationId: string,
  accountId: string,
  role: MembershipRole,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO memberships (organisation_id, account_id, role) VALUES (${organisationId}, ${accountId}, ${role})
    ON CONFLICT (organisation_id, account_id) DO UPDATE SET role = EXCLUDED.role`);
}

/** Serialises the creation of organisations within the transaction (an advisory lock, released at commit). */
export async function lockOrganisationNames(db: Executor): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(7212002)`);
}

export function organisationNamed(
  db: Executor,
  name: string,
  municipalityCode: string | null,
): Promise<Organisation | undefined> {
  return selectOne(
    db,
    OrganisationRow,
    sql`SELECT ${columns} FROM organisations
         WHERE lower(name) = lower(${name})
           AND coalesce(municipality_code, '') = coalesce(${municipalityCode}::text, '')`,
  );
}

/** The organisations based in a municipality, for its page. */
export async function organisationsIn(db: Executor, municipalityCode: string): Promise<Organisation[]> {
  return (await listOrganisations(db, { municipalityCode, page: 1, pageSize: 100 })).items;
}
