import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import {
  DataList,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { type FormPageProps, hasErrors } from '../views';
import type { Profile } from './queries';

export function ProfilePage({ ctx, profile, errors, values }: FormPageProps & { profile: Profile }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('profile.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('profile.title')}</Heading1>
      <DataList
        items={[
          { key: t('register.email'), value: profile.email },
          {
            key: t('profile.municipality'),
            value: profile.municipalitySlug ? (
              <Link href={`/gemeenten/${profile.municipalitySlug}`}>{profile.municipalityName}</Link>
            ) : (
              t('profile.noMunicipality')
            ),
          },
          ...(profile.memberships.length > 0
            ? [
                {
                  key: t('profile.memberships'),
                  value: profile.memberships
                    .map((m) => `${m.organisationName} (${t(`membershipRole.${m.role}`)})`)
                    .join(', '),
                },
              ]
            : []),
          ...(profile.roles.length > 0
            ? [{ key: t('profile.roles'), value: profile.roles.map((r) => t(`role.${r}`)).join(', ') }]
            : []),
          { key: t('profile.since'), value: formatDateTime(ctx.locale, profile.createdAt) },
        ]}
      />
      <h2 class="utrecht-heading-2">{t('profile.editTitle')}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action="/mijn-profiel">
        <TextField
          name="name"
          label={t('register.name')}
          hint={t('register.nameHint')}
          value={values.name}
          errors={errors}
          autocomplete="given-name"
          maxlength={TEXT_LIMITS.name}
          width="medium"
        />
        <TextField
          name="lastName"
          label={t('register.lastName')}
          hint={t('register.lastNameHint')}
          value={values.lastName}
          errors={errors}
          autocomplete="family-name"
          maxlength={TEXT_LIMITS.name}
          width="medium"
        />
        <TextField
          name="postcode"
          label={t('register.postcode')}
          hint={t('register.postcodeHint')}
          value={values.postcode}
          errors={errors}
          autocomplete="postal-code"
          width="short"
          maxlength={7}
        />
        <SelectField
          name="locale"
          label={t('profile.locale')}
          value={values.locale}
          errors={errors}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
        />
        <SubmitButton>{t('profile.save')}</SubmitButton>
      </Form>
      <h2 class="utrecht-heading-2">{t('profile.dataTitle')}</h2>
      <Paragraph>{t('profile.dataText')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a
            class="utrecht-link utrecht-link--html-a"
            href="/mijn-profiel/gegevens"
            download="samen-mijn-gegevens.json"
          >
            {t('profile.export')}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href="/mijn-profiel/verwijderen">{t('profile.delete')}</Link>
        </li>
      </ul>
    </Layout>
  );
}

export function DeletePage({ ctx, errors }: { ctx: ViewContext; errors: FieldErrors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('delete.title')} hasErrors={hasErrors(errors)}>
      <Heading1>{t('delete.title')}</Heading1>
      <Paragraph lead>{t('delete.intro')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">{t('delete.point1')}</li>
        <li class="utrecht-unordered-list__item">{t('delete.point2')}</li>
        <li class="utrecht-unordered-list__item">{t('delete.point3')}</li>
      </ul>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action="/mijn-profiel/verwijderen">
        <TextField
          name="password"
          type="password"
          label={t('delete.password')}
          hint={t('delete.passwordHint')}
          errors={errors}
          autocomplete="current-password"
        />
        <SubmitButton variant="danger">{t('delete.submit')}</SubmitButton>
      </Form>
      <Paragraph>
        <Link href="/mijn-profiel">{t('delete.cancel')}</Link>
      </Paragraph>
    </Layout>
  );
}
