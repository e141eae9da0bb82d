import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { SignedIn } from '../../../core/authz';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { type FormValues, forAccount, parseForm, problemAsFormErrors, readForm } from '../../../core/http/forms';
import { fieldErrors, invalidParams } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { isMunicipalityCode, TEXT_LIMITS } from '../../../core/vocabulary';
import { listMunicipalityNames } from '../../municipalities';
import { similarInitiatives } from '../similarity/present';
import { INITIATIVE_TYPES, PHASES, SEARCH_MAX, THEMES } from '../vocabulary';
import { createInitiative } from './commands';
import { listInitiatives, municipalitiesWithInitiatives } from './queries';
import { mayOwnInitiatives } from './rules';
import { InitiativeInputSchema } from './schemas';
import { InitiativeFormPage, NoOrganisationPage } from './views/form';
import { InitiativeListPage } from './views/list';

const PAGE_SIZE = 20;
/** The list's filters; a value that is not one of the choices is ignored rather than refused. */
const ListQuery = z.object({
  zoek: z.string().trim().max(SEARCH_MAX, 'validation.tooLong').optional(),
  soort: z.enum(INITIATIVE_TYPES).optional().catch(undefined),
  thema: z.enum(THEMES).optional().catch(undefined),
  fase: z.enum(PHASES).optional().catch(undefined),
  gemeente: z.string().refine(isMunicipalityCode).optional().catch(undefined),
  provincie: z.string().max(TEXT_LIMITS.name).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const asList = (value: FormValues[string]) => (Array.isArray(value) ? value : value ? [value] : []);
const asText = (value: FormValues[string]) => (typeof value === 'string' ? value : '');

const eligibleOwners = (actor: SignedIn) => actor.memberships.filter((m) => mayOwnInitiatives(m.organisationType));

async function formOptions(c: Context<AppEnv>, actor: SignedIn) {
  const owners = eligibleOwners(actor);
  const needsMunicipality = owners.some((m) => m.organisationType !== 'gemeente');
  return {
    organisations: owners.map((m) => ({ value: m.organisationId, label: m.organisationName })),
    municipalities: needsMunicipality
      ? (await listMunicipalityNames(c.var.deps.db)).map((m) => ({ value: m.code, label: m.name }))
      : null,
  };
}

/** The list of initiatives with its filters, and the form to submit one. */
export function registerInitiativePages(app: Hono<AppEnv>) {
  app.get('/innovatie', async (c) => {
    const parsed = ListQuery.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : { pagina: 1 };
    const errors = parsed.success ? {} : fieldErrors(invalidParams(parsed.error, c.var.t));
    const { db } = c.var.deps;
    const result = await listInitiatives(db, {
      q: query.zoek,
      type: query.soort,
      theme: query.thema,
      phase: query.fase,
      municipalityCode: query.gemeente,
      province: query.provincie,
      page: query.pagina,
      pageSize: PAGE_SIZE,
    });
    return c.html(
      <InitiativeListPage
        ctx={viewContext(c)}
        items={result.items}
        total={result.total}
        query={query}
        errors={errors}
        municipalities={await municipalitiesWithInitiatives(db)}
        url={new URL(c.req.url)}
        pageSize={PAGE_SIZE}
      />,
      parsed.success ? 200 : 400,
    );
  });

  app.get(
    '/innovatie/nieuw',
    forAccount(async (c, actor) => {
      const ctx = viewContext(c);
      if (eligibleOwners(actor).length === 0) return c.html(<NoOrganisationPage ctx={ctx} />, 403);
      const options = await formOptions(c, actor);
      return c.html(
        <InitiativeFormPage ctx={ctx} values={{}} errors={{}} options={options} similar={[]} checked={false} />,
      );
    }),
  );

  app.post(
    '/innovatie/nieuw',
    forAccount(async (c, actor) => {
      const ctx = viewContext(c);
      if (eligibleOwners(actor).length === 0) return c.html(<NoOrganisationPage ctx={ctx} />, 403);
      const values = await readForm(c);
      const options = await formOptions(c, actor);
      const title = asText(values.title);
      const summary = asText(values.summary);
      const themes = asList(values.themes);
      const similar = async () =>
        title || summary ? similarInitiatives(c.var.deps.db, { title, summary, themes, limit: 5 }) : [];
      const page = (errors: Record<string, string>, checked: boolean, status: 200 | 400) =>
        similar().then((found) =>
          c.html(
            <InitiativeFormPage
              ctx={ctx}
              values={values}
              errors={errors}
              options={options}
              similar={found}
              checked={checked}
            />,
            status,
          ),
        );
      // "Controleer op vergelijkbare initiatieven": show the panel, keep everything typed, save nothing.
      if (values.actie === 'controleer') return page({}, true, 200);
      const form = await parseForm(c, InitiativeInputSchema, {
        values: { ...values, themes, seeks: asList(values.seeks) },
      });
      if (!form.ok) return page(form.errors, !!(title || summary), 400);
      let id: string;
      try {
        id = await createInitiative(c.var.deps, actor, form.data);
      } catch (error) {
        return page(problemAsFormErrors(c, error, 'title'), true, 400);
      }
      setFlash(c, 'flash.initiativeCreated');
      return c.redirect(`/innovatie/${id}`, 303);
    }),
  );
}
