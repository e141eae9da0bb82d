import type { FieldErrors } from '../../../core/http/validation';
import {
  Breadcrumbs,
  ChoiceGroup,
  ErrorSummary,
  type FieldValue,
  FileField,
  Form,
  Heading1,
  Link,
  Paragraph,
  SubmitButton,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { marketplacePath, moderationPath, settingsPath } from '../paths';
import { CATEGORIES } from '../rules';
import type { Marketplace } from './queries';
import { logoUrl, themeOf } from './theme';

/** The form's values from a marketplace as it is now. */
export function settingsValues(marketplace: Marketplace): Record<string, FieldValue> {
  return {
    name: marketplace.name,
    brandColor: marketplace.brandColor,
    brandTextColor: marketplace.brandTextColor,
    options: [
      marketplace.premoderation ? 'premoderation' : '',
      marketplace.showNeighbours ? 'showNeighbours' : '',
    ].filter(Boolean),
    disabledCategories: marketplace.disabledCategories,
    expiryWeeks: String(marketplace.expiryWeeks),
    followUpDays: String(marketplace.followUpDays),
    autoHideReports: String(marketplace.autoHideReports),
    status: marketplace.status,
  };
}

/** The settings of a marketplace, for its beheerders: name, colours, logo, moderation, categories, terms. */
export function SettingsPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  values: Record<string, FieldValue>;
  errors: FieldErrors;
}) {
  const { ctx, marketplace, values, errors } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('settings.title', { name: marketplace.name })}
      hasErrors={Object.keys(errors).length > 0}
      theme={themeOf(marketplace)}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: marketplacePath(marketplace), label: marketplace.name },
          { href: moderationPath(marketplace), label: t('settings.beheer') },
        ]}
      />
      <Heading1>{t('settings.title', { name: marketplace.name })}</Heading1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={settingsPath(marketplace)} label={t('settings.title', { name: marketplace.name })}>
        <TextField
          name="name"
          label={t('settings.name')}
          value={values.name}
          errors={errors}
          maxlength={TEXT_LIMITS.name}
          width="medium"
        />
        <TextField
          name="brandColor"
          label={t('settings.brandColor')}
          hint={t('settings.colorHint')}
          value={values.brandColor}
          errors={errors}
          maxlength={7}
          width="short"
        />
        <TextField
          name="brandTextColor"
          label={t('settings.brandTextColor')}
          hint={t('settings.contrastHint')}
          value={values.brandTextColor}
          errors={errors}
          maxlength={7}
          width="short"
        />
        <ChoiceGroup
          kind="checkbox"
          name="options"
          legend={t('settings.options')}
          options={[
            { value: 'premoderation', label: t('settings.premoderation') },
            { value: 'showNeighbours', label: t('settings.showNeighbours') },
          ]}
          value={values.options}
          errors={errors}
        />
        <ChoiceGroup
          kind="checkbox"
          name="disabledCategories"
          legend={t('settings.disabledCategories')}
          hint={t('settings.disabledCategoriesHint')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          value={values.disabledCategories}
          errors={errors}
        />
        <TextField
          name="expiryWeeks"
          label={t('settings.expiryWeeks')}
          hint={t('settings.expiryWeeksHint')}
          value={values.expiryWeeks}
          errors={errors}
          inputmode="numeric"
          width="short"
        />
        <TextField
          name="followUpDays"
          label={t('settings.followUpDays')}
          hint={t('settings.followUpDaysHint')}
          value={values.followUpDays}
          errors={errors}
          inputmode="numeric"
          width="short"
        />
        <TextField
          name="autoHideReports"
          label={t('settings.autoHideReports')}
          hint={t('settings.autoHideReportsHint')}
          value={values.autoHideReports}
          errors={errors}
          inputmode="numeric"
          width="short"
        />
        <ChoiceGroup
          kind="radio"
          name="status"
          legend={t('settings.status')}
          options={[
            { value: 'live', label: t('settings.live') },
            { value: 'paused', label: t('settings.paused') },
          ]}
          value={values.status}
          errors={errors}
        />
        <SubmitButton>{t('settings.save')}</SubmitButton>
      </Form>
      <section aria-labelledby="logo" class="samen-section">
        <h2 class="utrecht-heading-2" id="logo">
          {t('settings.logo')}
        </h2>
        {marketplace.hasLogo ? (
          <p class="samen-logo-preview">
            <img src={logoUrl(marketplace) ?? ''} alt={t('settings.logoAlt', { name: marketplace.name })} height="64" />
          </p>
        ) : (
          <Paragraph>{t('settings.noLogo')}</Paragraph>
        )}
        <Form ctx={ctx} action={`${settingsPath(marketplace)}/logo`} label={t('settings.logoUpload')} upload>
          <FileField
            name="logo"
            label={t('settings.logoFile')}
            hint={t('settings.logoHint')}
            accept="image/png,image/svg+xml"
            errors={errors}
          />
          <SubmitButton variant="secondary">{t('settings.logoUpload')}</SubmitButton>
        </Form>
        {marketplace.hasLogo && (
          <Form ctx={ctx} action={`${settingsPath(marketplace)}/logo/weghalen`} label={t('settings.logoRemove')}>
            <SubmitButton variant="secondary">{t('settings.logoRemove')}</SubmitButton>
          </Form>
        )}
      </section>
      <Paragraph>
        <Link href={moderationPath(marketplace)}>{t('settings.back')}</Link>
      </Paragraph>
    </Layout>
  );
}
