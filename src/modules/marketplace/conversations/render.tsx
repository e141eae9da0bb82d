import type { Context } from 'hono';
import { can, type SignedIn } from '../../../core/authz';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import type { FormValues } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { marketplaceOf } from '../settings/queries';
import { conversationFor } from './commands';
import { ConversationPage } from './views';

/** A conversation's page; its forms (message, accept, report) come back here with their errors. */
export async function renderConversation(
  c: Context<AppEnv>,
  actor: SignedIn,
  id: string,
  errors: FieldErrors = {},
  values: FormValues = {},
  status: 200 | 400 | 409 | 429 = 200,
) {
  const conversation = await conversationFor(c.var.deps, actor, id, { markRead: true });
  const { post } = conversation;
  if (!post) throw notFound();
  const canAccept =
    post.kind === 'request' &&
    post.status === 'open' &&
    can(actor, 'post.own', { authorAccountId: post.authorAccountId });
  const marketplace = await marketplaceOf(c.var.deps.db, post.municipalityCode);
  return c.html(
    <ConversationPage
      ctx={viewContext(c)}
      marketplace={marketplace}
      post={post}
      response={conversation.response}
      messages={conversation.messages}
      canAccept={canAccept}
      errors={errors}
      values={values}
    />,
    status,
  );
}
