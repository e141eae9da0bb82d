import { sql } from 'drizzle-orm';
import { type Executor, firstRow, iso, rows } from '../../core/db';
import type { Category, PostKind, PostStatus, WhenKind } from './rules';

export interface Post {
  id: string;
  kind: PostKind;
  municipalityCode: string;
  marketplaceName: string;
  authorAccountId: string | null;
  authorFirstName: string;
  onBehalfOfFirstName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  title: string;
  description: string;
  category: Category;
  whenKind: WhenKind;
  whenDate: string | null;
  whenText: string | null;
  hoursPerWeek: number | null;
  pc4: string;
  place: string;
  status: PostStatus;
  createdAt: string;
  publishedAt: string | null;
  expiresAt: string | null;
  responseCount: number;
}

export const postColumns = sql`p.id, p.kind, p.municipality_code AS "municipalityCode", mp.name AS "marketplaceName",
  p.author_account_id AS "authorAccountId", p.author_first_name AS "authorFirstName", p.on_behalf_of_first_name AS "onBehalfOfFirstName",
  p.organisation_id AS "organisationId", org.name AS "organisationName", p.title, p.description, p.category,
  p.when_kind AS "whenKind", to_char(p.when_date, 'YYYY-MM-DD') AS "whenDate", p.when_text AS "whenText", p.hours_per_week AS "hoursPerWeek",
  p.pc4, pc.place, p.status, ${iso('p.created_at')} AS "createdAt", ${iso('p.published_at')} AS "publishedAt", ${iso('p.expires_at')} AS "expiresAt",
  (SELECT count(*)::int FROM responses r WHERE r.post_id = p.id) AS "responseCount"`;
/** What postColumns needs besides `posts p`. */
export const postJoins = sql`JOIN marketplaces mp ON mp.municipality_code = p.municipality_code
  JOIN postcodes pc ON pc.pc4 = p.pc4 LEFT JOIN organisations org ON org.id = p.organisation_id`;
export const fromPosts = sql`FROM posts p ${postJoins}`;

export function postById(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<Post | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  if (options.forUpdate) {
    // Lock the row first (a join can't be locked FOR UPDATE on one side only in every case).
    return firstRow(db, sql`SELECT id FROM posts WHERE id = ${id} FOR UPDATE`).then((locked) =>
      locked ? firstRow<Post>(db, sql`SELECT ${postColumns} ${fromPosts} WHERE p.id = ${id}`) : undefined,
    );
  }
  return firstRow<Post>(db, sql`SELECT ${postColumns} ${fromPosts} WHERE p.id = ${id}`);
}

/** A post as it is written: the fields of Post that are stored, plus how long it stays open. */
export type NewPost = Pick<
  Post,
  | 'kind'
  | 'municipalityCode'
  | 'authorAccountId'
  | 'authorFirstName'
  | 'organisationId'
  | 'onBehalfOfFirstName'
  | 'title'
  | 'description'
  | 'category'
  | 'whenKind'
  | 'whenDate'
  | 'whenText'
  | 'hoursPerWeek'
  | 'pc4'
  | 'status'
> & { expiryWeeks: number; createdAt?: string };

