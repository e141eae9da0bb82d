import { can, isOfficialOf } from '../../../core/authz';
import type { FieldErrors } from '../../../core/http/validation';
import {
  ErrorSummary,
  Heading1,
  Link,
  Pagination,
  Paragraph,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { ModerationLink } from '../moderation/views';
import { KIND_PATHS, marketplacePath, reportPath } from '../paths';
import { PostCard } from '../posts/views';
import { CATEGORIES, POST_KINDS, type PostKind } from '../rules';
import type { Marketplace, Neighbour } from '../settings/queries';
import { logoUrl, themeOf } from '../settings/theme';
import type { PostHit } from './search';
import { SaveSearchForm } from '../alerts/views';

/** What the search form on a marketplace's page holds. */
export interface SearchValues {
  zoek?: string | undefined;
  categorie?: string | undefined;
  postcode?: string | undefined;
  afstand?: string | undefined;
  sorteer?: string | undefined;
  pagina: number;
}

/** A marketplace's page for one kind of post: its search form and what it finds. */
export function MarketplacePage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  kind: PostKind;
  values: SearchValues;
  errors: FieldErrors;
  items: PostHit[];
  total: number;
  /** false: more than `total` were found (the count stops at 500) */
  totalIsExact: boolean;
  fuzzy: boolean;
  url: URL;
  neighbours: Neighbour[];
}) {
  const { ctx, marketplace, kind, values, errors, items, total, totalIsExact, fuzzy, url, neighbours } = props;
  const { t } = ctx;
  const base = marketplacePath(marketplace);
  const categories = CATEGORIES.filter((c) => !marketplace.disabledCategories.includes(c));
  return (
    <Layout
      ctx={ctx}
      title={`${marketplace.name}: ${t(`market.kinds.${kind}`)}`}
      hasErrors={Object.keys(errors).length > 0}
      theme={themeOf(marketplace)}
    >
      <div class="samen-marketplace-title">
        {/* decorative: the name is right beside it */}
        {marketplace.hasLogo && <img src={logoUrl(marketplace) ?? ''} alt="" height="56" />}
        <Heading1>{marketplace.name}</Heading1>
      </div>
      <Paragraph lead>
        {t('market.intro', { name: marketplace.municipalityName, operator: marketplace.operatorName })}
      </Paragraph>
      {marketplace.status === 'paused' && <Paragraph>{t('market.paused')}</Paragraph>}
      <div class="samen-button-row">
        {marketplace.status === 'live' && (
          <>
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={`${base}/nieuw?soort=request`}
            >
              {t('market.askHelp')}
            </a>
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={`${base}/nieuw?soort=offer`}
            >
              {t('market.offerHelp')}
            </a>
            {/* Vacancies are placed on behalf of an organisation: only its members see the way in. */}
            {ctx.actor.kind === 'account' && ctx.actor.memberships.length > 0 && (
              <a
                class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                href={`${base}/nieuw?soort=vacancy`}
              >
                {t('market.new.vacancy')}
              </a>
            )}
          </>
        )}
        <Link href="/mijn-samen">{t('market.mySamen')}</Link>
        <ModerationLink ctx={ctx} marketplace={marketplace} />
        <ReportLink ctx={ctx} marketplace={marketplace} />
      </div>
      <nav aria-label={t('market.kindsLabel')} class="samen-tabs">
        <ul class="samen-nav__list">
          {POST_KINDS.map((k) => (
            <li>
              <a
                class="utrecht-link utrecht-link--html-a"
                href={`${base}${KIND_PATHS[k]}`}
                aria-current={k === kind ? 'page' : undefined}
              >
                {t(`market.kinds.${k}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action={url.pathname} role="search" class="samen-form samen-filter" novalidate>
        <TextField
          name="zoek"
          type="search"
          label={t('market.searchLabel')}
          value={values.zoek}
          errors={errors}
          width="medium"
        />
        <SelectField
          name="categorie"
          label={t('market.category')}
          value={values.categorie ?? ''}
          options={[
            { value: '', label: t('market.allCategories') },
            ...categories.map((c) => ({ value: c, label: t(`category.${c}`) })),
          ]}
        />
        <TextField
          name="postcode"
          label={t('market.near')}
          hint={t('market.nearHint')}
          value={values.postcode}
          errors={errors}
          width="short"
          maxlength={7}
        />
        <SelectField
          name="afstand"
          label={t('market.radius')}
          value={values.afstand ?? '5'}
          options={['2', '5', '10', '25'].map((km) => ({ value: km, label: `${km} km` }))}
        />
        <SelectField
          name="sorteer"
          label={t('market.sort')}
          value={values.sorteer ?? 'relevance'}
          options={['relevance', 'distance', 'date'].map((s) => ({ value: s, label: t(`market.sortBy.${s}`) }))}
        />
        <SubmitButton variant="secondary">{t('municipalities.searchButton')}</SubmitButton>
      </form>
      <h2 class="utrecht-heading-2" id="resultaten">
        {t(`market.kinds.${kind}`)}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {fuzzy
          ? t(totalIsExact ? 'market.fuzzy' : 'market.fuzzyMore', { count: total })
          : t(totalIsExact ? 'market.count' : 'market.countMore', { count: total })}
      </p>
      {neighbours.length > 0 ? (
        <p class="utrecht-paragraph">
          {t('market.withNeighbours')}{' '}
          {neighbours.map((n, index) => (
            <>
              {index > 0 ? ', ' : ''}
              <Link href={marketplacePath(n)}>{n.name}</Link>
            </>
          ))}
          .
        </p>
      ) : null}
      <ul class="samen-card-list">
        {items.map((post) => (
          <PostCard ctx={ctx} post={post} home={marketplace.municipalityCode} />
        ))}
      </ul>
      <Pagination ctx={ctx} page={values.pagina} pageSize={20} total={total} baseUrl={url} />
      <SaveSearchForm
        ctx={ctx}
        kind={kind}
        municipalityCode={marketplace.municipalityCode}
        values={{ ...values, afstand: values.afstand ?? '5' }}
      />
    </Layout>
  );
}

/** The report, for those who may read it: the beheerders, the municipality's officials and the operator. */
function ReportLink({ ctx, marketplace }: { ctx: ViewContext; marketplace: Marketplace }) {
  const { actor } = ctx;
  const mayRead =
    can(actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId }) ||
    (actor.kind === 'account' && isOfficialOf(actor, marketplace.municipalityCode));
  return mayRead ? <Link href={reportPath(marketplace)}>{ctx.t('market.reportLink')}</Link> : null;
}
