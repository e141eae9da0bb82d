import { audit } from '../../core/audit';
import { hmac, safeEqual } from '../../core/auth/secrets';
import { authorize, can, type SignedIn } from '../../core/authz';
import type { Executor } from '../../core/db';
import type { AppContext } from '../../core/context';
import { badRequest, conflict, forbidden, DomainError, notFound } from '../../core/errors';
import { cancelJob, scheduleJob } from '../../core/jobs';
import { queueMail } from '../../core/mail';
import { contactOf } from '../accounts';
import { municipalityByCode, postcodeLookup } from '../municipalities';
import { organisationById } from '../organisations';
import { followUpMail, newMessageMail, newResponseMail } from './mails';
import {
  insertMatch,
  insertMessage,
  insertPost,
  insertReport,
  insertResponse,
  markRead,
  messagesOf,
  moderationQueue,
  type Post,
  publishPost,
  resolveReports,
  postById,
  reportResponse,
  resolveResponseReport,
  reportedConversations,
  responseById,
  responsesToPost,
  setPostStatus,
  setResponseStatus,
  updatePostFields,
} from './queries';
import { managedMarketplaceOf } from './settings';
import { insertMarketplace, marketplaceOf } from './marketplaces.queries';
import {
  canTransition,
  contactDetailSignals,
  contrastRatio,
  initialStatus,
  MINIMUM_CONTRAST,
  type PostKind,
  paidWorkSignals,
  isPublic,
  isVisibleTo,
} from './rules';
import type { MarketplaceInput, PostChange, PostInput } from './schemas';

export const FOLLOW_UP_JOB = 'marketplace.follow-up';
const FOLLOW_UP_LINK_DAYS = 14;

export async function launchMarketplace(deps: AppContext, actor: SignedIn, input: MarketplaceInput): Promise<void> {
  authorize(actor, 'marketplace.launch', {});
  const ratio = contrastRatio(input.brandTextColor, input.brandColor);
  if (ratio < MINIMUM_CONTRAST) {
    throw badRequest('problem.badRequest.detail', [
      { name: 'brandTextColor', reason: 'validation.contrast', params: { ratio: ratio.toFixed(2) } },
    ]);
  }
  await deps.db.transaction(async (tx) => {
    if (!(await municipalityByCode(tx, input.municipality))) throw notFound('problem.municipalityNotFound');
    const operator = await organisationById(tx, input.operatorOrganisation);
    if (!operator)
      throw badRequest('problem.badRequest.detail', [
        { name: 'operatorOrganisation', reason: 'validation.organisationUnknown' },
      ]);
    if (!['welzijnsorganisatie', 'vrijwilligerscentrale'].includes(operator.type)) {
      throw badRequest('problem.badRequest.detail', [
        { name: 'operatorOrganisation', reason: 'validation.operatorType' },
      ]);
    }
    const launched = await insertMarketplace(tx, {
      municipalityCode: input.municipality,
      operatorOrganisationId: operator.id,
      name: input.name,
      brandColor: input.brandColor,
      brandTextColor: input.brandTextColor,
      premoderation: input.premoderation,
      disabledCategories: input.disabledCategories,
      showNeighbours: input.showNeighbours,
      expiryWeeks: input.expiryWeeks,
      followUpDays: input.followUpDays,
    });
    if (!launched) throw conflict('problem.marketplaceExists');
    await audit(tx, {
      actorAccountId: actor.accountId,
      action: 'marketplace.launched',
      subjectType: 'marketplace',
      subjectId: input.municipality,
      municipalityCode: input.municipality,
    });
  });
}

/** Field by field, so the message says where the price or hourly rate is. */
function refusePaidWork(input: { title: string; description: string }): void {
  const invalid = (['title', 'description'] as const).flatMap((name) => {
    const signals = paidWorkSignals(input[name]);
    return signals.length > 0 ? [{ name, reason: 'validation.paidWork', params: { found: signals.join(', ') } }] : [];
  });
  if (invalid.length > 0) throw badRequest('problem.paidWork', invalid);
}

