import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select, selectOne } from '../../../core/db';

const RecipientRow = z.object({
  accountId: z.string(),
  email: z.string(),
  firstName: z.string(),
  locale: z.enum(['nl', 'en']),
});
export type Recipient = z.infer<typeof RecipientRow>;

/** Who hears about updates: the contacts of the owner and of every participant, unless they opted out. */
export function updateRecipients(
  db: Executor,
  initiativeId: string,
  exceptAccountId: string | null,
): Promise<Recipient[]> {
  return select(
    db,
    RecipientRow,
    sql`SELECT DISTINCT a.id AS "accountId", a.email, a.first_name AS "firstName", a.locale
          FROM (SELECT contact_account_id AS account_id FROM initiatives WHERE id = ${initiativeId}
                UNION SELECT contact_account_id FROM initiative_participants WHERE initiative_id = ${initiativeId}) r
          JOIN accounts a ON a.id = r.account_id
          LEFT JOIN innovation_mail_preferences pref ON pref.account_id = a.id
         WHERE coalesce(pref.initiative_updates, true) AND a.email_verified_at IS NOT NULL
           AND a.id IS DISTINCT FROM ${exceptAccountId}::uuid`,
  );
}

const PreferenceRow = z.object({ on: z.boolean() });

/** Whether a person gets mail about news of their initiatives (yes, unless they switched it off). */
export async function mailPreference(db: Executor, accountId: string): Promise<boolean> {
  const row = await selectOne(
    db,
    PreferenceRow,
    sql`SELECT initiative_updates AS on FROM innovation_mail_preferences WHERE account_id = ${accountId}`,
  );
  return row?.on ?? true;
}

export async function setMailPreference(db: Executor, accountId: string, on: boolean): Promise<void> {
  await db.execute(sql`
    INSERT INTO innovation_mail_preferences (account_id, initiative_updates) VALUES (${accountId}, ${on})
    ON CONFLICT (account_id) DO UPDATE SET initiative_updates = EXCLUDED.initiative_updates`);
}
