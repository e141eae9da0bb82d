import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';
import { isId } from '../../../core/vocabulary';
import {
  CATEGORIES,
  type Category,
  POST_KINDS,
  POST_STATUSES,
  type PostStatus,
  WHEN_KINDS,
  type WhenKind,
} from '../rules';

export const PostRow = z.object({
  id: z.string(),
  kind: z.enum(POST_KINDS),
  municipalityCode: z.string(),
  marketplaceName: z.string(),
  authorAccountId: z.string().nullable(),
  authorFirstName: z.string(),
  onBehalfOfFirstName: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  category: z.enum(CATEGORIES),
  whenKind: z.enum(WHEN_KINDS),
  whenDate: z.string().nullable(),
  whenText: z.string().nullable(),
  hoursPerWeek: z.number().int().nullable(),
  pc4: z.string(),
  place: z.string(),
  status: z.enum(POST_STATUSES),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  responseCount: z.number().int(),
  /** the beheerder's reason, when a rejection closed it: its author may change it and send it in again */
  rejectedReason: z.string().nullable(),
  /** hidden after reports or a rejection, or by someone blocked on its marketplace: see isPublic */
  withheld: z.boolean(),
  /** when it was hidden (after reports, or rejected) until a beheerder approves it */
  hiddenAt: z.string().nullable(),
  /** a beheerder sent it back as a concept with this note, for its author */
  returnedNote: z.string().nullable(),
});
export type Post = z.infer<typeof PostRow>;

