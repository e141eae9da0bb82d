import { Link, Paragraph, TableBox } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { monthValue, type Period } from '../period';
import type { TableName } from '../report/csv';
import { rate } from '../report/figures';
import type { MarketplaceReport } from '../report/load';
import { BarChart, heatColours, LineChart } from './charts';
import { useFormat } from './format';

/** The report's sections, each a chart with the table of its figures, and their CSV downloads. */

export interface Linkable {
  slug: string;
  report?: MarketplaceReport;
}

export const reportPath = (slug: string) => `/gemeenten/${slug}/marktplaats/rapportage`;
export const periodQuery = (period: Period) => `van=${monthValue(period.from)}&tot=${monthValue(period.to)}`;

export function CsvLink({ ctx, model, table }: { ctx: ViewContext; model: Linkable; table: TableName }) {
  if (!model.report) return null;
  const href = `${reportPath(model.slug)}.csv?table=${table}&${periodQuery(model.report.period)}`;
  return (
    <p class="samen-report__download">
      <Link href={href}>{ctx.t('reports.csvFor', { table: ctx.t(`reports.table.${table}`) })}</Link>
    </p>
  );
}

export function Funnel({ ctx, report }: { ctx: ViewContext; report: MarketplaceReport }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const { funnel } = report.figures;
  const steps = [
    ['placed', funnel.placed, null],
    ['withResponse', funnel.withResponse, rate(funnel.withResponse, funnel.placed)],
    ['withAnswer', funnel.withAnswer, rate(funnel.withAnswer, funnel.withResponse)],
    ['matched', funnel.matched, rate(funnel.matched, funnel.withAnswer)],
  ] as const;
  return (
    <section aria-labelledby="trechter" class="samen-report__section">
      <h2 class="utrecht-heading-2" id="trechter">
        {t('reports.funnel')}
      </h2>
      <Paragraph>{t('reports.funnel.d')}</Paragraph>
      <figure class="samen-report__figure">
        <BarChart
          id="grafiek-trechter"
          title={t('reports.funnel')}
          description={t('reports.chartFunnel')}
          items={steps.map(([key, value]) => ({ label: t(`reports.funnel.${key}`), value }))}
          locale={ctx.locale}
          small={t('reports.small')}
        />
      </figure>
      <TableBox label={t('reports.funnel')}>
        <table class="utrecht-table utrecht-table--html-table samen-table samen-report__table">
          <caption class="utrecht-table__caption">{t('reports.funnel')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('reports.figure')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.value')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.funnel.share')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {steps.map(([key, value, share]) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {t(`reports.funnel.${key}`)}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.count(value)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.share(share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}

export function Months({ ctx, model, report }: { ctx: ViewContext; model: Linkable; report: MarketplaceReport }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  return (
    <section aria-labelledby="per-maand" class="samen-report__section">
      <h2 class="utrecht-heading-2" id="per-maand">
        {t('reports.months')}
      </h2>
      <figure class="samen-report__figure">
        <LineChart
          id="grafiek-maanden"
          title={t('reports.months')}
          description={t('reports.chartMonths')}
          labels={report.byMonth.map((m) => fmt.month(m.month))}
          series={[
            {
              label: t('reports.f.requests'),
              className: 'samen-chart--requests',
              values: report.byMonth.map((m) => m.requests),
            },
            {
              label: t('reports.f.matches'),
              className: 'samen-chart--matches',
              values: report.byMonth.map((m) => m.matches),
            },
          ]}
          locale={ctx.locale}
        />
      </figure>
      <TableBox label={t('reports.months')}>
        <table class="utrecht-table utrecht-table--html-table samen-table samen-report__table">
          <caption class="utrecht-table__caption">{t('reports.months')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('reports.month')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.f.requests')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.f.matches')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {report.byMonth.map((m) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {fmt.month(m.month)}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.count(m.requests)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.count(m.matches)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <CsvLink ctx={ctx} model={model} table="months" />
    </section>
  );
}

const categoryName = (ctx: ViewContext, report: MarketplaceReport, slug: string) => {
  const category = report.categories.find((c) => c.slug === slug);
  return category ? category[ctx.locale === 'en' ? 'en' : 'nl'] : slug;
};

export function Categories({ ctx, model, report }: { ctx: ViewContext; model: Linkable; report: MarketplaceReport }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  return (
    <section aria-labelledby="per-soort" class="samen-report__section">
      <h2 class="utrecht-heading-2" id="per-soort">
        {t('reports.categories')}
      </h2>
      <Paragraph>{t('reports.f.unmet.d')}</Paragraph>
      <figure class="samen-report__figure">
        <BarChart
          id="grafiek-onvervuld"
          title={t('reports.categories')}
          description={t('reports.chartUnmet')}
          items={report.byCategory.map((c) => ({ label: categoryName(ctx, report, c.category), value: c.unmet }))}
          locale={ctx.locale}
          small={t('reports.small')}
        />
      </figure>
      <TableBox label={t('reports.categories')}>
        <table class="utrecht-table utrecht-table--html-table samen-table samen-report__table">
          <caption class="utrecht-table__caption">{t('reports.categories')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('reports.category')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.f.requests')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.f.matches')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('reports.f.unmet')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {report.byCategory.map((c) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {categoryName(ctx, report, c.category)}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.count(c.requests)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.count(c.matches)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{fmt.count(c.unmet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <CsvLink ctx={ctx} model={model} table="categories" />
    </section>
  );
}

export function Areas({ ctx, model, report }: { ctx: ViewContext; model: Linkable; report: MarketplaceReport }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const categories = report.categories.filter((c) => report.byArea.some((a) => a.category === c.slug));
  const areas = [...new Set(report.byArea.map((a) => a.pc4))];
  const cells = new Map(report.byArea.map((a) => [`${a.pc4}|${a.category}`, a]));
  const cellOf = (pc4: string, category: string) => cells.get(`${pc4}|${category}`);
  const heatColour = heatColours(Math.max(0, ...report.byArea.map((a) => a.requests ?? 0)));
  return (
    <section aria-labelledby="per-wijk" class="samen-report__section">
      <h2 class="utrecht-heading-2" id="per-wijk">
        {t('reports.areas')}
      </h2>
      {areas.length === 0 ? (
        <Paragraph>{t('reports.noAreas')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('reports.areas.d')}</Paragraph>
          <TableBox label={t('reports.areas')}>
            <table class="utrecht-table utrecht-table--html-table samen-table samen-report__heat">
              <caption class="utrecht-table__caption">{t('reports.areas')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('reports.area')}
                  </th>
                  {categories.map((c) => (
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                      {c[ctx.locale === 'en' ? 'en' : 'nl']}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {areas.map((pc4) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {pc4}
                    </th>
                    {categories.map((c) => {
                      const cell = cellOf(pc4, c.slug);
                      return (
                        <td
                          class="utrecht-table__cell utrecht-table__cell--numeric"
                          style={`background-color: ${heatColour(cell?.requests ?? 0)}`}
                        >
                          {cell ? `${fmt.count(cell.requests)} / ${fmt.count(cell.matches)}` : '0 / 0'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </>
      )}
      <CsvLink ctx={ctx} model={model} table="areas" />
    </section>
  );
}
