import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, rows, select, selectOne } from '../../core/db';
import type { Frequency, NotificationData } from '../../core/notifications';

/** All SQL on notifications and their settings (digests: delivery/digest-queries.ts). */

export interface NewNotification {
  accountId: string;
  eventKey: string;
  path: string;
  data: NotificationData;
  municipalityCode?: string | null | undefined;
  /** the pace the person chose for this very thing (a saved search), instead of the kind's setting */
  frequency?: Frequency | undefined;
}

const WrittenRow = z.object({
  id: z.string(),
  accountId: z.string(),
  eventKey: z.string(),
  mail: z.enum(['instant', 'daily', 'weekly', 'off']),
});
export type Written = z.infer<typeof WrittenRow>;

/**
 * Writes notifications, one per (person, kind, event): a second write of the same event is a
 * no-op. How each is mailed follows the person's settings — all mail off or this kind off (an
 * unsubscribe), else the pace chosen for this very thing (a saved search), this kind's choice, or
 * the kind's default — decided in the same statement.
 */
export function insertNotifications(
  db: Executor,
  kind: string,
  defaultFrequency: Frequency,
  list: readonly NewNotification[],
): Promise<Written[]> {
  if (list.length === 0) return Promise.resolve([]);
  const payload = JSON.stringify(
    list.map((n) => ({
      a: n.accountId,
      e: n.eventKey,
      p: n.path,
      d: n.data,
      m: n.municipalityCode ?? null,
      f: n.frequency ?? null,
    })),
  );
  return select(
    db,
    WrittenRow,
    sql`INSERT INTO notifications (account_id, kind, event_key, path, data, municipality_code, mail)
        SELECT (x->>'a')::uuid, ${kind}, x->>'e', x->>'p', x->'d', x->>'m',
               CASE WHEN s_all.frequency = 'off' OR s_kind.frequency = 'off' THEN 'off'
                    ELSE COALESCE(x->>'f', s_kind.frequency, ${defaultFrequency}) END
          FROM jsonb_array_elements(${payload}::jsonb) AS x
          LEFT JOIN notification_settings s_all ON s_all.account_id = (x->>'a')::uuid AND s_all.kind = '*'
          LEFT JOIN notification_settings s_kind ON s_kind.account_id = (x->>'a')::uuid AND s_kind.kind = ${kind}
        ON CONFLICT (account_id, kind, event_key) DO NOTHING
        RETURNING id, account_id AS "accountId", event_key AS "eventKey", mail`,
  );
}

export async function markMailed(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`UPDATE notifications SET mailed_at = now() WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
}

export const NotificationRow = z.object({
  id: z.string(),
  kind: z.string(),
  path: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof NotificationRow>;

const columns = sql`id, kind, path, data,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  read_at IS NOT NULL AS read`;

export async function notificationsOf(
  db: Executor,
  accountId: string,
  options: { unread?: boolean | undefined; limit: number; offset: number },
): Promise<{ items: NotificationItem[]; total: number }> {
  const unread = options.unread ? sql`AND read_at IS NULL` : sql``;
  const items = await select(
    db,
    NotificationRow,
    sql`SELECT ${columns} FROM notifications WHERE account_id = ${accountId} ${unread}
         ORDER BY created_at DESC, id LIMIT ${options.limit} OFFSET ${options.offset}`,
  );
  const [count] = await rows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM notifications WHERE account_id = ${accountId} ${unread}`,
  );
  return { items, total: count?.total ?? 0 };
}

/** The count in the header: cheap (a partial index), and capped, since "99+" says enough. */
export async function unreadCount(db: Executor, accountId: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM notifications
         WHERE account_id = ${accountId} AND read_at IS NULL LIMIT 100) unread`,
  );
  return row?.n ?? 0;
}

/** Marks one of the person's own notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: Executor, accountId: string, id: string): Promise<boolean> {
  const found = await rows<{ id: string }>(
    db,
    sql`UPDATE notifications SET read_at = COALESCE(read_at, now())
         WHERE id = ${id} AND account_id = ${accountId} RETURNING id`,
  );
  return found.length > 0;
}

export async function markAllRead(db: Executor, accountId: string): Promise<number> {
  const found = await rows<{ id: string }>(
    db,
    sql`UPDATE notifications SET read_at = now() WHERE account_id = ${accountId} AND read_at IS NULL RETURNING id`,
  );
  return found.length;
}

export async function notificationOf(db: Executor, accountId: string, id: string) {
  return selectOne(
    db,
    NotificationRow,
    sql`SELECT ${columns} FROM notifications WHERE id = ${id} AND account_id = ${accountId}`,
  );
}

const SettingRow = z.object({ kind: z.string(), frequency: z.enum(['instant', 'daily', 'weekly', 'off']) });

export function settingsOf(db: Executor, accountId: string) {
  return select(db, SettingRow, sql`SELECT kind, frequency FROM notification_settings WHERE account_id = ${accountId}`);
}

/**
 * Saves the person's choices and lets what still waits for mail follow them: a kind switched off
 * is not mailed in the next digest, a kind switched to weekly waits for the weekly one.
 */
export async function saveSettings(
  db: Executor,
  accountId: string,
  choices: readonly { kind: string; frequency: Frequency }[],
): Promise<void> {
  for (const { kind, frequency } of choices) {
    await db.execute(sql`
      INSERT INTO notification_settings (account_id, kind, frequency) VALUES (${accountId}, ${kind}, ${frequency})
      ON CONFLICT (account_id, kind) DO UPDATE SET frequency = EXCLUDED.frequency`);
    // what waits for a digest follows a slower pace or 'off'; it is not mailed on its own afterwards
    if (kind === '*' || frequency === 'instant') continue;
    await db.execute(sql`
      UPDATE notifications SET mail = ${frequency}
       WHERE account_id = ${accountId} AND kind = ${kind} AND mailed_at IS NULL AND mail <> 'instant'`);
  }
  if (choices.some((choice) => choice.kind === '*' && choice.frequency === 'off'))
    await db.execute(sql`UPDATE notifications SET mail = 'off' WHERE account_id = ${accountId} AND mailed_at IS NULL`);
}

/** Turning all mail on again removes the '*' row; the kinds keep their own choices. */
export async function clearAllMailOff(db: Executor, accountId: string): Promise<void> {
  await db.execute(sql`DELETE FROM notification_settings WHERE account_id = ${accountId} AND kind = '*'`);
}

export async function exportNotifications(db: Executor, accountId: string) {
  return {
    notifications: await select(
      db,
      NotificationRow,
      sql`SELECT ${columns} FROM notifications WHERE account_id = ${accountId} ORDER BY created_at DESC`,
    ),
    settings: await settingsOf(db, accountId),
  };
}

export async function accountExists(db: Executor, accountId: string): Promise<boolean> {
  return (await rows(db, sql`SELECT 1 FROM accounts WHERE id = ${accountId}`)).length > 0;
}
