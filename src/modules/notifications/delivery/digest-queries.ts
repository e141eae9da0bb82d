import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select } from '../../../core/db';
import type { DigestFrequency, DigestPeriod } from '../rules';

const waiting = (frequency: DigestFrequency, period: DigestPeriod) =>
  sql`mail = ${frequency} AND mailed_at IS NULL AND read_at IS NULL
      AND created_at < ${period.sendAt.toISOString()}::timestamptz`;

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Claims the next batch of people for a period's digest, after `afterAccountId` (keyset order over
 * the partial index): each person's digest row is written first, so a second worker — or this one
 * after a kill -9 — finds it and skips them. Returns who was claimed and where the batch ended.
 */
export async function claimDigestBatch(
  tx: Executor,
  frequency: DigestFrequency,
  period: DigestPeriod,
  afterAccountId: string,
  size: number,
): Promise<{ lastAccountId: string | null; claimed: string[] }> {
  // One batch at a time per period across all instances: two workers inserting overlapping sets
  // of digest rows could otherwise deadlock. The one that waited finds those people claimed.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`digest:${period.key}`}))`);
  const [row] = await select(
    tx,
    z.object({ lastAccountId: z.string().nullable(), claimed: z.array(z.string()) }),
    sql`WITH batch AS (
          SELECT DISTINCT account_id FROM notifications
           WHERE ${waiting(frequency, period)} AND account_id > ${afterAccountId}::uuid
           ORDER BY account_id LIMIT ${size}
        ), claimed AS (
          INSERT INTO notification_digests (account_id, period, notifications)
          SELECT account_id, ${period.key}, 0 FROM batch
          ON CONFLICT (account_id, period) DO NOTHING RETURNING account_id
        )
        SELECT (SELECT max(account_id::text) FROM batch) AS "lastAccountId",
               ARRAY(SELECT account_id::text FROM claimed) AS claimed`,
  );
  return row ?? { lastAccountId: null, claimed: [] };
}

const PendingRow = z.object({
  accountId: z.string(),
  kind: z.string(),
  path: z.string(),
  createdAt: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** What the claimed people's digests bundle, marked mailed in the claim's transaction. */
export function takePending(tx: Executor, frequency: DigestFrequency, period: DigestPeriod, ids: readonly string[]) {
  return select(
    tx,
    PendingRow,
    sql`UPDATE notifications SET mailed_at = now()
         WHERE account_id = ANY(${uuidArray(ids)}) AND ${waiting(frequency, period)}
        RETURNING account_id::text AS "accountId", kind, path, data,
                  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt"`,
  );
}

export async function recordDigestSize(
  tx: Executor,
  period: DigestPeriod,
  sizes: ReadonlyMap<string, number>,
): Promise<void> {
  if (sizes.size === 0) return;
  const payload = JSON.stringify([...sizes].map(([a, n]) => ({ a, n })));
  await tx.execute(sql`
    UPDATE notification_digests d SET notifications = (x->>'n')::int
      FROM jsonb_array_elements(${payload}::jsonb) AS x
     WHERE d.account_id = (x->>'a')::uuid AND d.period = ${period.key}`);
}
