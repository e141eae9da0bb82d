import { z } from '@hono/zod-openapi';
import {
  accountOf,
  type ApiApp,
  apiRoute,
  jsonResponse,
  noContentResponse,
  PaginationQuery,
  pageOf,
} from '../../../core/http/api';
import { idParam, json, tags } from '../http';
import { forgetSearch, saveSearch } from './commands';
import { savedSearchesOf } from './queries';
import { SavedSearchInput, SavedSearchSchema } from './schemas';

/** The signed-in person's saved searches: new posts that fit one are told to them. */
export function registerAlertsApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me/saved-searches',
      tags,
      summary: 'Uw bewaarde zoekopdrachten',
      signedIn: true,
      request: { query: z.object(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(SavedSearchSchema, 'SavedSearchPage'), 'Nieuwste eerst') },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      // at most MAX_SAVED_SEARCHES per person: one read, paged here
      const all = await savedSearchesOf(c.var.deps.db, accountOf(c).accountId);
      const items = all.slice((page - 1) * pageSize, page * pageSize);
      return c.json({ items, page, pageSize, total: all.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/me/saved-searches',
      tags,
      summary: 'Een zoekopdracht bewaren: woorden, categorie, postcode en afstand, en hoe vaak u mail wilt',
      signedIn: true,
      problems: [409],
      request: json(SavedSearchInput),
      responses: { 201: jsonResponse(SavedSearchSchema, 'De bewaarde zoekopdracht') },
    }),
    async (c) => c.json(await saveSearch(c.var.deps, accountOf(c), c.req.valid('json')), 201),
  );

  api.openapi(
    apiRoute({
      method: 'delete',
      path: '/me/saved-searches/{id}',
      tags,
      summary: 'Een bewaarde zoekopdracht verwijderen',
      signedIn: true,
      problems: [404],
      request: { params: idParam },
      responses: { 204: noContentResponse('Verwijderd') },
    }),
    async (c) => {
      await forgetSearch(c.var.deps, accountOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
