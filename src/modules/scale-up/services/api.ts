import { z } from '@hono/zod-openapi';
import type { Executor } from '../../../core/db';
import { notFound } from '../../../core/errors';
import { accountOf, type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../../core/http/api';
import { serviceFigures } from '../adoptions/figures';
import { adoptionsOf } from '../adoptions/queries';
import { SERVICE_STATUSES } from '../rules';
import { jsonBody, NewServiceSchema, serviceParam, tags } from '../schemas';
import { createService } from './commands';
import { listServices, type Service, serviceById, stepsOf } from './queries';

const SpreadSchema = z
  .object({
    median: z.number().nullable(),
    p25: z.number().nullable(),
    p75: z.number().nullable(),
    count: z.number().int(),
  })
  .openapi('DaySpread', { description: 'Dagen: mediaan en kwartielen' });
const StageCountsSchema = z
  .object({
    interested: z.number().int(),
    deciding: z.number().int(),
    implementing: z.number().int(),
    live: z.number().int(),
    stopped: z.number().int(),
  })
  .openapi('StageCounts');
const GroupFiguresSchema = { stageCounts: StageCountsSchema, decisionDays: SpreadSchema, liveDays: SpreadSchema };

export const ServiceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    description: z.string(),
    status: z.enum(SERVICE_STATUSES),
    originInitiativeId: z.string().nullable(),
    operator: z.string(),
    standards: z.array(z.object({ name: z.string(), url: z.string().optional() })),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    ...GroupFiguresSchema,
  })
  .openapi('Service');

const ServiceDetailSchema = ServiceSchema.extend({
  figures: z.object({
    byProvince: z.array(z.object({ province: z.string(), ...GroupFiguresSchema })),
    bySizeClass: z.array(z.object({ sizeClass: z.string(), ...GroupFiguresSchema })),
    startedWith: z.array(z.object({ kind: z.string(), count: z.number().int(), share: z.number() })),
  }),
}).openapi('ServiceDetail');

const StepSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    title: z.string(),
    explanation: z.string(),
    checklist: z.array(z.string()),
  })
  .openapi('ServiceStep');

/** A service with its figures, computed from its adoptions (one index range per service). */
export async function serviceWithFigures(db: Executor, service: Service) {
  const figures = serviceFigures(await adoptionsOf(db, service.id));
  const {
    operatorName,
    operatorOrganisationId: _,
    originInitiativeTitle: __,
    createdAt: ___,
    changedAt: ____,
    ...rest
  } = service;
  return { ...rest, operator: operatorName, figures };
}

const summary = (detail: Awaited<ReturnType<typeof serviceWithFigures>>) => {
  const { figures, ...service } = detail;
  return {
    ...service,
    stageCounts: figures.stageCounts,
    decisionDays: figures.decisionDays,
    liveDays: figures.liveDays,
  };
};

/** National services and their learning paths. */
export function registerServiceApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/services',
      tags,
      summary: 'Landelijke voorzieningen met hun cijfers (openbaar)',
      request: { query: z.object(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(ServiceSchema, 'ServicePage'), 'Op naam') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const { items, total } = await listServices(c.var.deps.db, query);
      const withFigures = await Promise.all(items.map((s) => serviceWithFigures(c.var.deps.db, s)));
      return c.json({ items: withFigures.map(summary), page: query.page, pageSize: query.pageSize, total }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/services',
      tags,
      summary: 'Een landelijke voorziening toevoegen met haar leerroute (netwerkbeheer)',
      signedIn: true,
      problems: [403],
      request: jsonBody(NewServiceSchema),
      responses: { 201: jsonResponse(ServiceSchema, 'De nieuwe voorziening') },
    }),
    async (c) => {
      const { operator, ...input } = c.req.valid('json');
      const id = await createService(c.var.deps, accountOf(c), { ...input, operatorName: operator });
      const service = (await serviceById(c.var.deps.db, id)) as Service;
      return c.json(summary(await serviceWithFigures(c.var.deps.db, service)), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/services/{id}',
      tags,
      summary: 'Eén voorziening met haar cijfers: per fase, doorlooptijden, per provincie en grootteklasse',
      request: { params: serviceParam },
      problems: [404],
      responses: { 200: jsonResponse(ServiceDetailSchema, 'De voorziening') },
    }),
    async (c) => {
      const service = await serviceById(c.var.deps.db, c.req.valid('param').id);
      if (!service) throw notFound('scaleUp.problem.serviceNotFound');
      const detail = await serviceWithFigures(c.var.deps.db, service);
      return c.json({ ...summary(detail), figures: detail.figures }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/services/{id}/steps',
      tags,
      summary: 'De leerroute: de stappen van de invoering, op volgorde',
      request: { params: serviceParam },
      problems: [404],
      responses: {
        200: jsonResponse(z.object({ items: z.array(StepSchema) }).openapi('ServiceStepList'), 'De stappen'),
      },
    }),
    async (c) => {
      const service = await serviceById(c.var.deps.db, c.req.valid('param').id);
      if (!service) throw notFound('scaleUp.problem.serviceNotFound');
      return c.json({ items: await stepsOf(c.var.deps.db, service.id) }, 200);
    },
  );
}
