import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/http/env';
import { notFound } from '../../core/http/problem';
import { fieldErrors, type FieldErrors, invalidParams } from '../../core/http/validation';
import { postcode4 } from '../../core/http/fields';
import { formatNumber } from '../../core/i18n';
import {
  Breadcrumbs,
  DataList,
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
import { initiativesOfMunicipality } from '../innovation';
import { marketplaceOf, nearestMarketplaces } from '../marketplace';
import { organisationsIn } from '../organisations';
import { type Municipality, municipalityBySlug, postcodeLookup, searchMunicipalities } from './queries';
import { PROVINCES } from './rules';

function PostcodeForm({ ctx, errors, value }: { ctx: ViewContext; errors: FieldErrors; value?: string | undefined }) {
  return (
    <form method="get" action="/postcode" novalidate class="samen-form samen-postcode-form">
      <TextField
        name="postcode"
        label={ctx.t('home.postcodeLabel')}
        hint={ctx.t('home.postcodeHint')}
        value={value}
        errors={errors}
        autocomplete="postal-code"
        inputmode="text"
        width="short"
        maxlength={7}
      />
      <SubmitButton>{ctx.t('home.postcodeButton')}</SubmitButton>
    </form>
  );
}

function HomePage({ ctx, errors, value }: { ctx: ViewContext; errors: FieldErrors; value?: string | undefined }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')} hasErrors={Object.keys(errors).length > 0}>
      <div class="samen-hero">
        <Heading1>{t('home.heading')}</Heading1>
        <Paragraph lead>{t('home.intro')}</Paragraph>
        <ErrorSummary ctx={ctx} errors={errors} />
        <PostcodeForm ctx={ctx} errors={errors} value={value} />
      </div>
      <div class="samen-columns">
        <section aria-labelledby="helpen">
          <h2 class="utrecht-heading-2" id="helpen">
            {t('home.helpTitle')}
          </h2>
          <Paragraph>{t('home.helpText')}</Paragraph>
        </section>
        <section aria-labelledby="innoveren">
          <h2 class="utrecht-heading-2" id="innoveren">
            {t('home.innovateTitle')}
          </h2>
          <Paragraph>{t('home.innovateText')}</Paragraph>
        </section>
      </div>
      <Paragraph>
        <Link href="/gemeenten">{t('home.allMunicipalities')}</Link>
      </Paragraph>
    </Layout>
  );
}

const listQuery = z.object({
  zoek: z.string().trim().max(100, 'validation.tooLong').optional(),
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

function EmptySection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={id} class="samen-section">
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      <Paragraph>{text}</Paragraph>
    </section>
  );
}

