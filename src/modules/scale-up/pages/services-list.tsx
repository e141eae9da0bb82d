import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import { Breadcrumbs, Heading1, Link, Pagination, Paragraph } from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { type StageCounts, serviceFigures } from '../adoptions/figures';
import { adoptionsOf } from '../adoptions/queries';
import { STAGES } from '../rules';
import { listServices, type Service } from '../services/queries';
import { ScaleUpNav } from './parts';

const PAGE_SIZE = 20;
const ListQuery = z.object({ pagina: z.coerce.number().int().min(1).max(10_000).catch(1) });

/** "Geïnteresseerd: 3 · Aan het invoeren: 1 · …": every stage with its number of municipalities. */
export function StageCountLine({ ctx, counts }: { ctx: ViewContext; counts: StageCounts }) {
  return (
    <p class="samen-meta">
      <span class="visually-hidden">{ctx.t('scaleUp.pages.services.stages')}: </span>
      {STAGES.map((stage) => `${ctx.t(`scaleUp.stage.${stage}`)}: ${counts[stage]}`).join(' · ')}
    </p>
  );
}

function ServiceListPage(props: {
  ctx: ViewContext;
  services: { service: Service; counts: StageCounts }[];
  total: number;
  page: number;
  url: URL;
}) {
  const { ctx, services, total, page, url } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('scaleUp.pages.services.title')}>
      <Breadcrumbs ctx={ctx} trail={[{ href: '/opschalen', label: t('scaleUp.pages.title') }]} />
      <Heading1>{t('scaleUp.pages.services.title')}</Heading1>
      <ScaleUpNav ctx={ctx} />
      <Paragraph lead>{t('scaleUp.pages.services.intro')}</Paragraph>
      <p class="utrecht-paragraph">{t('scaleUp.pages.services.count', { count: total })}</p>
      {services.length === 0 ? (
        <Paragraph>{t('scaleUp.pages.services.none')}</Paragraph>
      ) : (
        <ul class="samen-card-list">
          {services.map(({ service, counts }) => (
            <li class="samen-card">
              <h2 class="utrecht-heading-2">
                <Link href={`/opschalen/voorzieningen/${service.slug}`}>{service.name}</Link>
              </h2>
              <p class="samen-meta">
                <span class="samen-tag">{t(`scaleUp.serviceStatus.${service.status}`)}</span> ·{' '}
                {t('scaleUp.pages.service.operator')}: {service.operatorName}
              </p>
              <StageCountLine ctx={ctx} counts={counts} />
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={page} pageSize={PAGE_SIZE} total={total} baseUrl={url} />
    </Layout>
  );
}

/** `/opschalen/voorzieningen`: the national services, each with how many municipalities are at each stage. */
export function registerServiceListPage(app: Hono<AppEnv>) {
  app.get('/opschalen/voorzieningen', async (c) => {
    const { db } = c.var.deps;
    const { pagina } = ListQuery.parse(c.req.query());
    const { items, total } = await listServices(db, { page: pagina, pageSize: PAGE_SIZE });
    const services = await Promise.all(
      items.map(async (service) => ({
        service,
        counts: serviceFigures(await adoptionsOf(db, service.id)).stageCounts,
      })),
    );
    return c.html(
      <ServiceListPage ctx={viewContext(c)} services={services} total={total} page={pagina} url={new URL(c.req.url)} />,
    );
  });
}
