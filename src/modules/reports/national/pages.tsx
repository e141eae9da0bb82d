import { dayIn } from '../../../core/i18n/dates';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import { forAccount } from '../../../core/http/forms';
import { Heading1, Link, Paragraph, TableBox } from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { listMarketplaces } from '../../marketplace';
import { assertOperator } from '../access';
import { presetPeriod } from '../period';
import type { Figures } from '../report/figures';
import { type NationalReport, nationalReport } from '../report/load';
import { useFormat } from '../pages/format';

/** The columns of the national table, each sortable. */
const COLUMNS: [string, (f: Figures) => number | null][] = [
  ['requests', (f) => f.posts.request],
  ['offers', (f) => f.posts.offer],
  ['responses', (f) => f.responses],
  ['matches', (f) => f.matches],
  ['activeVolunteers', (f) => f.activeVolunteers],
  ['unmet', (f) => f.unmetRequests],
  ['socialValue', (f) => f.socialValueEuros],
];

const SortQuery = z.object({
  sorteer: z.enum(['name', ...COLUMNS.map(([key]) => key)] as [string, ...string[]]).catch('name'),
  richting: z.enum(['op', 'af']).catch('op'),
});

interface NationalModel {
  report: NationalReport;
  names: Map<string, { name: string; slug: string }>;
  sort: z.infer<typeof SortQuery>;
}

function NationalPage({ ctx, model }: { ctx: ViewContext; model: NationalModel }) {
  const { t } = ctx;
  const fmt = useFormat(ctx);
  const { report, names, sort } = model;
  const pick = COLUMNS.find(([key]) => key === sort.sorteer)?.[1];
  const rows = [...report.rows].sort((a, b) => {
    const order = pick
      ? (pick(a.figures) ?? 2.5) - (pick(b.figures) ?? 2.5) // "< 5" sorts between 0 and 5
      : (names.get(a.code)?.name ?? a.code).localeCompare(names.get(b.code)?.name ?? b.code, 'nl');
    return sort.richting === 'af' ? -order : order;
  });
  const header = (key: string, label: string) => {
    const active = sort.sorteer === key;
    const next = active && sort.richting === 'op' ? 'af' : 'op';
    return (
      <th
        class="utrecht-table__header-cell utrecht-table__header-cell--numeric"
        scope="col"
        aria-sort={active ? (sort.richting === 'op' ? 'ascending' : 'descending') : undefined}
      >
        <Link href={`/cijfers?sorteer=${key}&richting=${next}`}>{label}</Link>
      </th>
    );
  };
  const show = (key: string, value: number | null) => (key === 'socialValue' ? fmt.euros(value) : fmt.count(value));
  return (
    <Layout ctx={ctx} title={t('national.title')}>
      <Heading1>{t('national.title')}</Heading1>
      <Paragraph lead>
        {t('national.lead', { from: fmt.month(report.period.from), to: fmt.month(report.period.to) })}
      </Paragraph>
      <Paragraph>{t('reports.protected')}</Paragraph>
      <TableBox label={t('national.title')}>
        <table class="utrecht-table utrecht-table--html-table samen-table">
          <caption class="utrecht-table__caption">{t('national.caption')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {header('name', t('national.marketplace'))}
              {COLUMNS.map(([key]) => header(key, t(`reports.f.${key}`)))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row) => {
              const marketplace = names.get(row.code);
              return (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {marketplace ? (
                      <Link href={`/gemeenten/${marketplace.slug}/marktplaats/rapportage`}>{marketplace.name}</Link>
                    ) : (
                      row.code
                    )}
                  </th>
                  {COLUMNS.map(([key, value]) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{show(key, value(row.figures))}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {t('national.total')}
              </th>
              {COLUMNS.map(([key, value]) => (
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{show(key, value(report.total))}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableBox>
      <Paragraph>{t('national.totals')}</Paragraph>
    </Layout>
  );
}

/** The national figures for the platform operator: every marketplace side by side, sortable without JavaScript. */
export function registerNationalPages(app: Hono<AppEnv>) {
  app.get(
    '/cijfers',
    forAccount(async (c, actor) => {
      assertOperator(actor);
      const now = c.var.deps.clock.now();
      const report = await nationalReport(c.var.deps.db, presetPeriod('this-year', dayIn(now)), now);
      const marketplaces = await listMarketplaces(c.var.deps.db);
      const names = new Map(marketplaces.map((m) => [m.municipalityCode, { name: m.name, slug: m.municipalitySlug }]));
      const sort = SortQuery.parse(c.req.query());
      return c.html(<NationalPage ctx={viewContext(c)} model={{ report, names, sort }} />);
    }),
  );
}
