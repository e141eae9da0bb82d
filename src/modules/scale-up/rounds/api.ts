import { z } from '@hono/zod-openapi';
import type { SignedIn } from '../../../core/authz';
import { notFound } from '../../../core/errors';
import {
  accountOf,
  type ApiApp,
  apiRoute,
  jsonResponse,
  noContentResponse,
  PaginationQuery,
  pageOf,
} from '../../../core/http/api';
import { DEFAULT_CRITERIA } from '../rules';
import {
  DecisionSchema,
  jsonBody,
  NewRoundSchema,
  NominationInputSchema,
  nominationParam,
  PreselectionSchema,
  roundParam,
  ScoreInputSchema,
  tags,
} from '../schemas';
import { createRound, decide, nominate, preselect, roundScores, scoreNomination } from './commands';
import { boardMembersFor, presentRound, RoundDetailSchema, RoundSchema } from './present';
import { listRounds, type Round, roundById } from './queries';

const ROUND_PHASES = ['nominating', 'scoring', 'deciding', 'decided'] as const;

const signedInOrAnonymous = (actor: { kind: string }) => (actor.kind === 'account' ? (actor as SignedIn) : undefined);

/** Portfolio rounds and open competitions: the board's rounds, nominations, scores and decisions. */
export function registerRoundApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/portfolio-rounds',
      tags,
      summary: 'Portfolio-rondes en open competities (openbaar)',
      request: {
        query: z.object({
          kind: z.enum(['portfolio', 'competition'], { error: 'validation.invalid' }).optional(),
          status: z.enum(ROUND_PHASES, { error: 'scaleUp.validation.roundStatus' }).optional(),
          ...PaginationQuery,
        }),
      },
      responses: { 200: jsonResponse(pageOf(RoundSchema, 'PortfolioRoundPage'), 'Nieuwste besluitdatum eerst') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const now = c.var.deps.clock.now();
      const { items, total } = await listRounds(c.var.deps.db, {
        kind: query.kind,
        phase: query.status,
        now,
        page: query.page,
        pageSize: query.pageSize,
      });
      return c.json(
        { items: items.map((r) => presentRound(r, now)), page: query.page, pageSize: query.pageSize, total },
        200,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/portfolio-rounds',
      tags,
      summary: 'Een ronde of competitie openen (netwerkbeheer)',
      signedIn: true,
      problems: [403],
      request: jsonBody(NewRoundSchema),
      responses: { 201: jsonResponse(RoundSchema, 'De nieuwe ronde') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const input = c.req.valid('json');
      const members = await boardMembersFor(c.var.deps.db, input.boardMemberIds);
      const id = await createRound(
        c.var.deps,
        actor,
        { ...input, criteria: input.criteria ?? [...DEFAULT_CRITERIA] },
        members,
      );
      return c.json(presentRound((await roundById(c.var.deps.db, id)) as Round, c.var.deps.clock.now()), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/portfolio-rounds/{id}',
      tags,
      summary: 'Eén ronde met haar voordrachten; na het scoren ook de besluiten, redenen en totaalscores',
      request: { params: roundParam },
      problems: [404],
      responses: { 200: jsonResponse(RoundDetailSchema, 'De ronde') },
    }),
    async (c) => {
      const round = await roundById(c.var.deps.db, c.req.valid('param').id);
      if (!round) throw notFound('scaleUp.problem.roundNotFound');
      const actor = signedInOrAnonymous(c.var.actor);
      const nominations = await roundScores(c.var.deps, actor, round);
      return c.json({ ...presentRound(round, c.var.deps.clock.now()), nominations }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/portfolio-rounds/{id}/nominations',
      tags,
      summary: 'De voordrachten van een ronde',
      request: { params: roundParam },
      problems: [404],
      responses: {
        200: jsonResponse(RoundDetailSchema.shape.nominations.openapi('NominationList'), 'In volgorde van voordracht'),
      },
    }),
    async (c) => {
      const round = await roundById(c.var.deps.db, c.req.valid('param').id);
      if (!round) throw notFound('scaleUp.problem.roundNotFound');
      return c.json(await roundScores(c.var.deps, signedInOrAnonymous(c.var.actor), round), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/portfolio-rounds/{id}/nominations',
      tags,
      summary: 'Een initiatief voordragen (netwerkbeheer of een ambtenaar van de eigenaar)',
      description: 'Alleen een initiatief in pilot of evaluatie dat minstens twee gemeenten dragen.',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: roundParam, ...jsonBody(NominationInputSchema) },
      responses: { 201: jsonResponse(z.object({ id: z.string() }).openapi('CreatedNomination'), 'De voordracht') },
    }),
    async (c) => {
      const id = await nominate(c.var.deps, accountOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id }, 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'put',
      path: '/portfolio-rounds/{id}/nominations/{nominationId}/scores/me',
      tags,
      summary: 'Uw score als lid van het overleg: 1–5 per criterium, MoSCoW, toelichting, belangenverstrengeling',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: nominationParam, ...jsonBody(ScoreInputSchema) },
      responses: { 204: noContentResponse('Opgeslagen') },
    }),
    async (c) => {
      const { id, nominationId } = c.req.valid('param');
      await scoreNomination(c.var.deps, accountOf(c), id, nominationId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/portfolio-rounds/{id}/preselection',
      tags,
      summary: 'Competitie: hoogstens drie inzendingen voorselecteren, elk met een reden',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: roundParam, ...jsonBody(PreselectionSchema) },
      responses: { 204: noContentResponse('De voorselectie is opgeslagen') },
    }),
    async (c) => {
      const { nominationIds, reasons } = c.req.valid('json');
      const chosen = nominationIds.map((nominationId) => ({ nominationId, note: reasons?.[nominationId] ?? '' }));
      await preselect(c.var.deps, accountOf(c), c.req.valid('param').id, chosen);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/portfolio-rounds/{id}/nominations/{nominationId}/decision',
      tags,
      summary: 'Het besluit over een voordracht, met een openbare reden; opschalen maakt een landelijke voorziening',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: nominationParam, ...jsonBody(DecisionSchema) },
      responses: {
        201: jsonResponse(
          z
            .object({ decision: z.enum(['scale-up', 'not-yet', 'no']), serviceId: z.string().nullable() })
            .openapi('Decided'),
          'Het besluit; bij opschalen de nieuwe voorziening',
        ),
      },
    }),
    async (c) => {
      const { id, nominationId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { serviceId } = await decide(c.var.deps, accountOf(c), id, nominationId, input);
      return c.json({ decision: input.decision, serviceId }, 201);
    },
  );
}
