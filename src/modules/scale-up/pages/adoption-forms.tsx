import type { z } from '@hono/zod-openapi';
import type { Context, Hono } from 'hono';
import { authorize, type SignedIn } from '../../../core/authz';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, readForm } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { createGroup, joinImplementationGroup, setStepProgress, updateAdoption } from '../adoptions/commands';
import { adoptionOf, stepProgressOf } from '../adoptions/queries';
import { STAKEHOLDER_ROLES } from '../rules';
import { AdoptionInputSchema, NewGroupSchema } from '../schemas';
import { stepsOf } from '../services/queries';
import { adoptionPath } from './adoption-model';
import { renderAdoption, serviceAndMunicipality } from './adoption-page';
import { clearer, list, problemOnForm, text } from './parts';

const BASE = '/opschalen/voorzieningen/:slug/gemeenten/:code';

/** Load the service and the municipality, and check that this person may update its adoption (403 if not). */
async function loadAuthorized(c: Context<AppEnv>, actor: SignedIn) {
  const { service, municipality } = await serviceAndMunicipality(c);
  authorize(actor, 'scaleUp.adoption', { municipalityCode: municipality.code });
  const adoption = await adoptionOf(c.var.deps.db, service.id, municipality.code);
  return { service, municipality, adoption, values: await readForm(c) };
}

type Loaded = Awaited<ReturnType<typeof loadAuthorized>>;

/**
 * One form of the trajectory page: parse, run the command, then back to the page with a flash
 * (303), or the page again with the form's errors.
 */
async function handle<S extends z.ZodType>(
  c: Context<AppEnv>,
  loaded: Loaded,
  options: {
    form: string;
    schema: S;
    input: unknown;
    fieldOf?: (name: string) => string;
    field: string;
    clearer?: Record<string, string>;
    flash: `flash.${string}`;
    anchor: string;
    /** the form changes an adoption that must exist already */
    needsAdoption?: boolean;
  },
  command: (data: z.infer<S>) => Promise<unknown>,
) {
  const fieldOf = options.fieldOf ?? ((name: string) => name);
  const back = (errors: FieldErrors, status: 400 | 409) =>
    renderAdoption(c, { form: options.form, errors, values: loaded.values }, status);
  if (options.needsAdoption && !loaded.adoption)
    return back({ [options.field]: c.var.t('scaleUp.problem.noAdoption') }, 409);
  const parsed = await parseForm(c, options.schema, { values: options.input as FormValues, fieldOf });
  if (!parsed.ok) return back(clearer(c.var, parsed.errors, options.clearer ?? {}), 400);
  try {
    await command(parsed.data);
  } catch (error) {
    const problem = problemOnForm(c, error, options.field, fieldOf);
    return back(problem.errors, problem.status);
  }
  setFlash(c, options.flash);
  return c.redirect(
    `${adoptionPath({ service: loaded.service, municipality: loaded.municipality })}#${options.anchor}`,
    303,
  );
}

/** An event or stakeholders change the adoption without moving it: at its current stage. */
const currentStage = (loaded: Loaded) => loaded.adoption?.stage;