export async function createPost(
  deps: AppContext,
  actor: SignedIn,
  kind: PostKind,
  input: PostInput,
  options: { createdAt?: string; status?: Post['status'] } = {},
): Promise<string> {
  refusePaidWork(input);
  if (kind !== 'vacancy' && input.hoursPerWeek !== undefined)
    throw badRequest('problem.badRequest.detail', [{ name: 'hoursPerWeek', reason: 'validation.hoursOnlyVacancy' }]);
  return deps.db.transaction(async (tx) => {
    const place = await postcodeLookup(tx, input.postcode);
    if (!place)
      throw badRequest('problem.badRequest.detail', [
        { name: 'postcode', reason: 'validation.postcodeUnknown', params: { pc4: input.postcode } },
      ]);
    // A post lives on the marketplace of the municipality its postcode lies in, nowhere else.
    if (input.municipality && input.municipality !== place.municipalityCode)
      throw badRequest('problem.badRequest.detail', [
        {
          name: 'postcode',
          reason: 'validation.postcodeOtherMarketplace',
          params: { pc4: input.postcode, municipality: place.municipalityName },
        },
      ]);
    const municipalityCode = place.municipalityCode;
    const marketplace = await marketplaceOf(tx, municipalityCode);
    if (marketplace?.status !== 'live')
      throw new DomainError('conflict', 'problem.conflict.title', 'problem.noMarketplace', {
        name: place.municipalityName,
      });
    if (marketplace.disabledCategories.includes(input.category)) {
      throw badRequest('problem.badRequest.detail', [{ name: 'category', reason: 'validation.categoryOff' }]);
    }
    // Vacancies and posts for a client are made on behalf of an organisation the person belongs to.
    let organisationId: string | null = null;
    if (kind === 'vacancy' || input.onBehalfOf) {
      organisationId = input.organisation ?? actor.memberships[0]?.organisationId ?? null;
      if (!organisationId)
        throw badRequest('problem.badRequest.detail', [
          { name: 'organisation', reason: 'validation.organisationRequired' },
        ]);
      if (!(await organisationById(tx, organisationId)))
        throw badRequest('problem.badRequest.detail', [
          { name: 'organisation', reason: 'validation.organisationUnknown' },
        ]);
      authorize(actor, 'post.onBehalfOf', { organisationId });
    }
    const flagged = contactDetailSignals(`${input.title}\n${input.description}`).length > 0;
    const status = options.status ?? (input.concept ? 'concept' : initialStatus(marketplace.premoderation, flagged));
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

async function ownPost(
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
function checkTransition(post: Post, to: Post['status']): void {
  if (!canTransition(post.status, to))
    throw new DomainError('conflict', 'problem.conflict.title', 'problem.postStatus', { status: post.status });
}

/** The owner edits an open or reviewed post; the same screening applies, and contact details send it back to review. */
export async function changePost(deps: AppContext, actor: SignedIn, postId: string, change: PostChange): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId, { forUpdate: true });
    if (!['concept', 'in-review', 'open'].includes(post.status))
      throw new DomainError('conflict', 'problem.conflict.title', 'problem.postStatus', { status: post.status });
    if (change.hoursPerWeek !== undefined && post.kind !== 'vacancy')
      throw badRequest('problem.badRequest.detail', [{ name: 'hoursPerWeek', reason: 'validation.hoursOnlyVacancy' }]);
    const title = change.title ?? post.title;
    const description = change.description ?? post.description;
    refusePaidWork({ title, description });
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
    if (change.category && marketplace?.disabledCategories.includes(change.category))
      throw badRequest('problem.badRequest.detail', [{ name: 'category', reason: 'validation.categoryOff' }]);
    await updatePostFields(tx, postId, {
      title: change.title,
      description: change.description,
      category: change.category,
      whenKind: change.when?.kind,
      whenDate: change.when ? (change.when.date ?? null) : undefined,
      whenText: change.when ? (change.when.text ?? null) : undefined,
      hoursPerWeek: change.hoursPerWeek,
    });
    if (post.status === 'open' && contactDetailSignals(`${title}\n${description}`).length > 0)
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
      throw new DomainError('conflict', 'problem.conflict.title', 'problem.postStatus', { status: post.status });
    const marketplace = await marketplaceOf(tx, post.municipalityCode);
    if (marketplace?.status !== 'live')
      throw new DomainError('conflict', 'problem.conflict.title', 'problem.noMarketplace', {
        name: post.marketplaceName,
      });
    const status = initialStatus(
      marketplace.premoderation,
      contactDetailSignals(`${post.title}\n${post.description}`).length > 0,
    );
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
        throw badRequest('problem.badRequest.detail', [
          { name: 'matchedResponseId', reason: 'validation.responseNotOfPost' },
        ]);
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

export async function respondToPost(
  deps: AppContext,
  actor: SignedIn,
  postId: string,
  message: string,
  options: { createdAt?: string } = {},
): Promise<string> {
  refusePaidWork({ title: '', description: message });
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, postId);
    if (!post || !isPublic(post)) throw notFound('problem.postNotFound');
    if (post.status !== 'open') throw new DomainError('conflict', 'problem.conflict.title', 'problem.postNotOpen');
    if (post.authorAccountId === actor.accountId) throw conflict('problem.ownPost');
    const responseId = await insertResponse(tx, {
      postId,
      municipalityCode: post.municipalityCode,
      responderAccountId: actor.accountId,
      posterAccountId: post.authorAccountId,
      responderFirstName: actor.firstName,
      createdAt: options.createdAt,
    });
    if (!responseId) throw conflict('problem.alreadyResponded');
    await insertMessage(tx, {
      responseId,
      municipalityCode: post.municipalityCode,
      senderAccountId: actor.accountId,
      body: message,
      createdAt: options.createdAt,
    });
    await notifyOtherParty(tx, deps, post, actor, responseId, 'response');
    // The follow-up mail asks the poster, some days after the first response, whether help was found.
    if (post.kind === 'request' && post.responseCount === 0) {
      const marketplace = await marketplaceOf(tx, post.municipalityCode);
      const runAt = new Date(Date.now() + (marketplace?.followUpDays ?? 7) * 86_400_000);
      await scheduleJob(tx, { kind: FOLLOW_UP_JOB, key: postId, runAt, payload: { postId } });
    }
    return responseId;
  });
}

