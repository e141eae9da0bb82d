import { z } from '@hono/zod-openapi';
import { accountOf, type ApiApp, apiRoute, jsonResponse } from '../../../core/http/api';
import type { Executor } from '../../../core/db';
import { notFound } from '../../../core/errors';
import { existingInitiative } from '../initiatives/access';
import { idParam, jsonBody, tags, uuidParam } from '../http';
import { addAdvice, respondToAdvice } from './commands';
import { adviceOf } from './queries';
import { AdviceOutSchema, AdviceResponseSchema, AdviceSchema } from './schemas';

/** One piece of advice as the API shows it (after giving or answering it). */
async function oneAdvice(db: Executor, initiativeId: string, adviceId: string) {
  const advice = (await adviceOf(db, initiativeId)).find((a) => a.id === adviceId);
  if (!advice) throw notFound('problem.adviceNotFound');
  return advice;
}

/** Advice from the innovation panel, and the owner's responses. */
export function registerAdviceApi(api: ApiApp) {
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
      const { db } = c.var.deps;
      const initiative = await existingInitiative(db, c.req.valid('param').id);
      return c.json({ items: await adviceOf(db, initiative.id) }, 200);
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
      request: { params: idParam, ...jsonBody(AdviceSchema) },
      responses: { 201: jsonResponse(AdviceOutSchema, 'Het advies') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      const adviceId = await addAdvice(c.var.deps, actor, id, c.req.valid('json').body);
      return c.json(await oneAdvice(c.var.deps.db, id, adviceId), 201);
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
        params: idParam.extend({ adviceId: uuidParam('adviceId') }),
        ...jsonBody(AdviceResponseSchema),
      },
      responses: { 200: jsonResponse(AdviceOutSchema, 'Het advies met reactie') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id, adviceId } = c.req.valid('param');
      await respondToAdvice(c.var.deps, actor, id, adviceId, c.req.valid('json').response);
      return c.json(await oneAdvice(c.var.deps.db, id, adviceId), 200);
    },
  );
}
