import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { conflict, invalidField, notFound } from '../../../core/errors';
import { cancelJob } from '../../../core/jobs';
import { postcodeLookup } from '../../municipalities';
import { organisationById } from '../../organisations';
import { countActivity, screenOrRefuse } from '../../screening';
import { insertMatch, responseById, setResponseStatus } from '../conversations/queries';
import { FOLLOW_UP_JOB } from '../conversations/follow-up';
import { announceOpenPost } from '../alerts/matching';
import { refuseIfBlocked } from '../moderation/blocks';
import { canResubmit, canTransition, EDITABLE_STATUSES, initialStatus, isReturned, type PostKind } from '../rules';
import { marketplaceOf } from '../settings/queries';
import {
  clearRejection,
  insertPost,
  type Post,
  postById,
  publishPost,
  setPostStatus,
  setScreening,
  type StoredReason,
  updatePostFields,
} from './queries';
import type { PostChange, PostInput } from './schemas';

/**
 * The screening of a post (screening module): paid work, abuse and repeats are refused field by
 * field; `held` when it must wait for a beheerder (contact details, an unexplained amount, a
 * burst), with the reasons and the matched text, which are stored for the moderation queue.
 */
async function screenPost(
  deps: AppContext,
  db: Executor,
  actor: SignedIn,
  kind: PostKind,
  post: { title: string; description: string; whenText?: string | null; clientFirstName?: string | null },
  where: { marketplace: string; postId?: string },
): Promise<{ held: boolean; reasons: StoredReason[] }> {
  const parts = {
    title: post.title,
    description: post.description,
    'when.text': post.whenText,
    'onBehalfOf.clientFirstName': post.clientFirstName,
  };
  const verdict = await screenOrRefuse(
    deps,
    { kind, parts, accountId: actor.accountId, marketplace: where.marketplace, excludePostId: where.postId },
    db,
  );
  const reasons = verdict.reasons.map(({ code, rule, field, params, spans }) => ({ code, rule, field, params, spans }));
  return { held: verdict.outcome === 'review', reasons };
}

/** Today's date (YYYY-MM-DD) in the Netherlands, by the context's clock. */
const dutchToday = (deps: AppContext) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(deps.clock.now());

export async function createPost(
  deps: AppContext,
  actor: SignedIn,
  kind: PostKind,
  input: PostInput,
  options: { createdAt?: string; status?: Post['status'] } = {},
): Promise<string> {
  if (kind !== 'vacancy' && input.hoursPerWeek !== undefined)
    throw invalidField('hoursPerWeek', 'validation.hoursOnlyVacancy');
  return deps.db.transaction(async (tx) => {
    const place = await postcodeLookup(tx, input.postcode);
    if (!place) throw invalidField('postcode', 'validation.postcodeUnknown', { pc4: input.postcode });
    // A post lives on the marketplace of the municipality its postcode lies in, nowhere else.
    if (input.municipality && input.municipality !== place.municipalityCode)
      throw invalidField('postcode', 'validation.postcodeOtherMarketplace', {
        pc4: input.postcode,
        municipality: place.municipalityName,
      });
    const municipalityCode = place.municipalityCode;
    const marketplace = await marketplaceOf(tx, municipalityCode);
    if (marketplace?.status !== 'live') throw conflict('problem.noMarketplace', { name: place.municipalityName });
    if (marketplace.disabledCategories.includes(input.category))
      throw invalidField('category', 'validation.categoryOff');
    await refuseIfBlocked(deps, tx, actor.accountId, marketplace);
    const { held, reasons } = await screenPost(
      deps,
      tx,
      actor,
      kind,
      { ...input, whenText: input.when.text, clientFirstName: input.onBehalfOf?.clientFirstName },
      { marketplace: municipalityCode },
    );
    await countActivity(deps, actor.accountId, 'post', tx);
    // Vacancies and posts for a client are made on behalf of an organisation the person belongs to.
    let organisationId: string | null = null;
    if (kind === 'vacancy' || input.onBehalfOf) {
      organisationId = input.organisation ?? actor.memberships[0]?.organisationId ?? null;
      if (!organisationId) throw invalidField('organisation', 'validation.organisationRequired');
      if (!(await organisationById(tx, organisationId)))
        throw invalidField('organisation', 'validation.organisationUnknown');
      authorize(actor, 'post.onBehalfOf', { organisationId });
    }
    const status = options.status ?? (input.concept ? 'concept' : initialStatus(marketplace.premoderation, held));
    const id = await insertPost(tx, {
      kind,
      municipalityCode,
      authorAccountId: actor.accountId,
      authorFirstName: actor.firstName,
      organisationId,
      onBehalfOfFirstName: input.onBehalfOf?.clientFirstName ?? null,
      title: input.title,
      description: input.description,
      category: input.category,
      whenKind: input.when.kind,
      whenDate: input.when.date ?? null,
      whenText: input.when.text ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      pc4: place.pc4,
      status,
      expiryWeeks: marketplace.expiryWeeks,
      createdAt: options.createdAt,
      screening: reasons,
    });
    if (status === 'open') await announceOpenPost(tx, deps, id);
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: `post.created.${kind}`,
      subjectType: 'post',
      subjectId: id,
      municipalityCode,
    });
    return id;
  });
}

