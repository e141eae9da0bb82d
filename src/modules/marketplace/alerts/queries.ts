import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, rows, select, selectOne } from '../../../core/db';
import { FREQUENCIES } from '../../../core/notifications';
import { withheld } from '../posts/queries';
import { CATEGORIES, POST_KINDS } from '../rules';

/** All SQL of saved searches and of finding who should hear about a new post. */

export const SavedSearchRow = z.object({
  id: z.string(),
  kind: z.enum(POST_KINDS),
  q: z.string().nullable(),
  category: z.enum(CATEGORIES).nullable(),
  near: z.string().nullable(),
  radiusKm: z.number().nullable(),
  municipality: z.string().nullable(),
  municipalityName: z.string().nullable(),
  frequency: z.enum(FREQUENCIES),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearchRow>;

const columns = sql`s.id, s.kind, s.q, s.category, s.near_pc4 AS near, s.radius_km AS "radiusKm",
  s.municipality_code AS municipality, (SELECT m.name FROM municipalities m WHERE m.code = s.municipality_code)
  AS "municipalityName", s.frequency,
  to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

export function savedSearchesOf(db: Executor, accountId: string) {
  return select(
    db,
    SavedSearchRow,
    sql`SELECT ${columns} FROM saved_searches s WHERE s.account_id = ${accountId} ORDER BY s.created_at DESC, s.id`,
  );
}

export async function countSavedSearches(db: Executor, accountId: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM saved_searches WHERE account_id = ${accountId}`,
  );
  return row?.n ?? 0;
}

/** Dutch stems of the search words, the same stemming the search itself uses. */
export async function stemsOf(db: Executor, q: string): Promise<string[]> {
  const [row] = await rows<{ stems: string[] }>(
    db,
    sql`SELECT tsvector_to_array(to_tsvector('samen_dutch', ${q})) AS stems`,
  );
  return row?.stems ?? [];
}

export async function insertSavedSearch(
  db: Executor,
  accountId: string,
  search: Omit<SavedSearch, 'id' | 'createdAt' | 'municipalityName'>,
  wordStarts: readonly string[],
): Promise<SavedSearch> {
  const inserted = await selectOne(
    db,
    z.object({ id: z.string() }),
    sql`INSERT INTO saved_searches (account_id, kind, q, category, near_pc4, radius_km, municipality_code, frequency,
                                    word_count)
        VALUES (${accountId}, ${search.kind}, ${search.q}, ${search.category}, ${search.near}, ${search.radiusKm},
                ${search.municipality}, ${search.frequency}, ${wordStarts.length})
        RETURNING id`,
  );
  if (!inserted) throw new Error('insert returned nothing');
  for (const lo of wordStarts)
    await db.execute(
      sql`INSERT INTO saved_search_words (saved_search_id, kind, lo) VALUES (${inserted.id}, ${search.kind}, ${lo})`,
    );
  const saved = await selectOne(
    db,
    SavedSearchRow,
    sql`SELECT ${columns} FROM saved_searches s WHERE s.id = ${inserted.id}`,
  );
  if (!saved) throw new Error('the saved search is gone');
  return saved;
}

export async function deleteSavedSearch(db: Executor, accountId: string, id: string): Promise<boolean> {
  const deleted = await rows(
    db,
    sql`DELETE FROM saved_searches WHERE id = ${id} AND account_id = ${accountId} RETURNING id`,
  );
  return deleted.length > 0;
}

const CandidateRow = z.object({
  accountId: z.string(),
  q: z.string().nullable(),
  category: z.enum(CATEGORIES).nullable(),
  frequency: z.enum(FREQUENCIES),
});
export type Candidate = z.infer<typeof CandidateRow>;

const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;

/**
 * The saved searches a new post fits, found by index and filtered in the database:
 * - with words: each prefix of each of the post's lexemes is one probe into the words of searches
 *   of its kind; a search fits when all its words were found;
 * - without words, near a postcode: one probe per postcode within 100 km, reading only searches
 *   whose radius reaches the post;
 * - without words, on the post's marketplace or nationwide: one probe each.
 * The place of searches with words is checked against the same list of postcodes and distances.
 */
export function candidateSearches(db: Executor, post: CandidatePost, nearby: readonly { pc4: string; km: number }[]) {
  return select(db, CandidateRow, candidateSearchesQuery(post, nearby));
}

interface CandidatePost {
  kind: string;
  category: string;
  municipalityCode: string;
  authorAccountId: string | null;
  lexemePrefixes: readonly string[];
}

