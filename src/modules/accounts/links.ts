import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select, selectOne } from '../../core/db';

/** Single-use links sent by mail: to confirm an address, or to choose a new password. */
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

const AccountIdRow = z.object({ accountId: z.string() });

/** Uses a single-use link: returns its account once, and never again. */
export async function consumeLink(db: Executor, tokenHash: string, purpose: LinkPurpose): Promise<string | undefined> {
  const row = await selectOne(
    db,
    AccountIdRow,
    sql`UPDATE account_links SET used_at = now()
         WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > now()
         RETURNING account_id AS "accountId"`,
  );
  return row?.accountId;
}

/** Once one link of a purpose is used, the others sent before it stop working too. */
export async function retireLinks(db: Executor, accountId: string, purpose: LinkPurpose): Promise<void> {
  await db.execute(sql`UPDATE account_links SET used_at = now()
                        WHERE account_id = ${accountId} AND purpose = ${purpose} AND used_at IS NULL`);
}

const UsableRow = z.object({ ok: z.boolean() });

/** Whether a link would still work (the page that asks to confirm shows it without using it). */
export async function linkIsUsable(db: Executor, tokenHash: string, purpose: LinkPurpose): Promise<boolean> {
  const found = await select(
    db,
    UsableRow,
    sql`SELECT true AS ok FROM account_links
         WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > now()`,
  );
  return found.length > 0;
}

/** Links are kept a week after they expire (to tell "used" from "unknown"), then removed. */
export async function purgeExpiredLinks(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM account_links WHERE expires_at < now() - interval '7 days'`);
}