/** A post of the actor's own (403 for anyone else's), optionally locked for the transaction. */
export async function ownPost(
  db: Executor,
  actor: SignedIn,
  postId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Post> {
  const post = await postById(db, postId, options);
  if (!post) throw notFound('problem.postNotFound');
  authorize(actor, 'post.own', { authorAccountId: post.authorAccountId });
  return post;
}

/** Moves a post along its lifecycle, refusing what the lifecycle does not allow. */
export function checkTransition(post: Post, to: Post['status']): void {
  if (!canTransition(post.status, to)) throw conflict('problem.postStatus', { status: post.status });
}

/**
 * The owner edits a concept, a post in review or open, or an expired one (to place it again); the
 * same screening applies, and contact details send an open post back to review.
 */
export async function changePost(deps: AppContext, actor: SignedIn, postId: string, change: PostChange): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId, { forUpdate: true });
    if (!EDITABLE_STATUSES.includes(post.status) && !canResubmit(post))
      throw conflict('problem.postStatus', { status: post.status });
    if (change.hoursPerWeek !== undefined && post.kind !== 'vacancy')
      throw invalidField('hoursPerWeek', 'validation.hoursOnlyVacancy');
    const title = change.title ?? post.title;
    const description = change.description ?? post.description;
    const whenText = change.when ? (change.when.text ?? null) : post.whenText;
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
    if (marketplace) await refuseIfBlocked(deps, tx, actor.accountId, marketplace);
    const { held, reasons } = await screenPost(
      deps,
      tx,
      actor,
      post.kind,
      { title, description, whenText, clientFirstName: post.onBehalfOfFirstName },
      { marketplace: post.municipalityCode, postId },
    );
    if (change.category && marketplace?.disabledCategories.includes(change.category))
      throw invalidField('category', 'validation.categoryOff');
    await updatePostFields(tx, postId, {
      title: change.title,
      description: change.description,
      category: change.category,
      whenKind: change.when?.kind,
      whenDate: change.when ? (change.when.date ?? null) : undefined,
      whenText: change.when ? (change.when.text ?? null) : undefined,
      hoursPerWeek: change.hoursPerWeek,
    });
    await setScreening(tx, postId, reasons);
    if (post.status === 'open' && held) await setPostStatus(tx, postId, 'in-review');
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'post.changed',
      subjectType: 'post',
      subjectId: postId,
      municipalityCode: post.municipalityCode,
    });
  });
}

/**
 * The owner places a concept, or places an expired post again: it opens (for another term of the
 * marketplace's expiry weeks), or waits for a beheerder like any new post would.
 */
export async function placePost(deps: AppContext, actor: SignedIn, postId: string): Promise<Post['status']> {
  return deps.db.transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId, { forUpdate: true });
    if (post.status !== 'concept' && post.status !== 'expired' && !canResubmit(post))
      throw conflict('problem.postStatus', { status: post.status });
    // Help on one date that has passed would expire at once: it needs a new date first.
    if (post.whenKind === 'once' && post.whenDate && post.whenDate < dutchToday(deps))
      throw invalidField('whenDate', 'validation.placeAgainNewDate');
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
    if (marketplace?.status !== 'live') throw conflict('problem.noMarketplace', { name: post.marketplaceName });
    await refuseIfBlocked(deps, tx, actor.accountId, marketplace);
    const { held, reasons } = await screenPost(
      deps,
      tx,
      actor,
      post.kind,
      { ...post, clientFirstName: post.onBehalfOfFirstName },
      { marketplace: post.municipalityCode, postId },
    );
    await setScreening(tx, postId, reasons);
    // A post sent in again after a rejection, or after a beheerder sent it back, is looked at once more.
    const again = canResubmit(post) || isReturned(post);
    const status = again ? 'in-review' : initialStatus(marketplace.premoderation, held);
    if (again) await clearRejection(tx, postId);
    if (status === 'open') await publishPost(tx, postId, marketplace.expiryWeeks);
    else await setPostStatus(tx, postId, status);
    if (status === 'open') await announceOpenPost(tx, deps, postId);
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'post.published',
      subjectType: 'post',
      subjectId: postId,
      municipalityCode: post.municipalityCode,
    });
    return status;
  });
}

export async function withdrawPost(deps: AppContext, actor: SignedIn, postId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId, { forUpdate: true });
    checkTransition(post, 'withdrawn');
    await setPostStatus(tx, postId, 'withdrawn');
    await cancelJob(tx, FOLLOW_UP_JOB, postId);
  });
}

/** Closing names who helped, when someone did: that confirms the match (the third way). */
export async function closePost(
  deps: AppContext,
  actor: SignedIn,
  postId: string,
  input: { matchedResponseId?: string | undefined; reason: string },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId, { forUpdate: true });
    checkTransition(post, 'closed');
    if (input.matchedResponseId) {
      const response = await responseById(tx, input.matchedResponseId);
      if (!response || response.postId !== postId)
        throw invalidField('matchedResponseId', 'validation.responseNotOfPost');
      if (post.status === 'open') {
        await insertMatch(tx, {
          postId,
          responseId: response.id,
          municipalityCode: post.municipalityCode,
          via: 'close',
        });
        await setResponseStatus(tx, response.id, 'accepted');
      }
    }
    await setPostStatus(tx, postId, 'closed', input.reason);
    await cancelJob(tx, FOLLOW_UP_JOB, postId);
  });
}