export async function insertPost(db: Executor, post: NewPost): Promise<string> {
  const created = post.createdAt ?? null;
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO posts (kind, municipality_code, author_account_id, author_first_name, organisation_id, on_behalf_of_first_name,
                           title, description, category, when_kind, when_date, when_text, hours_per_week, pc4, lat, lon, status,
                           created_at, published_at, expires_at)
        SELECT ${post.kind}, ${post.municipalityCode}, ${post.authorAccountId}, ${post.authorFirstName}, ${post.organisationId},
               ${post.onBehalfOfFirstName}, ${post.title}, ${post.description}, ${post.category}, ${post.whenKind}, ${post.whenDate}::date,
               ${post.whenText}, ${post.hoursPerWeek}, pc.pc4, pc.lat, pc.lon, ${post.status},
               coalesce(${created}::timestamptz, now()),
               CASE WHEN ${post.status} = 'open' THEN coalesce(${created}::timestamptz, now()) END,
               CASE WHEN ${post.status} = 'open' THEN coalesce(${created}::timestamptz, now()) + make_interval(weeks => ${post.expiryWeeks}) END
          FROM postcodes pc WHERE pc.pc4 = ${post.pc4}
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function setPostStatus(
  db: Executor,
  id: string,
  status: PostStatus,
  reason: string | null = null,
): Promise<void> {
  await db.execute(sql`
    UPDATE posts SET status = ${status},
           closed_at = CASE WHEN ${status} IN ('closed', 'withdrawn', 'expired', 'matched') THEN now() ELSE closed_at END,
           close_reason = coalesce(${reason}, close_reason)
     WHERE id = ${id}`);
}

export interface Response {
  id: string;
  postId: string;
  municipalityCode: string;
  responderAccountId: string | null;
  posterAccountId: string | null;
  responderFirstName: string;
  status: 'open' | 'accepted' | 'declined';
  createdAt: string;
  reportedAt: string | null;
  /** reported, and the report not yet handled: the marketplace's beheerders may read along */
  reportOpen: boolean;
}

const responseColumns = sql`r.id, r.post_id AS "postId", r.municipality_code AS "municipalityCode", r.responder_account_id AS "responderAccountId",
  r.poster_account_id AS "posterAccountId", r.responder_first_name AS "responderFirstName", r.status, ${iso('r.created_at')} AS "createdAt",
  ${iso('r.reported_at')} AS "reportedAt", (r.reported_at IS NOT NULL AND r.report_resolved_at IS NULL) AS "reportOpen"`;

export function responseById(db: Executor, id: string): Promise<Response | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  return firstRow<Response>(db, sql`SELECT ${responseColumns} FROM responses r WHERE r.id = ${id}`);
}