/** The statement of candidateSearches (the benchmark shows its plan). */
export function candidateSearchesQuery(
  post: {
    kind: string;
    category: string;
    municipalityCode: string;
    authorAccountId: string | null;
    lexemePrefixes: readonly string[];
  },
  nearby: readonly { pc4: string; km: number }[],
) {
  const fits = sql`(s.category IS NULL OR s.category = ${post.category})
    AND s.account_id IS DISTINCT FROM ${post.authorAccountId}::uuid`;
  const columns_ = sql`s.account_id AS "accountId", s.q, s.category, s.frequency`;
  const pc4s = textArray(nearby.map(({ pc4 }) => pc4));
  const kms = sql`${`{${nearby.map(({ km }) => km).join(',')}}`}::float8[]`;
  return sql`WITH near AS (SELECT * FROM unnest(${pc4s}, ${kms}) AS n(pc4, km))
        SELECT ${columns_}
          FROM (SELECT saved_search_id, count(*) AS hits FROM saved_search_words
                 WHERE kind = ${post.kind} AND lo = ANY(${textArray(post.lexemePrefixes)}) GROUP BY saved_search_id) w
          JOIN saved_searches s ON s.id = w.saved_search_id AND s.word_count = w.hits
         WHERE ${fits} AND (
           (s.near_pc4 IS NULL AND (s.municipality_code IS NULL OR s.municipality_code = ${post.municipalityCode}))
           OR EXISTS (SELECT 1 FROM near WHERE near.pc4 = s.near_pc4 AND near.km <= s.radius_km))
        UNION ALL
        SELECT ${columns_} FROM near
         CROSS JOIN LATERAL (SELECT * FROM saved_searches s
                              WHERE s.kind = ${post.kind} AND s.word_count = 0 AND s.near_pc4 = near.pc4
                                AND s.radius_km >= near.km) s
         WHERE ${fits}
        UNION ALL
        SELECT ${columns_} FROM saved_searches s
         WHERE s.kind = ${post.kind} AND s.word_count = 0 AND s.near_pc4 IS NULL
           AND (s.municipality_code = ${post.municipalityCode} OR s.municipality_code IS NULL) AND ${fits}`;
}

const NewPostRow = z.object({
  id: z.string(),
  kind: z.enum(POST_KINDS),
  title: z.string(),
  category: z.enum(CATEGORIES),
  pc4: z.string(),
  lat: z.number(),
  lon: z.number(),
  authorAccountId: z.string().nullable(),
  municipalityCode: z.string(),
  marketplaceName: z.string(),
  lexemes: z.array(z.string()),
});
export type NewPost = z.infer<typeof NewPostRow>;

/** A post that just opened, with its lexemes (from its own search vector, whatever indexes exist). */
export function newPostById(db: Executor, postId: string) {
  return selectOne(
    db,
    NewPostRow,
    sql`SELECT p.id, p.kind, p.title, p.category, p.pc4, pc.lat, pc.lon, p.author_account_id AS "authorAccountId",
               p.municipality_code AS "municipalityCode", mp.name AS "marketplaceName",
               tsvector_to_array(p.search_vector) AS lexemes
          FROM posts p JOIN postcodes pc ON pc.pc4 = p.pc4
          JOIN marketplaces mp ON mp.municipality_code = p.municipality_code
         WHERE p.id = ${postId} AND p.status = 'open'`,
  );
}

const NeighbourPostRow = z.object({
  id: z.string(),
  title: z.string(),
  authorAccountId: z.string(),
});

/**
 * Open posts of the other side (offers for a request, requests for an offer) in the same category
 * near the new post, nearest first: through the partial GiST index on open posts' locations.
 */
export function matchingOpenPosts(
  db: Executor,
  post: NewPost,
  kind: 'request' | 'offer',
  radiusKm: number,
  limit: number,
) {
  const origin = sql`ll_to_earth(${post.lat}, ${post.lon})`;
  const metres = radiusKm * 1000;
  return select(
    db,
    NeighbourPostRow,
    sql`SELECT p.id, p.title, p.author_account_id AS "authorAccountId" FROM posts p
         WHERE p.status = 'open' AND NOT ${withheld} AND p.kind = ${kind} AND p.category = ${post.category}
           AND earth_box(${origin}, ${metres}) @> p.location AND earth_distance(${origin}, p.location) <= ${metres}
           AND p.author_account_id IS NOT NULL AND p.author_account_id IS DISTINCT FROM ${post.authorAccountId}::uuid
         ORDER BY earth_distance(${origin}, p.location) LIMIT ${limit}`,
  );
}

const NoticeRow = z.object({
  id: z.string(),
  title: z.string(),
  municipalityCode: z.string(),
  marketplaceName: z.string(),
  authorAccountId: z.string().nullable(),
  expiresAt: z.string(),
});

const noticeColumns = sql`p.id, p.title, p.municipality_code AS "municipalityCode", mp.name AS "marketplaceName",
  p.author_account_id AS "authorAccountId",
  to_char(coalesce(p.closed_at, p.expires_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "expiresAt"`;

export function postsForNotice(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return select(
    db,
    NoticeRow,
    sql`SELECT ${noticeColumns} FROM posts p JOIN marketplaces mp ON mp.municipality_code = p.municipality_code
         WHERE p.id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
  );
}

/** Open posts whose term ends within `days` and whose author was not yet warned for this term. */
export function takeExpiringSoon(db: Executor, days: number) {
  return select(
    db,
    NoticeRow,
    sql`WITH due AS (
          UPDATE posts p SET expiry_warned_for = p.expires_at
           WHERE p.status = 'open' AND p.expires_at <= now() + make_interval(days => ${days})
             AND p.expires_at > now() AND p.expiry_warned_for IS DISTINCT FROM p.expires_at
          RETURNING p.*)
        SELECT ${noticeColumns} FROM due p JOIN marketplaces mp ON mp.municipality_code = p.municipality_code`,
  );
}
