import { MUNICIPALITY_CODE } from '../../core/vocabulary';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { can, type SignedIn } from '../../core/authz';
import type { AppEnv } from '../../core/http/env';
import { setFlash } from '../../core/http/flash';
import { type FormValues, problemAsFormErrors, signedInOrLogin } from '../../core/http/forms';
import { notFound } from '../../core/errors';
import { fieldErrors, formValues, invalidParams } from '../../core/http/validation';
import { Form, Heading1, Paragraph, ChoiceGroup, SubmitButton } from '../../core/views/components';
import { viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import { listMunicipalityNames } from '../municipalities';
import {
  addAdvice,
  addExperiment,
  changeInitiative,
  createInitiative,
  joinInitiative,
  leaveInitiative,
  respondToAdvice,
} from './commands';
import { initiativeClusters, initiativeDetail, similarInitiatives } from './present';
import {
  initiativeById,
  listInitiatives,
  mailPreference,
  municipalitiesWithInitiatives,
  setMailPreference,
} from './queries';
import { INITIATIVE_TYPES, OWNER_ORGANISATION_TYPES, PHASES, THEMES } from './rules';
import {
  AdviceResponseSchema,
  AdviceSchema,
  ExperimentSchema,
  InitiativeInputSchema,
  ParticipationSchema,
  SimilarQuerySchema,
} from './schemas';
import { type DetailForms, InitiativePage } from './views/detail';
import { InitiativeFormPage, NoOrganisationPage, SimilarResults } from './views/form';
import { ClustersPage, InitiativeListPage } from './views/list';
import { statusOf } from '../../core/http/problem';

const PAGE_SIZE = 20;
const listQuery = z.object({
  zoek: z.string().trim().max(200, 'validation.tooLong').optional(),
  soort: z.enum(INITIATIVE_TYPES).optional().catch(undefined),
  thema: z.enum(THEMES).optional().catch(undefined),
  fase: z.enum(PHASES).optional().catch(undefined),
  gemeente: z.string().regex(MUNICIPALITY_CODE).optional().catch(undefined),
  provincie: z.string().max(100).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

async function readForm(c: Context<AppEnv>): Promise<FormValues> {
  return formValues(await c.req.parseBody({ all: true }));
}

const eligibleOwners = (actor: SignedIn) =>
  actor.memberships.filter((m) => (OWNER_ORGANISATION_TYPES as readonly string[]).includes(m.organisationType));

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

async function renderDetail(
  c: Context<AppEnv>,
  id: string,
  forms: DetailForms = { errors: {}, values: {} },
  status: 200 | 400 | 403 | 409 = 200,
) {
  const { db } = c.var.deps;
  const initiative = await initiativeById(db, id);
  if (!initiative) throw notFound('problem.initiativeNotFound');
  const detail = await initiativeDetail(db, initiative);
  const similar = await similarInitiatives(db, {
    title: initiative.title,
    summary: initiative.summary,
    themes: initiative.themes,
    excludeId: initiative.id,
    limit: 5,
  });
  const actor = c.var.actor;
  const taking = new Set(detail.participants.map((p) => p.organisationId));
  const permissions =
    actor.kind === 'account'
      ? {
          canEdit: can(actor, 'initiative.edit', { ownerOrganisationId: initiative.ownerOrganisationId }),
          canAdvise: can(actor, 'initiative.advise', {}),
          joinable: actor.memberships.filter(
            (m) => m.organisationId !== initiative.ownerOrganisationId && !taking.has(m.organisationId),
          ),
          leavable: actor.memberships
            .filter((m) => taking.has(m.organisationId))
            .map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName })),
        }
      : { canEdit: false, canAdvise: false, joinable: [], leavable: [] };
  return c.html(
    <InitiativePage ctx={viewContext(c)} detail={detail} similar={similar} permissions={permissions} forms={forms} />,
    status,
  );
}

