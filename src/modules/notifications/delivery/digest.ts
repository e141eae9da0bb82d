import type { AppContext } from '../../../core/context';
import { queueMail } from '../../../core/mail';
import { type DigestFrequency, duePeriod } from '../rules';
import { claimDigestBatch, recordDigestSize, takePending } from './digest-queries';
import { digestMail, type MailedNotification } from './mails';
import { contactsOf } from './recipients';

export interface DigestRunOptions {
  batchSize?: number;
  /** a pause between batches, so a large run leaves room for the people using Samen meanwhile */
  pauseMs?: number;
  /** runs inside each batch's transaction just before it commits (tests make a run crash here) */
  beforeCommit?: (batch: number) => void;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Sends the digests of the period that is due now: one mail per person with everything that waited
 * for it, unread, written before the send time. Each batch is one transaction (claim, mark, queue
 * the mails), so a crash loses nothing and repeats nothing; a run after the crash, or a second
 * instance at the same time, picks up whoever is left. Returns how many digests were queued.
 */
export async function runDigests(
  ctx: AppContext,
  frequency: DigestFrequency,
  options: DigestRunOptions = {},
): Promise<number> {
  const period = duePeriod(frequency, ctx.clock.now());
  const batchSize = options.batchSize ?? 500;
  let after = FIRST_ID;
  let sent = 0;
  for (let batchNumber = 1; ; batchNumber++) {
    const batch = await ctx.db.transaction(async (tx) => {
      const { lastAccountId, claimed } = await claimDigestBatch(tx, frequency, period, after, batchSize);
      if (claimed.length === 0) return { lastAccountId, sent: 0 };
      const pending = await takePending(tx, frequency, period, claimed);
      const contacts = await contactsOf(tx, claimed);
      const byPerson = new Map<string, (MailedNotification & { createdAt: string })[]>();
      for (const item of pending) byPerson.set(item.accountId, [...(byPerson.get(item.accountId) ?? []), item]);
      const sizes = new Map<string, number>();
      for (const [accountId, items] of byPerson) {
        sizes.set(accountId, items.length);
        const contact = contacts.get(accountId);
        if (!contact) continue;
        items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        const mail = digestMail(ctx.config, contact, frequency, items, ctx.clock.now());
        await queueMail(tx, { accountId, to: contact.email, ...mail });
      }
      await recordDigestSize(tx, period, sizes);
      options.beforeCommit?.(batchNumber);
      return { lastAccountId, sent: byPerson.size };
    });
    sent += batch.sent;
    if (!batch.lastAccountId) return sent;
    after = batch.lastAccountId;
    if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
  }
}
