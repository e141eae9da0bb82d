import { audit } from '../../../core/audit';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { badRequest, conflict, invalidField, notFound } from '../../../core/errors';
import { cancelJob } from '../../../core/jobs';
import { postcodeLookup } from '../../municipalities';
import { organisationById } from '../../organisations';
import { insertMatch, responseById, setResponseStatus } from '../conversations/queries';
import { FOLLOW_UP_JOB } from '../conversations/follow-up';
import { canTransition, contactDetailSignals, initialStatus, type PostKind, paidWorkSignals } from '../rules';
import { marketplaceOf } from '../settings/queries';
import { insertPost, type Post, postById, publishPost, setPostStatus, updatePostFields } from './queries';
import type { PostChange, PostInput } from './schemas';

/** Field by field, so the message says where the price or hourly rate is. */
export function refusePaidWork(input: { title: string; description: string }): void {
  const invalid = (['title', 'description'] as const).flatMap((name) => {
    const signals = paidWorkSignals(input[name]);
    return signals.length > 0 ? [{ name, reason: 'validation.paidWork', params: { found: signals.join(', ') } }] : [];
  });
  if (invalid.length > 0) throw badRequest('problem.paidWork', invalid);
}

const hasContactDetails = (post: { title: string; description: string }) =>
  contactDetailSignals(`${post.title}\n${post.description}`).length > 0;

export async function createPost(
  deps: AppContext,
  actor: SignedIn,
  kind: PostKind,
  input: PostInput,
  options: { createdAt?: string; status?: Post['status'] } = {},
): Promise<string> {
  refusePaidWork(input);
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
    // Vacancies and posts for a client are made on behalf of an organisation the person belongs to.
    let organisationId: string | null = null;
    if (kind === 'vacancy' || input.onBehalfOf) {
      organisationId = input.organisation ?? actor.memberships[0]?.organisationId ?? null;
      if (!organisationId) throw invalidField('organisation', 'validation.organisationRequired');
      if (!(await organisationById(tx, organisationId)))
        throw invalidField('organisation', 'validation.organisationUnknown');
      authorize(actor, 'post.onBehalfOf', { organisationId });
    }
    const status =
      options.status ??
      (input.concept ? 'concept' : initialStatus(marketplace.premoderation, hasContactDetails(input)));
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
    });
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
 * The owner edits a concept, or a post in review or open; the same screening applies, and contact
 * details send an open post back to review.
 */
export async function changePost(deps: AppContext, actor: SignedIn, postId: string, change: PostChange): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId, { forUpdate: true });
    if (!['concept', 'in-review', 'open'].includes(post.status))
      throw conflict('problem.postStatus', { status: post.status });
    if (change.hoursPerWeek !== undefined && post.kind !== 'vacancy')
      throw invalidField('hoursPerWeek', 'validation.hoursOnlyVacancy');
    const title = change.title ?? post.title;
    const description = change.description ?? post.description;
    refusePaidWork({ title, description });
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
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
    if (post.status === 'open' && hasContactDetails({ title, description }))
      await setPostStatus(tx, postId, 'in-review');
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
    if (post.status !== 'concept' && post.status !== 'expired')
      throw conflict('problem.postStatus', { status: post.status });
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
    if (marketplace?.status !== 'live') throw conflict('problem.noMarketplace', { name: post.marketplaceName });
    const status = initialStatus(marketplace.premoderation, hasContactDetails(post));
    if (status === 'open') await publishPost(tx, postId, marketplace.expiryWeeks);
    else await setPostStatus(tx, postId, status);
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
