import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { forAccount } from '../../../core/http/forms';
import { detailForm } from '../initiatives/detail-page';
import { addAdvice, respondToAdvice } from './commands';
import { AdviceResponseSchema, AdviceSchema } from './schemas';
import { responseForm } from './views';

/** The forms that give advice and answer it, on an initiative's page. */
export function registerAdvicePages(app: Hono<AppEnv>) {
  app.post(
    '/innovatie/:id/advies',
    forAccount<'/innovatie/:id/advies'>(async (c, actor) => {
      const id = c.req.param('id');
      const options = { form: 'advice', schema: AdviceSchema, field: 'body', flash: 'flash.adviceAdded' } as const;
      return detailForm(c, id, options, (input) => addAdvice(c.var.deps, actor, id, input.body));
    }),
  );

  app.post(
    '/innovatie/:id/advies/:adviceId/reactie',
    forAccount<'/innovatie/:id/advies/:adviceId/reactie'>(async (c, actor) => {
      const id = c.req.param('id');
      const adviceId = c.req.param('adviceId');
      const options = {
        form: responseForm(adviceId),
        schema: AdviceResponseSchema,
        field: 'response',
        flash: 'flash.responseAdded',
      } as const;
      return detailForm(c, id, options, (input) => respondToAdvice(c.var.deps, actor, id, adviceId, input.response));
    }),
  );
}
