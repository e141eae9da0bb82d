import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';

const ExperimentRow = z.object({
  id: z.string(),
  hypothesis: z.string(),
  measure: z.string(),
  result: z.string(),
  learning: z.string(),
  heldOn: z.string(),
  createdAt: z.string(),
});
export type Experiment = z.infer<typeof ExperimentRow>;

/** The experiment log of an initiative, newest first. */
export function experimentsOf(db: Executor, initiativeId: string): Promise<Experiment[]> {
  return select(
    db,
    ExperimentRow,
    sql`SELECT id, hypothesis, measure, result, learning, to_char(held_on, 'YYYY-MM-DD') AS "heldOn",
               ${iso('created_at')} AS "createdAt"
          FROM initiative_experiments WHERE initiative_id = ${initiativeId}
         ORDER BY held_on DESC, created_at DESC`,
  );
}

const IdRow = z.object({ id: z.string() });

export async function insertExperiment(
  db: Executor,
  experiment: {
    initiativeId: string;
    municipalityCode: string;
    hypothesis: string;
    measure: string;
    result: string;
    learning: string;
    heldOn: string;
    authorAccountId: string | null;
  },
): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO initiative_experiments (initiative_id, municipality_code, hypothesis, measure, result, learning,
                                            held_on, author_account_id)
        VALUES (${experiment.initiativeId}, ${experiment.municipalityCode}, ${experiment.hypothesis},
                ${experiment.measure}, ${experiment.result}, ${experiment.learning}, ${experiment.heldOn}::date,
                ${experiment.authorAccountId})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

const LoggedRow = z.object({ initiativeId: z.string(), hypothesis: z.string() });

/** The experiments a person logged (AVG export). */
export function experimentsLoggedBy(db: Executor, accountId: string) {
  return select(
    db,
    LoggedRow,
    sql`SELECT initiative_id AS "initiativeId", hypothesis FROM initiative_experiments
         WHERE author_account_id = ${accountId}`,
  );
}
