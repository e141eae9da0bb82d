import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, rows, select, selectOne } from '../../../core/db';
import { IdRow, StoredReasonRow, withheld } from '../posts/queries';
import { POST_KINDS, POST_STATUSES } from '../rules';

// Reports of posts and of conversations, and the moderation queue of a marketplace.

export async function insertReport(
  db: Executor,
  report: { postId: string; municipalityCode: string; reporterAccountId: string; reason: string },
): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO post_reports (post_id, municipality_code, reporter_account_id, reason)
        VALUES (${report.postId}, ${report.municipalityCode}, ${report.reporterAccountId}, ${report.reason})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** How many different accounts reported a post since its last decision (its open reports). */
export async function openReporterCount(db: Executor, postId: string): Promise<number> {
  const row = await selectOne(
    db,
    z.object({ n: z.number().int() }),
    sql`SELECT count(DISTINCT reporter_account_id)::int AS n FROM post_reports
         WHERE post_id = ${postId} AND resolved_at IS NULL`,
  );
  return row?.n ?? 0;
}

/** Hidden from everyone but its author until a beheerder approves it (after reports, or rejected). */
export async function hidePost(db: Executor, postId: string): Promise<void> {
  await db.execute(sql`UPDATE posts SET hidden_at = coalesce(hidden_at, now()) WHERE id = ${postId}`);
}

/** A beheerder approved it: visible again (as far as its status goes). */
export async function unhidePost(db: Executor, postId: string): Promise<void> {
  await db.execute(sql`UPDATE posts SET hidden_at = NULL WHERE id = ${postId}`);
}

/** Sent back to its author as a concept, with the beheerder's note. */
export async function returnToAuthor(db: Executor, postId: string, note: string): Promise<void> {
  await db.execute(sql`UPDATE posts SET status = 'concept', returned_note = ${note} WHERE id = ${postId}`);
}

/** All open reports of a post are handled by one decision on it. */
/** Marks a post's open reports handled; returns who reported it (they are told). */
export async function resolveReports(db: Executor, postId: string): Promise<string[]> {
  const resolved = await rows<{ reporter: string | null }>(
    db,
    sql`UPDATE post_reports SET resolved_at = now() WHERE post_id = ${postId} AND resolved_at IS NULL
        RETURNING reporter_account_id AS reporter`,
  );
  return resolved.flatMap(({ reporter }) => (reporter ? [reporter] : []));
}

/** A rejected post may be changed and sent in again by its author. */
export async function markRejected(db: Executor, postId: string): Promise<void> {
  await db.execute(sql`UPDATE posts SET rejected_at = now() WHERE id = ${postId}`);
}

export async function reportResponse(db: Executor, id: string, reason: string): Promise<void> {
  // A report after the last one was handled counts as new: the conversation is back on the list.
  await db.execute(sql`
    UPDATE responses
       SET reported_at = CASE WHEN report_resolved_at IS NULL THEN coalesce(reported_at, now()) ELSE now() END,
           report_resolved_at = NULL, report_reason = ${reason}
     WHERE id = ${id}`);
}

/** Marks a conversation's report handled, in one marketplace only; false when there was none open. */
export async function resolveResponseReport(db: Executor, id: string, municipalityCode: string): Promise<boolean> {
  const resolved = await select(
    db,
    IdRow,
    sql`UPDATE responses SET report_resolved_at = now()
         WHERE id = ${id} AND municipality_code = ${municipalityCode}
           AND reported_at IS NOT NULL AND report_resolved_at IS NULL
        RETURNING id`,
  );
  return resolved.length > 0;
}

export const ModerationItemRow = z.object({
  postId: z.string(),
  kind: z.enum(POST_KINDS),
  title: z.string(),
  description: z.string(),
  whenText: z.string().nullable(),
  status: z.enum(POST_STATUSES),
  createdAt: z.string(),
  /** hidden after reports (or by a block of its author) */
  withheld: z.boolean(),
  hiddenAt: z.string().nullable(),
  /** why the screening sent it to review, with the matched text (empty when it did not) */
  screening: z.array(StoredReasonRow),
  reports: z.array(z.object({ reason: z.string(), createdAt: z.string() })),
  author: z
    .object({ id: z.string(), firstName: z.string(), lastName: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
});
export type ModerationItem = z.infer<typeof ModerationItemRow>;

/**
 * The moderation queue of one marketplace: posts waiting for review and posts with open reports,
 * with the author's contact details — personal data, for that marketplace's beheerders only.
 */
export function moderationQueue(db: Executor, municipalityCode: string): Promise<ModerationItem[]> {
  const openReport = sql`r.post_id = p.id AND r.resolved_at IS NULL`;
  return select(
    db,
    ModerationItemRow,
    sql`SELECT p.id AS "postId", p.kind, p.title, p.description, p.when_text AS "whenText", p.status,
               ${iso('p.created_at')} AS "createdAt", ${withheld} AS withheld, ${iso('p.hidden_at')} AS "hiddenAt",
               coalesce(p.screening, '[]'::jsonb) AS screening,
               coalesce((SELECT json_agg(json_build_object('reason', r.reason, 'createdAt', ${iso('r.created_at')})
                                         ORDER BY r.created_at)
                           FROM post_reports r WHERE ${openReport}), '[]'::json) AS reports,
               CASE WHEN a.id IS NULL THEN NULL
                    ELSE json_build_object('id', a.id, 'firstName', a.first_name, 'lastName', a.last_name,
                                           'email', a.email)
               END AS author
          FROM posts p LEFT JOIN accounts a ON a.id = p.author_account_id
         WHERE p.municipality_code = ${municipalityCode}
           AND (p.status = 'in-review' OR EXISTS (SELECT 1 FROM post_reports r WHERE ${openReport}))
         ORDER BY p.created_at`,
  );
}

export const ReportedConversationRow = z.object({
  responseId: z.string(),
  postId: z.string(),
  postTitle: z.string(),
  posterFirstName: z.string(),
  responderFirstName: z.string(),
  posterAccountId: z.string().nullable(),
  responderAccountId: z.string().nullable(),
  reportedAt: z.string(),
  reason: z.string().nullable(),
});
export type ReportedConversation = z.infer<typeof ReportedConversationRow>;

/**
 * The conversations of one marketplace that one of their parties reported, newest report first:
 * for its beheerders only.
 */
export function reportedConversations(db: Executor, municipalityCode: string): Promise<ReportedConversation[]> {
  return select(
    db,
    ReportedConversationRow,
    sql`SELECT r.id AS "responseId", r.post_id AS "postId", p.title AS "postTitle",
               p.author_first_name AS "posterFirstName", r.responder_first_name AS "responderFirstName",
               r.poster_account_id AS "posterAccountId", r.responder_account_id AS "responderAccountId",
               ${iso('r.reported_at')} AS "reportedAt", r.report_reason AS reason
          FROM responses r JOIN posts p ON p.id = r.post_id
         WHERE r.municipality_code = ${municipalityCode}
           AND r.reported_at IS NOT NULL AND r.report_resolved_at IS NULL
         ORDER BY r.reported_at DESC LIMIT 100`,
  );
}
