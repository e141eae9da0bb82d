import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../core/authz';
import { type Executor, iso, selectOne } from '../../../core/db';
import { LocaleColumn, MembershipsColumn, membershipsJson, RolesColumn, rolesJson } from '../queries';

const ActorRow = z.object({
  id: z.string(),
  firstName: z.string(),
  locale: LocaleColumn,
  municipalityCode: z.string().nullable(),
  roles: RolesColumn,
  memberships: MembershipsColumn,
});
type ActorRow = z.infer<typeof ActorRow>;

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
    await selectOne(
      db,
      ActorRow,
      sql`SELECT ${actorColumns} FROM sessions s JOIN accounts a ON a.id = s.account_id
           WHERE s.id_hash = ${sessionHash} AND s.expires_at > now()`,
    ),
  );
}

export async function actorByApiToken(db: Executor, tokenHash: string): Promise<Actor | undefined> {
  return toActor(
    await selectOne(
      db,
      ActorRow,
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

/** Ends every session and token of an account (after a new password). */
export async function deleteCredentialsOf(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE account_id = ${accountId}`);
  await db.execute(sql`DELETE FROM api_tokens WHERE account_id = ${accountId}`);
}

const ExpiresRow = z.object({ expiresAt: z.string() });

export async function insertApiToken(
  db: Executor,
  tokenHash: string,
  accountId: string,
  ttlDays: number,
): Promise<string> {
  const row = await selectOne(
    db,
    ExpiresRow,
    sql`INSERT INTO api_tokens (token_hash, account_id, expires_at)
        VALUES (${tokenHash}, ${accountId}, now() + make_interval(days => ${ttlDays}))
        RETURNING ${iso('expires_at')} AS "expiresAt"`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.expiresAt;
}

export async function deleteApiToken(db: Executor, tokenHash: string): Promise<void> {
  await db.execute(sql`DELETE FROM api_tokens WHERE token_hash = ${tokenHash}`);
}

export async function purgeExpiredSessions(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE expires_at < now()`);
  await db.execute(sql`DELETE FROM api_tokens WHERE expires_at < now()`);
}
