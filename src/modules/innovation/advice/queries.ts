import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';
import { isId } from '../../../core/vocabulary';

const AdviceRow = z.object({
  id: z.string(),
  authorName: z.string(),
  body: z.string(),
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Advice = z.infer<typeof AdviceRow>;

/** The advice on an initiative, oldest first, with the owner's responses. */
export function adviceOf(db: Executor, initiativeId: string): Promise<Advice[]> {
  return select(
    db,
    AdviceRow,
    sql`SELECT id, author_name AS "authorName", body, response, ${iso('responded_at')} AS "respondedAt",
               ${iso('created_at')} AS "createdAt"
          FROM initiative_advice WHERE initiative_id = ${initiativeId} ORDER BY created_at`,
  );
}

const IdRow = z.object({ id: z.string() });

export async function insertAdvice(
  db: Executor,
  advice: { initiativeId: string; municipalityCode: string; authorAccountId: string; authorName: string; body: string },
): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO initiative_advice (initiative_id, municipality_code, author_account_id, author_name, body)
        VALUES (${advice.initiativeId}, ${advice.municipalityCode}, ${advice.authorAccountId}, ${advice.authorName},
                ${advice.body})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Answers advice on this initiative; returns false when there is no such advice. */
export async function setAdviceResponse(
  db: Executor,
  initiativeId: string,
  adviceId: string,
  response: string,
): Promise<boolean> {
  if (!isId(adviceId)) return false;
  const answered = await select(
    db,
    IdRow,
    sql`UPDATE initiative_advice SET response = ${response}, responded_at = now()
         WHERE id = ${adviceId} AND initiative_id = ${initiativeId} RETURNING id`,
  );
  return answered.length > 0;
}

const WrittenRow = z.object({ initiativeId: z.string(), body: z.string(), createdAt: z.string() });

/** The advice a person wrote (AVG export). */
export function adviceWrittenBy(db: Executor, accountId: string) {
  return select(
    db,
    WrittenRow,
    sql`SELECT initiative_id AS "initiativeId", body, ${iso('created_at')} AS "createdAt" FROM initiative_advice
         WHERE author_account_id = ${accountId} ORDER BY created_at`,
  );
}

/** Advice stays (it belongs to the initiative), but no longer carries the author's name. */
export async function anonymiseAdviceOf(db: Executor, accountId: string): Promise<void> {
  await db.execute(
    sql`UPDATE initiative_advice SET author_name = 'verwijderd account', author_account_id = NULL
         WHERE author_account_id = ${accountId}`,
  );
}
