import { type SQL, sql } from 'drizzle-orm';
import { type Executor, firstRow, rows } from '../../core/db';
import { fromPosts, type Post, postColumns } from './queries';
import type { Category, PostKind, PostStatus } from './rules';

export interface PostSearch {
  kind: PostKind;
  q?: string | undefined;
  category?: Category | undefined;
  status?: PostStatus | undefined;
  municipalityCode?: string | undefined;
  /** 4-digit postcode to measure distance from */
  near?: { lat: number; lon: number } | undefined;
  radiusKm?: number | undefined;
  sort: 'relevance' | 'distance' | 'date';
  page: number;
  pageSize: number;
}

/**
 * The Dutch query as a prefix tsquery: every word must match, by its stem or a longer form, and a
 * stem ending in a doubled consonant also matches without it — Snowball leaves "boodschappen"
 * as "boodschapp", so "boodschappen" must find "boodschap" and the other way round. The text is
 * built first and passed as a value, so the planner can use the full-text index.
 */
const tsqueryCache = new Map<string, string>();
async function prefixTsquery(db: Executor, q: string): Promise<string> {
  const cached = tsqueryCache.get(q);
  if (cached !== undefined) return cached;
  const row = await firstRow<{ query: string | null }>(
    db,
    sql`SELECT string_agg('(' || quote_literal(l) || ':* | ' || quote_literal(regexp_replace(l, '([bcdfghjklmnpqrstvwxz])\\1$', '\\1')) || ':*)', ' & ') AS query
          FROM unnest(tsvector_to_array(to_tsvector('samen_dutch', ${q}))) AS l`,
  );
  const query = row?.query ?? '';
  // Stemming is fixed configuration, so the result can be remembered; the cache stays small.
  if (tsqueryCache.size > 5_000) tsqueryCache.clear();
  tsqueryCache.set(q, query);
  return query;
}

function conditions(search: PostSearch, match: SQL | null): SQL {
  // 'open' is written as a literal so the partial indexes on open posts apply.
  const status = (search.status ?? 'open') === 'open' ? sql.raw(`'open'`) : sql`${search.status}`;
  const parts: SQL[] = [sql`p.kind = ${search.kind}`, sql`p.status = ${status}`];
  if (search.category) parts.push(sql`p.category = ${search.category}`);
  if (search.municipalityCode) parts.push(sql`p.municipality_code = ${search.municipalityCode}`);
  if (search.near && search.radiusKm) {
    const origin = sql`ll_to_earth(${search.near.lat}, ${search.near.lon})`;
    const metres = search.radiusKm * 1000;
    // earth_box uses the GiST index; earth_distance trims the box's corners.
    parts.push(sql`earth_box(${origin}, ${metres}) @> p.location AND earth_distance(${origin}, p.location) <= ${metres}`);
  }
  if (match) parts.push(match);
  return sql.join(parts, sql` AND `);
}

function order(search: PostSearch, rank: SQL | null): SQL {
  const distance = search.near ? sql`earth_distance(ll_to_earth(${search.near.lat}, ${search.near.lon}), p.location)` : null;
  if (search.sort === 'distance' && distance) return sql`${distance}, p.published_at DESC`;
  if (search.sort === 'relevance' && rank) return sql`${rank} DESC, p.published_at DESC`;
  return sql`p.published_at DESC NULLS LAST, p.id`;
}

export type PostHit = Post & { distanceKm: number | null };

/**
 * Full-text search in Dutch with filters, distance and sorting; when the words find nothing, a
 * typo-tolerant pass over titles with trigram similarity ("bodschappen" still finds them).
 */
export async function searchPosts(db: Executor, search: PostSearch): Promise<{ items: PostHit[]; total: number; fuzzy: boolean }> {
  const distance = search.near ? sql`round((earth_distance(ll_to_earth(${search.near.lat}, ${search.near.lon}), p.location) / 1000)::numeric, 1)::float8` : sql`NULL::float8`;
  const run = async (match: SQL | null, rank: SQL | null) => {
    const where = conditions(search, match);
    const items = await rows<PostHit>(
      db,
      sql`SELECT ${postColumns}, ${distance} AS "distanceKm" ${fromPosts} WHERE ${where}
           ORDER BY ${order(search, rank)} LIMIT ${search.pageSize} OFFSET ${(search.page - 1) * search.pageSize}`,
    );
    const count = await firstRow<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM posts p WHERE ${where}`);
    return { items, total: count?.total ?? 0 };
  };
  const q = search.q?.trim();
  if (!q) return { ...(await run(null, null)), fuzzy: false };
  const words = await prefixTsquery(db, q);
  const query = sql`to_tsquery('simple', ${words})`;
  const exact = words ? await run(sql`p.search_vector @@ ${query}`, sql`ts_rank_cd(p.search_vector, ${query})`) : { items: [], total: 0 };
  if (exact.total > 0 || q.length < 4) return { ...exact, fuzzy: false };
  const fuzzy = await run(sql`p.title % ${q}`, sql`similarity(p.title, ${q})`);
  return { ...fuzzy, fuzzy: true };
}
