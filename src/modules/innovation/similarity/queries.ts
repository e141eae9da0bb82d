import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select } from '../../../core/db';
import { THEMES } from '../vocabulary';

const EdgeRow = z.object({ a: z.string(), b: z.string(), score: z.number() });

/** The stored resemblances at or above a score, for clustering. */
export function similarityEdges(db: Executor, minimum: number) {
  return select(db, EdgeRow, sql`SELECT a, b, score FROM initiative_similarities WHERE score >= ${minimum}`);
}

const ThemesRow = z.object({ id: z.string(), themes: z.array(z.enum(THEMES)) });

/** Themes of every initiative that has a stored resemblance, for clustering. */
export function themesOfSimilarInitiatives(db: Executor) {
  return select(
    db,
    ThemesRow,
    sql`SELECT id, themes FROM initiatives
         WHERE id IN (SELECT a FROM initiative_similarities UNION SELECT b FROM initiative_similarities)`,
  );
}
