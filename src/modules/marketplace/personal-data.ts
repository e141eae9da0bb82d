import { sql } from 'drizzle-orm';
import { savedSearchesOf } from './alerts/queries';
import { z } from 'zod';
import { type Executor, iso, select } from '../../core/db';
import { RESPONSE_STATUSES } from './conversations/queries';
import { POST_KINDS, POST_STATUSES } from './rules';

// A person's part in the marketplaces, for the AVG export and for when the account goes.

const ExportedPost = z.object({
  id: z.string(),
  kind: z.enum(POST_KINDS),
  title: z.string(),
  description: z.string(),
  pc4: z.string(),
  status: z.enum(POST_STATUSES),
  createdAt: z.string(),
});
const ExportedResponse = z.object({
  id: z.string(),
  postId: z.string(),
  status: z.enum(RESPONSE_STATUSES),
  createdAt: z.string(),
});
const ExportedMessage = z.object({ conversationId: z.string(), body: z.string(), createdAt: z.string() });
const ExportedReport = z.object({ postId: z.string(), reason: z.string(), createdAt: z.string() });
const ExportedBlock = z.object({
  marketplace: z.string().nullable(),
  reason: z.string(),
  endsAt: z.string(),
  liftedAt: z.string().nullable(),
});

/** What the AVG export shows of a person's part in the marketplaces. */
export async function marketplaceDataOf(db: Executor, accountId: string) {
  return {
    posts: await select(
      db,
      ExportedPost,
      sql`SELECT id, kind, title, description, pc4, status, ${iso('created_at')} AS "createdAt"
            FROM posts WHERE author_account_id = ${accountId} ORDER BY created_at`,
    ),
    responses: await select(
      db,
      ExportedResponse,
      sql`SELECT r.id, r.post_id AS "postId", r.status, ${iso('r.created_at')} AS "createdAt"
            FROM responses r WHERE r.responder_account_id = ${accountId} ORDER BY r.created_at`,
    ),
    messagesSent: await select(
      db,
      ExportedMessage,
      sql`SELECT m.response_id AS "conversationId", m.body, ${iso('m.created_at')} AS "createdAt"
            FROM messages m WHERE m.sender_account_id = ${accountId} ORDER BY m.created_at`,
    ),
    savedSearches: await savedSearchesOf(db, accountId),
    reportsMade: await select(
      db,
      ExportedReport,
      sql`SELECT post_id AS "postId", reason, ${iso('created_at')} AS "createdAt"
            FROM post_reports WHERE reporter_account_id = ${accountId}`,
    ),
    blocks: await select(
      db,
      ExportedBlock,
      sql`SELECT municipality_code AS marketplace, reason, ${iso('ends_at')} AS "endsAt",
                 ${iso('lifted_at')} AS "liftedAt"
            FROM marketplace_blocks WHERE account_id = ${accountId} ORDER BY created_at`,
    ),
  };
}

/**
 * When an account goes: its open posts close, its name is replaced on what stays (posts and
 * responses other people took part in), and the messages it wrote are removed.
 */
export async function forgetMarketplacePerson(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`
    UPDATE posts SET status = 'closed', closed_at = now(), close_reason = 'account verwijderd'
     WHERE author_account_id = ${accountId} AND status IN ('concept', 'in-review', 'open')`);
  await db.execute(sql`
    UPDATE posts SET author_first_name = 'verwijderd account', on_behalf_of_first_name = NULL
     WHERE author_account_id = ${accountId}`);
  await db.execute(
    sql`UPDATE responses SET responder_first_name = 'verwijderd account' WHERE responder_account_id = ${accountId}`,
  );
  await db.execute(sql`DELETE FROM messages WHERE sender_account_id = ${accountId}`);
  // The activity log keeps the decisions, not the name of the person they were about.
  await db.execute(
    sql`UPDATE moderation_log SET subject = 'verwijderd account' WHERE person_account_id = ${accountId}
          AND action IN ('block', 'lift', 'warn')`,
  );
}
