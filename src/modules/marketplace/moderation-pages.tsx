import type { Context, Hono } from 'hono';
import { authorize, can, type SignedIn } from '../../core/authz';
import type { AppEnv } from '../../core/http/env';
import { setFlash } from '../../core/http/flash';
import type { FormValues } from '../../core/http/forms';
import { forbidden, notFound } from '../../core/http/problem';
import { formValues } from '../../core/http/validation';
import { single } from '../../core/views/components';
import { viewContext } from '../../core/views/context';
import { municipalityBySlug } from '../municipalities';
import { conversationFor, decideModeration, moderationItems, reportConversation, reportedConversationItems, reportPost } from './commands';
import { ModerationPage, moderationPath, REASON_MAX, type ModerationForm } from './moderation-views';
import { marketplaceOf, postById, responseOfBy, responsesToPost } from './queries';
import { ConversationPage, PostPage } from './views';

/** The signed-in person, or the redirect to log in and come back here. */
function signedIn(c: Context<AppEnv>): SignedIn | Response {
  const actor = c.var.actor;
  return actor.kind === 'account' ? actor : c.redirect(`/inloggen?terug=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
}

async function marketplaceBySlug(c: Context<AppEnv>) {
  const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug') ?? '');
  if (!municipality) throw notFound('problem.municipalityNotFound');
  const marketplace = await marketplaceOf(c.var.deps.db, municipality.code);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  return marketplace;
}

/** A required reason of at most REASON_MAX characters: the message for the field, or undefined when it is fine. */
function reasonError(c: Context<AppEnv>, reason: string | undefined, requiredKey: string): string | undefined {
  if (!reason?.trim()) return c.var.t(requiredKey);
  if (reason.length > REASON_MAX) return c.var.t('validation.tooLong', { max: REASON_MAX });
  return undefined;
}

/**
 * The beheer pages of a marketplace (moderation queue, reported conversations, decisions) and the
 * report forms for residents. Plain forms: POST, then 303 back with a flash message; errors come
 * back on the same page with status 400.
 */
export function registerModerationPages(app: Hono<AppEnv>) {
  async function renderQueue(c: Context<AppEnv>, actor: SignedIn, form?: ModerationForm) {
    const marketplace = await marketplaceBySlug(c);
    // Authorizes (403 for anyone but this marketplace's beheerders) and writes the look to the audit log.
    const items = await moderationItems(c.var.deps, actor, marketplace.municipalityCode);
    const conversations = await reportedConversationItems(c.var.deps, actor, marketplace.municipalityCode);
    return c.html(<ModerationPage ctx={viewContext(c)} marketplace={marketplace} items={items} conversations={conversations} form={form} />, form ? 400 : 200);
  }

  app.get('/gemeenten/:slug/marktplaats/beheer', async (c) => {
    const actor = signedIn(c);
    if (actor instanceof Response) return actor;
    return renderQueue(c, actor);
  });

  app.post('/gemeenten/:slug/marktplaats/beheer/:postId/besluit', async (c) => {
    const actor = signedIn(c);
    if (actor instanceof Response) return actor;
    const marketplace = await marketplaceBySlug(c);
    // Only this marketplace's beheerders, before anything else is looked at.
    authorize(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
    const postId = c.req.param('postId');
    const post = await postById(c.var.deps.db, postId);
    if (!post || post.municipalityCode !== marketplace.municipalityCode) throw notFound('problem.postNotFound');
    const values = formValues(await c.req.parseBody({ all: true }));
    const reason = single(values.reason);
    const decision = single(values.decision);
    const error = reasonError(c, reason, 'moderation.reasonRequired') ?? (decision === 'approve' || decision === 'reject' ? undefined : c.var.t('moderation.chooseDecision'));
    if (error || !reason || (decision !== 'approve' && decision !== 'reject')) return renderQueue(c, actor, { postId, errors: { reason: error ?? '' }, values });
    await decideModeration(c.var.deps, actor, postId, { decision, reason: reason.trim() });
    setFlash(c, decision === 'approve' ? 'flash.moderated.approve' : 'flash.moderated.reject');
    return c.redirect(moderationPath(marketplace), 303);
  });

  /** The post page again, with the report form open and its error (the same page GET /hulp/:id shows). */
  async function renderPostWithError(c: Context<AppEnv>, actor: SignedIn, id: string, error: string, values: FormValues) {
    const post = await postById(c.var.deps.db, id);
    const isOwner = actor.accountId === post?.authorAccountId;
    if (!post || (!isOwner && !['open', 'matched', 'closed'].includes(post.status))) throw notFound('problem.postNotFound');
    const marketplace = await marketplaceOf(c.var.deps.db, post.municipalityCode);
    if (!marketplace) throw notFound();
    const responses = isOwner ? await responsesToPost(c.var.deps.db, id) : [];
    const myResponse = isOwner ? undefined : await responseOfBy(c.var.deps.db, id, actor.accountId);
    return c.html(<PostPage ctx={viewContext(c)} marketplace={marketplace} post={post} responses={responses} isOwner={isOwner} myResponse={myResponse} errors={{ reportReason: error }} values={values} />, 400);
  }

  app.post('/hulp/:id/melden', async (c) => {
    const actor = signedIn(c);
    if (actor instanceof Response) return actor;
    const id = c.req.param('id');
    // Only what the person can see can be reported: a post that is not public yet is not found.
    const post = await postById(c.var.deps.db, id);
    if (!post || !['open', 'matched', 'closed'].includes(post.status)) throw notFound('problem.postNotFound');
    const values = formValues(await c.req.parseBody({ all: true }));
    const reason = single(values.reportReason);
    const error = reasonError(c, reason, 'moderation.report.reasonRequired');
    if (error || !reason) return renderPostWithError(c, actor, id, error ?? '', values);
    await reportPost(c.var.deps, actor, id, reason.trim());
    setFlash(c, 'flash.reported');
    return c.redirect(`/hulp/${id}`, 303);
  });

  app.post('/gesprekken/:id/melden', async (c) => {
    const actor = signedIn(c);
    if (actor instanceof Response) return actor;
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody({ all: true }));
    const reason = single(values.reportReason);
    const error = reasonError(c, reason, 'moderation.report.reasonRequired');
    if (error || !reason) {
      // Loads it for a party only (403 otherwise), as the conversation page does.
      const conversation = await conversationFor(c.var.deps, actor, id);
      if (!conversation.party) throw forbidden();
      if (!conversation.post) throw notFound();
      const canAccept = conversation.post.kind === 'request' && conversation.post.status === 'open' && can(actor, 'post.own', { authorAccountId: conversation.post.authorAccountId });
      const marketplace = await marketplaceOf(c.var.deps.db, conversation.post.municipalityCode);
      return c.html(<ConversationPage ctx={viewContext(c)} marketplace={marketplace} post={conversation.post} response={conversation.response} messages={conversation.messages} canAccept={canAccept} errors={{ reportReason: error ?? '' }} values={values} />, 400);
    }
    await reportConversation(c.var.deps, actor, id, reason.trim());
    setFlash(c, 'flash.reported');
    return c.redirect(`/gesprekken/${id}`, 303);
  });
}
