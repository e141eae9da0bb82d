// What the marketplace's page routes share: who is signed in, which marketplace, and the two
// pages that forms come back to with their errors.
import type { Context } from 'hono';
import { can, type SignedIn } from '../../core/authz';
import type { AppEnv } from '../../core/http/env';
import type { FormValues } from '../../core/http/forms';
import { notFound } from '../../core/errors';
import { viewContext } from '../../core/views/context';
import { municipalityBySlug } from '../municipalities';
import { conversationFor } from './commands';
import { postById, responseOfBy, responsesToPost } from './queries';
import { marketplaceOf } from './marketplaces.queries';
import { ConversationPage, PostPage } from './views';
import { isPublic } from './rules';

export async function marketplaceBySlug(c: Context<AppEnv>) {
  const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug') ?? '');
  if (!municipality) throw notFound('problem.municipalityNotFound');
  const marketplace = await marketplaceOf(c.var.deps.db, municipality.code);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  return marketplace;
}

/** A post's page; forms on it (respond, report, close) come back here with their errors. */
export async function renderPost(
  c: Context<AppEnv>,
  id: string,
  errors: Record<string, string> = {},
  values: FormValues = {},
  status: 200 | 400 | 409 = 200,
) {
  const post = await postById(c.var.deps.db, id);
  const actor = c.var.actor;
  const isOwner = actor.kind === 'account' && actor.accountId === post?.authorAccountId;
  if (!post || (!isOwner && !isPublic(post))) throw notFound('problem.postNotFound');
  const marketplace = await marketplaceOf(c.var.deps.db, post.municipalityCode);
  if (!marketplace) throw notFound();
  const responses = isOwner ? await responsesToPost(c.var.deps.db, id) : [];
  const myResponse =
    actor.kind === 'account' && !isOwner ? await responseOfBy(c.var.deps.db, id, actor.accountId) : undefined;
  return c.html(
    <PostPage
      ctx={viewContext(c)}
      marketplace={marketplace}
      post={post}
      responses={responses}
      isOwner={isOwner}
      myResponse={myResponse}
      errors={errors}
      values={values}
    />,
    status,
  );
}

/** A conversation's page; its forms (message, accept, report) come back here with their errors. */
export async function renderConversation(
  c: Context<AppEnv>,
  actor: SignedIn,
  id: string,
  errors: Record<string, string> = {},
  values: FormValues = {},
  status: 200 | 400 | 409 = 200,
) {
  const conversation = await conversationFor(c.var.deps, actor, id, { markRead: true });
  if (!conversation.post) throw notFound();
  const canAccept =
    conversation.post.kind === 'request' &&
    conversation.post.status === 'open' &&
    can(actor, 'post.own', { authorAccountId: conversation.post.authorAccountId });
  const marketplace = await marketplaceOf(c.var.deps.db, conversation.post.municipalityCode);
  return c.html(
    <ConversationPage
      ctx={viewContext(c)}
      marketplace={marketplace}
      post={conversation.post}
      response={conversation.response}
      messages={conversation.messages}
      canAccept={canAccept}
      errors={errors}
      values={values}
    />,
    status,
  );
}
