import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select, selectOne, textArray } from '../../../core/db';
import { postcodesWithin } from '../../municipalities';
import { PostRow, postColumns, postJoins, staleOpenPostIds, withheld, withheldPostIds } from '../posts/queries';
import { type Category, type PostKind, type PublicStatus, type WordRange, wordRanges } from '../rules';

export interface PostSearch {
  kind: PostKind;
  q?: string | undefined;
  category?: Category | undefined;
  /** only public statuses can be searched: see PUBLIC_STATUSES */
  status?: PublicStatus | undefined;
  /** only posts of these marketplaces */
  municipalityCodes?: readonly string[] | undefined;
  /** 4-digit postcode to measure distance from */
  near?: { lat: number; lon: number } | undefined;
  radiusKm?: number | undefined;
  sort: 'relevance' | 'distance' | 'date';
  page: number;
  pageSize: number;
}

export const PostHitRow = PostRow.extend({ distanceKm: z.number().nullable() });
export type PostHit = z.infer<typeof PostHitRow>;
/** What a search found: `total` is exact up to COUNT_CAP; beyond it, totalIsExact is false and total is the cap. */
export interface Found {
  items: PostHit[];
  total: number;
  totalIsExact: boolean;
}
export interface SearchResult extends Found {
  fuzzy: boolean;
}

/**
 * A search counts the posts it finds exactly up to this many; when more match, it says "more than
 * 200" and shows (at most) the first 200 in its order (ADR 0007). The work of a search is bounded
 * by it, whatever the number of posts stored: ten pages of twenty, more than anyone pages through.
 */
export const COUNT_CAP = 200;

const FoundRow = PostHitRow.extend({ total: z.number().int() });
const PageRow = FoundRow.extend({ cut: z.boolean() });
/** The count without posts: a page with nothing on it (the post columns are all null). */
const MetaOnlyFoundRow = z.object({ id: z.null(), total: z.number().int() });
const MetaOnlyRow = MetaOnlyFoundRow.extend({ cut: z.boolean() });
const CappedRow = FoundRow.extend({ postings: z.number().int() });
const StemsRow = z.object({ stems: z.array(z.string()) });
const ScopeRow = z.object({ key: z.string(), metres: z.null() });

/**
 * Search in Dutch with filters, distance and sorting. Every word must match, by its stem or a
 * longer form ("boodschap" finds "boodschappen" and the other way round). When the words find
 * nothing, a typo-tolerant pass over titles with trigram similarity ("bodschappen" still finds
 * them).
 *
 * Open posts — what residents search — go through open_post_terms (migration 0005, ADR 0004 and
 * 0007): one index range per (postcode within the radius or marketplace, word), read newest first
 * and at most COUNT_CAP + 1 entries of it, so the work does not grow with the posts stored. Other
 * statuses use the full-text index on posts; their count stops at the cap too.
 */
export async function searchPosts(db: Executor, search: PostSearch): Promise<SearchResult> {
  const q = search.q?.trim();
  const words = q ? await searchWords(db, q) : [];
  const hasWords = !q || words.length > 0;
  const exact: Found = !hasWords
    ? { items: [], total: 0, totalIsExact: true }
    : (search.status ?? 'open') === 'open'
      ? await searchOpenPosts(db, search, words)
      : await searchAllPosts(db, search, words);
  if (!q || exact.total > 0 || q.length < 4) return { ...exact, fuzzy: false };
  return { ...(await searchTitles(db, search, q)), fuzzy: true };
}

/** The search text's words as lexeme ranges. Stemming is fixed configuration, so it is remembered. */
const wordCache = new Map<string, WordRange[]>();
async function searchWords(db: Executor, q: string): Promise<WordRange[]> {
  const cached = wordCache.get(q);
  if (cached) return cached;
  const row = await selectOne(db, StemsRow, sql`SELECT tsvector_to_array(to_tsvector('samen_dutch', ${q})) AS stems`);
  const words = wordRanges(row?.stems ?? []);
  if (wordCache.size > 5_000) wordCache.clear();
  wordCache.set(q, words);
  return words;
}

/** Without words every open post matches: each has a row with the empty lexeme. */
const EVERY_OPEN_POST: WordRange[] = [{ lo: '', hi: '\u0001' }];

/**
 * The postcodes within a radius, nearest first, remembered per (origin, radius): measuring 4,067
 * distances is a tenth of a millisecond, and people search from the same few postcodes and four
 * distances.
 */
