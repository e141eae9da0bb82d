import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { conflict, notFound } from '../../../core/errors';
import { responseById } from '../conversations/queries';
import { type Post, postById, publishPost, setPostStatus } from '../posts/queries';
import { isVisibleTo, type PostKind } from '../rules';
import { managedMarketplaceOf } from '../settings/commands';
import {
  insertReport,
  markRejected,
  moderationQueue,
  reportedConversations,
  reportResponse,
  resolveReports,
  resolveResponseReport,
} from './queries';
import type { ModerationDecision } from './schemas';
import { announceOpenPost } from '../alerts/matching';
import { tellReportsHandled, tellReviewed } from '../alerts/tell';

// Residents report posts and conversations; a marketplace's beheerders, for their own
// marketplace only, review what waits and decide.

/** Reports a post the person can see, through the kind it is (a request is not reported as an offer). */
export async function reportPost(
  deps: AppContext,
  actor: SignedIn,
  kind: PostKind,
  postId: string,
  reason: string,
): Promise<string> {
  const post = await postById(deps.db, postId);
  if (!post || post.kind !== kind || !isVisibleTo(post, actor.accountId)) throw notFound('problem.postNotFound');
  return insertReport(deps.db, {
    postId,
    municipalityCode: post.municipalityCode,
    reporterAccountId: actor.accountId,
    reason,
  });
}

/** One of its two parties reports a conversation: the marketplace's beheerders may then read it. */
export async function reportConversation(
  deps: AppContext,
  actor: SignedIn,
  responseId: string,
  reason: string,
): Promise<void> {
  const response = await responseById(deps.db, responseId);
  if (!response) throw notFound('problem.conversationNotFound');
  authorize(actor, 'conversation.take-part', response);
  await reportResponse(deps.db, responseId, reason);
}

/** The queue with personal data of the people in it; every look is written to the audit log. */
export async function moderationItems(deps: AppContext, actor: SignedIn, municipalityCode: string) {
  await managedMarketplaceOf(deps.db, actor, municipalityCode);
  const items = await moderationQueue(deps.db, municipalityCode);
  await audit(deps.db, {
    actorAccountId: actor.accountId,
    action: 'moderation.queueRead',
    subjectType: 'marketplace',
    subjectId: municipalityCode,
    municipalityCode,
  });
  return items;
}

/** Approve (a post in review opens) or reject (the post closes with the reason); its reports are handled. */
export async function decideModeration(
  deps: AppContext,
  actor: SignedIn,
  postId: string,
  decision: ModerationDecision,
): Promise<Post> {
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, postId, { forUpdate: true });
    if (!post) throw notFound('problem.postNotFound');
    const marketplace = await managedMarketplaceOf(tx, actor, post.municipalityCode);
    const decisionId = `${decision.decision}:${deps.clock.now().toISOString()}`;
    if (decision.decision === 'approve' && post.status === 'in-review') {
      await publishPost(tx, postId, marketplace.expiryWeeks);
      await tellReviewed(tx, deps, post, 'approved', null, decisionId);
      await announceOpenPost(tx, deps, postId);
    }
    if (decision.decision === 'reject' && !['closed', 'withdrawn', 'expired'].includes(post.status)) {
      await setPostStatus(tx, postId, 'closed', decision.reason);
      await markRejected(tx, postId);
      await tellReviewed(tx, deps, post, 'rejected', decision.reason ?? null, decisionId);
    }
    await tellReportsHandled(tx, deps, post, await resolveReports(tx, postId));
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: `moderation.${decision.decision}`,
      subjectType: 'post',
      subjectId: postId,
      municipalityCode: post.municipalityCode,
    });
    return (await postById(tx, postId)) as Post;
  });
}

/** The reported conversations of a marketplace, for its beheerders; every look is written to the audit log. */
export async function reportedConversationItems(deps: AppContext, actor: SignedIn, municipalityCode: string) {
  await managedMarketplaceOf(deps.db, actor, municipalityCode);
  const items = await reportedConversations(deps.db, municipalityCode);
  await audit(deps.db, {
    actorAccountId: actor.accountId,
    action: 'moderation.reportedConversationsRead',
    subjectType: 'marketplace',
    subjectId: municipalityCode,
    municipalityCode,
  });
  return items;
}

/** A beheerder marks a reported conversation of their own marketplace handled (audited). */
export async function resolveConversationReport(deps: AppContext, actor: SignedIn, responseId: string): Promise<void> {
  const response = await responseById(deps.db, responseId);
  if (!response) throw notFound('problem.conversationNotFound');
  await managedMarketplaceOf(deps.db, actor, response.municipalityCode);
  if (!(await resolveResponseReport(deps.db, responseId, response.municipalityCode)))
    throw conflict('problem.reportNotOpen');
  await audit(deps.db, {
    actorAccountId: actor.accountId,
    action: 'moderation.conversationReportResolved',
    subjectType: 'conversation',
    subjectId: responseId,
    municipalityCode: response.municipalityCode,
  });
}
