import type { Context, Hono } from 'hono';
import { authorize, type SignedIn } from '../../core/authz';
import type { AppEnv } from '../../core/http/env';
import { signedInOrLogin } from '../../core/http/forms';
import { setFlash } from '../../core/http/flash';
import { DomainError, notFound } from '../../core/errors';
import { formValues } from '../../core/http/validation';
import { single } from '../../core/views/components';
import { viewContext } from '../../core/views/context';
import {
  decideModeration,
  moderationItems,
  reportConversation,
  reportedConversationItems,
  reportPost,
  resolveConversationReport,
} from './commands';
import { ModerationPage, moderationPath, REASON_MAX, type ModerationForm } from './moderation-views';
import { marketplaceBySlug, renderConversation, renderPost } from './page-helpers';
import { postById } from './queries';
import { isVisibleTo } from './rules';

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
    return c.html(
      <ModerationPage
        ctx={viewContext(c)}
        marketplace={marketplace}
        items={items}
        conversations={conversations}
        form={form}
      />,
      form ? 400 : 200,
    );
  }

  app.get('/gemeenten/:slug/marktplaats/beheer', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    return renderQueue(c, actor);
  });

  app.post('/gemeenten/:slug/marktplaats/beheer/:postId/besluit', async (c) => {
    const actor = signedInOrLogin(c);
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
    const error =
      reasonError(c, reason, 'moderation.reasonRequired') ??
      (decision === 'approve' || decision === 'reject' ? undefined : c.var.t('moderation.chooseDecision'));
    if (error || !reason || (decision !== 'approve' && decision !== 'reject'))
      return renderQueue(c, actor, { postId, errors: { reason: error ?? '' }, values });
    await decideModeration(c.var.deps, actor, postId, { decision, reason: reason.trim() });
    setFlash(c, decision === 'approve' ? 'flash.moderated.approve' : 'flash.moderated.reject');
    return c.redirect(moderationPath(marketplace), 303);
  });

  app.post('/gemeenten/:slug/marktplaats/beheer/gesprekken/:id/afgehandeld', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await marketplaceBySlug(c);
    authorize(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
    try {
      await resolveConversationReport(c.var.deps, actor, c.req.param('id'));
    } catch (error) {
      // Pressed twice, or a colleague was first: it is handled either way.
      if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
    }
    setFlash(c, 'flash.reportResolved');
    return c.redirect(moderationPath(marketplace), 303);
  });

  app.post('/hulp/:id/melden', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const id = c.req.param('id');
    // Only what the person can see can be reported: a post that is not public yet is not found.
    const post = await postById(c.var.deps.db, id);
    if (!post || !isVisibleTo(post, actor.accountId)) throw notFound('problem.postNotFound');
    const values = formValues(await c.req.parseBody({ all: true }));
    const reason = single(values.reportReason);
    const error = reasonError(c, reason, 'moderation.report.reasonRequired');
    if (error || !reason) return renderPost(c, id, { reportReason: error ?? '' }, values, 400);
    await reportPost(c.var.deps, actor, post.kind, id, reason.trim());
    setFlash(c, 'flash.reported');
    return c.redirect(`/hulp/${id}`, 303);
  });

  app.post('/gesprekken/:id/melden', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody({ all: true }));
    const reason = single(values.reportReason);
    const error = reasonError(c, reason, 'moderation.report.reasonRequired');
    if (error || !reason) return renderConversation(c, actor, id, { reportReason: error ?? '' }, values, 400);
    await reportConversation(c.var.deps, actor, id, reason.trim());
    setFlash(c, 'flash.reported');
    return c.redirect(`/gesprekken/${id}`, 303);
  });
}
