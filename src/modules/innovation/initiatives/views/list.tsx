import type { FieldErrors } from '../../../../core/http/validation';
import {
  ErrorSummary,
  Heading1,
  Link,
  Pagination,
  Paragraph,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../../core/views/components';
import type { ViewContext } from '../../../../core/views/context';
import { Layout } from '../../../../core/views/layout';
import { PROVINCES } from '../../../municipalities';
import { InitiativeCard, optionsOf } from '../../parts';
import { INITIATIVE_TYPES, PHASES, THEMES } from '../../vocabulary';
import type { InitiativeSummary } from '../queries';

export interface ListQuery {
  zoek?: string | undefined;
  soort?: string | undefined;
  thema?: string | undefined;
  fase?: string | undefined;
  gemeente?: string | undefined;
  provincie?: string | undefined;
  pagina: number;
}

export function InitiativeListPage(props: {
  ctx: ViewContext;
  items: InitiativeSummary[];
  total: number;
  query: ListQuery;
  errors: FieldErrors;
  municipalities: { code: string; name: string }[];
  url: URL;
  pageSize: number;
}) {
  const { ctx, items, total, query, errors, municipalities, url, pageSize } = props;
  const { t } = ctx;
  const all = (label: string) => ({ value: '', label });
  return (
    <Layout ctx={ctx} title={t('innovation.title')} hasErrors={Object.keys(errors).length > 0}>
      <Heading1>{t('innovation.title')}</Heading1>
      <Paragraph lead>{t('innovation.intro')}</Paragraph>
      <div class="samen-button-row">
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href="/innovatie/nieuw"
        >
          {t('innovation.submitLink')}
        </a>
        <Link href="/innovatie/clusters">{t('innovation.clustersLink')}</Link>
      </div>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action="/innovatie" role="search" class="samen-form samen-filter" novalidate>
        <TextField
          name="zoek"
          type="search"
          label={t('innovation.searchLabel')}
          value={query.zoek}
          errors={errors}
          width="medium"
        />
        <SelectField
          name="soort"
          label={t('innovation.typeLabel')}
          value={query.soort ?? ''}
          options={[all(t('innovation.allTypes')), ...optionsOf(ctx, 'initiativeType', INITIATIVE_TYPES)]}
        />
        <SelectField
          name="thema"
          label={t('innovation.themeLabel')}
          value={query.thema ?? ''}
          options={[all(t('innovation.allThemes')), ...optionsOf(ctx, 'theme', THEMES)]}
        />
        <SelectField
          name="fase"
          label={t('innovation.phaseLabel')}
          value={query.fase ?? ''}
          options={[all(t('innovation.allPhases')), ...optionsOf(ctx, 'phase', PHASES)]}
        />
        <SelectField
          name="gemeente"
          label={t('innovation.municipalityLabel')}
          value={query.gemeente ?? ''}
          options={[
            all(t('innovation.allMunicipalities')),
            ...municipalities.map((m) => ({ value: m.code, label: m.name })),
          ]}
        />
        <SelectField
          name="provincie"
          label={t('municipalities.provinceLabel')}
          value={query.provincie ?? ''}
          options={[all(t('municipalities.allProvinces')), ...PROVINCES.map((p) => ({ value: p, label: p }))]}
        />
        <SubmitButton variant="secondary">{t('municipalities.searchButton')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph" role="status">
        {t('innovation.count', { count: total })}
      </p>
      <ul class="samen-card-list">
        {items.map((initiative) => (
          <InitiativeCard
            ctx={ctx}
            initiative={initiative}
            headingLevel={2}
            extra={
              initiative.participantCount > 0
                ? t('innovation.participantCount', { count: initiative.participantCount })
                : undefined
            }
          />
        ))}
      </ul>
      <Pagination ctx={ctx} page={query.pagina} pageSize={pageSize} total={total} baseUrl={url} />
    </Layout>
  );
}
