import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';

// The activity log of a marketplace: every decision of its beheerders (and the posts Samen hid
// after reports), written in the decision's own transaction. Platform-wide blocks have no
// marketplace: they are in the operator's log.

export const LOG_ACTIONS = [
  'approve',
  'reject',
  'return',
  'hide',
  'block',
  'lift',
  'warn',
  'resolve-conversation',
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

export interface LogEntry {
  /** null: the whole platform (the operator's blocks) */
  municipalityCode: string | null;
  /** null: Samen itself (hidden after reports) */
  actorAccountId: string | null;
  action: LogAction;
  postId?: string | null;
  personAccountId?: string | null;
  /** a post's title or a person's name, as it was */
  subject: string;
  note?: string | null;
}

export async function logDecision(db: Executor, entry: LogEntry): Promise<void> {
  await db.execute(sql`
    INSERT INTO moderation_log (municipality_code, actor_account_id, action, post_id, person_account_id, subject, note)
    VALUES (${entry.municipalityCode}, ${entry.actorAccountId}, ${entry.action}, ${entry.postId ?? null},
            ${entry.personAccountId ?? null}, ${entry.subject}, ${entry.note ?? null})`);
}

export const LogRow = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(LOG_ACTIONS),
  /** who decided: a first name, or null for Samen itself */
  actor: z.string().nullable(),
  subject: z.string(),
  note: z.string().nullable(),
  postId: z.string().nullable(),
  personAccountId: z.string().nullable(),
});
export type LogRowType = z.infer<typeof LogRow>;

const CountRow = z.object({ total: z.number().int() });

/** One page of a marketplace's log (null: the platform's), newest first. */
export async function logOf(
  db: Executor,
  municipalityCode: string | null,
  page: number,
  pageSize: number,
): Promise<{ items: LogRowType[]; total: number }> {
  const where =
    municipalityCode === null ? sql`l.municipality_code IS NULL` : sql`l.municipality_code = ${municipalityCode}`;
  const items = await select(
    db,
    LogRow,
    sql`SELECT l.id::text AS id, ${iso('l.created_at')} AS at, l.action, a.first_name AS actor, l.subject, l.note,
               l.post_id AS "postId", l.person_account_id AS "personAccountId"
          FROM moderation_log l LEFT JOIN accounts a ON a.id = l.actor_account_id
         WHERE ${where} ORDER BY l.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const count = await selectOne(db, CountRow, sql`SELECT count(*)::int AS total FROM moderation_log l WHERE ${where}`);
  return { items, total: count?.total ?? 0 };
}
