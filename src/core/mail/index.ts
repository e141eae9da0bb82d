import { sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { type Executor, rows } from '../db';

export interface Mail {
  accountId?: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** extra headers, such as List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) */
  headers?: Record<string, string>;
}

/**
 * Writes a mail to the outbox inside the caller's transaction: if the change rolls back, no mail
 * goes out; if it commits, the mail is delivered even when the process stops right after.
 */
export async function queueMail(db: Executor, mail: Mail): Promise<void> {
  await db.execute(sql`
    INSERT INTO mail_outbox (account_id, to_address, subject, text_body, html_body, headers)
    VALUES (${mail.accountId ?? null}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.html},
            ${JSON.stringify(mail.headers ?? {})}::jsonb)`);
}

export function smtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/** Retried with back-off up to an hour apart for three days, then left in the outbox for an operator. */
const MAX_ATTEMPTS = 80;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Sends a batch of pending mails. Rows are claimed with SKIP LOCKED so several instances can run
 * this side by side without sending a mail twice; a failure is retried with back-off.
 */
export async function deliverPendingMail(
  db: Executor,
  transport: Transporter,
  from: string,
  batchSize = 20,
): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await rows<{
      id: string;
      to_address: string;
      subject: string;
      text_body: string;
      html_body: string;
      headers: Record<string, string>;
      attempts: number;
    }>(
      tx,
      sql`SELECT id, to_address, subject, text_body, html_body, headers, attempts FROM mail_outbox
           WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < ${MAX_ATTEMPTS}
           ORDER BY next_attempt_at LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`,
    );
    for (const mail of pending) {
      try {
        await transport.sendMail({
          from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          headers: mail.headers,
          // the same Message-ID on a retry, so a mail the server took just before a crash is recognised
          messageId: `<${mail.id}@samen>`,
        });
        await tx.execute(
          sql`UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ${mail.id}`,
        );
      } catch (error) {
        const backoffSeconds = Math.min(MAX_BACKOFF_SECONDS, 30 * 2 ** mail.attempts);
        await tx.execute(sql`
          UPDATE mail_outbox SET attempts = attempts + 1,
                 last_error = ${String((error as Error).message).slice(0, 500)},
                 next_attempt_at = now() + make_interval(secs => ${backoffSeconds})
           WHERE id = ${mail.id}`);
      }
    }
    return pending.length;
  });
}

/** Delivered mail is kept a week for support questions, then removed (it holds personal data). */
export async function purgeDeliveredMail(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM mail_outbox WHERE sent_at < now() - interval '7 days'`);
}

export interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  createdAt: string;
}

export async function listOutbox(
  db: Executor,
  limit: number,
  offset: number,
): Promise<{ items: OutboxItem[]; total: number }> {
  const items = await rows<OutboxItem>(
    db,
    sql`SELECT id, to_address AS "to", subject, text_body AS "text", html_body AS "html", headers,
               to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
          FROM mail_outbox ORDER BY created_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM mail_outbox`);
  return { items, total: count?.total ?? 0 };
}

export async function outboxItem(db: Executor, id: string): Promise<OutboxItem | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [item] = await rows<OutboxItem>(
    db,
    sql`SELECT id, to_address AS "to", subject, text_body AS "text", html_body AS "html", headers,
               to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
          FROM mail_outbox WHERE id = ${id}`,
  );
  return item;
}
