import type { Context } from 'hono';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import type { FormValues } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { responseOfBy, responsesToPost } from '../conversations/queries';
import { isVisibleTo } from '../rules';
import { marketplaceOf } from '../settings/queries';
import { postById } from './queries';
import { PostPage } from './views';

/**
 * A post's page, for whoever may see it; the forms on it (respond, report, close and the owner's
 * actions) come back here with their errors.
 */
export async function renderPost(
  c: Context<AppEnv>,
  id: string,
  errors: FieldErrors = {},
  values: FormValues = {},
  status: 200 | 400 | 409 | 429 = 200,
) {
  const { db } = c.var.deps;
  const post = await postById(db, id);
  const actor = c.var.actor;
  const viewer = actor.kind === 'account' ? actor.accountId : undefined;
  if (!post || !isVisibleTo(post, viewer)) throw notFound('problem.postNotFound');
  const marketplace = await marketplaceOf(db, post.municipalityCode);
  if (!marketplace) throw notFound();
  const isOwner = viewer !== undefined && viewer === post.authorAccountId;
  const responses = isOwner ? await responsesToPost(db, id) : [];
  const myResponse = viewer && !isOwner ? await responseOfBy(db, id, viewer) : undefined;
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
