import type { Hono } from 'hono';
import type { AppEnv } from '../../core/http/env';
import { notFound } from '../../core/errors';
import { formatNumber } from '../../core/i18n';
import { Breadcrumbs, DataList, Heading1, Link, Paragraph } from '../../core/views/components';
import { type ViewContext, viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import { initiativesOfMunicipality } from '../innovation';
import { marketplaceOf, nearestMarketplaces } from '../marketplace';
import { organisationsIn } from '../organisations';
import { adoptionsOfMunicipality, type MunicipalityAdoption } from '../scale-up';
import { type Municipality, municipalityBySlug } from '../municipalities';

/** Type, phase and (for another's initiative) its municipality; once each: a pilot in the phase pilot is "Pilot". */
const facts = (t: ViewContext['t'], i: { type: string; phase: string; municipalityName: string }, relation: string) =>
  [...new Set([t(`initiativeType.${i.type}`), t(`phase.${i.phase}`), relation === 'leads' ? '' : i.municipalityName])]
    .filter(Boolean)
    .join(', ');

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
  services,
}: {
  ctx: ViewContext;
  services: MunicipalityAdoption[];
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
                      <span class="samen-muted">({facts(t, i, relation)})</span>
                    </li>
                  ))}
                </ul>
              </>
            );
          })
        )}
      </section>
      {services.length === 0 ? (
        <EmptySection
          id="voorzieningen"
          title={t('municipality.servicesTitle')}
          text={t('municipality.servicesEmpty', { name: municipality.name })}
        />
      ) : (
        <section aria-labelledby="voorzieningen" class="samen-section">
          <h2 class="utrecht-heading-2" id="voorzieningen">
            {t('municipality.servicesTitle')}
          </h2>
          <ul class="utrecht-unordered-list">
            {services.map((service) => (
              <li class="utrecht-unordered-list__item">
                <Link href={`/opschalen/voorzieningen/${service.serviceSlug}/gemeenten/${municipality.code}`}>
                  {service.serviceName}
                </Link>{' '}
                <span class="samen-muted">({t(`scaleUp.stage.${service.stage}`)})</span>
              </li>
            ))}
          </ul>
          <Paragraph>
            <Link href="/opschalen/voorzieningen">{t('municipality.servicesAll')}</Link>
          </Paragraph>
        </section>
      )}
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

/** A municipality's page: what happens there in both halves of Samen. */
export function registerMunicipalityPage(app: Hono<AppEnv>) {
  app.get('/gemeenten/:slug', async (c) => {
    const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug'));
    if (!municipality) throw notFound('problem.municipalityNotFound');
    const organisations = await organisationsIn(c.var.deps.db, municipality.code);
    const initiatives = await initiativesOfMunicipality(c.var.deps.db, municipality.code);
    const live = await marketplaceOf(c.var.deps.db, municipality.code);
    const nearest = live ? [] : await nearestMarketplaces(c.var.deps.db, municipality.code, 3);
    const services = await adoptionsOfMunicipality(c.var.deps.db, municipality.code);
    return c.html(
      <MunicipalityPage
        ctx={viewContext(c)}
        municipality={municipality}
        organisations={organisations}
        initiatives={initiatives}
        marketplace={{ live, nearest }}
        services={services}
      />,
    );
  });
}
