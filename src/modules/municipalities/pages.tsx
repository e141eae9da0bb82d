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
  TextField,
} from '../../core/views/components';
import { type ViewContext, viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import { TEXT_LIMITS } from '../../core/vocabulary';
import { type Municipality, searchMunicipalities } from './queries';
import { PROVINCES } from './rules';

const listQuery = z.object({
  zoek: z.string().trim().max(TEXT_LIMITS.name, 'validation.tooLong').optional(),
  provincie: z.enum(PROVINCES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(1000).catch(1),
});

function MunicipalityListPage({
  ctx,
  items,
  total,
  query,
  errors,
  url,
}: {
  ctx: ViewContext;
  items: Municipality[];
  total: number;
  query: { zoek?: string | undefined; provincie?: string | undefined; pagina: number };
  errors: FieldErrors;
  url: URL;
}) {
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
        <SubmitButton variant="secondary">{t('municipalities.searchButton')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph" role="status">
        {t('municipalities.count', { count: total })}
      </p>
      {items.length > 0 && (
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
                <td class="utrecht-table__cell utrecht-table__cell--numeric">
                  {formatNumber(ctx.locale, m.population)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination ctx={ctx} page={query.pagina} pageSize={50} total={total} baseUrl={url} />
      <Paragraph>
        <small>{t('layout.footer.source')}</small>
      </Paragraph>
    </Layout>
  );
}

/** The list of all 342 municipalities, with search and province filter. */
export function registerMunicipalityPages(app: Hono<AppEnv>) {
  app.get('/gemeenten', async (c) => {
    const url = new URL(c.req.url);
    const parsed = listQuery.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : { zoek: undefined, provincie: undefined, pagina: 1 };
    const errors = parsed.success ? {} : fieldErrors(invalidParams(parsed.error, c.var.t));
    const result = await searchMunicipalities(c.var.deps.db, {
      search: query.zoek,
      province: query.provincie,
      page: query.pagina,
      pageSize: 50,
    });
    return c.html(
      <MunicipalityListPage
        ctx={viewContext(c)}
        items={result.items}
        total={result.total}
        query={query}
        errors={errors}
        url={url}
      />,
      parsed.success ? 200 : 400,
    );
  });
}
