import type { AppContext } from '../../core/context';
import type { Executor } from '../../core/db';
import { queueMail } from '../../core/mail';
import { notificationKind } from '../../core/notifications';
import { instantMail } from './delivery/mails';
import { contactsOf } from './delivery/recipients';
import { insertNotifications, markMailed, type NewNotification } from './queries';

export type { NewNotification };

/**
 * What other modules call when something happened that concerns people: writes one notification
 * per person for this event (a repeat is a no-op) and, for whoever wants it instantly, the mail —
 * both in the caller's transaction, so they exist exactly when the event does. Digests pick up the
 * rest later. The kind must be declared in the calling module's contract.
 */
export async function notify(
  tx: Executor,
  ctx: Pick<AppContext, 'config' | 'clock'>,
  kind: string,
  notifications: readonly NewNotification[],
): Promise<number> {
  const definition = notificationKind(kind);
  if (!definition) throw new Error(`notification kind ${kind} is not declared by any module`);
  const written = await insertNotifications(tx, kind, definition.defaultFrequency, notifications);
  const instant = written.filter((row) => row.mail === 'instant');
  if (instant.length > 0) {
    const contacts = await contactsOf(
      tx,
      instant.map((row) => row.accountId),
    );
    const byEvent = new Map(notifications.map((n) => [`${n.accountId} ${n.eventKey}`, n]));
    for (const row of instant) {
      const contact = contacts.get(row.accountId);
      const notification = byEvent.get(`${row.accountId} ${row.eventKey}`);
      if (!contact || !notification) continue;
      const mail = instantMail(ctx.config, contact, { ...notification, kind }, ctx.clock.now());
      await queueMail(tx, { accountId: row.accountId, to: contact.email, ...mail });
    }
    await markMailed(
      tx,
      instant.map((row) => row.id),
    );
  }
  return written.length;
}