/** Runs a detail-page command; on a problem the page comes back with the message on its form. */
async function detailAction(
  c: Context<AppEnv>,
  form: string,
  field: string,
  values: FormValues,
  action: () => Promise<unknown>,
  flash: `flash.${string}`,
) {
  const id = c.req.param('id') as string;
  try {
    await action();
  } catch (error) {
    const status = statusOf(error);
    const errors = problemAsFormErrors(c, error, field);
    return renderDetail(c, id, { form, errors, values }, status === 403 ? 403 : status === 409 ? 409 : 400);
  }
  setFlash(c, flash);
  return c.redirect(`/innovatie/${id}`, 303);
}

export function registerInnovationPages(app: Hono<AppEnv>) {
  app.get('/innovatie', async (c) => {
    const url = new URL(c.req.url);
    const parsed = listQuery.safeParse(c.req.query());
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
        url={url}
        pageSize={PAGE_SIZE}
      />,
      parsed.success ? 200 : 400,
    );
  });

  app.get('/innovatie/clusters', async (c) =>
    c.html(<ClustersPage ctx={viewContext(c)} clusters={await initiativeClusters(c.var.deps.db)} />),
  );

  app.get('/innovatie/nieuw', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    if (eligibleOwners(actor).length === 0) return c.html(<NoOrganisationPage ctx={viewContext(c)} />, 403);
    return c.html(
      <InitiativeFormPage
        ctx={viewContext(c)}
        values={{}}
        errors={{}}
        options={await formOptions(c, actor)}
        similar={[]}
        checked={false}
      />,
    );
  });

  app.post('/innovatie/nieuw', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    if (eligibleOwners(actor).length === 0) return c.html(<NoOrganisationPage ctx={viewContext(c)} />, 403);
    const values = await readForm(c);
    const themes = asList(values.themes);
    const options = await formOptions(c, actor);
    const title = typeof values.title === 'string' ? values.title : '';
    const summary = typeof values.summary === 'string' ? values.summary : '';
    const similar = async () =>
      title || summary ? similarInitiatives(c.var.deps.db, { title, summary, themes, limit: 5 }) : [];
    // "Controleer op vergelijkbare initiatieven": show the panel, keep everything typed, save nothing.
    if (values.actie === 'controleer') {
      return c.html(
        <InitiativeFormPage
          ctx={viewContext(c)}
          values={values}
          errors={{}}
          options={options}
          similar={await similar()}
          checked
        />,
      );
    }
    const parsed = InitiativeInputSchema.safeParse({ ...values, themes, seeks: asList(values.seeks) });
    if (!parsed.success) {
      return c.html(
        <InitiativeFormPage
          ctx={viewContext(c)}
          values={values}
          errors={fieldErrors(invalidParams(parsed.error, c.var.t))}
          options={options}
          similar={await similar()}
          checked={!!(title || summary)}
        />,
        400,
      );
    }
    let id: string;
    try {
      id = await createInitiative(c.var.deps, actor, parsed.data);
    } catch (error) {
      return c.html(
        <InitiativeFormPage
          ctx={viewContext(c)}
          values={values}
          errors={problemAsFormErrors(c, error, 'title')}
          options={options}
          similar={await similar()}
          checked
        />,
        400,
      );
    }
    setFlash(c, 'flash.initiativeCreated');
    return c.redirect(`/innovatie/${id}`, 303);
  });

  // The live "Lijkt op:" panel's contents, for the enhancement script (GET: it changes nothing).
  app.get('/innovatie/lijkt-op', async (c) => {
    const parsed = SimilarQuerySchema.safeParse({
      title: c.req.query('title') ?? '',
      summary: c.req.query('summary') ?? '',
      themes: c.req.queries('themes') ?? [],
    });
    const items = parsed.success ? await similarInitiatives(c.var.deps.db, { ...parsed.data, limit: 5 }) : [];
    c.header('Cache-Control', 'no-store');
    return c.html(<SimilarResults ctx={viewContext(c)} items={items} checked={parsed.success} />);
  });

  app.get('/innovatie/meldingen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const on = await mailPreference(c.var.deps.db, actor.accountId);
    return c.html(<PreferencesPage c={c} on={on} />);
  });
  app.post('/innovatie/meldingen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    await setMailPreference(c.var.deps.db, actor.accountId, values.updates !== 'uit');
    setFlash(c, 'flash.preferencesSaved');
    return c.redirect('/innovatie/meldingen', 303);
  });

  app.get('/innovatie/:id', (c) => renderDetail(c, c.req.param('id')));

  app.post('/innovatie/:id/deelnemen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    const parsed = ParticipationSchema.safeParse({ organisation: values.organisation, role: values.role });
    if (!parsed.success)
      return renderDetail(
        c,
        c.req.param('id'),
        { form: 'join', errors: fieldErrors(invalidParams(parsed.error, c.var.t)), values },
        400,
      );
    return detailAction(
      c,
      'join',
      'organisation',
      values,
      () => joinInitiative(c.var.deps, actor, c.req.param('id'), parsed.data),
      'flash.joined',
    );
  });

  app.post('/innovatie/:id/verlaten', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    const organisation = typeof values.organisation === 'string' ? values.organisation : '';
    return detailAction(
      c,
      'leave',
      'organisation',
      values,
      () => leaveInitiative(c.var.deps, actor, c.req.param('id'), organisation),
      'flash.left',
    );
  });

  app.post('/innovatie/:id/fase', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    const phase = z.enum(PHASES).safeParse(values.phase);
    if (!phase.success)
      return renderDetail(
        c,
        c.req.param('id'),
        { form: 'phase', errors: { phase: c.var.t('validation.phase') }, values },
        400,
      );
    return detailAction(
      c,
      'phase',
      'phase',
      values,
      () => changeInitiative(c.var.deps, actor, c.req.param('id'), { phase: phase.data }),
      'flash.phaseChanged',
    );
  });

  app.post('/innovatie/:id/experimenten', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    const parsed = ExperimentSchema.safeParse(values);
    if (!parsed.success)
      return renderDetail(
        c,
        c.req.param('id'),
        { form: 'experiment', errors: fieldErrors(invalidParams(parsed.error, c.var.t)), values },
        400,
      );
    return detailAction(
      c,
      'experiment',
      'hypothesis',
      values,
      () => addExperiment(c.var.deps, actor, c.req.param('id'), parsed.data),
      'flash.experimentAdded',
    );
  });

  app.post('/innovatie/:id/advies', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    const parsed = AdviceSchema.safeParse(values);
    if (!parsed.success)
      return renderDetail(
        c,
        c.req.param('id'),
        { form: 'advice', errors: fieldErrors(invalidParams(parsed.error, c.var.t)), values },
        400,
      );
    return detailAction(
      c,
      'advice',
      'body',
      values,
      () => addAdvice(c.var.deps, actor, c.req.param('id'), parsed.data.body),
      'flash.adviceAdded',
    );
  });

  app.post('/innovatie/:id/advies/:adviceId/reactie', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const values = await readForm(c);
    const form = `response-${c.req.param('adviceId')}`;
    const parsed = AdviceResponseSchema.safeParse(values);
    if (!parsed.success)
      return renderDetail(
        c,
        c.req.param('id'),
        { form, errors: fieldErrors(invalidParams(parsed.error, c.var.t)), values },
        400,
      );
    return detailAction(
      c,
      form,
      'response',
      values,
      () => respondToAdvice(c.var.deps, actor, c.req.param('id'), c.req.param('adviceId'), parsed.data.response),
      'flash.responseAdded',
    );
  });
}

function PreferencesPage({ c, on }: { c: Context<AppEnv>; on: boolean }) {
  const ctx = viewContext(c);
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('preferences.title')}>
      <Heading1>{t('preferences.title')}</Heading1>
      <Paragraph lead>{t('preferences.intro')}</Paragraph>
      <Form ctx={ctx} action="/innovatie/meldingen">
        <ChoiceGroup
          kind="radio"
          name="updates"
          legend={t('preferences.legend')}
          value={on ? 'aan' : 'uit'}
          options={[
            { value: 'aan', label: t('preferences.on') },
            { value: 'uit', label: t('preferences.off') },
          ]}
        />
        <SubmitButton>{t('profile.save')}</SubmitButton>
      </Form>
    </Layout>
  );
}
