import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { notify } from '../../notifications';
import { conversationPath, postPath } from '../paths';
import { KIND } from './kinds';

/**
 * The notifications Samen helpen writes when something happens, one function per event, each in
 * the caller's transaction. The commands call these; what is said is in kinds.ts.
 */
type Ctx = Pick<AppContext, 'config' | 'clock'>;
interface PostRef {
  id: string;
  title: string;
  municipalityCode: string;
  marketplaceName: string;
  authorAccountId: string | null;
}

const place = (post: PostRef) => ({ title: post.title, place: post.marketplaceName });

/** A response opened a conversation, or a message was added to one: the other party hears. */
export function tellConversation(
  tx: Executor,
  ctx: Ctx,
  what: 'response' | 'message',
  post: PostRef,
  to: { accountId: string },
  from: { firstName: string },
  ids: { responseId: string; messageId: string },
) {
  return notify(tx, ctx, what === 'response' ? KIND.response : KIND.message, [
    {
      accountId: to.accountId,
      eventKey: ids.messageId,
      path: conversationPath(ids.responseId),
      municipalityCode: post.municipalityCode,
      data: { ...place(post), name: from.firstName },
    },
  ]);
}

/** The poster accepted a helper's response: the helper hears. */
export function tellAccepted(
  tx: Executor,
  ctx: Ctx,
  post: PostRef & { authorFirstName: string },
  helper: { accountId: string },
  responseId: string,
) {
  return notify(tx, ctx, KIND.accepted, [
    {
      accountId: helper.accountId,
      eventKey: responseId,
      path: conversationPath(responseId),
      municipalityCode: post.municipalityCode,
      data: { ...place(post), name: post.authorFirstName },
    },
  ]);
}

/**
 * A beheerder approved, rejected or sent back a post, or reports hid it: its author hears, with
 * the reason.
 */
export function tellReviewed(
  tx: Executor,
  ctx: Ctx,
  post: PostRef,
  outcome: 'approved' | 'rejected' | 'returned' | 'hidden',
  reason: string | null,
  decisionId: string,
) {
  if (!post.authorAccountId) return Promise.resolve(0);
  return notify(tx, ctx, KIND.review, [
    {
      accountId: post.authorAccountId,
      eventKey: decisionId,
      path: postPath(post.id),
      municipalityCode: post.municipalityCode,
      data: { ...place(post), outcome, reason: reason ?? '' },
    },
  ]);
}

/** The reports about a post were handled: each person who reported it hears (not what was decided). */
export function tellReportsHandled(tx: Executor, ctx: Ctx, post: PostRef, reporterIds: readonly string[]) {
  return notify(
    tx,
    ctx,
    KIND.reportHandled,
    [...new Set(reporterIds)].map((accountId) => ({
      accountId,
      eventKey: post.id,
      path: postPath(post.id),
      municipalityCode: post.municipalityCode,
      data: place(post),
    })),
  );
}

/** A post expires in a few days, or has expired: its author hears once for each term. */
export function tellExpiry(
  tx: Executor,
  ctx: Ctx,
  posts: readonly (PostRef & { expiresAt: string })[],
  stage: 'soon' | 'expired',
) {
  return notify(
    tx,
    ctx,
    KIND.expiry,
    posts
      .filter((post) => post.authorAccountId)
      .map((post) => ({
        accountId: post.authorAccountId as string,
        // once per term: placing it again starts a new term with a new expiry date
        eventKey: `${post.id}:${stage}:${post.expiresAt.slice(0, 10)}`,
        path: postPath(post.id),
        municipalityCode: post.municipalityCode,
        data: { ...place(post), stage, date: post.expiresAt },
      })),
  );
}

/** A beheerder blocked a person (on a marketplace, or the operator on the whole platform), or lifted it early. */
export function tellBlocked(
  tx: Executor,
  ctx: Ctx,
  block: { id: string; accountId: string; municipalityCode: string | null; reason: string; endsAt: string },
  place: string,
  stage: 'placed' | 'lifted',
) {
  return notify(tx, ctx, KIND.blocked, [
    {
      accountId: block.accountId,
      eventKey: `${block.id}:${stage}`,
      path: '/meldingen',
      municipalityCode: block.municipalityCode,
      data: {
        place,
        reason: block.reason,
        date: block.endsAt,
        stage,
        scope: block.municipalityCode ? 'one' : 'platform',
      },
    },
  ]);
}

/** A beheerder warned a person: they hear why. */
export function tellWarned(
  tx: Executor,
  ctx: Ctx,
  warning: { id: string; accountId: string; municipalityCode: string; reason: string },
  place: string,
) {
  return notify(tx, ctx, KIND.warning, [
    {
      accountId: warning.accountId,
      eventKey: warning.id,
      path: '/meldingen',
      municipalityCode: warning.municipalityCode,
      data: { place, reason: warning.reason },
    },
  ]);
}