function MunicipalityPage({
  ctx,
  municipality,
  organisations,
  initiatives,
  marketplace,
}: {
  ctx: ViewContext;
  municipality: Municipality;
  organisations: Awaited<ReturnType<typeof organisationsIn>>;
  initiatives: Awaited<ReturnType<typeof initiativesOfMunicipality>>;
  marketplace: { live: { name: string } | undefined; nearest: Awaited<ReturnType<typeof nearestMarketplaces>> };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('municipality.title', { name: municipality.name })}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: '/', label: t('layout.nav.home') },
          { href: '/gemeenten', label: t('layout.nav.municipalities') },
        ]}
      />
      <Heading1>{t('municipality.title', { name: municipality.name })}</Heading1>
      <DataList
        items={[
          { key: t('municipality.province'), value: municipality.provinceName },
          {
            key: t('municipality.population'),
            value: t('municipality.populationValue', { count: formatNumber(ctx.locale, municipality.population) }),
          },
          { key: t('municipality.postcodes'), value: formatNumber(ctx.locale, municipality.postcodeCount) },
          { key: t('municipality.code'), value: municipality.code },
        ]}
      />
      <section aria-labelledby="marktplaats" class="samen-section">
        <h2 class="utrecht-heading-2" id="marktplaats">
          {t('municipality.marketplaceTitle')}
        </h2>
        {marketplace.live ? (
          <>
            <Paragraph>{t('municipality.marketplaceLive', { name: marketplace.live.name })}</Paragraph>
            <Paragraph>
              <Link href={`/gemeenten/${municipality.slug}/marktplaats`}>
                {t('municipality.marketplaceLink', { name: marketplace.live.name })}
              </Link>
            </Paragraph>
          </>
        ) : (
          <>
            <Paragraph>{t('municipality.marketplaceEmpty', { name: municipality.name })}</Paragraph>
            {marketplace.nearest.length > 0 && (
              <>
                <Paragraph>{t('municipality.marketplaceNearest')}</Paragraph>
                <ul class="utrecht-unordered-list">
                  {marketplace.nearest.map((m) => (
                    <li class="utrecht-unordered-list__item">
                      <Link href={`/gemeenten/${m.municipalitySlug}/marktplaats`}>{m.name}</Link>{' '}
                      <span class="samen-muted">({formatNumber(ctx.locale, m.km)} km)</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="initiatieven" class="samen-section">
        <h2 class="utrecht-heading-2" id="initiatieven">
          {t('municipality.initiativesTitle')}
        </h2>
        {initiatives.length === 0 ? (
          <Paragraph>{t('municipality.initiativesEmpty', { name: municipality.name })}</Paragraph>
        ) : (
          (['leads', 'co-developer', 'follower'] as const).map((relation) => {
            const group = initiatives.filter((i) => i.relation === relation);
            return group.length === 0 ? null : (
              <>
                <h3 class="utrecht-heading-3">{t(`municipality.initiatives.${relation}`, { count: group.length })}</h3>
                <ul class="utrecht-unordered-list">
                  {group.map((i) => (
                    <li class="utrecht-unordered-list__item">
                      <Link href={`/innovatie/${i.id}`}>{i.title}</Link>{' '}
                      <span class="samen-muted">
                        ({t(`initiativeType.${i.type}`)}, {t(`phase.${i.phase}`)}
                        {relation === 'leads' ? '' : `, ${i.municipalityName}`})
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            );
          })
        )}
      </section>
      <EmptySection
        id="voorzieningen"
        title={t('municipality.servicesTitle')}
        text={t('municipality.servicesEmpty', { name: municipality.name })}
      />
      <section aria-labelledby="organisaties" class="samen-section">
        <h2 class="utrecht-heading-2" id="organisaties">
          {t('municipality.organisationsTitle')}
        </h2>
        {organisations.length === 0 ? (
          <Paragraph>{t('municipality.organisationsEmpty', { name: municipality.name })}</Paragraph>
        ) : (
          <ul class="utrecht-unordered-list">
            {organisations.map((o) => (
              <li class="utrecht-unordered-list__item">
                {o.name} <span class="samen-muted">({t(`organisationType.${o.type}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

export function registerMunicipalityPages(app: Hono<AppEnv>) {
  app.get('/', (c) => c.html(<HomePage ctx={viewContext(c)} errors={{}} />));

  // The home page form: a known postcode leads to its municipality; anything else gets a clear message.
  app.get('/postcode', async (c) => {
    const raw = c.req.query('postcode');
    const parsed = postcode4().safeParse(raw?.trim() ? raw : undefined);
    const ctx = viewContext(c);
    if (!parsed.success) {
      return c.html(
        <HomePage
          ctx={ctx}
          errors={fieldErrors(invalidParams(parsed.error, c.var.t).map((param) => ({ ...param, name: 'postcode' })))}
          value={raw}
        />,
        400,
      );
    }
    const found = await postcodeLookup(c.var.deps.db, parsed.data);
    if (!found) {
      return c.html(
        <HomePage
          ctx={ctx}
          errors={{ postcode: c.var.t('validation.postcodeUnknown', { pc4: parsed.data }) }}
          value={raw}
        />,
        404,
      );
    }
    return c.redirect(`/gemeenten/${found.municipalitySlug}`, 303);
  });

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

  app.get('/gemeenten/:slug', async (c) => {
    const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug'));
    if (!municipality) throw notFound('problem.municipalityNotFound');
    const organisations = await organisationsIn(c.var.deps.db, municipality.code);
    const initiatives = await initiativesOfMunicipality(c.var.deps.db, municipality.code);
    const live = await marketplaceOf(c.var.deps.db, municipality.code);
    const nearest = live ? [] : await nearestMarketplaces(c.var.deps.db, municipality.code, 3);
    return c.html(
      <MunicipalityPage
        ctx={viewContext(c)}
        municipality={municipality}
        organisations={organisations}
        initiatives={initiatives}
        marketplace={{ live, nearest }}
      />,
    );
  });
}