const nearby = new Map<string, Promise<{ pc4: string; metres: number }[]>>();
function postcodesNear(db: Executor, origin: { lat: number; lon: number }, radiusKm: number) {
  const key = `${origin.lat},${origin.lon},${radiusKm}`;
  let found = nearby.get(key);
  if (!found) {
    if (nearby.size > 2_000) nearby.clear();
    // Nearest first: the order postsInScopeOrder reads them in.
    found = postcodesWithin(db, origin, radiusKm).then((list) => list.sort((a, b) => a.metres - b.metres));
    nearby.set(key, found);
    found.catch(() => nearby.delete(key));
  }
  return found;
}

/** Postings read per index range, newest first: one more than the cap shows a range was cut short. */
const PER_RANGE = COUNT_CAP + 1;
/**
 * Postings read in scope order (postsInScopeOrder): room for the posts that hold two forms of a
 * word ("boodschap" and "boodschappen": a quarter of the postings of that range).
 */
const IN_SCOPE_ORDER = 2 * PER_RANGE;

/**
 * Open posts through open_post_terms. One word near a postcode by relevance or distance (what
 * residents search most) reads at most IN_SCOPE_ORDER postings, nearest postcodes first. Otherwise,
 * or when that cannot tell, each range is read newest first and cut after PER_RANGE entries. When
 * no range was cut, every match was seen: the answer is exact, as without the cut. When one was
 * and more than COUNT_CAP posts still match, there are more than the cap: the count says so, and
 * the posts are ranked among those read (the newest of each range). When one was and fewer match
 * (a common word with a rare one), the search runs again without the cut.
 */
async function searchOpenPosts(db: Executor, search: PostSearch, words: WordRange[]): Promise<Found> {
  const near = search.near && search.radiusKm ? await postcodesNear(db, search.near, search.radiusKm) : undefined;
  if (near?.length === 0) return { items: [], total: 0, totalIsExact: true };
  // The scope is a list of index keys: postcodes within the radius (with their distance), or
  // marketplaces (those asked for, else all of them).
  const scope: { key: string; metres: number | null }[] = near
    ? near.map(({ pc4, metres }) => ({ key: pc4, metres }))
    : (search.municipalityCodes?.map((key) => ({ key, metres: null })) ?? (await allMarketplaceCodes(db)));
  if (readsInScopeOrder(search, words, scope)) {
    const found = await postsInScopeOrder(db, search, words, scope);
    if (found) return found;
  }
  const bounded = await openPostsPage(db, search, words, scope, PER_RANGE);
  if (!bounded.cut) return { items: bounded.items, total: bounded.total, totalIsExact: true };
  if (bounded.total > COUNT_CAP) {
    const offset = (search.page - 1) * search.pageSize;
    return { items: offset < COUNT_CAP ? bounded.items : [], total: COUNT_CAP, totalIsExact: false };
  }
  const exact = await openPostsPage(db, search, words, scope, null);
  return { items: exact.items, total: exact.total, totalIsExact: true };
}

