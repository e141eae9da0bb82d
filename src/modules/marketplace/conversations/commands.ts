import { audit } from '../../../core/audit';
import { authorize, can, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, forbidden, notFound } from '../../../core/errors';
import { cancelJob, scheduleJob } from '../../../core/jobs';
import { tellAccepted, tellConversation } from '../alerts/tell';
import { countActivity, screenOrRefuse } from '../../screening';
import { refuseIfBlocked } from '../moderation/blocks';
import { checkTransition, ownPost } from '../posts/commands';
import { type Post, postById, setPostStatus } from '../posts/queries';
import { isPublic } from '../rules';
import { marketplaceOf } from '../settings/queries';
import { FOLLOW_UP_JOB } from './follow-up';
import {
  insertMatch,
  insertMessage,
  insertResponse,
  markRead,
  messagesOf,
  responseById,
  setResponseStatus,
} from './queries';

/** "Ik wil helpen": opens a conversation with the poster, whose first message is this one. */
export async function respondToPost(
  deps: AppContext,
  actor: SignedIn,
  postId: string,
  message: string,
  options: { createdAt?: string } = {},
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, postId);
    if (!post || !isPublic(post)) throw notFound('problem.postNotFound');
    if (post.status !== 'open') throw conflict('problem.postNotOpen');
    if (post.authorAccountId === actor.accountId) throw conflict('problem.ownPost');
    await refuseIfBlocked(deps, tx, actor.accountId, {
      municipalityCode: post.municipalityCode,
      name: post.marketplaceName,
    });
    // Private between two people: paid work, abuse and spam are refused, contact details are fine.
    await screenOrRefuse(deps, { kind: 'response', parts: { message }, accountId: actor.accountId }, tx);
    await countActivity(deps, actor.accountId, 'response', tx);
    const responseId = await insertResponse(tx, {
      postId,
      municipalityCode: post.municipalityCode,
      responderAccountId: actor.accountId,
      posterAccountId: post.authorAccountId,
      responderFirstName: actor.firstName,
      createdAt: options.createdAt,
    });
    if (!responseId) throw conflict('problem.alreadyResponded');
    const messageId = await insertMessage(tx, {
      responseId,
      municipalityCode: post.municipalityCode,
      senderAccountId: actor.accountId,
      body: message,
      createdAt: options.createdAt,
    });
    await notifyOtherParty(tx, deps, post, actor, { responseId, messageId }, 'response');
    // The follow-up mail asks the poster, some days after the first response, whether help was found.
    if (post.kind === 'request' && post.responseCount === 0) {
      const marketplace = await marketplaceOf(tx, post.municipalityCode);
      const runAt = new Date(Date.now() + (marketplace?.followUpDays ?? 7) * 86_400_000);
      await scheduleJob(tx, { kind: FOLLOW_UP_JOB, key: postId, runAt, payload: { postId } });
    }
    return responseId;
  });
}

/** The other party of the conversation hears of the response or message (in the app, and by mail if they want). */
async function notifyOtherParty(
  db: Executor,
  deps: AppContext,
  post: Post,
  sender: SignedIn,
  ids: { responseId: string; messageId: string },
  what: 'response' | 'message',
) {
  const response = await responseById(db, ids.responseId);
  const recipientId = sender.accountId === post.authorAccountId ? response?.responderAccountId : post.authorAccountId;
  if (!recipientId) return;
  await tellConversation(db, deps, what, post, { accountId: recipientId }, sender, ids);
}

/**
 * Loads a conversation for one of its parties, or — when it was reported — for a beheerder of its
 * marketplace (audited).
 */
export async function conversationFor(
  deps: AppContext,
  actor: SignedIn,
  responseId: string,
  options: { markRead?: boolean } = {},
) {
  const response = await responseById(deps.db, responseId);
  if (!response) throw notFound('problem.conversationNotFound');
  const party = can(actor, 'conversation.take-part', response);
  if (!party) {
    const marketplace = await marketplaceOf(deps.db, response.municipalityCode);
    const beheerder =
      marketplace && can(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
    // Only while the report is open: once handled, the conversation is private again.
    if (!beheerder || !response.reportOpen) throw forbidden();
    await audit(deps.db, {
      actorAccountId: actor.accountId,
      action: 'conversation.readByBeheerder',
      subjectType: 'conversation',
      subjectId: responseId,
      municipalityCode: response.municipalityCode,
    });
  }
  if (party && options.markRead) await markRead(deps.db, responseId, actor.accountId);
  const post = await postById(deps.db, response.postId);
  return { response, post, messages: await messagesOf(deps.db, responseId), party };
}

export async function sendMessage(
  deps: AppContext,
  actor: SignedIn,
  responseId: string,
  body: string,
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const response = await responseById(tx, responseId);
    if (!response) throw notFound('problem.conversationNotFound');
    authorize(actor, 'conversation.take-part', response);
    const post = await postById(tx, response.postId);
    if (!post) throw notFound('problem.postNotFound');
    await refuseIfBlocked(deps, tx, actor.accountId, {
      municipalityCode: post.municipalityCode,
      name: post.marketplaceName,
    });
    await screenOrRefuse(deps, { kind: 'message', parts: { body }, accountId: actor.accountId }, tx);
    await countActivity(deps, actor.accountId, 'message', tx);
    const id = await insertMessage(tx, {
      responseId,
      municipalityCode: response.municipalityCode,
      senderAccountId: actor.accountId,
      body,
    });
    await notifyOtherParty(tx, deps, post, actor, { responseId, messageId: id }, 'message');
    return id;
  });
}

/**
 * The poster accepts a response: the request becomes matched. The post row is locked and the
 * match's primary key is the post, so two simultaneous accepts make exactly one match.
 */
export async function acceptResponse(deps: AppContext, actor: SignedIn, responseId: string): Promise<Post> {
  return deps.db.transaction(async (tx) => {
    const response = await responseById(tx, responseId);
    if (!response) throw notFound('problem.responseNotFound');
    const post = await ownPost(tx, actor, response.postId, { forUpdate: true });
    if (post.kind !== 'request') throw conflict('problem.onlyRequestsMatch');
    if (post.status === 'matched') throw conflict('problem.alreadyMatched');
    checkTransition(post, 'matched');
    const match = { postId: post.id, responseId, municipalityCode: post.municipalityCode, via: 'accept' as const };
    if (!(await insertMatch(tx, match))) throw conflict('problem.alreadyMatched');
    await setResponseStatus(tx, responseId, 'accepted');
    await setPostStatus(tx, post.id, 'matched');
    if (response.responderAccountId)
      await tellAccepted(tx, deps, post, { accountId: response.responderAccountId }, responseId);
    await cancelJob(tx, FOLLOW_UP_JOB, post.id);
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'post.matched.accept',
      subjectType: 'post',
      subjectId: post.id,
      municipalityCode: post.municipalityCode,
    });
    return post;
  });
}
