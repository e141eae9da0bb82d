import { z } from '@hono/zod-openapi';
import { type ApiApp, apiRoute, jsonResponse, PaginationQuery } from '../../../core/http/api';
import { invalidField } from '../../../core/errors';
import { municipalityCode, PC4 } from '../../../core/vocabulary';
import { postcodeLookup } from '../../municipalities';
import { RESOURCES, tags } from '../http';
import { presentPost, PostSchema } from '../posts/present';
import { CATEGORIES, PUBLIC_STATUSES } from '../rules';
import { COUNT_CAP, searchPosts } from './search';

/** A page of posts found; the count is exact up to COUNT_CAP (ADR 0007). */
const foundPage = (name: string) =>
  z
    .object({
      items: z.array(PostSchema),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z
        .number()
        .int()
        .openapi({
          description: `Het aantal gevonden plaatsingen, precies tot ${COUNT_CAP}; bij meer is het ${COUNT_CAP}`,
        }),
      totalIsExact: z.boolean().openapi({
        description: `false: er zijn meer dan ${COUNT_CAP} gevonden (total is dan ${COUNT_CAP})`,
      }),
    })
    .openapi(name);

const SearchQuery = z.object({
  q: z
    .string()
    .max(200, 'validation.tooLong')
    .optional()
    .openapi({ description: 'Zoekwoorden; "boodschap" vindt ook "boodschappen"' }),
  category: z.enum(CATEGORIES, { error: 'validation.category' }).optional(),
  status: z.enum(PUBLIC_STATUSES, { error: 'validation.statusPublic' }).optional(),
  municipality: municipalityCode().optional(),
  near: z.string().regex(PC4, 'validation.postcode').optional().openapi({ description: 'Viercijferige postcode' }),
  radiusKm: z.coerce
    .number({ error: 'validation.number' })
    .min(1, 'validation.min')
    .max(100, 'validation.max')
    .optional(),
  sort: z.enum(['relevance', 'distance', 'date'], { error: 'validation.sort' }).default('relevance'),
  ...PaginationQuery,
});

/** Searching each kind of post: Dutch words, category, status, marketplace and distance. */
export function registerSearchApi(api: ApiApp) {
  for (const resource of RESOURCES) {
    const pageName = `${resource.kind[0]?.toUpperCase()}${resource.kind.slice(1)}Page`;
    api.openapi(
      apiRoute({
        method: 'get',
        path: resource.path,
        tags,
        summary: `Zoeken in ${resource.noun}: Nederlandse tekst, categorie, status, marktplaats en afstand`,
        request: { query: SearchQuery },
        responses: { 200: jsonResponse(foundPage(pageName), `Een pagina ${resource.noun}`) },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const origin = query.near ? await postcodeLookup(c.var.deps.db, query.near) : undefined;
        if (query.near && !origin) throw invalidField('near', 'validation.postcodeUnknown', { pc4: query.near });
        const result = await searchPosts(c.var.deps.db, {
          kind: resource.kind,
          q: query.q,
          category: query.category,
          status: query.status,
          municipalityCodes: query.municipality ? [query.municipality] : undefined,
          near: origin,
          radiusKm: origin ? (query.radiusKm ?? 10) : undefined,
          sort: query.sort,
          page: query.page,
          pageSize: query.pageSize,
        });
        const items = result.items.map((post) => presentPost(post));
        const { total, totalIsExact } = result;
        return c.json({ items, page: query.page, pageSize: query.pageSize, total, totalIsExact }, 200);
      },
    );
  }
}
