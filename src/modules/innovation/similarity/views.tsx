import { Heading1, Link, Pagination, Paragraph } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { InitiativeCard, Section } from '../parts';
import type { Cluster, SimilarItem } from './present';

function SimilarMeta({ ctx, item }: { ctx: ViewContext; item: SimilarItem }) {
  const { t } = ctx;
  return (
    <p class="samen-meta">
      {item.municipalityName} · {t(`phase.${item.phase}`)} ·{' '}
      {t('similar.score', { percent: Math.round(item.score * 100) })}
    </p>
  );
}

/**
 * "Lijkt op:": the initiatives most like what is being typed. Filled by the server after
 * "Controleer op vergelijkbare initiatieven", and live while typing when JavaScript runs.
 */
export function SimilarPanel(props: { ctx: ViewContext; items: SimilarItem[]; checked: boolean; exclude?: string }) {
  const { ctx, items, checked, exclude } = props;
  const { t } = ctx;
  return (
    <aside class="samen-aside" aria-labelledby="lijkt-op-titel" data-module="similar-panel" data-exclude={exclude}>
      <h2 class="utrecht-heading-2" id="lijkt-op-titel">
        {t('similar.title')}
      </h2>
      <div aria-live="polite" data-similar-results>
        <SimilarResults ctx={ctx} items={items} checked={checked} />
      </div>
    </aside>
  );
}

/** The panel's contents; also served alone to the live panel while someone types. */
export function SimilarResults({ ctx, items, checked }: { ctx: ViewContext; items: SimilarItem[]; checked: boolean }) {
  const { t } = ctx;
  return (
    <>
      <p class="utrecht-paragraph">
        {!checked
          ? t('similar.hint')
          : items.length === 0
            ? t('similar.none')
            : t('similar.found', { count: items.length })}
      </p>
      <ul class="samen-card-list">
        {items.map((item) => (
          <li class="samen-card">
            <Link href={`/innovatie/${item.id}`}>{item.title}</Link>
            <SimilarMeta ctx={ctx} item={item} />
            <Link href={`/innovatie/${item.id}#meedoen`}>{t('similar.join')}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** On an initiative's page: the initiatives most like it. */
export function SimilarSection({ ctx, similar }: { ctx: ViewContext; similar: SimilarItem[] }) {
  const { t } = ctx;
  return (
    <Section id="vergelijkbaar" title={t('initiativePage.similar')}>
      {similar.length === 0 ? (
        <Paragraph>{t('similar.none')}</Paragraph>
      ) : (
        <ul class="samen-card-list">
          {similar.map((item) => (
            <li class="samen-card">
              <Link href={`/innovatie/${item.id}`}>{item.title}</Link>
              <SimilarMeta ctx={ctx} item={item} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/**
 * Who is reinventing the same wheel: groups of similar initiatives, largest first, a page at a
 * time. Each group is folded (`<details>`): its summary says how many initiatives in how many
 * municipalities, and on which themes; opened, it lists them with a way to get in touch.
 */
export function ClustersPage(props: {
  ctx: ViewContext;
  clusters: Cluster[];
  total: number;
  page: number;
  pageSize: number;
  url: URL;
}) {
  const { ctx, clusters, total, page, pageSize, url } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('clusters.title')}>
      <Heading1>{t('clusters.title')}</Heading1>
      <Paragraph lead>{t('clusters.intro')}</Paragraph>
      {total === 0 ? (
        <Paragraph>{t('clusters.empty')}</Paragraph>
      ) : (
        <Paragraph>
          {t('clusters.total', { count: total })}. {t('clusters.open')}
        </Paragraph>
      )}
      {clusters.map((cluster) => {
        const municipalities = new Set(cluster.members.map((m) => m.municipalityName));
        return (
          <details class="samen-cluster">
            <summary>
              <h2 class="utrecht-heading-3 samen-cluster__heading">
                {t('clusters.heading', { count: cluster.members.length, municipalities: municipalities.size })}
              </h2>
              <span class="samen-meta">
                {t('innovation.themes')}: {cluster.sharedThemes.map((theme) => t(`theme.${theme}`)).join(', ')}
              </span>
            </summary>
            <Paragraph>{t('clusters.invitation')}</Paragraph>
            <ul class="samen-card-list">
              {cluster.members.map((initiative) => (
                <InitiativeCard
                  ctx={ctx}
                  initiative={initiative}
                  action={{ href: `/innovatie/${initiative.id}/contact`, label: t('contact.title') }}
                />
              ))}
            </ul>
          </details>
        );
      })}
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} baseUrl={url} />
    </Layout>
  );
}
