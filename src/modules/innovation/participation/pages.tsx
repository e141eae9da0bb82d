import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import { forAccount, readForm } from '../../../core/http/forms';
import { detailForm } from '../initiatives/detail-page';
import { joinInitiative, leaveInitiative } from './commands';
import { ParticipationSchema } from './schemas';

/** Leaving names the organisation; whether the person may is the command's to say. */
const LeaveForm = z.object({ organisation: z.string().default('') });

/** The join and leave forms of an initiative's page. */
export function registerParticipationPages(app: Hono<AppEnv>) {
  app.post(
    '/innovatie/:id/deelnemen',
    forAccount<'/innovatie/:id/deelnemen'>(async (c, actor) => {
      const id = c.req.param('id');
      const posted = await readForm(c);
      return detailForm(
        c,
        id,
        {
          form: 'join',
          schema: ParticipationSchema,
          field: 'organisation',
          flash: 'flash.joined',
          // The page joins on behalf of one of the person's organisations, never a municipality by code.
          values: { organisation: posted.organisation, role: posted.role },
          fieldOf: (path) => (path === 'municipality' ? 'organisation' : path),
        },
        (input) => joinInitiative(c.var.deps, actor, id, input),
      );
    }),
  );

  app.post(
    '/innovatie/:id/verlaten',
    forAccount<'/innovatie/:id/verlaten'>(async (c, actor) => {
      const id = c.req.param('id');
      const options = { form: 'leave', schema: LeaveForm, field: 'organisation', flash: 'flash.left' } as const;
      return detailForm(c, id, options, (input) => leaveInitiative(c.var.deps, actor, id, input.organisation));
    }),
  );
}