/** Today in the Netherlands: a one-time request's day ends at midnight there, not in UTC. */
const TODAY = sql`(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Until when a post placed on the marketplace stays there: its expiry, and for help on one date
 * not past that day (it ends at midnight in the Netherlands). Null while it was never placed.
 */
const openUntil = sql`CASE WHEN p.expires_at IS NULL THEN NULL
  WHEN p.when_kind = 'once' AND p.when_date IS NOT NULL
    THEN least(p.expires_at, (p.when_date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
  ELSE p.expires_at END`;

/** An open post whose time is up (the expiry schedule has not got to it yet): `posts p`. */
const timeIsUp = sql`(p.expires_at <= now() OR (p.when_kind = 'once' AND p.when_date < ${TODAY}))`;

/**
 * The ids of open posts whose time is up but that the expiry schedule has not closed yet (seconds
 * at most, or longer when no instance ran): searches leave them out. Two small partial indexes
 * answer it (posts_open_expiry_idx, posts_open_once_idx).
 */
export const staleOpenPostIds = sql`SELECT p.id FROM posts p WHERE p.status = 'open' AND ${timeIsUp}`;

/**
 * Blocks in force now of the author of `posts p` on its marketplace (or on the whole platform):
 * the SQL side of `blockIn` in rules.ts.
 */
const authorBlocked = sql`EXISTS (SELECT 1 FROM marketplace_blocks b
  WHERE b.account_id = p.author_account_id AND b.lifted_at IS NULL AND b.ends_at > now()
    AND (b.municipality_code IS NULL OR b.municipality_code = p.municipality_code))`;

/**
 * Whether `posts p` is withheld from the public whatever its status: hidden (after reports, or a
 * rejection) until a beheerder approves it, or placed by someone blocked there. The SQL side of
 * isPublic (rules.ts); every list of posts others see leaves these out.
 */
export const withheld = sql`(p.hidden_at IS NOT NULL OR ${authorBlocked})`;

/**
 * The ids of the posts that are withheld: the hidden ones (a small partial index) and those of the
 * people blocked now (few; through the index on the author). Searches leave them out, as they
 * leave out staleOpenPostIds.
 */
export const withheldPostIds = sql`SELECT p.id FROM posts p WHERE p.hidden_at IS NOT NULL
  UNION ALL
  SELECT p.id FROM marketplace_blocks b JOIN posts p ON p.author_account_id = b.account_id
   WHERE b.lifted_at IS NULL AND b.ends_at > now()
     AND (b.municipality_code IS NULL OR b.municipality_code = p.municipality_code)`;

/** The columns of PostRow, from `posts p` and postJoins. A post whose time is up reads as expired at once. */
export const postColumns = sql`p.id, p.kind, p.municipality_code AS "municipalityCode", mp.name AS "marketplaceName",
  p.author_account_id AS "authorAccountId", p.author_first_name AS "authorFirstName",
  p.on_behalf_of_first_name AS "onBehalfOfFirstName", p.organisation_id AS "organisationId",
  org.name AS "organisationName", p.title, p.description, p.category, p.when_kind AS "whenKind",
  to_char(p.when_date, 'YYYY-MM-DD') AS "whenDate", p.when_text AS "whenText", p.hours_per_week AS "hoursPerWeek",
  p.pc4, pc.place, CASE WHEN p.status = 'open' AND ${timeIsUp} THEN 'expired' ELSE p.status END AS status,
  ${iso('p.created_at')} AS "createdAt", ${iso('p.published_at')} AS "publishedAt",
  to_char((${openUntil}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "expiresAt",
  (SELECT count(*)::int FROM responses r WHERE r.post_id = p.id) AS "responseCount",
  CASE WHEN p.status = 'closed' AND p.rejected_at IS NOT NULL THEN coalesce(p.close_reason, '') END
    AS "rejectedReason",
  ${withheld} AS withheld, ${iso('p.hidden_at')} AS "hiddenAt", p.returned_note AS "returnedNote"`;
/** What postColumns needs besides `posts p`. */
export const postJoins = sql`JOIN marketplaces mp ON mp.municipality_code = p.municipality_code
  JOIN postcodes pc ON pc.pc4 = p.pc4 LEFT JOIN organisations org ON org.id = p.organisation_id`;
export const fromPosts = sql`FROM posts p ${postJoins}`;

/** The id a statement returns (RETURNING id). */
export const IdRow = z.object({ id: z.string() });

export async function postById(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Post | undefined> {
  if (!isId(id)) return undefined;
  // Lock the row first (a join can't be locked FOR UPDATE on one side only in every case).
  if (options.forUpdate && !(await selectOne(db, IdRow, sql`SELECT id FROM posts WHERE id = ${id} FOR UPDATE`)))
    return undefined;
  return selectOne(db, PostRow, sql`SELECT ${postColumns} ${fromPosts} WHERE p.id = ${id}`);
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
> & { expiryWeeks: number; createdAt?: string; screening?: readonly StoredReason[] };

export async function insertPost(db: Executor, post: NewPost): Promise<string> {
  const created = post.createdAt ?? null;
  const opensAt = sql`coalesce(${created}::timestamptz, now())`;
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO posts (kind, municipality_code, author_account_id, author_first_name, organisation_id,
                           on_behalf_of_first_name, title, description, category, when_kind, when_date, when_text,
                           hours_per_week, pc4, lat, lon, status, created_at, published_at, expires_at,
                           screening)
        SELECT ${post.kind}, ${post.municipalityCode}, ${post.authorAccountId}, ${post.authorFirstName},
               ${post.organisationId}, ${post.onBehalfOfFirstName}, ${post.title}, ${post.description},
               ${post.category}, ${post.whenKind}, ${post.whenDate}::date, ${post.whenText}, ${post.hoursPerWeek},
               pc.pc4, pc.lat, pc.lon, ${post.status}, ${opensAt},
               CASE WHEN ${post.status} = 'open' THEN ${opensAt} END,
               CASE WHEN ${post.status} = 'open' THEN ${opensAt} + make_interval(weeks => ${post.expiryWeeks}) END,
               ${screeningJson(post.screening)}
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
           closed_at = CASE WHEN ${status} IN ('closed', 'withdrawn', 'expired', 'matched') THEN now()
                            ELSE closed_at END,
           close_reason = coalesce(${reason}, close_reason)
     WHERE id = ${id}`);
}

/** Publishing (after review, or again after expiry) starts the post's time on the marketplace. */
export async function publishPost(db: Executor, postId: string, expiryWeeks: number): Promise<void> {
  await db.execute(
    sql`UPDATE posts SET status = 'open', published_at = now(),
                         expires_at = now() + make_interval(weeks => ${expiryWeeks})
         WHERE id = ${postId}`,
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

/**
 * Posts whose time is up, closed by the expiry schedule: after their marketplace's expiry weeks,
 * and a one-time request from the day after its date. Safe to run again and in every instance at
 * once: it touches only posts that are still open.
 */
export async function expireDuePosts(db: Executor): Promise<number> {
  return (await expirePostsDue(db)).length;
}

/** Sent in again after a rejection or a return: no longer rejected or returned (the beheerder decides anew). */
export async function clearRejection(db: Executor, postId: string): Promise<void> {
  await db.execute(
    sql`UPDATE posts SET rejected_at = NULL, returned_note = NULL,
                         close_reason = CASE WHEN rejected_at IS NOT NULL THEN NULL ELSE close_reason END,
                         closed_at = CASE WHEN rejected_at IS NOT NULL THEN NULL ELSE closed_at END
         WHERE id = ${postId}`,
  );
}

/**
 * Why the screening sent a post to review, as the queue shows it: per reason its code, rule set,
 * field, the message's parameters and the spans of the matched text. Null when nothing was found.
 */
export const StoredReasonRow = z.object({
  code: z.string(),
  rule: z.string(),
  field: z.string(),
  params: z.record(z.string(), z.string()),
  spans: z.array(z.object({ field: z.string(), start: z.number(), end: z.number(), text: z.string() })),
});
export type StoredReason = z.infer<typeof StoredReasonRow>;

const screeningJson = (reasons: readonly StoredReason[] | undefined) =>
  reasons && reasons.length > 0 ? sql`${JSON.stringify(reasons)}::jsonb` : sql`NULL::jsonb`;

/** The reasons of the latest screening of a post (each time its text is screened again). */
export async function setScreening(db: Executor, postId: string, reasons: readonly StoredReason[]): Promise<void> {
  await db.execute(sql`UPDATE posts SET screening = ${screeningJson(reasons)} WHERE id = ${postId}`);
}

/** The same, returning the ids of the posts it expired (their authors are told). */
export async function expirePostsDue(db: Executor): Promise<string[]> {
  const expired = await select(
    db,
    IdRow,
    sql`UPDATE posts p SET status = 'expired', closed_at = now()
         WHERE p.status = 'open' AND ${timeIsUp} RETURNING p.id`,
  );
  return expired.map(({ id }) => id);
}

/** A person's own posts, newest first. */
export function postsBy(db: Executor, accountId: string): Promise<Post[]> {
  return select(
    db,
    PostRow,
    sql`SELECT ${postColumns} ${fromPosts}
         WHERE p.author_account_id = ${accountId} ORDER BY p.created_at DESC LIMIT 100`,
  );
}
