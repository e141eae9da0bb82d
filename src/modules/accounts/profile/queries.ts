import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';
import { LocaleColumn, MembershipsColumn, membershipsJson, RolesColumn, rolesJson } from '../queries';

const ProfileRow = z.object({
  id: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  postcode: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
  municipalitySlug: z.string().nullable(),
  locale: LocaleColumn,
  createdAt: z.string(),
  updatedAt: z.string(),
  roles: RolesColumn,
  memberships: MembershipsColumn,
});
export type Profile = z.infer<typeof ProfileRow>;

export function profileById(db: Executor, id: string): Promise<Profile | undefined> {
  return selectOne(
    db,
    ProfileRow,
    sql`SELECT a.id, a.email, a.email_verified_at IS NOT NULL AS "emailVerified", a.first_name AS "firstName",
               a.last_name AS "lastName", a.postcode, a.municipality_code AS "municipalityCode",
               m.name AS "municipalityName", m.slug AS "municipalitySlug", a.locale,
               ${iso('a.created_at')} AS "createdAt", ${iso('a.updated_at')} AS "updatedAt",
               ${rolesJson} AS roles, ${membershipsJson} AS memberships
          FROM accounts a LEFT JOIN municipalities m ON m.code = a.municipality_code
         WHERE a.id = ${id}`,
  );
}

export async function updateProfileRow(
  db: Executor,
  accountId: string,
  changes: {
    firstName?: string | undefined;
    lastName?: string | null | undefined;
    postcode?: string | null | undefined;
    municipalityCode?: string | null | undefined;
    locale?: 'nl' | 'en' | undefined;
  },
): Promise<void> {
  const sets = [sql`updated_at = now()`];
  if (changes.firstName !== undefined) sets.push(sql`first_name = ${changes.firstName}`);
  if (changes.lastName !== undefined) sets.push(sql`last_name = ${changes.lastName}`);
  if (changes.postcode !== undefined)
    sets.push(sql`postcode = ${changes.postcode}`, sql`municipality_code = ${changes.municipalityCode ?? null}`);
  if (changes.locale !== undefined) sets.push(sql`locale = ${changes.locale}`);
  await db.execute(sql`UPDATE accounts SET ${sql.join(sets, sql`, `)} WHERE id = ${accountId}`);
}

const PeriodRow = z.object({ createdAt: z.string(), expiresAt: z.string() });
const MailRow = z.object({ subject: z.string(), createdAt: z.string(), sent: z.boolean() });
const AuditRow = z.object({ at: z.string(), action: z.string() });

/** What the export shows besides the profile: sign-ins, tokens and the mails we sent. */
export async function accountActivity(db: Executor, accountId: string) {
  const sessions = await select(
    db,
    PeriodRow,
    sql`SELECT ${iso('created_at')} AS "createdAt", ${iso('expires_at')} AS "expiresAt" FROM sessions
         WHERE account_id = ${accountId} ORDER BY created_at`,
  );
  const apiTokens = await select(
    db,
    PeriodRow,
    sql`SELECT ${iso('created_at')} AS "createdAt", ${iso('expires_at')} AS "expiresAt" FROM api_tokens
         WHERE account_id = ${accountId} ORDER BY created_at`,
  );
  const mails = await select(
    db,
    MailRow,
    sql`SELECT subject, ${iso('created_at')} AS "createdAt", sent_at IS NOT NULL AS sent FROM mail_outbox
         WHERE account_id = ${accountId} ORDER BY created_at`,
  );
  const auditLog = await select(
    db,
    AuditRow,
    sql`SELECT ${iso('at')} AS at, action FROM audit_log
         WHERE subject_type = 'account' AND subject_id = ${accountId} ORDER BY at`,
  );
  return { sessions, apiTokens, mails, auditLog };
}

/**
 * Removes the account and everything that hangs off it (sessions, tokens, links, roles,
 * memberships cascade). Mails are removed by account and by address, since a mail may have
 * been queued to the address before the account existed.
 */
export async function deleteAccountRow(db: Executor, accountId: string, email: string): Promise<void> {
  await db.execute(sql`DELETE FROM mail_outbox WHERE account_id = ${accountId} OR lower(to_address) = lower(${email})`);
  await db.execute(sql`DELETE FROM accounts WHERE id = ${accountId}`);
}
