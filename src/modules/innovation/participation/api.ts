import { z } from '@hono/zod-openapi';
import { accountOf, type ApiApp, apiRoute, jsonResponse, noContentResponse } from '../../../core/http/api';
import { notFound } from '../../../core/errors';
import { existingInitiative } from '../initiatives/access';
import { presentParticipant } from '../initiatives/present';
import { idParam, jsonBody, tags, uuidParam } from '../http';
import { joinInitiative, leaveInitiative } from './commands';
import { participantsOf } from './queries';
import { ParticipantSchema, ParticipationSchema } from './schemas';

/** Municipalities and organisations that follow or co-develop an initiative. */
export function registerParticipationApi(api: ApiApp) {
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
    async (c) => {
      const { db } = c.var.deps;
      const initiative = await existingInitiative(db, c.req.valid('param').id);
      return c.json({ items: (await participantsOf(db, initiative.id)).map(presentParticipant) }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/participants',
      tags,
      summary: 'Volgen of meedoen als mede-ontwikkelaar, namens uw gemeente of organisatie',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam, ...jsonBody(ParticipationSchema) },
      responses: { 201: jsonResponse(ParticipantSchema, 'De nieuwe deelnemer') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      const organisation = await joinInitiative(c.var.deps, actor, id, c.req.valid('json'));
      const participant = (await participantsOf(c.var.deps.db, id)).find((p) => p.organisationId === organisation.id);
      if (!participant) throw notFound();
      return c.json(presentParticipant(participant), 201);
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
      request: { params: idParam.extend({ organisationId: uuidParam('organisationId') }) },
      responses: { 204: noContentResponse('De organisatie doet niet meer mee') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id, organisationId } = c.req.valid('param');
      await leaveInitiative(c.var.deps, actor, id, organisationId);
      return c.body(null, 204);
    },
  );
}
