import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { queueMail } from '../../../core/mail';
import { type InitiativeNews, initiativeUpdateMail } from './mails';
import { updateRecipients } from './queries';

/**
 * Tells the contacts of an initiative and of its participants what happened, each in their own
 * language, in the command's transaction (the mail goes only if the change is kept).
 */
export async function notifyParticipants(
  tx: Executor,
  deps: AppContext,
  initiative: { id: string; title: string },
  news: InitiativeNews,
  exceptAccountId: string | null,
): Promise<void> {
  const url = `${deps.config.publicUrl}/innovatie/${initiative.id}`;
  for (const recipient of await updateRecipients(tx, initiative.id, exceptAccountId)) {
    await queueMail(tx, {
      accountId: recipient.accountId,
      to: recipient.email,
      ...initiativeUpdateMail(recipient.locale, {
        firstName: recipient.firstName,
        initiativeTitle: initiative.title,
        news,
        url,
      }),
    });
  }
}