async function notifyOtherParty(
  db: Executor,
  deps: AppContext,
  post: Post,
  sender: SignedIn,
  responseId: string,
  what: 'response' | 'message',
) {
  const response = await responseById(db, responseId);
  const recipientId = sender.accountId === post.authorAccountId ? response?.responderAccountId : post.authorAccountId;
  if (!recipientId) return;
  const recipient = await contactOf(db, recipientId);
  if (!recipient) return;
  const url = `${deps.config.publicUrl}/gesprekken/${responseId}`;
  const mail =
    what === 'response'
      ? newResponseMail(recipient.firstName, sender.firstName, post.title, url)
      : newMessageMail(recipient.firstName, sender.firstName, post.title, url);
  await queueMail(db, { accountId: recipientId, to: recipient.email, ...mail });
}

/** Loads a conversation for one of its parties, or — when it was reported — for a beheerder of its marketplace (audited). */
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
    const id = await insertMessage(tx, {
      responseId,
      municipalityCode: response.municipalityCode,
      senderAccountId: actor.accountId,
      body,
    });
    await notifyOtherParty(tx, deps, post, actor, responseId, 'message');
    return id;
  });
}

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
    if (
      !(await insertMatch(tx, { postId: post.id, responseId, municipalityCode: post.municipalityCode, via: 'accept' }))
    )
      throw conflict('problem.alreadyMatched');
    await setResponseStatus(tx, responseId, 'accepted');
    await setPostStatus(tx, post.id, 'matched');
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

// --- the follow-up mail: "Heeft u hulp gevonden?" with signed, expiring, single-use links ---

export function followUpToken(secret: string, postId: string, answer: 'ja' | 'nee', expiresAt: number): string {
  const payload = `${postId}.${answer}.${expiresAt}`;
  return `${payload}.${hmac(secret, `follow-up:${payload}`)}`;
}

export function readFollowUpToken(
  secret: string,
  token: string,
  now = Date.now(),
): { postId: string; answer: 'ja' | 'nee' } | undefined {
  const [postId, answer, expires, signature] = token.split('.');
  if (!postId || (answer !== 'ja' && answer !== 'nee') || !expires || !signature) return undefined;
  if (!safeEqual(signature, hmac(secret, `follow-up:${postId}.${answer}.${expires}`))) return undefined;
  if (Number(expires) < now) return undefined;
  return { postId, answer };
}