async function openPostsPage(
  db: Executor,
  search: PostSearch,
  words: WordRange[],
  scope: { key: string; metres: number | null }[],
  perRange: number | null,
): Promise<{ items: PostHit[]; total: number; cut: boolean }> {
  const ranges = words.length > 0 ? words : EVERY_OPEN_POST;
  // One row per index range to read: (postcode or marketplace) × search word. Built here, so the
  // plan has a single driving list and can only be one index range scan per row; given two lists
  // the planner may read every lexeme of a postcode and filter afterwards.
  const probes = scope.flatMap(({ key, metres }) => ranges.map(({ lo, hi }, word) => ({ key, metres, word, lo, hi })));
  const term = rangeConditions(search);
  const order = pageOrder(search, words);
  // The index keeps each word form's postings newest first (migration 0020), so the cut is a Limit
  // on the scan in index order: a range of one form gives its newest, a prefix range ("boodschap"
  // + "boodschappen") each form's in turn.
  // A range that holds perRange postings or more numbers one of the rows it gives n ≥ perRange,
  // whatever order the numbering followed: that is how a cut is seen.
  const range =
    perRange === null
      ? sql`SELECT t.post_id, t.weight, t.published_at, -1 AS n FROM open_post_terms t
             WHERE ${term}`
      : sql`SELECT t.post_id, t.weight, t.published_at,
                   row_number() OVER () AS n
              FROM open_post_terms t WHERE ${term}
             ORDER BY t.lexeme, t.published_at DESC NULLS LAST, t.post_id LIMIT ${perRange}`;
  const visible = visibleOpenPost(sql`post_id`);
  const found = sql`
    hits AS (
      SELECT t.post_id, r.word, max(t.weight) AS weight, max(r.metres) AS metres,
             max(t.published_at) AS published_at, bool_or(t.n >= ${perRange ?? 0}) AS cut
        FROM jsonb_to_recordset(${JSON.stringify(probes)}::jsonb)
               AS r(key text, metres float8, word int, lo text, hi text)
        CROSS JOIN LATERAL (${range}) AS t
       GROUP BY t.post_id, r.word),
    found AS (${
      // One word: a post's hits are its row already (a second grouping cost 15 % at 1,000,000).
      ranges.length === 1
        ? sql`SELECT post_id, weight AS relevance, metres, published_at FROM hits WHERE ${visible}`
        : sql`SELECT post_id, sum(weight) AS relevance, max(metres) AS metres, max(published_at) AS published_at
                FROM hits WHERE ${visible}
               GROUP BY post_id HAVING count(*) = ${ranges.length}`
    }),
    meta AS (SELECT (SELECT count(*) FROM found)::int AS total,
                    coalesce((SELECT bool_or(cut) FROM hits), false) AS cut)`;
  const offset = (search.page - 1) * search.pageSize;
  // One round trip: the count and the cut, with the posts of the page when there are any.
  const rows = await select(
    db,
    z.union([PageRow, MetaOnlyRow]),
    sql`WITH ${found},
         page AS (SELECT f.* FROM found f ORDER BY ${order} LIMIT ${search.pageSize} OFFSET ${offset})
        SELECT ${postColumns}, round((f.metres / 1000)::numeric, 1)::float8 AS "distanceKm", meta.total, meta.cut
          FROM meta LEFT JOIN (page f JOIN posts p ON p.id = f.post_id ${postJoins}) ON true
         ORDER BY ${order}`,
  );
  const meta = rows[0] ?? { total: 0, cut: false };
  const items = rows.flatMap((row) => (row.id === null ? [] : [withoutMeta(row)]));
  return { items, total: meta.total, cut: meta.cut };
}

const withoutMeta = ({ total: _, cut: __, ...item }: z.infer<typeof PageRow>): PostHit => item;

/** One index range of open_post_terms (t): a probe r's key and word, and the search's filters. */
function rangeConditions(search: PostSearch): SQL {
  const term: SQL[] = [
    sql`t.kind = ${search.kind}`,
    search.near && search.radiusKm ? sql`t.pc4 = r.key` : sql`t.municipality_code = r.key`,
    sql`t.lexeme >= r.lo COLLATE "C" AND t.lexeme < r.hi COLLATE "C"`,
  ];
  if (search.category) term.push(sql`t.category = ${search.category}`);
  if (search.near && search.radiusKm && search.municipalityCodes)
    term.push(sql`t.municipality_code = ANY (${textArray(search.municipalityCodes)})`);
  return sql.join(term, sql` AND `);
}

/** Not what the expiry schedule has yet to close, nor what is withheld (hidden, or by someone blocked). */
const visibleOpenPost = (postId: SQL) =>
  sql`${postId} <> ALL (ARRAY(${staleOpenPostIds})) AND ${postId} <> ALL (ARRAY(${withheldPostIds}))`;

/** The order of a page of open posts, over the columns of `found` (f). */
function pageOrder(search: PostSearch, words: WordRange[]): SQL {
  return search.sort === 'distance' && search.near && search.radiusKm
    ? sql`f.metres, f.published_at DESC NULLS LAST, f.post_id`
    : search.sort === 'relevance' && words.length > 0
      ? sql`f.relevance DESC, f.published_at DESC NULLS LAST, f.post_id`
      : sql`f.published_at DESC NULLS LAST, f.post_id`;
}

/**
 * Whether the page can be taken from the first IN_SCOPE_ORDER postings in scope order — nearest
 * postcodes first, or one marketplace's newest first: one word or none, in one range per postcode
 * or in one marketplace, ranked by relevance or distance. (By date, and with more words, the
 * ranges are read as in openPostsPage: the newest of every range, or the posts matching all words.)
 */
function readsInScopeOrder(search: PostSearch, words: WordRange[], scope: { metres: number | null }[]): boolean {
  const near = Boolean(search.near && search.radiusKm);
  if (words.length > 1 || !(near || scope.length === 1)) return false;
  return (search.sort === 'distance' && near) || (search.sort === 'relevance' && words.length === 1);
}

