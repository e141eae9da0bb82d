import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { forAccount } from '../../../core/http/forms';
import { viewContext } from '../../../core/views/context';
import { detailForm } from '../initiatives/detail-page';
import { addExperiment } from './commands';
import { experimentForm } from './schemas';

/** The form that logs an experiment, on an initiative's page. */
export function registerExperimentPages(app: Hono<AppEnv>) {
  app.post(
    '/innovatie/:id/experimenten',
    forAccount<'/innovatie/:id/experimenten'>(async (c, actor) => {
      const id = c.req.param('id');
      const options = {
        form: 'experiment',
        schema: experimentForm(viewContext(c).today),
        field: 'hypothesis',
        flash: 'flash.experimentAdded',
      } as const;
      return detailForm(c, id, options, (input) => addExperiment(c.var.deps, actor, id, input));
    }),
  );
}
