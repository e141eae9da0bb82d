import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, invalidField, notFound } from '../../../core/errors';
import { notify } from '../../notifications';
import { existingInitiative } from '../initiatives/access';
import { CONTACT_KIND } from './kinds';
import {
  conversationById,
  conversationStartedBy,
  type InitiativeConversation,
  insertConversation,
  insertMessage,
  markRead,
  messagesOf,
} from './queries';
import type { ContactInput } from './schemas';

export const conversationPath = (id: string) => `/innovatie/gesprekken/${id}`;

/** The other party of a conversation, from where `accountId` stands. */
export const otherParty = (conversation: InitiativeConversation, accountId: string) =>
  conversation.starterAccountId === accountId
    ? {
        accountId: conversation.ownerAccountId,
        firstName: conversation.ownerFirstName,
        organisation: conversation.ownerOrganisation,
      }
    : {
        accountId: conversation.starterAccountId,
        firstName: conversation.starterFirstName,
        organisation: conversation.starterOrganisation,
      };

/** The other party hears of the message under "Meldingen" (and by mail, as they chose); no body, no address. */
async function tellOtherParty(
  tx: Executor,
  deps: AppContext,
  conversation: InitiativeConversation,
  sender: SignedIn,
  messageId: string,
) {
  const recipient = otherParty(conversation, sender.accountId).accountId;
  if (!recipient) return;
  await notify(tx, deps, CONTACT_KIND, [
    {
      accountId: recipient,
      eventKey: `${conversation.id}:${messageId}`,
      path: conversationPath(conversation.id),
      municipalityCode: conversation.municipalityCode,
      data: { title: conversation.initiativeTitle, name: sender.firstName },
    },
  ]);
}

/**
 * "Neem contact op": someone who works for an organisation writes to the initiative's contact
 * person through Samen. One conversation per person per initiative: writing again adds to it.
 */
export async function contactInitiative(
  deps: AppContext,
  actor: SignedIn,
  initiativeId: string,
  input: ContactInput,
): Promise<{ conversationId: string; created: boolean }> {
  authorize(actor, 'initiative.contact', {});
  return deps.db.transaction(async (tx) => {
    const initiative = await existingInitiative(tx, initiativeId);
    if (!initiative.contactAccountId) throw conflict('problem.noInitiativeContact');
    if (initiative.contactAccountId === actor.accountId) throw conflict('problem.ownInitiativeContact');
    const organisation = input.organisation
      ? actor.memberships.find((m) => m.organisationId === input.organisation)
      : actor.memberships[0];
    if (!organisation) throw invalidField('organisation', 'validation.notYourOrganisation');
    let conversationId = await conversationStartedBy(tx, initiativeId, actor.accountId);
    const created = !conversationId;
    conversationId ??=
      (await insertConversation(tx, {
        initiativeId,
        municipalityCode: initiative.municipalityCode,
        starterAccountId: actor.accountId,
        starterOrganisationId: organisation.organisationId,
        ownerAccountId: initiative.contactAccountId,
      })) ?? (await conversationStartedBy(tx, initiativeId, actor.accountId));
    const conversation = conversationId ? await conversationById(tx, conversationId) : undefined;
    if (!conversation) throw notFound('problem.initiativeConversationNotFound');
    const messageId = await insertMessage(tx, {
      conversationId: conversation.id,
      senderAccountId: actor.accountId,
      body: input.message,
    });
    await tellOtherParty(tx, deps, conversation, actor, messageId);
    if (created)
      await audit(tx, {
        actorAccountId: actor.accountId,
        action: 'initiative.contacted',
        subjectType: 'initiative',
        subjectId: initiativeId,
        municipalityCode: initiative.municipalityCode,
      });
    return { conversationId: conversation.id, created };
  });
}

/** A conversation with its messages, for one of its two parties only (403 for anyone else). */
export async function initiativeConversationFor(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  options: { markRead?: boolean } = {},
) {
  const conversation = await conversationById(deps.db, id);
  if (!conversation) throw notFound('problem.initiativeConversationNotFound');
  authorize(actor, 'initiativeConversation.take-part', conversation);
  if (options.markRead) await markRead(deps.db, id, actor.accountId);
  return { conversation, messages: await messagesOf(deps.db, id) };
}

/** Writes in a conversation about an initiative: its two parties only. */
export async function writeInitiativeMessage(
  deps: AppContext,
  actor: SignedIn,
  id: string,
  body: string,
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const conversation = await conversationById(tx, id);
    if (!conversation) throw notFound('problem.initiativeConversationNotFound');
    authorize(actor, 'initiativeConversation.take-part', conversation);
    if (!otherParty(conversation, actor.accountId).accountId) throw conflict('problem.initiativeConversationGone');
    const messageId = await insertMessage(tx, { conversationId: id, senderAccountId: actor.accountId, body });
    await tellOtherParty(tx, deps, conversation, actor, messageId);
    return messageId;
  });
}
