import { z } from '@hono/zod-openapi';
import { accountOf, type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../../core/http/api';
import { municipalityCode, TEXT_LIMITS } from '../../../core/vocabulary';
import { idParam, jsonBody, tags } from '../http';
import { INITIATIVE_TYPES, PHASES, SEARCH_MAX, THEMES } from '../vocabulary';
import { changeInitiative, createInitiative } from './commands';
import { presentedInitiative, presentSummary } from './present';
import { listInitiatives } from './queries';
import { InitiativeChangeSchema, InitiativeInputSchema, InitiativeSchema, InitiativeSummarySchema } from './schemas';

const ListQuery = z.object({
  type: z.enum(INITIATIVE_TYPES, { error: 'validation.initiativeType' }).optional(),
  theme: z.enum(THEMES, { error: 'validation.theme' }).optional(),
  phase: z.enum(PHASES, { error: 'validation.phase' }).optional(),
  municipality: municipalityCode().optional(),
  province: z.string().max(TEXT_LIMITS.name, 'validation.tooLong').optional(),
  q: z
    .string()
    .max(SEARCH_MAX, 'validation.tooLong')
    .optional()
    .openapi({ description: 'Zoeken in Nederlandse tekst' }),
  ...PaginationQuery,
});

/** Initiatives: the list with its filters, submitting one, reading and changing one. */
export function registerInitiativeApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives',
      tags,
      summary: 'Uitdagingen, pilots, best practices en praktijkproeven, met filters',
      request: { query: ListQuery },
      responses: { 200: jsonResponse(pageOf(InitiativeSummarySchema, 'InitiativePage'), 'Een pagina initiatieven') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await listInitiatives(c.var.deps.db, { ...query, municipalityCode: query.municipality });
      const items = result.items.map(presentSummary);
      return c.json({ items, page: query.page, pageSize: query.pageSize, total: result.total }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives',
      tags,
      summary: 'Een initiatief aandragen namens uw gemeente of organisatie',
      description: 'Verkooppraatjes (prijzen, "vraag een demo aan", offertes) worden geweigerd.',
      signedIn: true,
      problems: [403],
      request: jsonBody(InitiativeInputSchema),
      responses: { 201: jsonResponse(InitiativeSchema, 'Het nieuwe initiatief') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const id = await createInitiative(c.var.deps, actor, c.req.valid('json'));
      return c.json(await presentedInitiative(c.var.deps.db, id), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives/{id}',
      tags,
      summary: 'Eén initiatief met deelnemers, fasen, experimenten en advies',
      request: { params: idParam },
      problems: [404],
      responses: { 200: jsonResponse(InitiativeSchema, 'Het initiatief') },
    }),
    async (c) => c.json(await presentedInitiative(c.var.deps.db, c.req.valid('param').id), 200),
  );

  api.openapi(
    apiRoute({
      method: 'patch',
      path: '/initiatives/{id}',
      tags,
      summary: 'Een initiatief wijzigen of naar een volgende fase brengen (leden van de eigenaar)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...jsonBody(InitiativeChangeSchema) },
      responses: { 200: jsonResponse(InitiativeSchema, 'Het gewijzigde initiatief') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      await changeInitiative(c.var.deps, actor, id, c.req.valid('json'));
      return c.json(await presentedInitiative(c.var.deps.db, id), 200);
    },
  );
}
