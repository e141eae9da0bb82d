import { sql } from 'drizzle-orm';
import { type Executor, firstRow } from '../../core/db';

// Test setup for the reports: events written straight into the tables with known times, in
// Utrecht (GM0344), as if they had happened then.

interface Person {
  accountId: string;
}

export function eventsIn(db: Executor) {
  async function post(kind: string, author: Person, pc4: string, category: string, publishedAt: string) {
    const row = await firstRow<{ id: string }>(
      db,
      sql`INSERT INTO posts (kind, municipality_code, author_account_id, author_first_name, title, description,
                             category, when_kind, pc4, lat, lon, status, created_at, published_at)
          SELECT ${kind}, 'GM0344', ${author.accountId}, 'Iemand', 'Hulp gezocht', 'Een beschrijving van de hulp.',
                 ${category}, 'flexible', pc4, lat, lon, 'open',
                 ${publishedAt}::timestamptz, ${publishedAt}::timestamptz
            FROM postcodes WHERE pc4 = ${pc4}
          RETURNING id`,
    );
    return row?.id as string;
  }

  async function respond(postId: string, responder: Person, poster: Person, at: string) {
    const row = await firstRow<{ id: string }>(
      db,
      sql`INSERT INTO responses (post_id, municipality_code, responder_account_id, poster_account_id,
                                 responder_first_name, created_at)
          VALUES (${postId}, 'GM0344', ${responder.accountId}, ${poster.accountId}, 'Iemand', ${at}::timestamptz)
          RETURNING id`,
    );
    return row?.id as string;
  }

  const message = (responseId: string, sender: Person, at: string) =>
    db.execute(sql`INSERT INTO messages (response_id, municipality_code, sender_account_id, body, created_at)
                   VALUES (${responseId}, 'GM0344', ${sender.accountId}, 'Dank je!', ${at}::timestamptz)`);

  const match = (postId: string, responseId: string, at: string) =>
    db.execute(sql`INSERT INTO matches (post_id, response_id, municipality_code, confirmed_via, created_at)
                   VALUES (${postId}, ${responseId}, 'GM0344', 'accept', ${at}::timestamptz)`);

  return { post, respond, message, match };
}
