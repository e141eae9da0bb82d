import { MUNICIPALITY_CODE } from '../../core/vocabulary';
import { z } from '@hono/zod-openapi';
import { requireSignedIn } from '../../core/authz';
import { type ApiApp, apiRoute, jsonResponse, noContentResponse, PaginationQuery, pageOf } from '../../core/http/api';
import { notFound } from '../../core/errors';
import {
  addAdvice,
  addExperiment,
  changeInitiative,
  createInitiative,
  joinInitiative,
  leaveInitiative,
  respondToAdvice,
} from './commands';
import { initiativeClusters, initiativeDetail, presentDetail, presentSummary, similarInitiatives } from './present';
import { adviceOf, experimentsOf, initiativeById, listInitiatives, participantsOf } from './queries';
import { INITIATIVE_TYPES, PARTICIPANT_ROLES, PHASES, SEEKS, THEMES } from './rules';
import {
  AdviceResponseSchema,
  AdviceSchema,
  ExperimentSchema,
  InitiativeChangeSchema,
  InitiativeInputSchema,
  ParticipationSchema,
  SimilarQuerySchema,
} from './schemas';

const MunicipalityRef = z.object({ code: z.string(), name: z.string() }).openapi('MunicipalityRef');

const InitiativeSummarySchema = z
  .object({
    id: z.string(),
    type: z.enum(INITIATIVE_TYPES),
    title: z.string(),
    summary: z.string(),
    themes: z.array(z.enum(THEMES)),
    phase: z.enum(PHASES),
    municipality: MunicipalityRef,
    ownerOrganisation: z.string(),
    participantCount: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('InitiativeSummary');

const ParticipantSchema = z
  .object({
    organisationId: z.string(),
    organisationName: z.string(),
    municipality: MunicipalityRef.nullable(),
    role: z.enum(PARTICIPANT_ROLES),
    contactName: z.string().nullable().openapi({ description: 'Voornaam van de contactpersoon' }),
    joinedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Participant');

const ExperimentOutSchema = z
  .object({
    id: z.string(),
    hypothesis: z.string(),
    measure: z.string(),
    result: z.string(),
    learning: z.string(),
    heldOn: z.string().openapi({ format: 'date' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Experiment');

const AdviceOutSchema = z
  .object({
    id: z.string(),
    authorName: z.string(),
    body: z.string(),
    response: z.string().nullable(),
    respondedAt: z.string().nullable().openapi({ format: 'date-time' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Advice');

const InitiativeSchema = InitiativeSummarySchema.extend({
  goal: z.string(),
  benefit: z.string(),
  approach: z.string(),
  milestones: z.string(),
  results: z.string(),
  seeks: z.array(z.enum(SEEKS)),
  contactName: z.string().nullable(),
  updatedAt: z.string().openapi({ format: 'date-time' }),
  phaseHistory: z.array(z.object({ phase: z.enum(PHASES), enteredOn: z.string().openapi({ format: 'date' }) })),
  participants: z.array(ParticipantSchema),
  experiments: z.array(ExperimentOutSchema),
  advice: z.array(AdviceOutSchema),
}).openapi('Initiative');

const SimilarSchema = InitiativeSummarySchema.extend({
  score: z.number().openapi({ description: 'Gelijkenis van 0 tot 1' }),
}).openapi('SimilarInitiative');
const SimilarPage = pageOf(SimilarSchema, 'SimilarInitiativePage');
const idParam = z.object({
  id: z
    .string()
    .uuid('validation.id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const json = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const tags = ['Innovatie'];

async function loadDetail(c: { var: { deps: { db: Parameters<typeof initiativeById>[0] } } }, id: string) {
  const initiative = await initiativeById(c.var.deps.db, id);
  if (!initiative) throw notFound('problem.initiativeNotFound');
  return presentDetail(await initiativeDetail(c.var.deps.db, initiative));
}

export function registerInnovationApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives',
      tags,
      summary: 'Uitdagingen, pilots, best practices en praktijkproeven, met filters',
      request: {
        query: z.object({
          type: z.enum(INITIATIVE_TYPES, { error: 'validation.initiativeType' }).optional(),
          theme: z.enum(THEMES, { error: 'validation.theme' }).optional(),
          phase: z.enum(PHASES, { error: 'validation.phase' }).optional(),
          municipality: z.string().regex(MUNICIPALITY_CODE, 'validation.municipalityCode').optional(),
          province: z.string().max(100, 'validation.tooLong').optional(),
          q: z
            .string()
            .max(200, 'validation.tooLong')
            .optional()
            .openapi({ description: 'Zoeken in Nederlandse tekst' }),
          ...PaginationQuery,
        }),
      },
      responses: { 200: jsonResponse(pageOf(InitiativeSummarySchema, 'InitiativePage'), 'Een pagina initiatieven') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await listInitiatives(c.var.deps.db, { ...query, municipalityCode: query.municipality });
      return c.json(
        { items: result.items.map(presentSummary), page: query.page, pageSize: query.pageSize, total: result.total },
        200,
      );
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
      request: json(InitiativeInputSchema),
      responses: { 201: jsonResponse(InitiativeSchema, 'Het nieuwe initiatief') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const id = await createInitiative(c.var.deps, c.var.actor, c.req.valid('json'));
      return c.json(await loadDetail(c, id), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/similar',
      tags,
      summary: 'Lijkt op: de initiatieven die het meest lijken op een titel en samenvatting (vóór het indienen)',
      request: json(SimilarQuerySchema),
      responses: { 200: jsonResponse(SimilarPage, 'Hoogste gelijkenis eerst') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const items = await similarInitiatives(c.var.deps.db, { ...input, limit: 5 });
      return c.json(
        {
          items: items.map((i) => ({ ...presentSummary(i), score: i.score })),
          page: 1,
          pageSize: 5,
          total: items.length,
        },
        200,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiative-clusters',
      tags,
      summary: 'Groepen van vergelijkbare initiatieven in het hele land, grootste eerst',
      request: { query: z.object(PaginationQuery) },
      responses: {
        200: jsonResponse(
          pageOf(
            z
              .object({ sharedThemes: z.array(z.enum(THEMES)), members: z.array(InitiativeSummarySchema) })
              .openapi('InitiativeCluster'),
            'InitiativeClusterPage',
          ),
          'Clusters',
        ),
      },
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
      path: '/initiatives/{id}',
      tags,
      summary: 'Eén initiatief met deelnemers, fasen, experimenten en advies',
      request: { params: idParam },
      problems: [404],
      responses: { 200: jsonResponse(InitiativeSchema, 'Het initiatief') },
    }),
    async (c) => c.json(await loadDetail(c, c.req.valid('param').id), 200),
  );

  api.openapi(
    apiRoute({
      method: 'patch',
      path: '/initiatives/{id}',
      tags,
      summary: 'Een initiatief wijzigen of naar een volgende fase brengen (leden van de eigenaar)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...json(InitiativeChangeSchema) },
      responses: { 200: jsonResponse(InitiativeSchema, 'Het gewijzigde initiatief') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id } = c.req.valid('param');
      await changeInitiative(c.var.deps, c.var.actor, id, c.req.valid('json'));
      return c.json(await loadDetail(c, id), 200);
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
      const initiative = await initiativeById(c.var.deps.db, c.req.valid('param').id);
      if (!initiative) throw notFound('problem.initiativeNotFound');
      const items = await similarInitiatives(c.var.deps.db, {
        title: initiative.title,
        summary: initiative.summary,
        themes: initiative.themes,
        excludeId: initiative.id,
        limit: 5,
      });
      return c.json(
        {
          items: items.map((i) => ({ ...presentSummary(i), score: i.score })),
          page: 1,
          pageSize: 5,
          total: items.length,
        },
        200,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives/{id}/participants',
      tags,
      summary: 'Gemeenten en organisaties die volgen of mee-ontwikkelen',
      request: { params: idParam },
      problems: [404],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ParticipantSchema) }).openapi('ParticipantList'), 'Deelnemers'),
      },
    }),
    async (c) => c.json({ items: (await loadDetail(c, c.req.valid('param').id)).participants }, 200),
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/participants',
      tags,
      summary: 'Volgen of meedoen als mede-ontwikkelaar, namens uw gemeente of organisatie',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam, ...json(ParticipationSchema) },
      responses: { 201: jsonResponse(ParticipantSchema, 'De nieuwe deelnemer') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id } = c.req.valid('param');
      const organisation = await joinInitiative(c.var.deps, c.var.actor, id, c.req.valid('json'));
      const participant = (await participantsOf(c.var.deps.db, id)).find((p) => p.organisationId === organisation.id);
      if (!participant) throw notFound();
      const {
        municipalityCode,
        municipalityName,
        municipalitySlug: _slug,
        contactFirstName,
        organisationType: _type,
        ...rest
      } = participant;
      return c.json(
        {
          ...rest,
          municipality: municipalityCode ? { code: municipalityCode, name: municipalityName ?? '' } : null,
          contactName: contactFirstName,
        },
        201,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'delete',
      path: '/initiatives/{id}/participants/{organisationId}',
      tags,
      summary: 'Stoppen met volgen of meedoen (alleen namens uw eigen organisatie)',
      signedIn: true,
      problems: [403, 404],
      request: {
        params: idParam.extend({
          organisationId: z
            .string()
            .uuid('validation.id')
            .openapi({ param: { name: 'organisationId', in: 'path' } }),
        }),
      },
      responses: { 204: noContentResponse('De organisatie doet niet meer mee') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id, organisationId } = c.req.valid('param');
      await leaveInitiative(c.var.deps, c.var.actor, id, organisationId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives/{id}/experiments',
      tags,
      summary: 'Het experimentenlogboek (hypothese, meting, resultaat, les)',
      request: { params: idParam },
      problems: [404],
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(ExperimentOutSchema) }).openapi('ExperimentList'),
          'Nieuwste eerst',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await initiativeById(c.var.deps.db, id))) throw notFound('problem.initiativeNotFound');
      return c.json({ items: await experimentsOf(c.var.deps.db, id) }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/experiments',
      tags,
      summary: 'Een experiment loggen (leden van de eigenaar)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...json(ExperimentSchema) },
      responses: { 201: jsonResponse(ExperimentOutSchema, 'Het experiment') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id } = c.req.valid('param');
      const experimentId = await addExperiment(c.var.deps, c.var.actor, id, c.req.valid('json'));
      const experiment = (await experimentsOf(c.var.deps.db, id)).find((e) => e.id === experimentId);
      return c.json(experiment as NonNullable<typeof experiment>, 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiatives/{id}/advice',
      tags,
      summary: 'Advies van het innovatiepanel en de reacties van de eigenaar',
      request: { params: idParam },
      problems: [404],
      responses: {
        200: jsonResponse(z.object({ items: z.array(AdviceOutSchema) }).openapi('AdviceList'), 'Oudste eerst'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await initiativeById(c.var.deps.db, id))) throw notFound('problem.initiativeNotFound');
      return c.json({ items: await adviceOf(c.var.deps.db, id) }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/advice',
      tags,
      summary: 'Advies geven (leden van het innovatiepanel)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...json(AdviceSchema) },
      responses: { 201: jsonResponse(AdviceOutSchema, 'Het advies') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id } = c.req.valid('param');
      const adviceId = await addAdvice(c.var.deps, c.var.actor, id, c.req.valid('json').body);
      const advice = (await adviceOf(c.var.deps.db, id)).find((a) => a.id === adviceId);
      return c.json(advice as NonNullable<typeof advice>, 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/advice/{adviceId}/response',
      tags,
      summary: 'Op advies reageren (leden van de eigenaar)',
      signedIn: true,
      problems: [403, 404],
      request: {
        params: idParam.extend({
          adviceId: z
            .string()
            .uuid('validation.id')
            .openapi({ param: { name: 'adviceId', in: 'path' } }),
        }),
        ...json(AdviceResponseSchema),
      },
      responses: { 200: jsonResponse(AdviceOutSchema, 'Het advies met reactie') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id, adviceId } = c.req.valid('param');
      await respondToAdvice(c.var.deps, c.var.actor, id, adviceId, c.req.valid('json').response);
      const advice = (await adviceOf(c.var.deps.db, id)).find((a) => a.id === adviceId);
      return c.json(advice as NonNullable<typeof advice>, 200);
    },
  );
}
