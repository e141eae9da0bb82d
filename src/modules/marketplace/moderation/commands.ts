import { audit } from '../../../core/audit';
import { authorize, can, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, DomainError, notFound } from '../../../core/errors';
import { announceOpenPost } from '../alerts/matching';
import { tellReportsHandled, tellReviewed } from '../alerts/tell';
import { responseById } from '../conversations/queries';
import { type Post, postById, publishPost, setPostStatus } from '../posts/queries';
import { isPublic, isVisibleTo, type PostKind } from '../rules';
import { managedMarketplaceOf } from '../settings/commands';
import { type Marketplace, marketplaceOf } from '../settings/queries';
import { logDecision } from './log';
import {
  hidePost,
  insertReport,
  markRejected,
  moderationQueue,
  openReporterCount,
  reportedConversations,
  reportResponse,
  resolveReports,
  resolveResponseReport,
  returnToAuthor,
  unhidePost,
} from './queries';
import type { ModerationDecision } from './schemas';

// Residents report posts and conversations; a marketplace's beheerders, for their own
// marketplace only, review what waits and decide. Every decision goes in the marketplace's
// activity log (log.ts) in its own transaction, and the author hears of every outcome.

/**
 * Reports a post the person can see, through the kind it is (a request is not reported as an
 * offer). When different accounts have now reported it as often as the marketplace's setting says
 * (3 by default), it is hidden until a beheerder decides, and its author hears.
 */
export async function reportPost(
  deps: AppContext,
  actor: SignedIn,
  kind: PostKind,
  postId: string,
  reason: string,
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    // Locked: two reports at once count as two, and hide the post once.
    const post = await postById(tx, postId, { forUpdate: true });
    if (!post || post.kind !== kind || !isVisibleTo(post, actor.accountId)) throw notFound('problem.postNotFound');
    const id = await insertReport(tx, {
      postId,
      municipalityCode: post.municipalityCode,
      reporterAccountId: actor.accountId,
      reason,
    });
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
    if (marketplace && isPublic(post) && post.hiddenAt === null) {
      const reporters = await openReporterCount(tx, postId);
      if (reporters >= marketplace.autoHideReports) {
        await hidePost(tx, postId);
        await tellReviewed(tx, deps, post, 'hidden', null, `hidden:${id}`);
        await logDecision(tx, {
          municipalityCode: post.municipalityCode,
          actorAccountId: null,
          action: 'hide',
          postId,
          subject: post.title,
          note: String(reporters),
        });
      }
    }
    return id;
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

/**
 * The marketplace of a post a beheerder decides on: 403 with a message that says why when the
 * actor does not run it (a beheerder of another marketplace, say).
 */
async function marketplaceToDecideOn(db: Executor, actor: SignedIn, municipalityCode: string): Promise<Marketplace> {
  const marketplace = await marketplaceOf(db, municipalityCode);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  if (!can(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId }))
    throw new DomainError('forbidden', 'problem.forbidden.title', 'problem.moderation.otherMarketplace');
  return marketplace;
}

const ENDED = ['closed', 'withdrawn', 'expired'];

/**
 * Approve (a post in review opens; a hidden one is shown again), reject (it closes with the reason
 * and stays hidden) or send back (a concept again, with the note; placed again it comes back to
 * review). Its open reports are handled, its author hears what was decided (with the reason), the
 * reporters hear that it was handled, and the decision goes in the activity log.
 */
export async function decideModeration(
  deps: AppContext,
  actor: SignedIn,
  postId: string,
  decision: ModerationDecision,
): Promise<Post> {
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, postId, { forUpdate: true });
    if (!post) throw notFound('problem.postNotFound');
    const marketplace = await marketplaceToDecideOn(tx, actor, post.municipalityCode);
    const decisionId = `${decision.decision}:${deps.clock.now().toISOString()}`;
    const note = decision.reason ? decision.reason : null;
    let outcome: 'approved' | 'rejected' | 'returned' | null = null;
    if (decision.decision === 'approve') {
      // A rejected post stays hidden: approving it does not undo the rejection.
      if (post.hiddenAt !== null && post.rejectedReason === null) {
        await unhidePost(tx, postId);
        outcome = 'approved';
      }
      if (post.status === 'in-review') {
        await publishPost(tx, postId, marketplace.expiryWeeks);
        await announceOpenPost(tx, deps, postId);
        outcome = 'approved';
      }
    }
    if (decision.decision === 'reject' && !ENDED.includes(post.status)) {
      await setPostStatus(tx, postId, 'closed', note);
      await markRejected(tx, postId);
      await hidePost(tx, postId);
      outcome = 'rejected';
    }
    if (decision.decision === 'return') {
      if (post.status !== 'in-review' && post.status !== 'open')
        throw conflict('problem.moderation.cannotReturn', { status: post.status });
      await returnToAuthor(tx, postId, note ?? '');
      outcome = 'returned';
    }
    if (outcome) await tellReviewed(tx, deps, post, outcome, note, decisionId);
    await tellReportsHandled(tx, deps, post, await resolveReports(tx, postId));
    await logDecision(tx, {
      municipalityCode: post.municipalityCode,
      actorAccountId: actor.accountId,
      action: decision.decision,
      postId,
      personAccountId: post.authorAccountId,
      subject: post.title,
      note,
    });
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

/** A beheerder marks a reported conversation of their own marketplace handled (audited, in the log). */
export async function resolveConversationReport(deps: AppContext, actor: SignedIn, responseId: string): Promise<void> {
  const response = await responseById(deps.db, responseId);
  if (!response) throw notFound('problem.conversationNotFound');
  await managedMarketplaceOf(deps.db, actor, response.municipalityCode);
  await deps.db.transaction(async (tx) => {
    if (!(await resolveResponseReport(tx, responseId, response.municipalityCode)))
      throw conflict('problem.reportNotOpen');
    const post = await postById(tx, response.postId);
    await logDecision(tx, {
      municipalityCode: response.municipalityCode,
      actorAccountId: actor.accountId,
      action: 'resolve-conversation',
      postId: response.postId,
      subject: post?.title ?? '',
    });
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'moderation.conversationReportResolved',
      subjectType: 'conversation',
      subjectId: responseId,
      municipalityCode: response.municipalityCode,
    });
  });
}
