import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select, textArray, uuidArray } from '../../../core/db';
import { CONCEPTS } from './thesaurus';

/**
 * Similarity of initiatives in meaning, for Dutch text (see docs/decisions/0003-similarity.md):
 * shared stemmed terms weighted by rarity (BM25-style idf) and by where they occur (title > summary
 * > the rest), read from impact-ordered postings so the cost does not grow with the corpus; plus
 * shared themes and title trigram similarity.
 */

// Field weights in a term's frequency: the title says most about an initiative.
const fieldWeight = sql.raw(`CASE w WHEN 'A' THEN 3 WHEN 'B' THEN 2 ELSE 1 END`);
/** How many of the query's terms are used (the rarest, weighted by where they occur). */
const QUERY_TERMS = 16;
/** How many postings per term are read, strongest first. */
const POSTINGS_PER_TERM = 200;
/** Resemblances at or above this score are stored for the cluster view. */
export const NEIGHBOUR_MINIMUM = 0.3;

/** BM25's inverse document frequency, in float8 (numeric arithmetic is many times slower). */
const idf = (docCount: SQL) =>
  sql`ln(1.0::float8 + (n.docs - ${docCount} + 0.5::float8) / (${docCount} + 0.5::float8))`;

/** Rebuilds an initiative's postings and the document frequencies, in the caller's transaction. */
export async function indexInitiativeTerms(db: Executor, initiativeId: string, isNew: boolean): Promise<void> {
  if (!isNew) {
    await db.execute(sql`
      UPDATE initiative_term_stats s SET doc_count = s.doc_count - 1
        FROM initiative_terms t WHERE t.initiative_id = ${initiativeId} AND s.lexeme = t.lexeme`);
    await db.execute(sql`DELETE FROM initiative_terms WHERE initiative_id = ${initiativeId}`);
  } else {
    await db.execute(sql`UPDATE initiative_term_stats SET doc_count = doc_count + 1 WHERE lexeme = ''`);
  }
  await db.execute(sql`
    WITH v AS (SELECT (unnest(search_vector)).* FROM initiatives WHERE id = ${initiativeId}),
         tf AS (SELECT lexeme, (SELECT sum(${fieldWeight}) FROM unnest(weights) w)::real AS tf FROM v),
         norm AS (SELECT sqrt(sum(tf * tf)) AS norm FROM tf),
         added AS (
           INSERT INTO initiative_terms (lexeme, initiative_id, weight)
           SELECT lexeme, ${initiativeId}, tf / norm FROM tf, norm
           RETURNING lexeme)
    INSERT INTO initiative_term_stats (lexeme, doc_count) SELECT lexeme, 1 FROM added
    ON CONFLICT (lexeme) DO UPDATE SET doc_count = initiative_term_stats.doc_count + 1`);
  await indexConcepts(db, sql`t.initiative_id = ${initiativeId}`);
  await db.execute(sql`
    INSERT INTO initiative_term_stats (lexeme, doc_count)
    SELECT lexeme, 1 FROM initiative_terms
     WHERE initiative_id = ${initiativeId} AND starts_with(lexeme, ${CONCEPT_PREFIX})
    ON CONFLICT (lexeme) DO UPDATE SET doc_count = initiative_term_stats.doc_count + 1`);
}

const QueryTermRow = z.object({ lexeme: z.string(), weight: z.number() });
type QueryTerm = z.infer<typeof QueryTermRow>;

/** Concept terms carry this prefix, which the Dutch parser never produces for a word. */
const CONCEPT_PREFIX = '~';
/** How much a concept counts next to the words themselves. */
const CONCEPT_WEIGHT = 1.5;

const ConceptStemRow = z.object({ lexeme: z.string(), concept: z.string() });
type ConceptStem = z.infer<typeof ConceptStemRow>;

let conceptStems: Promise<ConceptStem[]> | undefined;
/**
 * The thesaurus stemmed by the documents' own text search configuration, once per process (it is
 * static). Entries that stem to more than one lexeme are left out: a phrase's parts are too general.
 */
function stemmedConcepts(db: Executor): Promise<ConceptStem[]> {
  conceptStems ??= select(
    db,
    ConceptStemRow,
    sql`SELECT DISTINCT (tsvector_to_array(v))[1] AS lexeme, c.key AS concept
          FROM json_each(${JSON.stringify(CONCEPTS)}::json) AS c,
               json_array_elements_text(c.value) AS word,
               to_tsvector('samen_dutch', word) AS v
         WHERE length(v) = 1`,
  );
  // A failed look-up must not stay cached: the next call tries again.
  conceptStems.catch(() => {
    conceptStems = undefined;
  });
  return conceptStems;
}

