import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';
import { isId } from '../../../core/vocabulary';
import { IdRow } from '../posts/queries';

// A response ("Ik wil helpen") opens a conversation between the poster and the responder: the
// response's id is the conversation's. Its messages, and the match it may become, are here too.

export const RESPONSE_STATUSES = ['open', 'accepted', 'declined'] as const;

export const ResponseRow = z.object({
  id: z.string(),
  postId: z.string(),
  municipalityCode: z.string(),
  responderAccountId: z.string().nullable(),
  posterAccountId: z.string().nullable(),
  responderFirstName: z.string(),
  status: z.enum(RESPONSE_STATUSES),
  createdAt: z.string(),
  reportedAt: z.string().nullable(),
  /** reported, and the report not yet handled: the marketplace's beheerders may read along */
  reportOpen: z.boolean(),
});
export type Response = z.infer<typeof ResponseRow>;

const responseColumns = sql`r.id, r.post_id AS "postId", r.municipality_code AS "municipalityCode",
  r.responder_account_id AS "responderAccountId", r.poster_account_id AS "posterAccountId",
  r.responder_first_name AS "responderFirstName", r.status, ${iso('r.created_at')} AS "createdAt",
  ${iso('r.reported_at')} AS "reportedAt",
  (r.reported_at IS NOT NULL AND r.report_resolved_at IS NULL) AS "reportOpen"`;

export function responseById(db: Executor, id: string): Promise<Response | undefined> {
  if (!isId(id)) return Promise.resolve(undefined);
  return selectOne(db, ResponseRow, sql`SELECT ${responseColumns} FROM responses r WHERE r.id = ${id}`);
}

export function responsesToPost(db: Executor, postId: string): Promise<Response[]> {
  return select(
    db,
    ResponseRow,
    sql`SELECT ${responseColumns} FROM responses r WHERE r.post_id = ${postId} ORDER BY r.created_at`,
  );
}

/** A person's response to a post, if they responded. */
export function responseOfBy(db: Executor, postId: string, accountId: string): Promise<Response | undefined> {
  return selectOne(
    db,
    ResponseRow,
    sql`SELECT ${responseColumns} FROM responses r
         WHERE r.post_id = ${postId} AND r.responder_account_id = ${accountId}`,
  );
}

export const ConversationListRow = ResponseRow.extend({ postTitle: z.string(), unread: z.number().int() });
export type ConversationListItem = z.infer<typeof ConversationListRow>;

/** The conversations a person takes part in, newest first, with their unread count. */
export function conversationsOf(db: Executor, accountId: string): Promise<ConversationListItem[]> {
  return select(
    db,
    ConversationListRow,
    sql`SELECT ${responseColumns}, p.title AS "postTitle",
               (SELECT count(*)::int FROM messages m
                 WHERE m.response_id = r.id AND m.read_at IS NULL
                   AND m.sender_account_id IS DISTINCT FROM ${accountId}) AS unread
          FROM responses r JOIN posts p ON p.id = r.post_id
         WHERE r.responder_account_id = ${accountId} OR r.poster_account_id = ${accountId}
         ORDER BY r.created_at DESC LIMIT 100`,
  );
}

/** Inserts a response; undefined when this person already responded to the post. */
export async function insertResponse(
  db: Executor,
  response: {
    postId: string;
    municipalityCode: string;
    responderAccountId: string;
    posterAccountId: string | null;
    responderFirstName: string;
    createdAt?: string;
  },
): Promise<string | undefined> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO responses (post_id, municipality_code, responder_account_id, poster_account_id,
                               responder_first_name, created_at)
        VALUES (${response.postId}, ${response.municipalityCode}, ${response.responderAccountId},
                ${response.posterAccountId}, ${response.responderFirstName},
                coalesce(${response.createdAt ?? null}::timestamptz, now()))
        ON CONFLICT (post_id, responder_account_id) DO NOTHING RETURNING id`,
  );
  return row?.id;
}

export async function setResponseStatus(db: Executor, id: string, status: Response['status']): Promise<void> {
  await db.execute(sql`UPDATE responses SET status = ${status} WHERE id = ${id}`);
}

export const MessageRow = z.object({
  id: z.string(),
  senderAccountId: z.string().nullable(),
  senderFirstName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Message = z.infer<typeof MessageRow>;

export function messagesOf(db: Executor, responseId: string): Promise<Message[]> {
  return select(
    db,
    MessageRow,
    sql`SELECT m.id, m.sender_account_id AS "senderAccountId",
               CASE WHEN m.sender_account_id = r.responder_account_id THEN r.responder_first_name
                    ELSE p.author_first_name END AS "senderFirstName",
               m.body, ${iso('m.created_at')} AS "createdAt", ${iso('m.read_at')} AS "readAt"
          FROM messages m JOIN responses r ON r.id = m.response_id JOIN posts p ON p.id = r.post_id
         WHERE m.response_id = ${responseId} ORDER BY m.created_at, m.id`,
  );
}

export async function insertMessage(
  db: Executor,
  message: {
    responseId: string;
    municipalityCode: string;
    senderAccountId: string | null;
    body: string;
    createdAt?: string;
  },
): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO messages (response_id, municipality_code, sender_account_id, body, created_at)
        VALUES (${message.responseId}, ${message.municipalityCode}, ${message.senderAccountId}, ${message.body},
                coalesce(${message.createdAt ?? null}::timestamptz, now()))
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Marks the other party's messages read, for the reader. */
export async function markRead(db: Executor, responseId: string, readerAccountId: string): Promise<void> {
  await db.execute(
    sql`UPDATE messages SET read_at = now()
         WHERE response_id = ${responseId} AND read_at IS NULL
           AND sender_account_id IS DISTINCT FROM ${readerAccountId}`,
  );
}

const MatchRow = z.object({ postId: z.string() });

/** Inserts the match; false when the post already has one (the primary key decides races). */
export async function insertMatch(
  db: Executor,
  match: {
    postId: string;
    responseId: string | null;
    municipalityCode: string;
    via: 'accept' | 'follow-up' | 'close';
    createdAt?: string;
  },
): Promise<boolean> {
  const inserted = await select(
    db,
    MatchRow,
    sql`INSERT INTO matches (post_id, response_id, municipality_code, confirmed_via, created_at)
        VALUES (${match.postId}, ${match.responseId}, ${match.municipalityCode}, ${match.via},
                coalesce(${match.createdAt ?? null}::timestamptz, now()))
        ON CONFLICT (post_id) DO NOTHING RETURNING post_id AS "postId"`,
  );
  return inserted.length > 0;
}