/**
 * At most IN_SCOPE_ORDER postings in all, read range by range in scope order (ADR 0007), so the
 * work is bounded by the cap, not by the matches. Fewer read: every match was seen and the answer
 * is exact. All read, and more than COUNT_CAP posts among them: "more than COUNT_CAP", and the page
 * ranks the posts read — the nearest. Undefined when the postings cannot tell: an empty page (no
 * count comes with it), or all read with COUNT_CAP or fewer posts among them (posts holding several
 * forms of the word, or withheld ones); openPostsPage answers those.
 */
async function postsInScopeOrder(
  db: Executor,
  search: PostSearch,
  words: WordRange[],
  scope: { key: string; metres: number | null }[],
): Promise<Found | undefined> {
  const [{ lo, hi }] = words.length > 0 ? (words as [WordRange]) : (EVERY_OPEN_POST as [WordRange]);
  const probes = scope.map((probe) => ({ ...probe, lo, hi })); // postcodes nearest first (postcodesNear)
  const term = rangeConditions(search);
  const order = pageOrder(search, words);
  const offset = (search.page - 1) * search.pageSize;
  const visible = visibleOpenPost(sql`t.post_id`);
  // The outer Limit stops the nested loop: the function's rows come in array order, each range in
  // index order. (Were that order ever different, the count would still be right — postings of
  // more than COUNT_CAP posts show there are more — and only which posts are ranked would change.)
  const rows = await select(
    db,
    CappedRow,
    sql`WITH page AS (
          SELECT f.* FROM (
            SELECT t.post_id, max(t.weight) AS relevance, max(t.metres) AS metres,
                   max(t.published_at) AS published_at,
                   (count(*) OVER ())::int AS total, (sum(count(*)) OVER ())::int AS postings
              FROM (SELECT t.post_id, t.weight, t.published_at, r.metres
                      FROM jsonb_to_recordset(${JSON.stringify(probes)}::jsonb)
                             AS r(key text, metres float8, lo text, hi text)
                      CROSS JOIN LATERAL (
                        SELECT t.post_id, t.weight, t.published_at FROM open_post_terms t
                         WHERE ${term}
                         ORDER BY t.lexeme, t.published_at DESC NULLS LAST, t.post_id LIMIT ${IN_SCOPE_ORDER}) AS t
                     LIMIT ${IN_SCOPE_ORDER}) AS t
             WHERE ${visible}
             GROUP BY t.post_id) f
           ORDER BY ${order} LIMIT ${search.pageSize} OFFSET ${offset})
        SELECT ${postColumns}, round((f.metres / 1000)::numeric, 1)::float8 AS "distanceKm", f.total, f.postings
          FROM page f JOIN posts p ON p.id = f.post_id ${postJoins}
         ORDER BY ${order}`,
  );
  const first = rows[0];
  if (!first) return undefined;
  const items = rows.map(({ total: _, postings: __, ...item }) => item);
  if (first.postings < IN_SCOPE_ORDER) return { items, total: first.total, totalIsExact: true };
  if (first.total <= COUNT_CAP) return undefined;
  return { items: items.slice(0, Math.max(0, COUNT_CAP - offset)), total: COUNT_CAP, totalIsExact: false };
}

async function allMarketplaceCodes(db: Executor): Promise<{ key: string; metres: null }[]> {
  return select(db, ScopeRow, sql`SELECT municipality_code AS key, NULL AS metres FROM marketplaces`);
}

function conditions(search: PostSearch, match: SQL): SQL {
  // 'open' is written as a literal so the partial indexes on open posts apply.
  const status = (search.status ?? 'open') === 'open' ? sql.raw(`'open'`) : sql`${search.status}`;
  // What the public may see (isPublic in rules.ts): a public status, and not withheld.
  const parts: SQL[] = [sql`p.kind = ${search.kind}`, sql`p.status = ${status}`, sql`NOT ${withheld}`, match];
  // An open post whose time is up is not open any more, even before the expiry schedule closes it.
  if ((search.status ?? 'open') === 'open') parts.push(sql`p.id NOT IN (${staleOpenPostIds})`);
  if (search.category) parts.push(sql`p.category = ${search.category}`);
  if (search.municipalityCodes) parts.push(sql`p.municipality_code = ANY (${textArray(search.municipalityCodes)})`);
  if (search.near && search.radiusKm) {
    const origin = sql`ll_to_earth(${search.near.lat}, ${search.near.lon})`;
    const metres = search.radiusKm * 1000;
    // earth_box uses the GiST index; earth_distance trims the box's corners.
    parts.push(
      sql`earth_box(${origin}, ${metres}) @> p.location AND earth_distance(${origin}, p.location) <= ${metres}`,
    );
  }
  return sql.join(parts, sql` AND `);
}

