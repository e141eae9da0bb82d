// What the marketplace's API routes and pages share: the API's tag, path parameter and body, the
// three kinds of post as API resources, and the marketplace a page's :slug names.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../core/http/env';
import { notFound } from '../../core/errors';
import { municipalityBySlug } from '../municipalities';
import type { Executor } from '../../core/db';
import { postById } from './posts/queries';
import type { PostKind } from './rules';
import { type Marketplace, marketplaceOf } from './settings/queries';

export const tags = ['Samen helpen'];

export const idParam = z.object({
  id: z
    .string()
    .uuid('validation.id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export { jsonBody as json } from '../../core/http/api';

/** Each kind of post is its own API resource. */
export const RESOURCES: { kind: PostKind; path: string; noun: string }[] = [
  { kind: 'request', path: '/help-requests', noun: 'hulpvragen' },
  { kind: 'offer', path: '/help-offers', noun: 'hulpaanbod' },
  { kind: 'vacancy', path: '/vacancies', noun: 'vrijwilligersvacatures' },
];

/** The marketplace of the municipality in the page's :slug; 404 when either does not exist. */
export async function marketplaceBySlug(c: Context<AppEnv>): Promise<Marketplace> {
  const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug') ?? '');
  if (!municipality) throw notFound('problem.municipalityNotFound');
  const marketplace = await marketplaceOf(c.var.deps.db, municipality.code);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  return marketplace;
}

/**
 * A post is reached only through the path of its own kind: /help-offers/{id} of a request is not
 * found, for reading and for every action on it (the kind in the path is part of what is asked).
 */
export async function requireKind(db: Executor, id: string, kind: PostKind): Promise<void> {
  const post = await postById(db, id);
  if (!post || post.kind !== kind) throw notFound('problem.postNotFound');
}
