import type { FieldErrors } from '../../../core/http/validation';
import {
  ChoiceGroup,
  DateField,
  ErrorSummary,
  type FieldValue,
  Form,
  Heading1,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { ScreeningFeedback } from '../../screening';
import { marketplacePath, postPath } from '../paths';
import { CATEGORIES, type PostKind, WHEN_KINDS } from '../rules';
import type { Marketplace } from '../settings/queries';
import { themeOf } from '../settings/theme';
import { type Elsewhere, ElsewhereNotice } from './next-steps';
import type { Post } from './queries';

/** The step-by-step form for a new post, or — with `edit` — for changing one (the place stays). */
export function PostFormPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  kind: PostKind;
  values: Record<string, FieldValue>;
  errors: FieldErrors;
  organisations: { value: string; label: string }[];
  edit?: Post;
  /** the postcode lies in another municipality: where its post belongs */
  elsewhere?: Elsewhere | undefined;
}) {
  const { ctx, marketplace, kind, values, errors, organisations, edit, elsewhere } = props;
  const { t } = ctx;
  const categories = CATEGORIES.filter((c) => !marketplace.disabledCategories.includes(c));
  return (
    <Layout
      ctx={ctx}
      title={edit ? t('market.edit.title') : t(`market.new.${kind}`)}
      hasErrors={Object.keys(errors).length > 0}
      theme={themeOf(marketplace)}
    >
      <Heading1>{edit ? t('market.edit.title') : t(`market.new.${kind}`)}</Heading1>
      <Paragraph lead>{edit ? t('market.edit.intro') : t('market.new.intro', { name: marketplace.name })}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      {elsewhere && <ElsewhereNotice ctx={ctx} here={marketplace} elsewhere={elsewhere} kind={kind} />}
      <Form
        ctx={ctx}
        action={edit ? `${postPath(edit.id)}/bewerken` : `${marketplacePath(marketplace)}/nieuw?soort=${kind}`}
        label={edit ? t('market.edit.title') : t(`market.new.${kind}`)}
      >
        <h2 class="utrecht-heading-2">{t('market.new.step1')}</h2>
        <TextField
          name="title"
          label={t('market.new.title')}
          hint={t(`market.new.titleHint.${kind}`)}
          value={values.title}
          errors={errors}
          maxlength={TEXT_LIMITS.title}
        />
        <TextArea
          name="description"
          label={t('market.new.description')}
          hint={t('market.new.descriptionHint')}
          value={values.description}
          errors={errors}
          rows={5}
        />
        <ScreeningFeedback
          ctx={ctx}
          kind={kind}
          municipality={marketplace.municipalityCode}
          labels={{ title: t('market.new.title'), description: t('market.new.description') }}
        />
        <SelectField
          name="category"
          label={t('market.category')}
          value={values.category}
          errors={errors}
          options={[
            { value: '', label: t('market.new.chooseCategory') },
            ...categories.map((c) => ({ value: c, label: t(`category.${c}`) })),
          ]}
        />
        <h2 class="utrecht-heading-2">{t('market.new.step2')}</h2>
        <ChoiceGroup
          kind="radio"
          name="whenKind"
          legend={t('market.new.when')}
          options={WHEN_KINDS.map((w) => ({ value: w, label: t(`when.${w}`) }))}
          value={values.whenKind ?? 'flexible'}
          errors={errors}
        />
        <DateField ctx={ctx} name="whenDate" label={t('market.new.date')} value={values.whenDate} errors={errors} />
        <TextField
          name="whenText"
          label={t('market.new.whenText')}
          hint={t('market.new.whenTextHint')}
          value={values.whenText}
          errors={errors}
          width="medium"
        />
        {kind === 'vacancy' && (
          <TextField
            name="hoursPerWeek"
            label={t('market.new.hours')}
            value={values.hoursPerWeek}
            errors={errors}
            width="short"
            inputmode="numeric"
          />
        )}
        {edit ? (
          <SubmitButton>{t('market.edit.submit')}</SubmitButton>
        ) : (
          <>
            <h2 class="utrecht-heading-2">{t('market.new.step3')}</h2>
            <TextField
              name="postcode"
              label={t('market.new.postcode')}
              hint={t('market.new.postcodeHint')}
              value={values.postcode}
              errors={errors}
              width="short"
              maxlength={7}
              autocomplete="postal-code"
              required
            />
            {(kind === 'vacancy' || organisations.length > 0) && (
              <>
                {kind === 'request' && (
                  <TextField
                    name="clientFirstName"
                    label={t('market.new.client')}
                    hint={t('market.new.clientHint')}
                    value={values.clientFirstName}
                    errors={errors}
                    width="medium"
                  />
                )}
                <SelectField
                  name="organisation"
                  label={t('initiativeForm.organisation')}
                  value={values.organisation}
                  errors={errors}
                  options={[
                    ...(kind === 'vacancy' ? [] : [{ value: '', label: t('market.new.asMyself') }]),
                    ...organisations,
                  ]}
                />
              </>
            )}
            <div class="samen-button-row">
              <SubmitButton>{t('market.new.submit')}</SubmitButton>
              <SubmitButton variant="secondary" name="concept" value="1">
                {t('market.new.saveConcept')}
              </SubmitButton>
            </div>
          </>
        )}
      </Form>
    </Layout>
  );
}
