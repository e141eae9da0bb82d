import { z } from '@hono/zod-openapi';
import { type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../../core/http/api';
import { existingInitiative } from '../initiatives/access';
import { presentSummary } from '../initiatives/present';
import { idParam, jsonBody, tags } from '../http';
import { initiativeClusters, initiativesLike, type SimilarItem, similarInitiatives } from './present';
import { ClusterSchema, SimilarQuerySchema, SimilarSchema } from './schemas';

const SimilarPage = pageOf(SimilarSchema, 'SimilarInitiativePage');
const LIMIT = 5;

const similarPage = (items: SimilarItem[]) => ({
  items: items.map((i) => ({ ...presentSummary(i), score: i.score })),
  page: 1,
  pageSize: LIMIT,
  total: items.length,
});

/** "Lijkt op:" before and after submitting, and the clusters of similar initiatives. */
export function registerSimilarityApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/similar',
      tags,
      summary: 'Lijkt op: de initiatieven die het meest lijken op een titel en samenvatting (vóór het indienen)',
      request: jsonBody(SimilarQuerySchema),
      responses: { 200: jsonResponse(SimilarPage, 'Hoogste gelijkenis eerst') },
    }),
    async (c) => {
      const items = await similarInitiatives(c.var.deps.db, { ...c.req.valid('json'), limit: LIMIT });
      return c.json(similarPage(items), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiative-clusters',
      tags,
      summary: 'Groepen van vergelijkbare initiatieven in het hele land, grootste eerst',
      request: { query: z.object(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(ClusterSchema, 'InitiativeClusterPage'), 'Clusters') },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      const clusters = await initiativeClusters(c.var.deps.db);
      const items = clusters
        .slice((page - 1) * pageSize, page * pageSize)
        .map((cluster) => ({ sharedThemes: cluster.sharedThemes, members: cluster.members.map(presentSummary) }));
      return c.json({ items, page, pageSize, total: clusters.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives/{id}/similar',
      tags,
      summary: 'De initiatieven die het meest op dit initiatief lijken',
      request: { params: idParam },
      problems: [404],
      responses: { 200: jsonResponse(SimilarPage, 'Hoogste gelijkenis eerst') },
    }),
    async (c) => {
      const initiative = await existingInitiative(c.var.deps.db, c.req.valid('param').id);
      return c.json(similarPage(await initiativesLike(c.var.deps.db, initiative)), 200);
    },
  );
}
