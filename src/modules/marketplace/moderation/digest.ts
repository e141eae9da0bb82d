import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../../config';
import type { AppContext } from '../../../core/context';
import { type Executor, select } from '../../../core/db';
import { dayIn } from '../../../core/i18n/dates';
import { translator } from '../../../core/i18n';
import { queueMail } from '../../../core/mail';
import { renderMail } from '../../../core/mail/template';
import { duePeriod } from '../../notifications';
import { moderationPath } from '../paths';

// The daily mail to beheerders of what waits on their marketplaces: sent once a day, after the
// digests' hour (08:00 in the Netherlands), only to beheerders for whom something waits. Each
// recipient's row in moderation_digests is written in the transaction that queues the mail: a
// second instance, or a run after a crash, finds it and sends nothing again.

const WaitingRow = z.object({
  accountId: z.string(),
  email: z.string(),
  firstName: z.string(),
  locale: z.enum(['nl', 'en']),
  marketplaces: z.array(
    z.object({ name: z.string(), slug: z.string(), posts: z.number().int(), conversations: z.number().int() }),
  ),
});
type Waiting = z.infer<typeof WaitingRow>;

/**
 * The beheerders (verified addresses) for whom something waits today and who were not mailed
 * today: claimed in the caller's transaction. Per marketplace the posts in review or with open
 * reports and the reported conversations — each counted through its index.
 */
function claimRecipients(tx: Executor, day: string): Promise<Waiting[]> {
  return select(
    tx,
    WaitingRow,
    sql`WITH waiting AS (
          SELECT mp.municipality_code, mp.name, m.slug, mp.operator_organisation_id,
                 (SELECT count(*) FROM (
                    SELECT p.id FROM posts p WHERE p.municipality_code = mp.municipality_code AND p.status = 'in-review'
                    UNION SELECT r.post_id FROM post_reports r
                     WHERE r.municipality_code = mp.municipality_code AND r.resolved_at IS NULL) AS w)::int AS posts,
                 (SELECT count(*) FROM responses r WHERE r.municipality_code = mp.municipality_code
                     AND r.reported_at IS NOT NULL AND r.report_resolved_at IS NULL)::int AS conversations
            FROM marketplaces mp JOIN municipalities m ON m.code = mp.municipality_code),
        due AS (
          SELECT a.id, a.email, a.first_name, a.locale,
                 json_agg(json_build_object('name', w.name, 'slug', w.slug, 'posts', w.posts,
                                            'conversations', w.conversations) ORDER BY w.name) AS marketplaces,
                 sum(w.posts + w.conversations)::int AS total
            FROM waiting w
            JOIN memberships ms ON ms.organisation_id = w.operator_organisation_id AND ms.role = 'beheerder'
            JOIN accounts a ON a.id = ms.account_id AND a.email_verified_at IS NOT NULL
           WHERE w.posts + w.conversations > 0
           GROUP BY a.id),
        claimed AS (
          INSERT INTO moderation_digests (account_id, day, waiting)
          SELECT id, ${day}::date, total FROM due
          ON CONFLICT (account_id, day) DO NOTHING RETURNING account_id)
        SELECT d.id AS "accountId", d.email, d.first_name AS "firstName", d.locale, d.marketplaces
          FROM due d JOIN claimed c ON c.account_id = d.id`,
  );
}

/** One beheerder's mail: per marketplace what waits, with a link to its beheer page. */
export function waitingMail(config: Config, recipient: Waiting) {
  const t = translator(recipient.locale);
  const count = recipient.marketplaces.reduce((sum, m) => sum + m.posts + m.conversations, 0);
  const lines = recipient.marketplaces.map(
    (m) =>
      `${t('moderation.digest.line', { name: m.name, posts: m.posts, conversations: m.conversations })} ` +
      `${config.publicUrl}${moderationPath({ municipalitySlug: m.slug })}`,
  );
  const first = recipient.marketplaces[0];
  return renderMail({
    locale: recipient.locale,
    subject: t('moderation.digest.subject', { count }),
    greeting: t('notifications.mail.greeting', { name: recipient.firstName }),
    paragraphs: [t('moderation.digest.intro'), ...lines, t('moderation.digest.why')],
    ...(first
      ? {
          action: {
            label: t('moderation.digest.open'),
            url: `${config.publicUrl}${moderationPath({ municipalitySlug: first.slug })}`,
          },
        }
      : {}),
    closing: [t('notifications.mail.closing'), 'Samen'],
  });
}

/** The last day this process sent (or found nothing to send): the schedule runs every minute. */
let doneFor: string | null = null;

/**
 * Sends today's mails to the beheerders for whom something waits, once the day's hour has come.
 * Safe in every instance at once and after a crash: one transaction claims and queues. Returns how
 * many mails were queued.
 */
export async function mailWaitingToBeheerders(ctx: AppContext, options: { force?: boolean } = {}): Promise<number> {
  const now = ctx.clock.now();
  const today = dayIn(now);
  // Before 08:00 the due period is yesterday's: today's mail is not due yet.
  if (duePeriod('daily', now).key !== `daily:${today}`) return 0;
  if (doneFor === today && !options.force) return 0;
  const sent = await ctx.db.transaction(async (tx) => {
    // One run at a time per day across instances: the one that waited finds the claims made.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`moderation-digest:${today}`}))`);
    const recipients = await claimRecipients(tx, today);
    for (const recipient of recipients)
      await queueMail(tx, {
        accountId: recipient.accountId,
        to: recipient.email,
        ...waitingMail(ctx.config, recipient),
      });
    return recipients.length;
  });
  doneFor = today;
  return sent;
}
