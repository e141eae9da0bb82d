import { z } from '@hono/zod-openapi';
import { accountOf, type ApiApp, apiRoute, jsonResponse } from '../../../core/http/api';
import { notFound } from '../../../core/errors';
import { existingInitiative } from '../initiatives/access';
import { idParam, jsonBody, tags } from '../http';
import { addExperiment } from './commands';
import { experimentsOf } from './queries';
import { ExperimentOutSchema, ExperimentSchema } from './schemas';

/** The experiment log of an initiative. */
export function registerExperimentApi(api: ApiApp) {
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
      const { db } = c.var.deps;
      const initiative = await existingInitiative(db, c.req.valid('param').id);
      return c.json({ items: await experimentsOf(db, initiative.id) }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/experiments',
      tags,
      summary: 'Een experiment loggen (leden van de eigenaar of van een organisatie die meeontwikkelt)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...jsonBody(ExperimentSchema) },
      responses: { 201: jsonResponse(ExperimentOutSchema, 'Het experiment') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      const experimentId = await addExperiment(c.var.deps, actor, id, c.req.valid('json'));
      const experiment = (await experimentsOf(c.var.deps.db, id)).find((e) => e.id === experimentId);
      if (!experiment) throw notFound();
      return c.json(experiment, 201);
    },
  );
}