/** The trajectory page and its forms: each posts, then back to the page (PRG). */
export function registerAdoptionPages(app: Hono<AppEnv>) {
  app.get(BASE, (c) => renderAdoption(c));

  app.post(
    `${BASE}/fase`,
    forAccount(async (c, actor) => {
      const loaded = await loadAuthorized(c, actor);
      const { values } = loaded;
      const input = { stage: values.stage, stageDate: values.stageDate, stoppedReason: values.stoppedReason };
      const options = {
        form: 'stage',
        schema: AdoptionInputSchema,
        input,
        field: 'stage',
        clearer: { stage: 'scaleUp.pages.error.stage' },
        flash: 'flash.scaleUpStage',
        anchor: 'traject',
      } as const;
      return handle(c, loaded, options, (data) =>
        updateAdoption(c.var.deps, actor, loaded.service.id, loaded.municipality.code, data),
      );
    }),
  );

  app.post(
    `${BASE}/gebeurtenis`,
    forAccount(async (c, actor) => {
      const loaded = await loadAuthorized(c, actor);
      const { values } = loaded;
      const event = { date: values.eventDate, kind: values.eventKind, note: text(values.eventNote) ?? '' };
      const names: Record<string, string> = { date: 'eventDate', kind: 'eventKind', note: 'eventNote' };
      const options = {
        form: 'event',
        schema: AdoptionInputSchema,
        input: { stage: currentStage(loaded), events: [event] },
        fieldOf: (name: string) => names[name.replace(/^events\.0\./, '')] ?? name,
        field: 'eventKind',
        clearer: { eventKind: 'scaleUp.pages.error.eventKind' },
        flash: 'flash.scaleUpEvent',
        anchor: 'traject',
        needsAdoption: true,
      } as const;
      return handle(c, loaded, options, (data) =>
        updateAdoption(c.var.deps, actor, loaded.service.id, loaded.municipality.code, data),
      );
    }),
  );

  app.post(
    `${BASE}/betrokkenen`,
    forAccount(async (c, actor) => {
      const loaded = await loadAuthorized(c, actor);
      const { values } = loaded;
      const given = STAKEHOLDER_ROLES.map((role) => ({
        role,
        stance: text(values[`stance.${role}`]) ?? 'onbekend',
        note: text(values[`note.${role}`]) ?? '',
      })).filter((s) => s.stance !== 'onbekend' || s.note !== '');
      const fieldOf = (name: string) =>
        name.replace(/^stakeholders\.(\d+)\.(stance|note|role)$/, (_, index: string, part: string) => {
          const role = given[Number(index)]?.role ?? STAKEHOLDER_ROLES[0];
          return `${part === 'note' ? 'note' : 'stance'}.${role}`;
        });
      const options = {
        form: 'stakeholders',
        schema: AdoptionInputSchema,
        input: { stage: currentStage(loaded), stakeholders: given },
        fieldOf,
        field: `stance.${STAKEHOLDER_ROLES[0]}`,
        flash: 'flash.scaleUpStakeholders',
        anchor: 'betrokkenen',
        needsAdoption: true,
      } as const;
      return handle(c, loaded, options, (data) =>
        updateAdoption(c.var.deps, actor, loaded.service.id, loaded.municipality.code, data),
      );
    }),
  );

  app.post(
    `${BASE}/stappen`,
    forAccount(async (c, actor) => {
      const loaded = await loadAuthorized(c, actor);
      const { service, municipality, values } = loaded;
      const steps = await stepsOf(c.var.deps.db, service.id);
      const stored = (await stepProgressOf(c.var.deps.db, service.id)).filter(
        (p) => p.municipalityCode === municipality.code,
      );
      const changed = steps.flatMap((step) => {
        const chosen = list(values[`step.${step.id}`]);
        const progress = { done: chosen.includes('done'), shared: chosen.includes('shared') };
        const before = stored.find((p) => p.stepId === step.id);
        const same = (before?.done ?? false) === progress.done && (before?.shared ?? false) === progress.shared;
        return same ? [] : [{ stepId: step.id, progress }];
      });
      for (const { stepId, progress } of changed) {
        try {
          await setStepProgress(c.var.deps, actor, service.id, municipality.code, stepId, progress);
        } catch (error) {
          const problem = problemOnForm(c, error, `step.${stepId}`, () => `step.${stepId}`);
          return renderAdoption(c, { form: 'steps', errors: problem.errors, values }, problem.status);
        }
      }
      setFlash(c, 'flash.scaleUpSteps');
      return c.redirect(`${adoptionPath({ service, municipality })}#stappen`, 303);
    }),
  );

  app.post(
    `${BASE}/samen-invoeren`,
    forAccount(async (c, actor) => {
      const loaded = await loadAuthorized(c, actor);
      const groupId = text(loaded.values.groupId);
      if (!groupId)
        return renderAdoption(
          c,
          { form: 'group-join', errors: { groupId: c.var.t('scaleUp.pages.error.group') }, values: loaded.values },
          400,
        );
      const options = {
        form: 'group-join',
        schema: NewGroupSchema.pick({ municipality: true }),
        input: { municipality: loaded.municipality.code },
        field: 'groupId',
        flash: 'flash.scaleUpGroupJoined',
        anchor: 'samen-invoeren-bijwerken',
      } as const;
      return handle(c, loaded, options, () =>
        joinImplementationGroup(c.var.deps, actor, loaded.service.id, groupId, loaded.municipality.code),
      );
    }),
  );

  app.post(
    `${BASE}/samen-invoeren/nieuw`,
    forAccount(async (c, actor) => {
      const loaded = await loadAuthorized(c, actor);
      const options = {
        form: 'group-start',
        schema: NewGroupSchema,
        input: { name: loaded.values.groupName, municipality: loaded.municipality.code },
        fieldOf: (name: string) => (name === 'name' ? 'groupName' : name),
        field: 'groupName',
        flash: 'flash.scaleUpGroupStarted',
        anchor: 'samen-invoeren-bijwerken',
      } as const;
      return handle(c, loaded, options, (data) => createGroup(c.var.deps, actor, loaded.service.id, data));
    }),
  );
}
