import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { notify } from '../../notifications';
import { INNOVATION_KIND } from './kinds';
import type { InitiativeNews } from './mails';
import { updateRecipients } from './queries';

const kindOf = (news: InitiativeNews) =>
  news.kind === 'joined'
    ? INNOVATION_KIND.joined
    : news.kind === 'advice'
      ? INNOVATION_KIND.advice
      : INNOVATION_KIND.progress;

function dataOf(news: InitiativeNews): Record<string, string> {
  switch (news.kind) {
    case 'phase':
      return { news: 'phase', phase: news.phase };
    case 'joined':
      return { news: news.role === 'co-developer' ? 'co-developer' : 'follower', organisation: news.organisation };
    case 'experiment':
      return { news: 'experiment', hypothesis: news.hypothesis };
    case 'advice':
      return { news: 'advice' };
  }
}

/**
 * Tells the contacts of an initiative and of its participants what happened — under "Meldingen",
 * and by mail in their own language at the pace they chose — in the command's transaction.
 */
export async function notifyParticipants(
  tx: Executor,
  deps: AppContext,
  initiative: { id: string; title: string },
  news: InitiativeNews,
  exceptAccountId: string | null,
): Promise<void> {
  const recipients = await updateRecipients(tx, initiative.id, exceptAccountId);
  const eventKey = `${initiative.id}:${news.kind}:${deps.clock.now().toISOString()}`;
  await notify(
    tx,
    deps,
    kindOf(news),
    recipients.map((recipient) => ({
      accountId: recipient.accountId,
      eventKey,
      path: `/innovatie/${initiative.id}`,
      data: { title: initiative.title, ...dataOf(news) },
    })),
  );
}
