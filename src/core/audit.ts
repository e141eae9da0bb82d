import { sql } from 'drizzle-orm';
import type { Executor } from './db';

/** Writes who did what to whose data. Only ids go in, never the personal data itself. */
export async function audit(
  db: Executor,
  entry: {
    actorAccountId: string | null;
    action: string;
    subjectType: string;
    subjectId: string | null;
    municipalityCode?: string | null;
  },
): Promise<void> {
  await db.execute(sql`INSERT INTO audit_log (actor_account_id, action, subject_type, subject_id, municipality_code)
                       VALUES (${entry.actorAccountId}, ${entry.action}, ${entry.subjectType}, ${entry.subjectId},
                               ${entry.municipalityCode ?? null})`);
}
