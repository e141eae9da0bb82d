import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { forAccount } from '../../../core/http/forms';
import { notFound } from '../../../core/errors';
import { Heading1, Link, Paragraph, TableBox } from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { marketplaceOf } from '../../marketplace';
import { municipalityBySlug } from '../../municipalities';
import { periodFrom } from '../request';
import { useFormat } from '../pages/format';
import { reportPath } from '../pages/sections';
import { assertMayReadMunicipality } from './access';
import { type MunicipalityReport, municipalityReport } from './load';

const STAGES = ['interested', 'deciding', 'implementing', 'live', 'stopped'] as const;

function Row({ label, here, median }: { label: string; here: string; median?: string }) {
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {label}
      </th>
      <td class="utrecht-table__cell utrecht-table__cell--numeric">{here}</td>
      {median !== undefined && <td class="utrecht-table__cell utrecht-table__cell--numeric">{median}</td>}
    </tr>
  );
}

function FiguresPage({
  ctx,
  name,
  slug,
  report,
}: {
  ctx: ViewContext;
  name: string;
  slug: string;
  report: MunicipalityReport;
}) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const { comparison, innovation, marketplace } = report;
  const median = (value: number | null) => (value === null ? t('figures.tooFew') : fmt.decimal(value));
  const head = (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell" scope="col">
          {t('reports.figure')}
        </th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
          {t('figures.here')}
        </th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
          {t('figures.median')}
        </th>
      </tr>
    </thead>
  );
  return (
    <Layout ctx={ctx} title={t('figures.title', { name })}>
      <Heading1>{t('figures.title', { name })}</Heading1>
      <Paragraph lead>{t('figures.lead', { name })}</Paragraph>
      <Paragraph>
        {t('figures.period', { from: fmt.month(report.period.from), to: fmt.month(report.period.to) })}{' '}
        {t('reports.protected')}
      </Paragraph>
      <Paragraph>
        {t('figures.comparison.d', {
          others: comparison.others,
          size: t(`figures.size.${comparison.sizeClass}`),
          withMarketplace: comparison.withMarketplace,
        })}
      </Paragraph>
      <h2 class="utrecht-heading-2">{t('figures.marketplace')}</h2>
      {marketplace ? (
        <>
          <TableBox label={t('figures.marketplace')}>
            <table class="utrecht-table utrecht-table--html-table samen-table">
              <caption class="utrecht-table__caption">{t('figures.marketplace')}</caption>
              {head}
              <tbody class="utrecht-table__body">
                <Row
                  label={t('reports.f.requests')}
                  here={fmt.count(marketplace.posts.request)}
                  median={median(comparison.medians.requests)}
                />
                <Row
                  label={t('reports.f.matches')}
                  here={fmt.count(marketplace.matches)}
                  median={median(comparison.medians.matches)}
                />
                <Row
                  label={t('reports.f.responses')}
                  here={fmt.count(marketplace.responses)}
                  median={t('reports.none')}
                />
                <Row
                  label={t('reports.f.socialValue')}
                  here={fmt.euros(marketplace.socialValueEuros)}
                  median={t('reports.none')}
                />
              </tbody>
            </table>
          </TableBox>
          <Paragraph>
            <Link href={reportPath(slug)}>{t('figures.fullReport')}</Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('figures.noMarketplace')}</Paragraph>
      )}
      <h2 class="utrecht-heading-2">{t('figures.innovation')}</h2>
      <Paragraph>{t('figures.innovation.d')}</Paragraph>
      <TableBox label={t('figures.innovation')}>
        <table class="utrecht-table utrecht-table--html-table samen-table">
          <caption class="utrecht-table__caption">{t('figures.innovation')}</caption>
          {head}
          <tbody class="utrecht-table__body">
            <Row
              label={t('figures.initiativesLed')}
              here={fmt.count(innovation.initiativesLed)}
              median={median(comparison.medians.initiativesLed)}
            />
            <Row
              label={t('figures.coDeveloping')}
              here={fmt.count(innovation.coDeveloping)}
              median={t('reports.none')}
            />
            <Row label={t('figures.following')} here={fmt.count(innovation.following)} median={t('reports.none')} />
            {STAGES.map((stage) => (
              <Row
                label={t('figures.adoptions', { stage: t(`scaleUp.stage.${stage}`) })}
                here={fmt.count(innovation.adoptions[stage])}
                median={stage === 'live' ? median(comparison.medians.adoptionsLive) : t('reports.none')}
              />
            ))}
          </tbody>
        </table>
      </TableBox>
    </Layout>
  );
}

/** A municipality's figures for its officials. */
export function registerMunicipalityPages(app: Hono<AppEnv>) {
  app.get(
    '/gemeenten/:slug/cijfers',
    forAccount(async (c, actor) => {
      const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug') ?? '');
      if (!municipality) throw notFound('problem.municipalityNotFound');
      const marketplace = await marketplaceOf(c.var.deps.db, municipality.code);
      assertMayReadMunicipality(actor, municipality.code, marketplace?.operatorOrganisationId ?? null);
      const now = c.var.deps.clock.now();
      const report = await municipalityReport(
        c.var.deps.db,
        { code: municipality.code, population: municipality.population, hasMarketplace: Boolean(marketplace) },
        periodFrom({}, now, 'this-year'),
        now,
      );
      return c.html(
        <FiguresPage ctx={viewContext(c)} name={municipality.name} slug={municipality.slug} report={report} />,
      );
    }),
  );
}