/** The job: when the request is still open, ask the poster whether help was found. */
export async function sendFollowUp(db: Executor, deps: AppContext, postId: string): Promise<void> {
  const post = await postById(db, postId);
  if (post?.status !== 'open' || !post.authorAccountId) return;
  const poster = await contactOf(db, post.authorAccountId);
  if (!poster) return;
  const expires = Date.now() + FOLLOW_UP_LINK_DAYS * 86_400_000;
  const link = (answer: 'ja' | 'nee') =>
    `${deps.config.publicUrl}/hulp-gevonden?token=${encodeURIComponent(followUpToken(deps.config.sessionSecret, postId, answer, expires))}`;
  await queueMail(db, {
    accountId: post.authorAccountId,
    to: poster.email,
    ...followUpMail(poster.firstName, post.title, link('ja'), link('nee')),
  });
}

/**
 * The answer to the follow-up mail. "Ja" confirms a match (the second way) with the one person
 * who responded, or without naming anyone when several did. A link works once: afterwards the
 * request is no longer open and the answer is refused clearly.
 */
export async function answerFollowUp(deps: AppContext, token: string): Promise<{ answer: 'ja' | 'nee'; post: Post }> {
  const parsed = readFollowUpToken(deps.config.sessionSecret, token);
  if (!parsed) throw new DomainError('invalid', 'problem.linkInvalid.title', 'problem.linkInvalid.detail');
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, parsed.postId, { forUpdate: true });
    if (!post) throw notFound('problem.postNotFound');
    if (post.status !== 'open') throw new DomainError('conflict', 'problem.linkInvalid.title', 'problem.followUpUsed');
    if (parsed.answer === 'ja') {
      const responses = await responsesToPost(tx, post.id);
      const only = responses.length === 1 ? (responses[0]?.id ?? null) : null;
      await insertMatch(tx, {
        postId: post.id,
        responseId: only,
        municipalityCode: post.municipalityCode,
        via: 'follow-up',
      });
      if (only) await setResponseStatus(tx, only, 'accepted');
      await setPostStatus(tx, post.id, 'matched');
    }
    await audit(tx, {
      actorAccountId: post.authorAccountId,
      action: `post.followUp.${parsed.answer}`,
      subjectType: 'post',
      subjectId: post.id,
      municipalityCode: post.municipalityCode,
    });
    return { answer: parsed.answer, post };
  });
}

// --- moderation: a marketplace's beheerders, for their own marketplace only ---

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

export async function decideModeration(
  deps: AppContext,
  actor: SignedIn,
  postId: string,
  decision: { decision: 'approve' | 'reject'; reason: string },
): Promise<Post> {
  return deps.db.transaction(async (tx) => {
    const post = await postById(tx, postId, { forUpdate: true });
    if (!post) throw notFound('problem.postNotFound');
    const marketplace = await managedMarketplaceOf(tx, actor, post.municipalityCode);
    if (decision.decision === 'approve' && post.status === 'in-review')
      await publishPost(tx, postId, marketplace.expiryWeeks);
    if (decision.decision === 'reject' && !['closed', 'withdrawn', 'expired'].includes(post.status))
      await setPostStatus(tx, postId, 'closed', decision.reason);
    await resolveReports(tx, postId);
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
/** A beheerder marks a reported conversation of their own marketplace handled (audited). */
export async function resolveConversationReport(deps: AppContext, actor: SignedIn, responseId: string): Promise<void> {
  const response = await responseById(deps.db, responseId);
  if (!response) throw notFound('problem.conversationNotFound');
  await managedMarketplaceOf(deps.db, actor, response.municipalityCode);
  if (!(await resolveResponseReport(deps.db, responseId, response.municipalityCode)))
    throw new DomainError('conflict', 'problem.conflict.title', 'problem.reportNotOpen');
  await audit(deps.db, {
    actorAccountId: actor.accountId,
    action: 'moderation.conversationReportResolved',
    subjectType: 'conversation',
    subjectId: responseId,
    municipalityCode: response.municipalityCode,
  });
}

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
