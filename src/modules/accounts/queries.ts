import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { MembershipRole, OrganisationType, PlatformRole } from '../../core/authz';
import { type Executor, selectOne } from '../../core/db';

/**
 * The account row itself, which every part of the module reads or writes: credentials, the new
 * account, its verification, its roles. Sessions, profiles and links have their own queries.
 */

// The vocabularies of core/authz as values, to check rows against (`satisfies`: each is one of its).
const PLATFORM_ROLES = ['netwerkbeheer', 'innovatiepanel', 'portfolioboard'] as const satisfies readonly PlatformRole[];
const MEMBERSHIP_ROLES = ['medewerker', 'beheerder'] as const satisfies readonly MembershipRole[];
const ORGANISATION_TYPES = [
  'gemeente',
  'welzijnsorganisatie',
  'vrijwilligerscentrale',
  'zorgaanbieder',
  'sociaal-ondernemer',
  'kennisinstelling',
  'landelijk',
] as const satisfies readonly OrganisationType[];

export const LocaleColumn = z.enum(['nl', 'en']);
export const RolesColumn = z.array(z.enum(PLATFORM_ROLES));
export const MembershipsColumn = z.array(
  z.object({
    organisationId: z.string(),
    organisationName: z.string(),
    organisationType: z.enum(ORGANISATION_TYPES),
    municipalityCode: z.string().nullable(),
    role: z.enum(MEMBERSHIP_ROLES),
  }),
);

/** An account's roles and memberships as json columns (of `accounts a`). */
export const rolesJson = sql`coalesce((SELECT json_agg(r.role ORDER BY r.role) FROM account_roles r
  WHERE r.account_id = a.id), '[]'::json)`;
export const membershipsJson = sql`coalesce((SELECT json_agg(json_build_object('organisationId', o.id,
    'organisationName', o.name, 'organisationType', o.type, 'municipalityCode', o.municipality_code,
    'role', ms.role) ORDER BY o.name)
    FROM memberships ms JOIN organisations o ON o.id = ms.organisation_id WHERE ms.account_id = a.id), '[]'::json)`;

const CredentialsRow = z.object({
  id: z.string(),
  passwordHash: z.string(),
  verified: z.boolean(),
  firstName: z.string(),
  locale: LocaleColumn,
});
export type Credentials = z.infer<typeof CredentialsRow>;

export function credentialsByEmail(db: Executor, email: string): Promise<Credentials | undefined> {
  return selectOne(
    db,
    CredentialsRow,
    sql`SELECT id, password_hash AS "passwordHash", email_verified_at IS NOT NULL AS verified,
               first_name AS "firstName", locale
          FROM accounts WHERE lower(email) = lower(${email})`,
  );
}

const IdRow = z.object({ id: z.string() });

export async function accountIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  return (await selectOne(db, IdRow, sql`SELECT id FROM accounts WHERE lower(email) = lower(${email})`))?.id;
}

export interface NewAccount {
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string | null;
  postcode: string | null;
  municipalityCode: string | null;
  locale: 'nl' | 'en';
  verified?: boolean;
}

export async function insertAccount(db: Executor, account: NewAccount): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO accounts (email, password_hash, first_name, last_name, postcode, municipality_code, locale,
                              email_verified_at)
        VALUES (${account.email}, ${account.passwordHash}, ${account.firstName}, ${account.lastName},
                ${account.postcode}, ${account.municipalityCode}, ${account.locale},
                ${account.verified ? sql`now()` : null})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function markVerified(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`UPDATE accounts SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
                        WHERE id = ${accountId}`);
}

export async function setPasswordHash(db: Executor, accountId: string, passwordHash: string): Promise<void> {
  await db.execute(
    sql`UPDATE accounts SET password_hash = ${passwordHash}, updated_at = now() WHERE id = ${accountId}`,
  );
}

export async function grantRole(db: Executor, accountId: string, role: PlatformRole): Promise<void> {
  await db.execute(
    sql`INSERT INTO account_roles (account_id, role) VALUES (${accountId}, ${role}) ON CONFLICT DO NOTHING`,
  );
}

const ContactRow = z.object({ email: z.string(), firstName: z.string(), locale: LocaleColumn });
export type Contact = z.infer<typeof ContactRow>;

/** Where to send a person mail about their activity, and in which language (verified addresses only). */
export function contactOf(db: Executor, accountId: string): Promise<Contact | undefined> {
  return selectOne(
    db,
    ContactRow,
    sql`SELECT email, first_name AS "firstName", locale FROM accounts
         WHERE id = ${accountId} AND email_verified_at IS NOT NULL`,
  );
}

const PostcodeRow = z.object({ postcode: z.string().nullable() });

/** The postcode a person gave in their profile (to fill in forms with), or null. */
export async function postcodeOf(db: Executor, accountId: string): Promise<string | null> {
  const row = await selectOne(db, PostcodeRow, sql`SELECT postcode FROM accounts WHERE id = ${accountId}`);
  return row?.postcode ?? null;
}
