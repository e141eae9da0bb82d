import { sql } from 'drizzle-orm';
import type { Actor, Membership, PlatformRole } from '../../core/authz';
import { type Executor, firstRow, iso, rows } from '../../core/db';

export interface Credentials {
  id: string;
  passwordHash: string;
  verified: boolean;
  firstName: string;
}

export function credentialsByEmail(db: Executor, email: string): Promise<Credentials | undefined> {
  return firstRow<Credentials>(
    db,
    sql`SELECT id, password_hash AS "passwordHash", email_verified_at IS NOT NULL AS verified, first_name AS "firstName"
          FROM accounts WHERE lower(email) = lower(${email})`,
  );
}

export async function accountIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  return (await firstRow<{ id: string }>(db, sql`SELECT id FROM accounts WHERE lower(email) = lower(${email})`))?.id;
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
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO accounts (email, password_hash, first_name, last_name, postcode, municipality_code, locale, email_verified_at)
        VALUES (${account.email}, ${account.passwordHash}, ${account.firstName}, ${account.lastName}, ${account.postcode},
                ${account.municipalityCode}, ${account.locale}, ${account.verified ? sql`now()` : null})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export interface Profile {
  id: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  lastName: string | null;
  postcode: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  municipalitySlug: string | null;
  locale: 'nl' | 'en';
  createdAt: string;
  updatedAt: string;
  roles: PlatformRole[];
  memberships: Membership[];
}

const membershipsJson = sql`coalesce((SELECT json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name,
    'organisationType', o.type, 'municipalityCode', o.municipality_code, 'role', ms.role) ORDER BY o.name)
    FROM memberships ms JOIN organisations o ON o.id = ms.organisation_id WHERE ms.account_id = a.id), '[]'::json)`;
const rolesJson = sql`coalesce((SELECT json_agg(r.role ORDER BY r.role) FROM account_roles r WHERE r.account_id = a.id), '[]'::json)`;

export function profileById(db: Executor, id: string): Promise<Profile | undefined> {
  return firstRow<Profile>(
    db,
    sql`SELECT a.id, a.email, a.email_verified_at IS NOT NULL AS "emailVerified", a.first_name AS "firstName",
               a.last_name AS "lastName", a.postcode, a.municipality_code AS "municipalityCode",
               m.name AS "municipalityName", m.slug AS "municipalitySlug", a.locale,
               ${iso('a.created_at')} AS "createdAt", ${iso('a.updated_at')} AS "updatedAt",
               ${rolesJson} AS roles, ${membershipsJson} AS memberships
          FROM accounts a LEFT JOIN municipalities m ON m.code = a.municipality_code
         WHERE a.id = ${id}`,
  );
}

type ActorRow = {
  id: string;
  firstName: string;
  locale: 'nl' | 'en';
  municipalityCode: string | null;
  roles: PlatformRole[];
  memberships: Membership[];
};

const actorColumns = sql`a.id, a.first_name AS "firstName", a.locale, a.municipality_code AS "municipalityCode",
  ${rolesJson} AS roles, ${membershipsJson} AS memberships`;

function toActor(row: ActorRow | undefined): Actor | undefined {
  if (!row) return undefined;
  return {
    kind: 'account',
    accountId: row.id,
    firstName: row.firstName,
    locale: row.locale,
    municipalityCode: row.municipalityCode,
    roles: row.roles,
    memberships: row.memberships,
  };
}

/** One query per request: the session, its account, roles and memberships. */
export async function actorBySession(db: Executor, sessionHash: string): Promise<Actor | undefined> {
  return toActor(
    await firstRow<ActorRow>(
      db,
      sql`SELECT ${actorColumns} FROM sessions s JOIN accounts a ON a.id = s.account_id
           WHERE s.id_hash = ${sessionHash} AND s.expires_at > now()`,
    ),
  );
}

export async function actorByApiToken(db: Executor, tokenHash: string): Promise<Actor | undefined> {
  return toActor(
    await firstRow<ActorRow>(
      db,
      sql`SELECT ${actorColumns} FROM api_tokens t JOIN accounts a ON a.id = t.account_id
           WHERE t.token_hash = ${tokenHash} AND t.expires_at > now()`,
    ),
  );
}

export async function insertSession(db: Executor, idHash: string, accountId: string, ttlHours: number): Promise<void> {
  await db.execute(sql`INSERT INTO sessions (id_hash, account_id, expires_at)
                       VALUES (${idHash}, ${accountId}, now() + make_interval(hours => ${ttlHours}))`);
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE id_hash = ${idHash}`);
}

export async function deleteCredentialsOf(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE account_id = ${accountId}`);
  await db.execute(sql`DELETE FROM api_tokens WHERE account_id = ${accountId}`);
}

