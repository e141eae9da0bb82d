import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/http/env';
import { fieldErrors, type FieldErrors, invalidParams } from '../../core/http/validation';
import { formatNumber } from '../../core/i18n';
import {
  ErrorSummary,
  Heading1,
  Link,
  Pagination,
  Paragraph,
  SelectField,
  SubmitButton,
  TableBox,
  TextField,
} from '../../core/views/components';
import { type ViewContext, viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import { TEXT_LIMITS } from '../../core/vocabulary';
import { listMarketplaces } from '../marketplace';
import { type Municipality, PROVINCES, searchMunicipalities } from '../municipalities';

const PAGE_SIZE = 50;
const listQuery = z.object({
  zoek: z.string().trim().max(TEXT_LIMITS.name, 'validation.tooLong').optional(),
  provincie: z.enum(PROVINCES).optional().catch(undefined),
  /** "ja": only municipalities with a live marketplace */
  marktplaats: z.enum(['ja']).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(1000).catch(1),
});
type ListQuery = z.infer<typeof listQuery>;

/** A live marketplace, as the list shows it beside its municipality. */
interface LiveMarketplace {
  name: string;
  municipalitySlug: string;
}

function MarketplaceCell({ ctx, marketplace }: { ctx: ViewContext; marketplace: LiveMarketplace | undefined }) {
  return marketplace ? (
    <Link href={`/gemeenten/${marketplace.municipalitySlug}/marktplaats`}>{marketplace.name}</Link>
  ) : (
    <span class="samen-muted">{ctx.t('municipalities.noMarketplace')}</span>
  );
}

function MunicipalityListPage(props: {
  ctx: ViewContext;
  items: Municipality[];
  total: number;
  query: ListQuery;
  errors: FieldErrors;
  url: URL;
  live: Map<string, LiveMarketplace>;
}) {
  const { ctx, items, total, query, errors, url, live } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('municipalities.title')} hasErrors={Object.keys(errors).length > 0}>
      <Heading1>{t('municipalities.title')}</Heading1>
      <Paragraph lead>{t('municipalities.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action="/gemeenten" role="search" class="samen-form samen-filter" novalidate>
        <TextField
          name="zoek"
          type="search"
          label={t('municipalities.searchLabel')}
          value={query.zoek}
          errors={errors}
          width="medium"
        />
        <SelectField
          name="provincie"
          label={t('municipalities.provinceLabel')}
          value={query.provincie ?? ''}
          options={[
            { value: '', label: t('municipalities.allProvinces') },
            ...PROVINCES.map((name) => ({ value: name, label: name })),
          ]}
        />
        <SelectField
          name="marktplaats"
          label={t('municipalities.marketplaceFilter')}
          value={query.marktplaats ?? ''}
          options={[
            { value: '', label: t('municipalities.marketplaceAny') },
            { value: 'ja', label: t('municipalities.marketplaceLive') },
          ]}
        />
        <SubmitButton variant="secondary">{t('municipalities.searchButton')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph" role="status">
        {query.marktplaats
          ? t('municipalities.countWithMarketplace', { count: total })
          : t('municipalities.count', { count: total })}
      </p>
      {items.length > 0 && (
        <TableBox label={t('municipalities.tableCaption')}>
          <table class="utrecht-table utrecht-table--html-table samen-table">
            <caption class="utrecht-table__caption visually-hidden">{t('municipalities.tableCaption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('municipalities.name')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('municipalities.province')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('municipalities.marketplace')}
                </th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('municipalities.population')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {items.map((m) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <Link href={`/gemeenten/${m.slug}`}>{m.name}</Link>
                  </td>
                  <td class="utrecht-table__cell">{m.provinceName}</td>
                  <td class="utrecht-table__cell">
                    <MarketplaceCell ctx={ctx} marketplace={live.get(m.code)} />
                  </td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatNumber(ctx.locale, m.population)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <Pagination ctx={ctx} page={query.pagina} pageSize={PAGE_SIZE} total={total} baseUrl={url} />
      <Paragraph>
        <small>{t('layout.footer.source')}</small>
      </Paragraph>
    </Layout>
  );
}

/**
 * The list of all 342 municipalities, with search, a province filter, and which of them have a
 * live marketplace (and a filter on that). It composes the reference data with the marketplaces,
 * so it lives here and not in the municipalities module.
 */
export function registerMunicipalityList(app: Hono<AppEnv>) {
  app.get('/gemeenten', async (c) => {
    const url = new URL(c.req.url);
    const parsed = listQuery.safeParse(c.req.query());
    const query: ListQuery = parsed.success ? parsed.data : { pagina: 1 };
    const errors = parsed.success ? {} : fieldErrors(invalidParams(parsed.error, c.var.t));
    const { db } = c.var.deps;
    const live = new Map(
      (await listMarketplaces(db)).filter((m) => m.status === 'live').map((m) => [m.municipalityCode, m]),
    );
    const result = await searchMunicipalities(db, {
      search: query.zoek,
      province: query.provincie,
      codes: query.marktplaats ? [...live.keys()] : undefined,
      page: query.pagina,
      pageSize: PAGE_SIZE,
    });
    return c.html(
      <MunicipalityListPage
        ctx={viewContext(c)}
        items={result.items}
        total={result.total}
        query={query}
        errors={errors}
        url={url}
        live={live}
      />,
      parsed.success ? 200 : 400,
    );
  });
}
