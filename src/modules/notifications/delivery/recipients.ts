import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select } from '../../../core/db';
import type { Recipient } from './mails';

const ContactRow = z.object({
  accountId: z.string(),
  email: z.string(),
  firstName: z.string(),
  locale: z.enum(['nl', 'en']),
});

/**
 * E-mail address, first name and language of many accounts at once — verified addresses only.
 * Read here rather than one by one through the accounts module, because a digest run asks it for
 * a thousand people per batch.
 */
export async function contactsOf(db: Executor, accountIds: readonly string[]): Promise<Map<string, Recipient>> {
  if (accountIds.length === 0) return new Map();
  const found = await select(
    db,
    ContactRow,
    sql`SELECT id AS "accountId", email, first_name AS "firstName", locale FROM accounts
         WHERE id = ANY(${`{${[...new Set(accountIds)].join(',')}}`}::uuid[]) AND email_verified_at IS NOT NULL`,
  );
  return new Map(found.map((contact) => [contact.accountId, contact]));
}
