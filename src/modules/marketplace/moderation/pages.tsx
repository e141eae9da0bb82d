import type { Context, Hono } from 'hono';
import { authorize, type SignedIn } from '../../../core/authz';
import { DomainError, notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, parseForm } from '../../../core/http/forms';
import { viewContext } from '../../../core/views/context';
import { renderConversation } from '../conversations/render';
import { marketplaceBySlug } from '../http';
import { conversationPath, moderationPath, postPath } from '../paths';
import { postById } from '../posts/queries';
import { renderPost } from '../posts/render';
import { isVisibleTo } from '../rules';
import {
  decideModeration,
  moderationItems,
  reportConversation,
  reportedConversationItems,
  reportPost,
  resolveConversationReport,
} from './commands';
import { blockList } from './people';
import { DecisionForm, decisionFieldOf, ReportForm } from './schemas';
import { type ModerationForm, ModerationPage } from './views';

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
    const blocks = await blockList(c.var.deps, actor, marketplace.municipalityCode);
    return c.html(
      <ModerationPage
        ctx={viewContext(c)}
        marketplace={marketplace}
        items={items}
        conversations={conversations}
        blocks={blocks}
        form={form}
      />,
      form ? 400 : 200,
    );
  }

  app.get(
    '/gemeenten/:slug/marktplaats/beheer',
    forAccount((c, actor) => renderQueue(c, actor)),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/:postId/besluit',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, DecisionForm, { fieldOf: decisionFieldOf });
      const marketplace = await marketplaceBySlug(c);
      // Only this marketplace's beheerders, before anything else is looked at.
      authorize(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
      const postId = c.req.param('postId') ?? '';
      const post = await postById(c.var.deps.db, postId);
      if (!post || post.municipalityCode !== marketplace.municipalityCode)
        throw notFound('problem.moderation.notInMarketplace');
      if (!form.ok) return renderQueue(c, actor, { postId, errors: form.errors, values: form.values });
      try {
        await decideModeration(c.var.deps, actor, postId, form.data);
      } catch (error) {
        // A colleague decided first (the post is no longer where it can be sent back): say so on its card.
        if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
        return renderQueue(c, actor, {
          postId,
          errors: { reason: c.var.t(error.detailKey, error.params) },
          values: {},
        });
      }
      setFlash(c, `flash.moderated.${form.data.decision}`);
      return c.redirect(moderationPath(marketplace), 303);
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/gesprekken/:id/afgehandeld',
    forAccount(async (c, actor) => {
      const marketplace = await marketplaceBySlug(c);
      authorize(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId });
      try {
        await resolveConversationReport(c.var.deps, actor, c.req.param('id') ?? '');
      } catch (error) {
        // Pressed twice, or a colleague was first: it is handled either way.
        if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
      }
      setFlash(c, 'flash.reportResolved');
      return c.redirect(moderationPath(marketplace), 303);
    }),
  );

  app.post(
    '/hulp/:id/melden',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, ReportForm);
      const id = c.req.param('id') ?? '';
      // Only what the person can see can be reported: a post that is not public yet is not found.
      const post = await postById(c.var.deps.db, id);
      if (!post || !isVisibleTo(post, actor.accountId)) throw notFound('problem.postNotFound');
      if (!form.ok) return renderPost(c, id, form.errors, form.values, 400);
      await reportPost(c.var.deps, actor, post.kind, id, form.data.reportReason);
      setFlash(c, 'flash.reported');
      return c.redirect(postPath(id), 303);
    }),
  );

  app.post(
    '/gesprekken/:id/melden',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, ReportForm);
      const id = c.req.param('id') ?? '';
      if (!form.ok) return renderConversation(c, actor, id, form.errors, form.values, 400);
      await reportConversation(c.var.deps, actor, id, form.data.reportReason);
      setFlash(c, 'flash.reported');
      return c.redirect(conversationPath(id), 303);
    }),
  );
}
