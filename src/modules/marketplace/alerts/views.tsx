import type { FieldErrors } from '../../../core/http/validation';
import type { FormValues } from '../../../core/http/forms';
import {
  ChoiceGroup,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SubmitButton,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import type { PostKind } from '../rules';
import type { SavedSearch } from './queries';

const FREQUENCY_CHOICES = ['instant', 'daily', 'weekly'] as const;

/** "Boodschappen, "boodschap", binnen 5 km van 3512" — a saved search in words. */
export function describeSearch(
  ctx: ViewContext,
  search: Pick<SavedSearch, 'kind' | 'q' | 'category' | 'near' | 'radiusKm' | 'municipalityName'>,
) {
  const { t } = ctx;
  const parts = [
    t(`alerts.saved.describe.kind.${search.kind}`),
    search.category ? t(`category.${search.category}`) : null,
    search.q ? t('alerts.saved.describe.words', { q: search.q }) : null,
    search.near
      ? t('alerts.saved.describe.near', { radius: search.radiusKm ?? 10, pc4: search.near })
      : search.municipalityName
        ? t('alerts.saved.describe.municipality', { name: search.municipalityName })
        : t('alerts.saved.describe.everywhere'),
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * Under the marketplace's search: keep this search. For someone not signed in, a link to log in
 * that comes back to the same search.
 */
export function SaveSearchForm(props: {
  ctx: ViewContext;
  kind: PostKind;
  /** the marketplace the search was made on: a search without a postcode stays there */
  municipalityCode: string;
  values: { zoek?: string | undefined; categorie?: string | undefined; postcode?: string | undefined; afstand: string };
}) {
  const { ctx, kind, values, municipalityCode } = props;
  const { t } = ctx;
  if (ctx.actor.kind !== 'account')
    return (
      <Paragraph>
        <Link href={`/inloggen?terug=${encodeURIComponent(ctx.url)}`}>{t('alerts.saved.save')}</Link>
      </Paragraph>
    );
  const pc4 = values.postcode?.replace(/\s+/g, '').slice(0, 4);
  return (
    <section class="samen-save-search" aria-labelledby="bewaar-zoekopdracht">
      <h2 class="utrecht-heading-3" id="bewaar-zoekopdracht">
        {t('alerts.saved.saveLegend')}
      </h2>
      <Form ctx={ctx} action="/mijn-zoekopdrachten" label={t('alerts.saved.save')}>
        <input type="hidden" name="kind" value={kind} />
        {values.zoek && <input type="hidden" name="q" value={values.zoek} />}
        {values.categorie && <input type="hidden" name="category" value={values.categorie} />}
        {pc4 && <input type="hidden" name="near" value={pc4} />}
        {pc4 && <input type="hidden" name="radiusKm" value={values.afstand} />}
        {!pc4 && <input type="hidden" name="municipality" value={municipalityCode} />}
        <input type="hidden" name="terug" value={ctx.url} />
        <ChoiceGroup
          name="frequency"
          legend={t('alerts.saved.frequency')}
          kind="radio"
          value="daily"
          options={FREQUENCY_CHOICES.map((value) => ({ value, label: t(`notifications.frequency.${value}`) }))}
        />
        <SubmitButton variant="secondary">{t('alerts.saved.save')}</SubmitButton>
      </Form>
    </section>
  );
}

export function SavedSearchesPage(props: {
  ctx: ViewContext;
  searches: SavedSearch[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, searches, errors = {} } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('alerts.saved.title')} hasErrors={Object.keys(errors).length > 0}>
      <Heading1>{t('alerts.saved.title')}</Heading1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Paragraph lead>{t('alerts.saved.intro')}</Paragraph>
      {searches.length === 0 ? (
        <Paragraph>{t('alerts.saved.empty')}</Paragraph>
      ) : (
        <ul class="samen-notifications">
          {searches.map((search) => {
            const name = describeSearch(ctx, search);
            return (
              <li class="samen-notification">
                <p class="utrecht-paragraph samen-notification__title">{name}</p>
                <p class="utrecht-paragraph samen-meta">{t(`notifications.frequency.${search.frequency}`)}</p>
                <form method="post" action={`/mijn-zoekopdrachten/${search.id}/verwijderen`} class="samen-inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button
                    type="submit"
                    class="utrecht-link-button utrecht-link-button--html-button"
                    aria-label={t('alerts.saved.deleteNamed', { name })}
                  >
                    {t('alerts.saved.delete')}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <Paragraph>
        <Link href="/meldingen/instellingen">{t('notifications.settingsLink')}</Link>
      </Paragraph>
    </Layout>
  );
}
