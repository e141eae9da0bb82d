import type { Context, Hono } from 'hono';
import type { SignedIn } from '../../../core/authz';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, problemAsFormErrors, readForm } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { similarInitiatives } from '../similarity/present';
import { initiativeToEdit } from './access';
import { changeInitiative } from './commands';
import type { Initiative } from './queries';
import { InitiativeChangeSchema } from './schemas';
import { InitiativeFormPage } from './views/form';

/** The texts the edit form changes; an emptied optional one is cleared, not left as it was. */
const TEXTS = ['title', 'summary', 'goal', 'benefit', 'approach', 'milestones', 'results'] as const;

const asList = (value: FormValues[string]) => (Array.isArray(value) ? value : value ? [value] : []);
const asText = (value: FormValues[string]) => (typeof value === 'string' ? value : '');

/** The form's values from the initiative as it is now. */
const valuesOf = (initiative: Initiative): FormValues => ({
  ...Object.fromEntries(TEXTS.map((name) => [name, initiative[name]])),
  themes: [...initiative.themes],
  seeks: [...initiative.seeks],
});

/** What was sent, with every field of the form present: an empty field or no ticked box is a change too. */
const sentValues = (values: FormValues): FormValues => ({
  ...values,
  ...Object.fromEntries(TEXTS.map((name) => [name, asText(values[name])])),
  themes: asList(values.themes),
  seeks: asList(values.seeks),
});

/**
 * Changing an initiative, for members of its owner: the same form as submitting one, with the same
 * "Lijkt op:" check (without the initiative itself) and the same screening — `changeInitiative`
 * is the command the API's PATCH runs too.
 */
export function registerEditPages(app: Hono<AppEnv>) {
  const render = async (
    c: Context<AppEnv>,
    initiative: Initiative,
    page: { values: FormValues; errors: FieldErrors; checked: boolean },
    status: 200 | 400 | 409 = 200,
  ) => {
    const title = asText(page.values.title);
    const summary = asText(page.values.summary);
    const similar = page.checked
      ? await similarInitiatives(c.var.deps.db, {
          title,
          summary,
          themes: asList(page.values.themes),
          excludeId: initiative.id,
          limit: 5,
        })
      : [];
    return c.html(
      <InitiativeFormPage
        ctx={viewContext(c)}
        values={page.values}
        errors={page.errors}
        options={{ organisations: [], municipalities: null }}
        similar={similar}
        checked={page.checked}
        edit={{ id: initiative.id, title: initiative.title }}
      />,
      status,
    );
  };
  const own = (c: Context<AppEnv>, actor: SignedIn) => initiativeToEdit(c.var.deps.db, actor, c.req.param('id') ?? '');

  app.get(
    '/innovatie/:id/bewerken',
    forAccount(async (c, actor) => {
      const initiative = await own(c, actor);
      return render(c, initiative, { values: valuesOf(initiative), errors: {}, checked: false });
    }),
  );

  app.post(
    '/innovatie/:id/bewerken',
    forAccount(async (c, actor) => {
      const initiative = await own(c, actor);
      const values = sentValues(await readForm(c));
      // "Controleer op vergelijkbare initiatieven": the panel, everything kept, nothing saved.
      if (values.actie === 'controleer') return render(c, initiative, { values, errors: {}, checked: true });
      const form = await parseForm(c, InitiativeChangeSchema, { values });
      if (!form.ok) return render(c, initiative, { values, errors: form.errors, checked: true }, 400);
      try {
        await changeInitiative(c.var.deps, actor, initiative.id, form.data);
      } catch (error) {
        return render(c, initiative, { values, errors: problemAsFormErrors(c, error, 'title'), checked: true }, 400);
      }
      setFlash(c, 'flash.initiativeChanged');
      return c.redirect(`/innovatie/${initiative.id}`, 303);
    }),
  );
}
