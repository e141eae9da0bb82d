import type { Executor } from '../../core/db';
import type { PersonalData } from '../../core/module';
import { adviceWrittenBy, anonymiseAdviceOf } from './advice/queries';
import { forgetInitiativeMessagesOf, initiativeMessagesBy } from './contact/queries';
import { experimentsLoggedBy } from './experiments/queries';
import { initiativesContactedBy } from './initiatives/queries';
import { participationContactOf } from './participation/queries';
import { mailPreference } from './updates/queries';

/** What the AVG export shows of a person's part in Samen innoveren. */
async function innovationDataOf(db: Executor, accountId: string) {
  return {
    contactFor: await initiativesContactedBy(db, accountId),
    participationContactFor: await participationContactOf(db, accountId),
    adviceWritten: await adviceWrittenBy(db, accountId),
    experimentsLogged: await experimentsLoggedBy(db, accountId),
    mailAboutUpdates: await mailPreference(db, accountId),
    messagesAboutInitiatives: await initiativeMessagesBy(db, accountId),
  };
}

/**
 * A person's part in Samen innoveren: exported on request; on deletion their advice stays with the
 * initiative without their name, the messages they wrote about initiatives go (contacts are cleared
 * by the database when the account goes).
 */
export const personalData: PersonalData = {
  export: innovationDataOf,
  forget: async (tx, accountId) => {
    await anonymiseAdviceOf(tx, accountId);
    await forgetInitiativeMessagesOf(tx, accountId);
  },
};
