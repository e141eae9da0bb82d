import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne } from '../../../core/db';

// Blocks of people: on one marketplace, or (by the platform operator) on the whole platform.

export const BlockRow = z.object({
  id: z.string(),
  accountId: z.string(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  /** null: the whole platform */
  municipalityCode: z.string().nullable(),
  reason: z.string(),
  /** the end day (YYYY-MM-DD): from that day on the person may take part again */
  endsOn: z.string(),
  endsAt: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  liftedAt: z.string().nullable(),
});
export type Block = z.infer<typeof BlockRow>;

const blockColumns = sql`b.id, b.account_id AS "accountId", a.first_name AS "firstName", a.last_name AS "lastName",
  b.municipality_code AS "municipalityCode", b.reason,
  to_char(b.ends_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "endsOn", ${iso('b.ends_at')} AS "endsAt",
  ${iso('b.created_at')} AS "createdAt", b.created_by AS "createdBy", ${iso('b.lifted_at')} AS "liftedAt"`;
const fromBlocks = sql`FROM marketplace_blocks b JOIN accounts a ON a.id = b.account_id`;
const inForce = sql`b.lifted_at IS NULL AND b.ends_at > now()`;

/** A person's blocks in force now, anywhere (few: through the partial index on the account). */
export function blocksOf(db: Executor, accountId: string): Promise<Block[]> {
  return select(
    db,
    BlockRow,
    sql`SELECT ${blockColumns} ${fromBlocks} WHERE b.account_id = ${accountId} AND ${inForce}`,
  );
}

/** The blocks in force on one marketplace, and the platform-wide ones (they count there too); ending first first. */
export function blocksIn(db: Executor, municipalityCode: string | null): Promise<Block[]> {
  const where =
    municipalityCode === null
      ? sql`b.municipality_code IS NULL`
      : sql`(b.municipality_code = ${municipalityCode} OR b.municipality_code IS NULL)`;
  return select(
    db,
    BlockRow,
    sql`SELECT ${blockColumns} ${fromBlocks} WHERE ${where} AND ${inForce} ORDER BY b.ends_at, b.id LIMIT 500`,
  );
}

export function blockById(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  return selectOne(
    db,
    BlockRow,
    sql`SELECT ${blockColumns} ${fromBlocks} WHERE b.id = ${id} ${options.forUpdate ? sql`FOR UPDATE OF b` : sql``}`,
  );
}

const IdRow = z.object({ id: z.string() });

/** A new block; its end is the start of the end day in the Netherlands. */
export async function insertBlock(
  db: Executor,
  block: { accountId: string; municipalityCode: string | null; reason: string; endsOn: string; createdBy: string },
): Promise<string> {
  const row = await selectOne(
    db,
    IdRow,
    sql`INSERT INTO marketplace_blocks (account_id, municipality_code, reason, ends_at, created_by)
        VALUES (${block.accountId}, ${block.municipalityCode}, ${block.reason},
                (${block.endsOn}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam', ${block.createdBy})
        RETURNING id`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Lifts a block before its end; false when it was lifted already or has ended. */
export async function liftBlockRow(db: Executor, id: string, by: string): Promise<boolean> {
  const lifted = await select(
    db,
    IdRow,
    sql`UPDATE marketplace_blocks b SET lifted_at = now(), lifted_by = ${by} WHERE b.id = ${id} AND ${inForce}
        RETURNING b.id`,
  );
  return lifted.length > 0;
}

export const PersonRow = z.object({
  accountId: z.string(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  email: z.string(),
  locale: z.enum(['nl', 'en']),
});
export type Person = z.infer<typeof PersonRow>;

/**
 * A person as the beheerders of a marketplace may see them: only someone who placed a post or
 * responded there (tenant data; anyone else is not found). `null` marketplace: anyone (the operator).
 */
export function personIn(db: Executor, accountId: string, municipalityCode: string | null) {
  const takesPart =
    municipalityCode === null
      ? sql`true`
      : sql`(EXISTS (SELECT 1 FROM posts p
                      WHERE p.author_account_id = a.id AND p.municipality_code = ${municipalityCode})
          OR EXISTS (SELECT 1 FROM responses r
                      WHERE r.responder_account_id = a.id AND r.municipality_code = ${municipalityCode}))`;
  return selectOne(
    db,
    PersonRow,
    sql`SELECT a.id AS "accountId", a.first_name AS "firstName", a.last_name AS "lastName", a.email, a.locale
          FROM accounts a WHERE a.id = ${accountId}::uuid AND ${takesPart}`,
  );
}
