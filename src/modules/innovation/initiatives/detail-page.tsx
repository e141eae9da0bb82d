import type { z } from '@hono/zod-openapi';
import type { Context, Hono } from 'hono';
import { can } from '../../../core/authz';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import { statusOf } from '../../../core/http/problem';
import { viewContext } from '../../../core/views/context';
import { conversationStartedBy } from '../contact/queries';
import { initiativesLike } from '../similarity/present';
import { existingInitiative } from './access';
import { changeInitiative } from './commands';
import { initiativeDetail } from './present';
import { PhaseChangeSchema } from './schemas';
import { InitiativePage } from './views/detail';
import type { DetailForms, DetailPermissions } from './views/detail-state';

function permissionsOf(
  c: Context<AppEnv>,
  initiative: { ownerOrganisationId: string },
  participants: { organisationId: string; role: string }[],
): DetailPermissions {
  const actor = c.var.actor;
  if (actor.kind !== 'account')
    return { canEdit: false, canLogExperiments: false, canAdvise: false, joinable: [], leavable: [] };
  const taking = new Set(participants.map((p) => p.organisationId));
  const coDeveloperOrganisationIds = participants.filter((p) => p.role === 'co-developer').map((p) => p.organisationId);
  return {
    canEdit: can(actor, 'initiative.edit', { ownerOrganisationId: initiative.ownerOrganisationId }),
    canLogExperiments: can(actor, 'initiative.logExperiment', {
      ownerOrganisationId: initiative.ownerOrganisationId,
      coDeveloperOrganisationIds,
    }),
    canAdvise: can(actor, 'initiative.advise', {}),
    joinable: actor.memberships.filter(
      (m) => m.organisationId !== initiative.ownerOrganisationId && !taking.has(m.organisationId),
    ),
    leavable: actor.memberships
      .filter((m) => taking.has(m.organisationId))
      .map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName })),
  };
}

/** An initiative's page, with the errors of the form that was sent back, if any. */
export async function renderDetail(
  c: Context<AppEnv>,
  id: string,
  forms: DetailForms = { errors: {}, values: {} },
  status: 200 | 400 | 403 | 409 = 200,
) {
  const { db } = c.var.deps;
  const initiative = await existingInitiative(db, id);
  const detail = await initiativeDetail(db, initiative);
  const similar = await initiativesLike(db, initiative);
  const permissions = permissionsOf(c, initiative, detail.participants);
  const actor = c.var.actor;
  const conversationId =
    actor.kind === 'account' ? await conversationStartedBy(db, initiative.id, actor.accountId) : undefined;
  return c.html(
    <InitiativePage
      ctx={viewContext(c)}
      detail={detail}
      similar={similar}
      permissions={permissions}
      forms={forms}
      conversationId={conversationId}
    />,
    status,
  );
}

export interface DetailFormOptions<S extends z.ZodType> {
  /** which form of the page this is (its errors are shown on it) */
  form: string;
  schema: S;
  /** the field that shows a problem that names no field */
  field: string;
  flash: `flash.${string}`;
  /** the values to check, when the form's fields need shaping first */
  values?: FormValues;
  fieldOf?: (path: string) => string;
}

/**
 * Runs one form of an initiative's page: parse, then the command (which loads and authorizes);
 * afterwards back to the page with a flash, or the page again with the form's errors.
 */
export async function detailForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  id: string,
  options: DetailFormOptions<S>,
  command: (input: z.infer<S>) => Promise<unknown>,
) {
  const parsed = await parseForm(c, options.schema, { values: options.values, fieldOf: options.fieldOf });
  if (!parsed.ok) return renderDetail(c, id, { form: options.form, errors: parsed.errors, values: parsed.values }, 400);
  try {
    await command(parsed.data);
  } catch (error) {
    const status = statusOf(error);
    const errors = problemAsFormErrors(c, error, options.field);
    const shown = status === 403 ? 403 : status === 409 ? 409 : 400;
    return renderDetail(c, id, { form: options.form, errors, values: parsed.values }, shown);
  }
  setFlash(c, options.flash);
  return c.redirect(`/innovatie/${id}`, 303);
}

/** The initiative's page, and its phase form. */
export function registerDetailPages(app: Hono<AppEnv>) {
  app.get('/innovatie/:id', (c) => renderDetail(c, c.req.param('id')));

  app.post(
    '/innovatie/:id/fase',
    forAccount<'/innovatie/:id/fase'>(async (c, actor) => {
      const id = c.req.param('id');
      const options = {
        form: 'phase',
        schema: PhaseChangeSchema,
        field: 'phase',
        flash: 'flash.phaseChanged',
      } as const;
      return detailForm(c, id, options, (input) => changeInitiative(c.var.deps, actor, id, input));
    }),
  );
}
