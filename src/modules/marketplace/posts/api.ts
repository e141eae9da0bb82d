import { type ApiApp, accountOf, apiRoute, jsonResponse } from '../../../core/http/api';
import type { Executor } from '../../../core/db';
import { notFound } from '../../../core/errors';
import { idParam, json, RESOURCES, requireKind, tags } from '../http';
import { isVisibleTo, type PostKind } from '../rules';
import { changePost, closePost, createPost, placePost, withdrawPost } from './commands';
import { presentPost, PostSchema } from './present';
import { type Post, postById } from './queries';
import { CloseInputSchema, PostChangeSchema, PostInputSchema } from './schemas';

const nounOf: Record<PostKind, string> = { request: 'hulpvraag', offer: 'hulpaanbod', vacancy: 'vacature' };

/** The post a command just changed, as it is now. */
const presentCurrent = async (db: Executor, id: string) => presentPost((await postById(db, id)) as Post);

/** Placing, reading, changing and ending each kind of post. */
export function registerPostsApi(api: ApiApp) {
  for (const resource of RESOURCES) {
    api.openapi(
      apiRoute({
        method: 'post',
        path: resource.path,
        tags,
        summary: `Een ${nounOf[resource.kind]} plaatsen`,
        description:
          'Betaald werk, prijzen en uurtarieven worden geweigerd. ' +
          'Contactgegevens in de tekst sturen de plaatsing langs een beheerder.',
        signedIn: true,
        problems: [403, 409],
        request: json(PostInputSchema),
        responses: { 201: jsonResponse(PostSchema, 'Geplaatst; status open of in-review') },
      }),
      async (c) => {
        const actor = accountOf(c);
        const id = await createPost(c.var.deps, actor, resource.kind, c.req.valid('json'));
        const post = await postById(c.var.deps.db, id);
        if (!post) throw notFound();
        return c.json(presentPost(post), 201);
      },
    );

    api.openapi(
      apiRoute({
        method: 'get',
        path: `${resource.path}/{id}`,
        tags,
        summary: 'Eén plaatsing (nooit adres, telefoon of e-mail)',
        request: { params: idParam },
        problems: [404],
        responses: { 200: jsonResponse(PostSchema, 'De plaatsing') },
      }),
      async (c) => {
        const post = await postById(c.var.deps.db, c.req.valid('param').id);
        const viewer = c.var.actor.kind === 'account' ? c.var.actor.accountId : undefined;
        if (!post || post.kind !== resource.kind || !isVisibleTo(post, viewer)) throw notFound('problem.postNotFound');
        return c.json(presentPost(post, { forAuthor: viewer !== undefined && viewer === post.authorAccountId }), 200);
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/close`,
        tags,
        summary: 'Afsluiten, eventueel met wie er hielp (bevestigt de match)',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam, ...json(CloseInputSchema) },
        responses: { 200: jsonResponse(PostSchema, 'De gesloten plaatsing') },
      }),
      async (c) => {
        const actor = accountOf(c);
        const { id } = c.req.valid('param');
        await requireKind(c.var.deps.db, id, resource.kind);
        await closePost(c.var.deps, actor, id, c.req.valid('json'));
        return c.json(await presentCurrent(c.var.deps.db, id), 200);
      },
    );

    api.openapi(
      apiRoute({
        method: 'patch',
        path: `${resource.path}/{id}`,
        tags,
        summary: 'Wijzigen door de plaatser (titel, tekst, categorie, wanneer)',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam, ...json(PostChangeSchema) },
        responses: { 200: jsonResponse(PostSchema, 'De gewijzigde plaatsing') },
      }),
      async (c) => {
        const actor = accountOf(c);
        const { id } = c.req.valid('param');
        await requireKind(c.var.deps.db, id, resource.kind);
        await changePost(c.var.deps, actor, id, c.req.valid('json'));
        return c.json(await presentCurrent(c.var.deps.db, id), 200);
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/publish`,
        tags,
        summary: 'Een concept of een verlopen plaatsing (opnieuw) plaatsen: open, of eerst langs een beheerder',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam },
        responses: { 200: jsonResponse(PostSchema, 'De geplaatste plaatsing') },
      }),
      async (c) => {
        const actor = accountOf(c);
        const { id } = c.req.valid('param');
        await requireKind(c.var.deps.db, id, resource.kind);
        await placePost(c.var.deps, actor, id);
        return c.json(await presentCurrent(c.var.deps.db, id), 200);
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/withdraw`,
        tags,
        summary: 'Intrekken',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam },
        responses: { 200: jsonResponse(PostSchema, 'De ingetrokken plaatsing') },
      }),
      async (c) => {
        const actor = accountOf(c);
        const { id } = c.req.valid('param');
        await requireKind(c.var.deps.db, id, resource.kind);
        await withdrawPost(c.var.deps, actor, id);
        return c.json(await presentCurrent(c.var.deps.db, id), 200);
      },
    );
  }
}
