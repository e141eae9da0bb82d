import type { Context, Hono } from 'hono';
import { raw } from 'hono/html';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { Breadcrumbs, DataList, Heading1, Link, Paragraph } from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { listMunicipalityNames } from '../../municipalities';
import { type ServiceFigures, serviceFigures } from '../adoptions/figures';
import {
  type Adoption,
  adoptionsOf,
  groupsOf,
  type ImplementationGroup,
  stepProgressOf,
  type StepProgress,
} from '../adoptions/queries';
import { AdoptionMap } from '../map/map';
import { type Service, serviceBySlug, type Step, stepsOf } from '../services/queries';
import { ScaleUpNav, Section } from './parts';
import { FiguresSection } from './service-figures';
import { AdoptionsByStage, Groups, LearningPath } from './service-path';

/** Only web addresses become links: a stored "javascript:" address stays text. */
const isWebAddress = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

interface BodyView {
  service: Service;
  adoptions: Adoption[];
  figures: ServiceFigures;
  steps: Step[];
  progress: StepProgress[];
  groups: ImplementationGroup[];
  names: ReadonlyMap<string, string>;
}

function Facts({ ctx, service }: { ctx: ViewContext; service: Service }) {
  const { t } = ctx;
  return (
    <DataList
      items={[
        { key: t('scaleUp.pages.service.status'), value: t(`scaleUp.serviceStatus.${service.status}`) },
        { key: t('scaleUp.pages.service.operator'), value: service.operatorName },
        ...(service.originInitiativeId
          ? [
              {
                key: t('scaleUp.pages.service.origin'),
                value: (
                  <Link href={`/innovatie/${service.originInitiativeId}`}>
                    {service.originInitiativeTitle ?? service.name}
                  </Link>
                ),
              },
            ]
          : []),
        ...(service.standards.length > 0
          ? [
              {
                key: t('scaleUp.pages.service.standards'),
                value: (
                  <ul class="utrecht-unordered-list">
                    {service.standards.map((s) => (
                      <li class="utrecht-unordered-list__item">
                        {isWebAddress(s.url) ? <Link href={s.url}>{s.name}</Link> : s.name}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
        ...(service.links.length > 0
          ? [
              {
                key: t('scaleUp.pages.service.links'),
                value: (
                  <ul class="utrecht-unordered-list">
                    {service.links.map((l) => (
                      <li class="utrecht-unordered-list__item">
                        {isWebAddress(l.url) ? <Link href={l.url}>{l.label}</Link> : l.label}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** What the page shows of the service itself: the same for everyone, so it is rendered once per change. */
function ServiceBody({ ctx, view }: { ctx: ViewContext; view: BodyView }) {
  const { t } = ctx;
  const { service } = view;
  const stages = new Map(view.adoptions.map((a) => [a.municipalityCode, a.stage]));
  return (
    <>
      <Facts ctx={ctx} service={service} />
      <Section id="kaart" title={t('scaleUp.pages.map.title')}>
        <AdoptionMap
          stages={stages}
          names={view.names}
          t={t}
          title={t('scaleUp.pages.map.svgTitle', { name: service.name })}
        />
      </Section>
      <FiguresSection ctx={ctx} figures={view.figures} />
      <LearningPath
        ctx={ctx}
        service={service}
        steps={view.steps}
        adoptions={view.adoptions}
        progress={view.progress}
      />
      <Groups ctx={ctx} groups={view.groups} />
      <AdoptionsByStage ctx={ctx} service={service} adoptions={view.adoptions} />
    </>
  );
}

function ServicePage({
  ctx,
  service,
  own,
  body,
}: {
  ctx: ViewContext;
  service: Service;
  own: { code: string; name: string }[];
  body: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={service.name}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: '/opschalen', label: t('scaleUp.pages.title') },
          { href: '/opschalen/voorzieningen', label: t('scaleUp.pages.services.title') },
        ]}
      />
      <Heading1>{service.name}</Heading1>
      <ScaleUpNav ctx={ctx} />
      <Paragraph lead>{service.description}</Paragraph>
      {own.length > 0 && (
        <div class="samen-button-row">
          {own.map((m) => (
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={`/opschalen/voorzieningen/${service.slug}/gemeenten/${m.code}`}
            >
              {t('scaleUp.pages.service.update', { municipality: m.name })}
            </a>
          ))}
        </div>
      )}
      {raw(body)}
    </Layout>
  );
}

/**
 * The rendered body of a service's page by (service, its change stamp, language): a page view
 * between two changes only reads the service row (migration 0012 moves the stamp on every change,
 * whatever wrote it). Every instance keeps its own small cache; the stamp comes from the database.
 */
const bodies = new Map<string, Promise<string>>();
const BODIES_KEPT = 64;

async function renderedBody(c: Context<AppEnv>, service: Service): Promise<string> {
  const ctx = viewContext(c);
  const key = `${service.id}|${service.changedAt}|${ctx.locale}`;
  const known = bodies.get(key);
  if (known) return known;
  const rendering = (async () => {
    const { db } = c.var.deps;
    const adoptions = await adoptionsOf(db, service.id);
    const view: BodyView = {
      service,
      adoptions,
      figures: serviceFigures(adoptions),
      steps: await stepsOf(db, service.id),
      progress: await stepProgressOf(db, service.id),
      groups: await groupsOf(db, service.id),
      names: new Map((await listMunicipalityNames(db)).map((m) => [m.code, m.name])),
    };
    return String(await (<ServiceBody ctx={ctx} view={view} />).toString());
  })();
  rendering.catch(() => bodies.delete(key));
  if (bodies.size >= BODIES_KEPT) bodies.delete(bodies.keys().next().value as string);
  bodies.set(key, rendering);
  return rendering;
}

/** `/opschalen/voorzieningen/:slug`: a national service with its map, figures, learning path and adoptions. */
export function registerServicePage(app: Hono<AppEnv>) {
  app.get('/opschalen/voorzieningen/:slug', async (c) => {
    const { db } = c.var.deps;
    const service = await serviceBySlug(db, c.req.param('slug'));
    if (!service) throw notFound('scaleUp.problem.serviceNotFound');
    const actor = c.var.actor;
    const codes =
      actor.kind === 'account'
        ? [
            ...new Set(
              actor.memberships.flatMap((m) =>
                m.organisationType === 'gemeente' && m.municipalityCode ? [m.municipalityCode] : [],
              ),
            ),
          ]
        : [];
    const names = codes.length > 0 ? new Map((await listMunicipalityNames(db)).map((m) => [m.code, m.name])) : null;
    const own = codes.map((code) => ({ code, name: names?.get(code) ?? code }));
    const body = await renderedBody(c, service);
    return c.html(<ServicePage ctx={viewContext(c)} service={service} own={own} body={body} />);
  });
}