/** Adds one concept term per concept the words touch, weighted by the words that express it. */
export function withConcepts(terms: QueryTerm[], concepts: ConceptStem[]): QueryTerm[] {
  const conceptsOf = new Map<string, string[]>();
  for (const { lexeme, concept } of concepts) conceptsOf.set(lexeme, [...(conceptsOf.get(lexeme) ?? []), concept]);
  const squares = new Map<string, number>();
  for (const term of terms) {
    for (const concept of conceptsOf.get(term.lexeme) ?? [])
      squares.set(concept, (squares.get(concept) ?? 0) + term.weight * term.weight);
  }
  const added = [...squares].map(([concept, square]) => ({
    lexeme: CONCEPT_PREFIX + concept,
    weight: CONCEPT_WEIGHT * Math.sqrt(square),
  }));
  return [...terms, ...added];
}

async function queryTerms(db: Executor, title: string, summary: string): Promise<QueryTerm[]> {
  const terms = await select(
    db,
    QueryTermRow,
    sql`WITH v AS (SELECT (unnest(setweight(to_tsvector('samen_dutch', ${title}), 'A')
                                 || setweight(to_tsvector('samen_dutch', ${summary}), 'B'))).*),
             tf AS (SELECT lexeme, (SELECT sum(${fieldWeight}) FROM unnest(weights) w)::real AS tf FROM v)
        SELECT lexeme, (tf / sqrt(sum(tf * tf) OVER ()))::float8 AS weight FROM tf`,
  );
  return withConcepts(terms, await stemmedConcepts(db));
}

/** Concept postings of initiatives whose word postings are in place (same weighting as queries). */
async function indexConcepts(db: Executor, scope: SQL): Promise<void> {
  const concepts = await stemmedConcepts(db);
  await db.execute(sql`
    INSERT INTO initiative_terms (lexeme, initiative_id, weight)
    SELECT ${CONCEPT_PREFIX} || c.concept, t.initiative_id, ${CONCEPT_WEIGHT} * sqrt(sum(t.weight * t.weight))
      FROM initiative_terms t
      JOIN json_to_recordset(${JSON.stringify(concepts)}::json) AS c(lexeme text, concept text) ON c.lexeme = t.lexeme
     WHERE ${scope}
     GROUP BY c.concept, t.initiative_id
    ON CONFLICT (lexeme, initiative_id) DO UPDATE SET weight = EXCLUDED.weight`);
}

export interface SimilarityQuery {
  title: string;
  summary: string;
  themes?: readonly string[] | undefined;
  excludeId?: string | undefined;
  limit: number;
}

const SimilarityHitRow = z.object({ id: z.string(), score: z.number() });
export type SimilarityHit = z.infer<typeof SimilarityHitRow>;

/**
 * Ranks initiatives by similarity to a text. Scores run from 0 to 1 (1: the same text).
 * The text part (75 %) is the cosine of the idf-weighted term vectors of the query and of each
 * candidate; candidates come from the top postings of the query's rarest terms. Shared themes
 * (Jaccard, 15 %) and title trigram similarity (10 %) complete the score.
 */
export async function rankSimilar(db: Executor, query: SimilarityQuery): Promise<SimilarityHit[]> {
  const ranking = await rankingSql(db, query);
  if (!ranking) return [];
  const hits = await select(db, SimilarityHitRow, ranking);
  return hits.map((hit) => ({ id: hit.id, score: Math.round(hit.score * 1000) / 1000 }));
}