export async function insertApiToken(
  db: Executor,
  tokenHash: string,
  accountId: string,
  ttlDays: number,
): Promise<string> {
  const row = await firstRow<{ expiresAt: string }>(
    db,
    sql`INSERT INTO api_tokens (token_hash, account_id, expires_at) VALUES (${tokenHash}, ${accountId}, now() + make_interval(days => ${ttlDays}))
        RETURNING ${iso('expires_at')} AS "expiresAt"`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.expiresAt;
}

export async function deleteApiToken(db: Executor, tokenHash: string): Promise<void> {
  await db.execute(sql`DELETE FROM api_tokens WHERE token_hash = ${tokenHash}`);
}

export type LinkPurpose = 'verify-email' | 'reset-password';

export async function insertLink(
  db: Executor,
  tokenHash: string,
  accountId: string,
  purpose: LinkPurpose,
  ttlHours: number,
): Promise<void> {
  await db.execute(sql`INSERT INTO account_links (token_hash, account_id, purpose, expires_at)
                       VALUES (${tokenHash}, ${accountId}, ${purpose}, now() + make_interval(hours => ${ttlHours}))`);
}

/** Uses a single-use link: returns its account once, and never again. */
export async function consumeLink(db: Executor, tokenHash: string, purpose: LinkPurpose): Promise<string | undefined> {
  const row = await firstRow<{ accountId: string }>(
    db,
    sql`UPDATE account_links SET used_at = now()
         WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > now()
         RETURNING account_id AS "accountId"`,
  );
  return row?.accountId;
}

/** Once one link of a purpose is used, the others sent before it stop working too. */
export async function retireLinks(db: Executor, accountId: string, purpose: LinkPurpose): Promise<void> {
  await db.execute(
    sql`UPDATE account_links SET used_at = now() WHERE account_id = ${accountId} AND purpose = ${purpose} AND used_at IS NULL`,
  );
}

export function linkIsUsable(
  db: Executor,
  tokenHash: string,
  purpose: LinkPurpose,
): Promise<{ ok: boolean } | undefined> {
  return firstRow(
    db,
    sql`SELECT true AS ok FROM account_links WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > now()`,
  );
}

export async function markVerified(db: Executor, accountId: string): Promise<void> {
  await db.execute(
    sql`UPDATE accounts SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = ${accountId}`,
  );
}

export async function setPasswordHash(db: Executor, accountId: string, passwordHash: string): Promise<void> {
  await db.execute(
    sql`UPDATE accounts SET password_hash = ${passwordHash}, updated_at = now() WHERE id = ${accountId}`,
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

export async function grantRole(db: Executor, accountId: string, role: PlatformRole): Promise<void> {
  await db.execute(
    sql`INSERT INTO account_roles (account_id, role) VALUES (${accountId}, ${role}) ON CONFLICT DO NOTHING`,
  );
}

/** What the export shows besides the profile: sign-ins, tokens and the mails we sent. */
export async function accountActivity(db: Executor, accountId: string) {
  const sessions = await rows<{ createdAt: string; expiresAt: string }>(
    db,
    sql`SELECT ${iso('created_at')} AS "createdAt", ${iso('expires_at')} AS "expiresAt" FROM sessions WHERE account_id = ${accountId} ORDER BY created_at`,
  );
  const apiTokens = await rows<{ createdAt: string; expiresAt: string }>(
    db,
    sql`SELECT ${iso('created_at')} AS "createdAt", ${iso('expires_at')} AS "expiresAt" FROM api_tokens WHERE account_id = ${accountId} ORDER BY created_at`,
  );
  const mails = await rows<{ subject: string; createdAt: string; sent: boolean }>(
    db,
    sql`SELECT subject, ${iso('created_at')} AS "createdAt", sent_at IS NOT NULL AS sent FROM mail_outbox WHERE account_id = ${accountId} ORDER BY created_at`,
  );
  const auditLog = await rows<{ at: string; action: string }>(
    db,
    sql`SELECT ${iso('at')} AS at, action FROM audit_log WHERE subject_type = 'account' AND subject_id = ${accountId} ORDER BY at`,
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

export async function purgeExpiredSessions(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE expires_at < now()`);
  await db.execute(sql`DELETE FROM api_tokens WHERE expires_at < now()`);
  await db.execute(sql`DELETE FROM account_links WHERE expires_at < now() - interval '7 days'`);
}

/** Where to send a person mail about their activity (verified addresses only). */
export function contactOf(db: Executor, accountId: string): Promise<{ email: string; firstName: string } | undefined> {
  return firstRow(
    db,
    sql`SELECT email, first_name AS "firstName" FROM accounts WHERE id = ${accountId} AND email_verified_at IS NOT NULL`,
  );
}
