/**
 * The I/O of the screening: what an account did before, for the spam rules (rules/spam.ts decides)
 * and the limits per account. Reads the tables of posts and conversations directly: the screening
 * needs only these few columns, and it must not import the marketplace (which calls it).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select, selectOne } from '../../core/db';
import type { History } from './rules/spam';

const AgeRow = z.object({ days: z.number() });

/** How old an account is, in days (0 for an account that does not exist). */
export async function accountAgeDays(db: Executor, accountId: string): Promise<number> {
  const row = await selectOne(
    db,
    AgeRow,
    sql`SELECT (extract(epoch FROM now() - created_at) / 86400)::float8 AS days FROM accounts WHERE id = ${accountId}`,
  );
  return row?.days ?? 0;
}

const PostRow = z.object({
  title: z.string(),
  text: z.string(),
  marketplace: z.string(),
  minutesAgo: z.number(),
  status: z.string(),
});

const ResponseRow = z.object({ text: z.string(), minutesAgo: z.number() });

/**
 * The account's recent posts (30 days, the post being changed left out) and the first messages of
 * its responses of the last day. Both through the indexes on the author and the responder.
 */
export async function historyOf(
  db: Executor,
  accountId: string,
  options: { posts?: boolean; responses?: boolean; excludePostId?: string } = {},
): Promise<History> {
  const posts = options.posts
    ? await select(
        db,
        PostRow,
        sql`SELECT title, description AS text, municipality_code AS marketplace, status,
                   (extract(epoch FROM now() - created_at) / 60)::float8 AS "minutesAgo"
              FROM posts
             WHERE author_account_id = ${accountId}
               AND created_at > now() - interval '30 days'
               AND id IS DISTINCT FROM ${options.excludePostId ?? null}::uuid
             ORDER BY created_at DESC
             LIMIT 200`,
      )
    : [];
  const responses = options.responses
    ? await select(
        db,
        ResponseRow,
        sql`SELECT first.body AS text, (extract(epoch FROM now() - r.created_at) / 60)::float8 AS "minutesAgo"
              FROM responses r
              JOIN LATERAL (SELECT body FROM messages m WHERE m.response_id = r.id
                             ORDER BY m.created_at LIMIT 1) first ON true
             WHERE r.responder_account_id = ${accountId}
               AND r.created_at > now() - interval '1 day'
             ORDER BY r.created_at DESC
             LIMIT 200`,
      )
    : [];
  return { accountAgeDays: await accountAgeDays(db, accountId), posts, responses };
}
