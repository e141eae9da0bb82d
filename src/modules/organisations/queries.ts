import { sql } from 'drizzle-orm';
import type { MembershipRole, OrganisationType } from '../../core/authz';
import { type Executor, firstRow, rows } from '../../core/db';

export interface Organisation {
  id: string;
  name: string;
  slug: string;
  type: OrganisationType;
  municipalityCode: string | null;
  website: string | null;
  createdAt: string;
}

const columns = sql`id, name, slug, type, municipality_code AS "municipalityCode", website,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

export async function listOrganisations(
  db: Executor,
  filter: {
    municipalityCode?: string | undefined;
    type?: OrganisationType | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: Organisation[]; total: number }> {
  const where = sql`(${filter.municipalityCode ?? null}::text IS NULL OR municipality_code = ${filter.municipalityCode ?? null}::text)
    AND (${filter.type ?? null}::text IS NULL OR type = ${filter.type ?? null}::text)`;
  const items = await rows<Organisation>(
    db,
    sql`SELECT ${columns} FROM organisations WHERE ${where} ORDER BY type <> 'gemeente', name
         LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
  );
  const count = await firstRow<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM organisations WHERE ${where}`,
  );
  return { items, total: count?.total ?? 0 };
}

export function organisationById(db: Executor, id: string): Promise<Organisation | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  return firstRow<Organisation>(db, sql`SELECT ${columns} FROM organisations WHERE id = ${id}`);
}

export function organisationBySlug(db: Executor, slug: string): Promise<Organisation | undefined> {
  return firstRow<Organisation>(db, sql`SELECT ${columns} FROM organisations WHERE slug = ${slug}`);
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
  const created = await firstRow<Organisation>(
    db,
    sql`INSERT INTO organisations (name, slug, type, municipality_code, website)
        VALUES (${organisation.name}, ${organisation.slug}, ${organisation.type}, ${organisation.municipalityCode}, ${organisation.website})
        RETURNING ${columns}`,
  );
  if (!created) throw new Error('insert returned no row');
  return created;
}

export function gemeenteOrganisationExists(
  db: Executor,
  municipalityCode: string,
): Promise<{ id: string } | undefined> {
  return firstRow(
    db,
    sql`SELECT id FROM organisations WHERE type = 'gemeente' AND municipality_code = ${municipalityCode}`,
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

export function gemeenteOrganisationOf(db: Executor, municipalityCode: string): Promise<Organisation | undefined> {
  return firstRow<Organisation>(
    db,
    sql`SELECT ${columns} FROM organisations WHERE type = 'gemeente' AND municipality_code = ${municipalityCode}`,
  );
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
  return firstRow<Organisation>(
    db,
    sql`SELECT ${columns} FROM organisations
         WHERE lower(name) = lower(${name}) AND coalesce(municipality_code, '') = coalesce(${municipalityCode}::text, '')`,
  );
}
