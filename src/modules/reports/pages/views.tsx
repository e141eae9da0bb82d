import type { FieldErrors } from '../../../core/http/validation';
import {
  Breadcrumbs,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TableBox,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { addMonths, type Period, PERIOD_PRESETS, type PeriodPreset } from '../period';
import { summaryRows } from '../report/csv';
import type { MarketplaceReport } from '../report/load';
import { useFormat } from './format';
import { Areas, Categories, CsvLink, Funnel, Months, periodQuery, reportPath } from './sections';

export { reportPath };

export interface ReportPageModel {
  name: string;
  slug: string;
  /** the report; absent when the period asked for cannot be shown (then `errors` says why) */
  report?: MarketplaceReport;
  errors?: FieldErrors;
  values: { van?: string; tot?: string };
  presets: { preset: PeriodPreset; period: Period }[];
  /** months to choose from, newest first, as 'YYYY-MM' */
  months: string[];
  canChangeSettings: boolean;
}

function PeriodForm({ ctx, model }: { ctx: ViewContext; model: ReportPageModel }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const options = model.months.map((month) => ({ value: month, label: fmt.month(`${month}-01`) }));
  return (
    <section class="samen-report__period" aria-labelledby="periode">
      <h2 class="utrecht-heading-2" id="periode">
        {t('reports.period')}
      </h2>
      <ul class="samen-report__presets">
        {model.presets.map(({ preset, period }) => (
          <li>
            <Link href={`${reportPath(model.slug)}?${periodQuery(period)}`}>{t(`reports.preset.${preset}`)}</Link>
          </li>
        ))}
      </ul>
      <form method="get" action={reportPath(model.slug)} class="samen-form samen-report__custom">
        <SelectField
          name="van"
          label={t('reports.periodFrom')}
          options={options}
          value={model.values.van}
          errors={model.errors}
        />
        <SelectField
          name="tot"
          label={t('reports.periodTo')}
          options={options}
          value={model.values.tot}
          errors={model.errors}
        />
        <SubmitButton variant="secondary">{t('reports.show')}</SubmitButton>
      </form>
    </section>
  );
}

function Headline({ ctx, report }: { ctx: ViewContext; report: MarketplaceReport }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const durations = new Set(['firstResponseMedian', 'firstResponseP90', 'matchDaysMedian', 'matchDaysP90']);
  const show = (key: string, value: number | null) =>
    key === 'socialValue' ? fmt.euros(value) : durations.has(key) ? fmt.decimal(value) : fmt.count(value);
  return (
    <TableBox label={t('reports.headline')}>
      <table class="utrecht-table utrecht-table--html-table samen-table samen-report__table">
        <caption class="utrecht-table__caption">{t('reports.headline')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('reports.figure')}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('reports.value')}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('reports.previousValue')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t('reports.definition')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {summaryRows(report).map(([key, value, previous]) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {t(`reports.f.${key}`)}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{show(key, value)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{show(key, previous)}</td>
              <td class="utrecht-table__cell samen-report__definition">
                {t(`reports.f.${key}.d`, { euros: fmt.euros(report.socialValuePerMatch) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

function SettingsForm({ ctx, model, report }: { ctx: ViewContext; model: ReportPageModel; report: MarketplaceReport }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="waarde" class="samen-report__section samen-report__settings">
      <h2 class="utrecht-heading-2" id="waarde">
        {t('reports.settings')}
      </h2>
      <Form ctx={ctx} action={`${reportPath(model.slug)}/waarde`} label={t('reports.settings')}>
        <TextField
          name="euros"
          label={t('reports.settings')}
          hint={t('reports.settings.hint')}
          value={model.errors?.euros ? undefined : String(report.socialValuePerMatch)}
          errors={model.errors}
          inputmode="numeric"
        />
        <SubmitButton variant="secondary">{t('reports.settings.save')}</SubmitButton>
      </Form>
    </section>
  );
}

export function ReportPage({ ctx, model }: { ctx: ViewContext; model: ReportPageModel }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const { report } = model;
  const hasErrors = Boolean(model.errors && Object.keys(model.errors).length);
  return (
    <Layout ctx={ctx} title={t('reports.title', { name: model.name })} hasErrors={hasErrors}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: `/gemeenten/${model.slug}/marktplaats`, label: model.name },
          { href: reportPath(model.slug), label: t('reports.title', { name: '' }).trim() },
        ]}
      />
      {hasErrors && model.errors && <ErrorSummary ctx={ctx} errors={model.errors} />}
      <Heading1>{t('reports.title', { name: model.name })}</Heading1>
      <Paragraph lead>{t('reports.lead')}</Paragraph>
      <PeriodForm ctx={ctx} model={model} />
      {report && (
        <>
          <Paragraph>
            {t('reports.periodLine', {
              from: fmt.month(report.period.from),
              to: fmt.month(report.period.to),
              previousFrom: fmt.month(report.previousPeriod.from),
              previousTo: fmt.month(addMonths(report.previousPeriod.to, 0)),
            })}{' '}
            {t(report.audience === 'full' ? 'reports.full' : 'reports.protected')}
          </Paragraph>
          <Headline ctx={ctx} report={report} />
          <CsvLink ctx={ctx} model={model} table="summary" />
          <Funnel ctx={ctx} report={report} />
          <Months ctx={ctx} model={model} report={report} />
          <Categories ctx={ctx} model={model} report={report} />
          <Areas ctx={ctx} model={model} report={report} />
          {model.canChangeSettings && <SettingsForm ctx={ctx} model={model} report={report} />}
          <Paragraph>{t('reports.print')}</Paragraph>
        </>
      )}
    </Layout>
  );
}

export const presetsFor = (today: string, preset: (p: PeriodPreset, today: string) => Period) =>
  PERIOD_PRESETS.map((p) => ({ preset: p, period: preset(p, today) }));