export function responsesToPost(db: Executor, postId: string): Promise<Response[]> {
  return rows<Response>(
    db,
    sql`SELECT ${responseColumns} FROM responses r WHERE r.post_id = ${postId} ORDER BY r.created_at`,
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
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO responses (post_id, municipality_code, responder_account_id, poster_account_id, responder_first_name, created_at)
        VALUES (${response.postId}, ${response.municipalityCode}, ${response.responderAccountId}, ${response.posterAccountId},
                ${response.responderFirstName}, coalesce(${response.createdAt ?? null}::timestamptz, now()))
        ON CONFLICT (post_id, responder_account_id) DO NOTHING RETURNING id`,
  );
  return row?.id;
}

export async function setResponseStatus(db: Executor, id: string, status: Response['status']): Promise<void> {
  await db.execute(sql`UPDATE responses SET status = ${status} WHERE id = ${id}`);
}

export async function reportResponse(db: Executor, id: string, reason: string): Promise<void> {
  // A report after the last one was handled counts as new: the conversation is back on the list.
  await db.execute(sql`UPDATE responses SET reported_at = CASE WHEN report_resolved_at IS NULL THEN coalesce(reported_at, now()) ELSE now() END,
                                             report_resolved_at = NULL, report_reason = ${reason} WHERE id = ${id}`);
}

/** Marks a conversation's report handled, in one marketplace only; false when there was none open. */
export async function resolveResponseReport(db: Executor, id: string, municipalityCode: string): Promise<boolean> {
  const resolved = await rows(
    db,
    sql`UPDATE responses SET report_resolved_at = now()
         WHERE id = ${id} AND municipality_code = ${municipalityCode} AND reported_at IS NOT NULL AND report_resolved_at IS NULL RETURNING 1`,
  );
  return resolved.length > 0;
}

export interface Message {
  id: string;
  senderAccountId: string | null;
  senderFirstName: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export function messagesOf(db: Executor, responseId: string): Promise<Message[]> {
  return rows<Message>(
    db,
    sql`SELECT m.id, m.sender_account_id AS "senderAccountId",
               CASE WHEN m.sender_account_id = r.responder_account_id THEN r.responder_first_name ELSE p.author_first_name END AS "senderFirstName",
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
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO messages (response_id, municipality_code, sender_account_id, body, created_at)
        VALUES (${message.responseId}, ${message.municipalityCode}, ${message.senderAccountId}, ${message.body}, coalesce(${message.createdAt ?? null}::timestamptz, now()))
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Marks the other party's messages read, for the reader. */
export async function markRead(db: Executor, responseId: string, readerAccountId: string): Promise<void> {
  await db.execute(
    sql`UPDATE messages SET read_at = now() WHERE response_id = ${responseId} AND read_at IS NULL AND sender_account_id IS DISTINCT FROM ${readerAccountId}`,
  );
}

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
  const inserted = await rows(
    db,
    sql`INSERT INTO matches (post_id, response_id, municipality_code, confirmed_via, created_at)
        VALUES (${match.postId}, ${match.responseId}, ${match.municipalityCode}, ${match.via}, coalesce(${match.createdAt ?? null}::timestamptz, now()))
        ON CONFLICT (post_id) DO NOTHING RETURNING 1`,
  );
  return inserted.length > 0;
}

export async function insertReport(
  db: Executor,
  report: { postId: string; municipalityCode: string; reporterAccountId: string; reason: string },
): Promise<string> {
  const row = await firstRow<{ id: string }>(
    db,
    sql`INSERT INTO post_reports (post_id, municipality_code, reporter_account_id, reason)
        VALUES (${report.postId}, ${report.municipalityCode}, ${report.reporterAccountId}, ${report.reason}) RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Posts whose time is up; the expiry job closes them. */
export async function expireDuePosts(db: Executor): Promise<number> {
  return (
    await rows(
      db,
      sql`UPDATE posts SET status = 'expired', closed_at = now() WHERE status = 'open' AND expires_at <= now() RETURNING 1`,
    )
  ).length;
}

export function postsBy(db: Executor, accountId: string): Promise<Post[]> {
  return rows<Post>(
    db,
    sql`SELECT ${postColumns} ${fromPosts} WHERE p.author_account_id = ${accountId} ORDER BY p.created_at DESC LIMIT 100`,
  );
}

/** The conversations a person takes part in, newest first, with their unread count. */
export function conversationsOf(db: Executor, accountId: string) {
  return rows<Response & { postTitle: string; unread: number }>(
    db,
    sql`SELECT ${responseColumns}, p.title AS "postTitle",
               (SELECT count(*)::int FROM messages m WHERE m.response_id = r.id AND m.read_at IS NULL AND m.sender_account_id IS DISTINCT FROM ${accountId}) AS unread
          FROM responses r JOIN posts p ON p.id = r.post_id
         WHERE r.responder_account_id = ${accountId} OR r.poster_account_id = ${accountId}
         ORDER BY r.created_at DESC LIMIT 100`,
  );
}

export function responseOfBy(db: Executor, postId: string, accountId: string): Promise<Response | undefined> {
  return firstRow<Response>(
    db,
    sql`SELECT ${responseColumns} FROM responses r WHERE r.post_id = ${postId} AND r.responder_account_id = ${accountId}`,
  );
}

export interface ModerationItem {
  postId: string;
  kind: PostKind;
  title: string;
  description: string;
  status: PostStatus;
  createdAt: string;
  reports: { reason: string; createdAt: string }[];
  author: { firstName: string; lastName: string | null; email: string | null } | null;
}

/**
 * The moderation queue of one marketplace: posts waiting for review and posts with open reports,
 * with the author's contact details — personal data, for that marketplace's beheerders only.
 */
export function moderationQueue(db: Executor, municipalityCode: string): Promise<ModerationItem[]> {
  return rows<ModerationItem>(
    db,
    sql`SELECT p.id AS "postId", p.kind, p.title, p.description, p.status, ${iso('p.created_at')} AS "createdAt",
               coalesce((SELECT json_agg(json_build_object('reason', r.reason, 'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) ORDER BY r.created_at)
                           FROM post_reports r WHERE r.post_id = p.id AND r.resolved_at IS NULL), '[]'::json) AS reports,
               CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('firstName', a.first_name, 'lastName', a.last_name, 'email', a.email) END AS author
          FROM posts p LEFT JOIN accounts a ON a.id = p.author_account_id
         WHERE p.municipality_code = ${municipalityCode}
           AND (p.status = 'in-review' OR EXISTS (SELECT 1 FROM post_reports r WHERE r.post_id = p.id AND r.resolved_at IS NULL))
         ORDER BY p.created_at`,
  );
}

export async function resolveReports(db: Executor, postId: string): Promise<void> {
  await db.execute(sql`UPDATE post_reports SET resolved_at = now() WHERE post_id = ${postId} AND resolved_at IS NULL`);
}

/** Publishing after review starts the post's time on the marketplace. */
export async function publishPost(db: Executor, postId: string, expiryWeeks: number): Promise<void> {
  await db.execute(
    sql`UPDATE posts SET status = 'open', published_at = now(), expires_at = now() + make_interval(weeks => ${expiryWeeks}) WHERE id = ${postId}`,
  );
}

export async function updatePostFields(
  db: Executor,
  id: string,
  fields: {
    title?: string | undefined;
    description?: string | undefined;
    category?: Category | undefined;
    whenKind?: WhenKind | undefined;
    whenDate?: string | null | undefined;
    whenText?: string | null | undefined;
    hoursPerWeek?: number | null | undefined;
  },
): Promise<void> {
  const columns: Record<string, string> = {
    title: 'title',
    description: 'description',
    category: 'category',
    whenKind: 'when_kind',
    whenDate: 'when_date',
    whenText: 'when_text',
    hoursPerWeek: 'hours_per_week',
  };
  const sets = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      key === 'whenDate' ? sql`when_date = ${value}::date` : sql`${sql.identifier(columns[key] as string)} = ${value}`,
    );
  if (sets.length > 0) await db.execute(sql`UPDATE posts SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
}

/** What the AVG export shows of a person's part in the marketplaces. */
export async function marketplaceDataOf(db: Executor, accountId: string) {
  return {
    posts: await rows(
      db,
      sql`SELECT id, kind, title, description, pc4, status, ${iso('created_at')} AS "createdAt" FROM posts WHERE author_account_id = ${accountId} ORDER BY created_at`,
    ),
    responses: await rows(
      db,
      sql`SELECT r.id, r.post_id AS "postId", r.status, ${iso('r.created_at')} AS "createdAt" FROM responses r WHERE r.responder_account_id = ${accountId} ORDER BY r.created_at`,
    ),
    messagesSent: await rows(
      db,
      sql`SELECT m.response_id AS "conversationId", m.body, ${iso('m.created_at')} AS "createdAt" FROM messages m WHERE m.sender_account_id = ${accountId} ORDER BY m.created_at`,
    ),
    reportsMade: await rows(
      db,
      sql`SELECT post_id AS "postId", reason, ${iso('created_at')} AS "createdAt" FROM post_reports WHERE reporter_account_id = ${accountId}`,
    ),
  };
}

/**
 * When an account goes: its open posts close, its name is replaced on what stays (posts and
 * responses other people took part in), and the messages it wrote are removed.
 */
export async function forgetMarketplacePerson(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`UPDATE posts SET status = 'closed', closed_at = now(), close_reason = 'account verwijderd'
                        WHERE author_account_id = ${accountId} AND status IN ('concept', 'in-review', 'open')`);
  await db.execute(
    sql`UPDATE posts SET author_first_name = 'verwijderd account', on_behalf_of_first_name = NULL WHERE author_account_id = ${accountId}`,
  );
  await db.execute(
    sql`UPDATE responses SET responder_first_name = 'verwijderd account' WHERE responder_account_id = ${accountId}`,
  );
  await db.execute(sql`DELETE FROM messages WHERE sender_account_id = ${accountId}`);
}

export interface ReportedConversation {
  responseId: string;
  postId: string;
  postTitle: string;
  posterFirstName: string;
  responderFirstName: string;
  reportedAt: string;
  reason: string | null;
}

/** The conversations of one marketplace that one of their parties reported, newest report first: for its beheerders only. */
export function reportedConversations(db: Executor, municipalityCode: string): Promise<ReportedConversation[]> {
  return rows<ReportedConversation>(
    db,
    sql`SELECT r.id AS "responseId", r.post_id AS "postId", p.title AS "postTitle", p.author_first_name AS "posterFirstName",
               r.responder_first_name AS "responderFirstName", ${iso('r.reported_at')} AS "reportedAt", r.report_reason AS reason
          FROM responses r JOIN posts p ON p.id = r.post_id
         WHERE r.municipality_code = ${municipalityCode} AND r.reported_at IS NOT NULL AND r.report_resolved_at IS NULL
         ORDER BY r.reported_at DESC LIMIT 100`,
  );
}
