import type { Hono } from 'hono';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, readForm } from '../../../core/http/forms';
import { decide, nominate, preselect, scoreNomination } from '../rounds/commands';
import { roundById } from '../rounds/queries';
import { DecisionSchema, NominationInputSchema, PreselectionSchema, ScoreInputSchema } from '../schemas';
import { clearer, list, problemOnForm, text } from './parts';
import { scoped } from './round-nomination';
import { renderRound } from './round-page';

const roundPath = (id: string, anchor: string) => `/opschalen/rondes/${id}#${anchor}`;

/** The round's page and its forms: nominate, score, preselect and decide. Each posts, then back to the page. */
export function registerRoundPages(app: Hono<AppEnv>) {
  app.get('/opschalen/rondes/:id', (c) => renderRound(c, c.req.param('id')));

  app.post(
    '/opschalen/rondes/:id/voordragen',
    forAccount<'/opschalen/rondes/:id/voordragen'>(async (c, actor) => {
      const id = c.req.param('id');
      const form = await parseForm(c, NominationInputSchema);
      const back = (errors: Record<string, string>, status: 400 | 409) =>
        renderRound(c, id, { form: 'nominate', errors, values: form.values }, status);
      if (!form.ok) return back(clearer(c.var, form.errors, { initiativeId: 'scaleUp.pages.error.initiative' }), 400);
      try {
        await nominate(c.var.deps, actor, id, form.data);
      } catch (error) {
        const problem = problemOnForm(c, error, 'initiativeId');
        return back(problem.errors, problem.status);
      }
      setFlash(c, 'flash.scaleUpNominated');
      return c.redirect(roundPath(id, 'voordrachten'), 303);
    }),
  );

  app.post(
    '/opschalen/rondes/:id/voordrachten/:nominationId/score',
    forAccount<'/opschalen/rondes/:id/voordrachten/:nominationId/score'>(async (c, actor) => {
      const { id, nominationId } = c.req.param();
      const round = await roundById(c.var.deps.db, id);
      if (!round) throw notFound('scaleUp.problem.roundNotFound');
      const values = await readForm(c);
      const field = (name: string) => scoped(nominationId, name);
      const criteria = round.criteria.flatMap((criterion) => {
        const given = text(values[field(`criteria.${criterion.key}`)]);
        return given ? [[criterion.key, Number(given)] as const] : [];
      });
      const input = {
        criteria: Object.fromEntries(criteria),
        moscow: text(values[field('moscow')]),
        comment: text(values[field('comment')]) ?? '',
        conflictOfInterest: list(values[field('conflictOfInterest')]).includes('ja'),
      };
      const back = (errors: Record<string, string>, status: 400 | 409) =>
        renderRound(c, id, { form: `score-${nominationId}`, errors, values }, status);
      const form = await parseForm(c, ScoreInputSchema, { values: input as unknown as FormValues, fieldOf: field });
      if (!form.ok) return back(clearer(c.var, form.errors, { [field('moscow')]: 'scaleUp.pages.error.moscow' }), 400);
      try {
        await scoreNomination(c.var.deps, actor, id, nominationId, form.data);
      } catch (error) {
        const problem = problemOnForm(c, error, field('moscow'), field);
        return back(problem.errors, problem.status);
      }
      setFlash(c, 'flash.scaleUpScored');
      return c.redirect(roundPath(id, `voordracht-${nominationId}`), 303);
    }),
  );

  app.post(
    '/opschalen/rondes/:id/voordrachten/:nominationId/besluit',
    forAccount<'/opschalen/rondes/:id/voordrachten/:nominationId/besluit'>(async (c, actor) => {
      const { id, nominationId } = c.req.param();
      const values = await readForm(c);
      const field = (name: string) => scoped(nominationId, name);
      const input = { decision: text(values[field('decision')]), rationale: text(values[field('rationale')]) };
      const back = (errors: Record<string, string>, status: 400 | 409) =>
        renderRound(c, id, { form: `decide-${nominationId}`, errors, values }, status);
      const form = await parseForm(c, DecisionSchema, { values: input, fieldOf: field });
      if (!form.ok)
        return back(clearer(c.var, form.errors, { [field('decision')]: 'scaleUp.pages.error.decision' }), 400);
      try {
        await decide(c.var.deps, actor, id, nominationId, form.data);
      } catch (error) {
        const problem = problemOnForm(c, error, field('decision'), field);
        return back(problem.errors, problem.status);
      }
      setFlash(c, 'flash.scaleUpDecided');
      return c.redirect(roundPath(id, `voordracht-${nominationId}`), 303);
    }),
  );

  app.post(
    '/opschalen/rondes/:id/voorselectie',
    forAccount<'/opschalen/rondes/:id/voorselectie'>(async (c, actor) => {
      const id = c.req.param('id');
      const values = await readForm(c);
      const nominationIds = list(values.nominationIds);
      const reasons = Object.fromEntries(nominationIds.map((n) => [n, text(values[`reason.${n}`]) ?? '']));
      const fieldOf = (name: string) => name.replace(/^reasons\./, 'reason.');
      const back = (errors: Record<string, string>, status: 400 | 409) =>
        renderRound(c, id, { form: 'preselect', errors, values }, status);
      const form = await parseForm(c, PreselectionSchema, {
        values: { nominationIds, reasons } as unknown as FormValues,
        fieldOf,
      });
      // The schema's own message does not reach the form (core keeps only "validation." keys), so name it here.
      const tooMany = { nominationIds: 'scaleUp.validation.atMostThree' };
      if (!form.ok) return back(nominationIds.length > 3 ? clearer(c.var, form.errors, tooMany) : form.errors, 400);
      try {
        const chosen = form.data.nominationIds.map((n) => ({ nominationId: n, note: form.data.reasons?.[n] ?? '' }));
        await preselect(c.var.deps, actor, id, chosen);
      } catch (error) {
        const problem = problemOnForm(c, error, 'nominationIds', fieldOf);
        return back(problem.errors, problem.status);
      }
      setFlash(c, 'flash.scaleUpPreselected');
      return c.redirect(roundPath(id, 'voorgeselecteerd'), 303);
    }),
  );
}