/**
 * Search over posts of any status, with the full-text (or trigram) index on posts and the GiST
 * index on their location. One statement: the first COUNT_CAP + 1 matches in the search's order,
 * counted, and the page taken from them. (A separate count statement beside the page's hung
 * PGlite's wasm now and then, 4 test runs in 25: docs/architecture.md.)
 */
async function searchPostsWhere(db: Executor, search: PostSearch, match: SQL, rank: SQL | null): Promise<Found> {
  const distance = search.near
    ? sql`earth_distance(ll_to_earth(${search.near.lat}, ${search.near.lon}), p.location)`
    : null;
  const order =
    search.sort === 'distance' && distance
      ? sql`${distance}, p.published_at DESC NULLS LAST, p.id`
      : search.sort === 'relevance' && rank
        ? sql`${rank} DESC, p.published_at DESC NULLS LAST, p.id`
        : sql`p.published_at DESC NULLS LAST, p.id`;
  const where = conditions(search, match);
  const distanceKm = distance ? sql`round((${distance} / 1000)::numeric, 1)::float8` : sql`NULL::float8`;
  const offset = (search.page - 1) * search.pageSize;
  // Numbered in the search's order, so the page is a range of numbers (none past the cap: ADR 0007).
  const rows = await select(
    db,
    z.union([FoundRow, MetaOnlyFoundRow]),
    sql`WITH matches AS (
          SELECT p.id, row_number() OVER (ORDER BY ${order}) AS n
            FROM posts p WHERE ${where} ORDER BY ${order} LIMIT ${COUNT_CAP + 1}),
        meta AS (SELECT count(*)::int AS total FROM matches)
        SELECT ${postColumns}, ${distanceKm} AS "distanceKm", meta.total
          FROM meta LEFT JOIN (matches m JOIN posts p ON p.id = m.id ${postJoins})
            ON m.n > ${offset} AND m.n <= ${Math.min(offset + search.pageSize, COUNT_CAP)}
         ORDER BY m.n`,
  );
  const total = rows[0]?.total ?? 0;
  const items = rows.flatMap(({ total: _, ...row }) => (row.id === null ? [] : [row as PostHit]));
  return total > COUNT_CAP ? { items, total: COUNT_CAP, totalIsExact: false } : { items, total, totalIsExact: true };
}

/** The same search without open_post_terms, whatever the status; tests check that index against it. */
export async function searchPostsTable(db: Executor, search: PostSearch): Promise<Found> {
  const q = search.q?.trim();
  return searchAllPosts(db, search, q ? await searchWords(db, q) : []);
}

function searchAllPosts(db: Executor, search: PostSearch, words: WordRange[]) {
  if (words.length === 0) return searchPostsWhere(db, search, sql`true`, null);
  // The same ranges as a prefix tsquery ("boodschap:* & tuin:*"), built here and passed as a value
  // so the planner can use the full-text index; ranked like open posts (samen_relevance).
  const tsquery = words.map(({ lo }) => `'${lo.replaceAll("'", "''")}':*`).join(' & ');
  const [lo, hi] = [textArray(words.map((word) => word.lo)), textArray(words.map((word) => word.hi))];
  return searchPostsWhere(
    db,
    search,
    sql`p.search_vector @@ to_tsquery('simple', ${tsquery})`,
    sql`samen_relevance(p.search_vector, ${lo}, ${hi})`,
  );
}

function searchTitles(db: Executor, search: PostSearch, q: string) {
  return searchPostsWhere(db, search, sql`p.title % ${q}`, sql`similarity(p.title, ${q})`);
}

/**
 * Index-only scans of open_post_terms skip the table only for pages VACUUM has marked all-visible.
 * PostgreSQL's autovacuum does that; the embedded PGlite has no autovacuum, so its background work
 * calls this now and then.
 */
export async function vacuumSearchIndex(db: Executor): Promise<void> {
  await db.execute(sql`VACUUM (ANALYZE) open_post_terms`);
}
