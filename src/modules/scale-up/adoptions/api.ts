import { z } from '@hono/zod-openapi';
import type { SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { accountOf, type ApiApp, apiRoute, jsonResponse, noContentResponse, pageOf } from '../../../core/http/api';
import { STAGES } from '../rules';
import {
  AdoptionInputSchema,
  adoptionParam,
  GroupMemberSchema,
  groupParam,
  jsonBody,
  NewGroupSchema,
  serviceParam,
  StepProgressSchema,
  stepParam,
  tags,
} from '../schemas';
import type { Service } from '../services/queries';
import {
  createGroup,
  joinImplementationGroup,
  loadService,
  seesTrajectoryDetails,
  setStepProgress,
  updateAdoption,
} from './commands';
import { type Adoption, adoptionOf, adoptionsOf, eventsOf, groupsOf, stakeholdersOf } from './queries';

const AdoptionSchema = z
  .object({
    municipalityCode: z.string(),
    municipalityName: z.string(),
    provinceName: z.string(),
    stage: z.enum(STAGES),
    stoppedReason: z.string().nullable(),
    interestedOn: z.string().openapi({ format: 'date' }),
    decidedOn: z.string().nullable().openapi({ format: 'date' }),
    liveOn: z.string().nullable().openapi({ format: 'date' }),
    groupId: z.string().nullable(),
  })
  .openapi('Adoption');

const AdoptionDetailSchema = AdoptionSchema.extend({
  events: z.array(
    z.object({
      kind: z.string(),
      stage: z.enum(STAGES).nullable(),
      occurredOn: z.string().openapi({ format: 'date' }),
      note: z.string().optional().openapi({ description: 'Alleen voor ambtenaren van deze gemeente en netwerkbeheer' }),
      recordedBy: z.string().nullable().optional(),
    }),
  ),
  stakeholders: z
    .array(z.object({ role: z.string(), stance: z.string(), note: z.string() }))
    .optional()
    .openapi({ description: 'Alleen voor ambtenaren van deze gemeente en netwerkbeheer' }),
}).openapi('AdoptionDetail');

const present = ({
  serviceId: _,
  municipalitySlug: __,
  population: ___,
  startedWith: ____,
  updatedAt: _____,
  ...a
}: Adoption) => a;

/** The adoption as this person may see it: stakeholders and notes only for the municipality's officials. */
async function adoptionView(deps: AppContext, actor: SignedIn | undefined, service: Service, adoption: Adoption) {
  const insider = seesTrajectoryDetails(actor, service, adoption.municipalityCode);
  const events = await eventsOf(deps.db, service.id, adoption.municipalityCode);
  return {
    ...present(adoption),
    events: events.map((e) => (insider ? e : { kind: e.kind, stage: e.stage, occurredOn: e.occurredOn })),
    ...(insider ? { stakeholders: await stakeholdersOf(deps.db, service.id, adoption.municipalityCode) } : {}),
  };
}

const viewer = (actor: { kind: string }) => (actor.kind === 'account' ? (actor as SignedIn) : undefined);

/** Adoption per municipality: stages, decision trajectories, step progress and shared implementations. */
export function registerAdoptionApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/services/{id}/adoptions',
      tags,
      summary: 'Eén rij per gemeente die de voorziening invoert of ingevoerd heeft',
      request: {
        params: serviceParam,
        query: z.object({
          stage: z.enum(STAGES, { error: 'scaleUp.validation.stage' }).optional(),
          province: z.string().trim().max(40, 'validation.tooLong').optional(),
        }),
      },
      problems: [404],
      responses: { 200: jsonResponse(pageOf(AdoptionSchema, 'AdoptionPage'), 'Op naam van de gemeente') },
    }),
    async (c) => {
      const service = await loadService(c.var.deps.db, c.req.valid('param').id);
      const items = (await adoptionsOf(c.var.deps.db, service.id, c.req.valid('query'))).map(present);
      return c.json({ items, page: 1, pageSize: items.length, total: items.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/services/{id}/adoptions/{municipalityCode}',
      tags,
      summary: 'De invoering door één gemeente, met haar besluitvormingstraject',
      request: { params: adoptionParam },
      problems: [404],
      responses: { 200: jsonResponse(AdoptionDetailSchema, 'De invoering') },
    }),
    async (c) => {
      const { id, municipalityCode } = c.req.valid('param');
      const service = await loadService(c.var.deps.db, id);
      const adoption = await adoptionOf(c.var.deps.db, service.id, municipalityCode);
      if (!adoption) throw notFound('scaleUp.problem.noAdoptionYet');
      return c.json(await adoptionView(c.var.deps, viewer(c.var.actor), service, adoption), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'put',
      path: '/services/{id}/adoptions/{municipalityCode}',
      tags,
      summary: 'De invoering vastleggen: fase, gebeurtenissen en betrokkenen (ambtenaren van die gemeente)',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: adoptionParam, ...jsonBody(AdoptionInputSchema) },
      responses: { 200: jsonResponse(AdoptionDetailSchema, 'De invoering na de wijziging') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id, municipalityCode } = c.req.valid('param');
      await updateAdoption(c.var.deps, actor, id, municipalityCode, c.req.valid('json'));
      const service = await loadService(c.var.deps.db, id);
      const adoption = (await adoptionOf(c.var.deps.db, id, municipalityCode)) as Adoption;
      return c.json(await adoptionView(c.var.deps, actor, service, adoption), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'put',
      path: '/services/{id}/adoptions/{municipalityCode}/steps/{stepId}',
      tags,
      summary: 'Een stap van de leerroute afvinken (en zeggen of die gezamenlijk is)',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: stepParam, ...jsonBody(StepProgressSchema) },
      responses: { 204: noContentResponse('Opgeslagen') },
    }),
    async (c) => {
      const { id, municipalityCode, stepId } = c.req.valid('param');
      await setStepProgress(c.var.deps, accountOf(c), id, municipalityCode, stepId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  const GroupSchema = z
    .object({
      id: z.string(),
      name: z.string(),
      leadMunicipalityCode: z.string(),
      leadMunicipalityName: z.string(),
      members: z.array(z.object({ code: z.string(), name: z.string() })),
    })
    .openapi('ImplementationGroup');

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/services/{id}/implementation-groups',
      tags,
      summary: 'Gezamenlijke invoeringen: één invoering voor een groep gemeenten',
      request: { params: serviceParam },
      problems: [404],
      responses: {
        200: jsonResponse(z.object({ items: z.array(GroupSchema) }).openapi('ImplementationGroupList'), 'Op naam'),
      },
    }),
    async (c) => {
      const service = await loadService(c.var.deps.db, c.req.valid('param').id);
      return c.json({ items: await groupsOf(c.var.deps.db, service.id) }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/services/{id}/implementation-groups',
      tags,
      summary: 'Een gezamenlijke invoering beginnen, geleid door uw gemeente',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: serviceParam, ...jsonBody(NewGroupSchema) },
      responses: { 201: jsonResponse(z.object({ id: z.string() }).openapi('CreatedImplementationGroup'), 'De groep') },
    }),
    async (c) => {
      const id = await createGroup(c.var.deps, accountOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id }, 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/services/{id}/implementation-groups/{groupId}/members',
      tags,
      summary: 'Met uw gemeente aansluiten bij een gezamenlijke invoering',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: groupParam, ...jsonBody(GroupMemberSchema) },
      responses: { 204: noContentResponse('Aangesloten') },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid('param');
      await joinImplementationGroup(c.var.deps, accountOf(c), id, groupId, c.req.valid('json').municipality);
      return c.body(null, 204);
    },
  );
}