/** The ranking statement for a text (exported so the benchmark can show its plan). */
export async function rankingSql(db: Executor, query: SimilarityQuery): Promise<SQL | undefined> {
  const terms = await queryTerms(db, query.title, query.summary);
  if (terms.length === 0) return undefined;
  const themes = textArray([...(query.themes ?? [])]);
  return sql`
    WITH q AS (SELECT * FROM json_to_recordset(${JSON.stringify(terms)}::json) AS q(lexeme text, weight real)),
         n AS (SELECT greatest(doc_count, 1)::float8 AS docs FROM initiative_term_stats WHERE lexeme = ''),
         -- one index lookup per query term (never a scan of the whole vocabulary)
         qi AS (SELECT q.lexeme, q.weight, ${idf(sql`s.doc_count`)} AS idf
                  FROM q CROSS JOIN n
                  CROSS JOIN LATERAL (SELECT doc_count FROM initiative_term_stats s
                                       WHERE s.lexeme = q.lexeme AND s.doc_count > 0) s),
         chosen AS (SELECT * FROM qi ORDER BY weight * idf DESC LIMIT ${QUERY_TERMS}),
         qnorm AS (SELECT greatest(sqrt(sum(idf * weight * weight)), 1e-6) AS norm FROM qi),
         hits AS (SELECT p.initiative_id, sum(c.idf * c.weight * p.weight) AS dot
                    FROM chosen c
                    CROSS JOIN LATERAL (SELECT initiative_id, weight FROM initiative_terms t
                                         WHERE t.lexeme = c.lexeme
                                         ORDER BY t.weight DESC LIMIT ${POSTINGS_PER_TERM}) p
                   GROUP BY p.initiative_id),
         top AS (SELECT initiative_id, dot FROM hits
                  WHERE initiative_id IS DISTINCT FROM ${query.excludeId ?? null}::uuid
                  ORDER BY dot DESC LIMIT ${Math.max(query.limit * 4, 40)}),
         dnorm AS (SELECT t.initiative_id, sqrt(sum(${idf(sql`s.doc_count`)} * t.weight * t.weight)) AS norm
                     FROM initiative_terms t JOIN initiative_term_stats s ON s.lexeme = t.lexeme CROSS JOIN n
                    WHERE t.initiative_id IN (SELECT initiative_id FROM top)
                    GROUP BY t.initiative_id),
         cosine AS (SELECT top.initiative_id,
                           least(top.dot / (qnorm.norm * greatest(dnorm.norm, 1e-6)), 1) AS text_score
                      FROM top JOIN dnorm USING (initiative_id) CROSS JOIN qnorm)
    SELECT i.id,
           (0.75 * cosine.text_score
            + 0.15 * CASE WHEN cardinality(${themes}) = 0 THEN cosine.text_score
                          ELSE cardinality(ARRAY(SELECT unnest(i.themes) INTERSECT SELECT unnest(${themes})))::float
                               / cardinality(ARRAY(SELECT unnest(i.themes) UNION SELECT unnest(${themes}))) END
            + 0.10 * similarity(i.title, ${query.title}))::float8 AS score
      FROM cosine JOIN initiatives i ON i.id = cosine.initiative_id
     ORDER BY score DESC, i.created_at
     LIMIT ${query.limit}`;
}

/** Stores an initiative's strongest resemblances, for the cluster view. */
export async function storeNeighbours(db: Executor, initiativeId: string, neighbours: SimilarityHit[]): Promise<void> {
  await db.execute(sql`DELETE FROM initiative_similarities WHERE a = ${initiativeId} OR b = ${initiativeId}`);
  if (neighbours.length === 0) return;
  await db.execute(sql`
    INSERT INTO initiative_similarities (a, b, score)
    SELECT least(${initiativeId}::uuid, n.id), greatest(${initiativeId}::uuid, n.id), n.score
      FROM json_to_recordset(${JSON.stringify(neighbours)}::json) AS n(id uuid, score real)
    ON CONFLICT (a, b) DO UPDATE SET score = EXCLUDED.score`);
}

/** Recomputes the stored neighbours of an initiative after its text changed. */
export async function refreshNeighbours(
  db: Executor,
  initiative: { id: string; title: string; summary: string; themes: readonly string[] },
): Promise<void> {
  const neighbours = await rankSimilar(db, {
    title: initiative.title,
    summary: initiative.summary,
    themes: initiative.themes,
    excludeId: initiative.id,
    limit: 10,
  });
  await storeNeighbours(
    db,
    initiative.id,
    neighbours.filter((n) => n.score >= NEIGHBOUR_MINIMUM),
  );
}

/**
 * Rebuilds postings for many initiatives in one set-based statement (bulk imports, benchmarks,
 * or after a change to the text search configuration), then recounts document frequencies.
 */
export async function bulkIndexInitiativeTerms(db: Executor, initiativeIds: readonly string[] | 'all'): Promise<void> {
  const scope = initiativeIds === 'all' ? sql`true` : sql`i.id = ANY(${uuidArray(initiativeIds)})`;
  await db.execute(sql`
    INSERT INTO initiative_terms (lexeme, initiative_id, weight)
    SELECT v.lexeme, i.id, v.tf / sqrt(sum(v.tf * v.tf) OVER (PARTITION BY i.id))
      FROM initiatives i,
           LATERAL (SELECT lexeme, (SELECT sum(${fieldWeight}) FROM unnest(weights) w)::real AS tf
                      FROM unnest(i.search_vector)) v
     WHERE ${scope}
    ON CONFLICT (lexeme, initiative_id) DO UPDATE SET weight = EXCLUDED.weight`);
  await indexConcepts(
    db,
    initiativeIds === 'all' ? sql`true` : sql`t.initiative_id = ANY(${uuidArray(initiativeIds)})`,
  );
}

export async function recountTermStats(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM initiative_term_stats`);
  await db.execute(sql`INSERT INTO initiative_term_stats (lexeme, doc_count)
                       SELECT lexeme, count(*) FROM initiative_terms GROUP BY lexeme`);
  await db.execute(sql`INSERT INTO initiative_term_stats (lexeme, doc_count) SELECT '', count(*) FROM initiatives`);
}
