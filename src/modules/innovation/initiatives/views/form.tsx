import type { FieldErrors } from '../../../../core/http/validation';
import {
  Breadcrumbs,
  ChoiceGroup,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FieldValue,
} from '../../../../core/views/components';
import type { ViewContext } from '../../../../core/views/context';
import { Layout } from '../../../../core/views/layout';
import { TEXT_LIMITS } from '../../../../core/vocabulary';
import { optionsOf } from '../../parts';
import type { SimilarItem } from '../../similarity/present';
import { SimilarPanel } from '../../similarity/views';
import { INITIATIVE_TYPES, PHASES, SEEKS, THEMES } from '../../vocabulary';

export interface FormOptions {
  organisations: { value: string; label: string }[];
  /** shown when the person may submit for an organisation that is not a municipality */
  municipalities: { value: string; label: string }[] | null;
}

/**
 * The form to submit an initiative, or — with `edit` — to change one's own: the same fields and
 * the same "Lijkt op:" check, without what stays (kind, owner; the phase has its own form).
 */
export function InitiativeFormPage(props: {
  ctx: ViewContext;
  values: Record<string, FieldValue>;
  errors: FieldErrors;
  options: FormOptions;
  similar: SimilarItem[];
  checked: boolean;
  edit?: { id: string; title: string } | undefined;
}) {
  const { ctx, values, errors, options, similar, checked, edit } = props;
  const { t } = ctx;
  const title = edit ? t('initiativeEdit.title') : t('initiativeForm.title');
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      {edit && (
        <Breadcrumbs
          ctx={ctx}
          trail={[
            { href: '/innovatie', label: t('innovation.title') },
            { href: `/innovatie/${edit.id}`, label: edit.title },
          ]}
        />
      )}
      <Heading1>{title}</Heading1>
      <Paragraph lead>{edit ? t('initiativeEdit.intro') : t('initiativeForm.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <div class="samen-layout-with-aside">
        <Form ctx={ctx} action={edit ? `/innovatie/${edit.id}/bewerken` : '/innovatie/nieuw'} label={title}>
          {!edit && (
            <ChoiceGroup
              kind="radio"
              name="type"
              legend={t('initiativeForm.type')}
              options={optionsOf(ctx, 'initiativeType', INITIATIVE_TYPES)}
              value={values.type ?? 'pilot'}
              errors={errors}
            />
          )}
          <TextField
            name="title"
            label={t('initiativeForm.titleLabel')}
            hint={t('initiativeForm.titleHint')}
            value={values.title}
            errors={errors}
            maxlength={TEXT_LIMITS.title}
          />
          <TextArea
            name="summary"
            label={t('initiativeForm.summary')}
            hint={t('initiativeForm.summaryHint')}
            value={values.summary}
            errors={errors}
            rows={4}
          />
          <div class="samen-button-row">
            <button
              type="submit"
              name="actie"
              value="controleer"
              class="utrecht-button utrecht-button--secondary-action"
            >
              {t('similar.check')}
            </button>
          </div>
          <TextArea
            name="goal"
            label={t('initiativeForm.goal')}
            hint={t('initiativeForm.goalHint')}
            value={values.goal}
            errors={errors}
            rows={3}
          />
          <TextArea
            name="benefit"
            label={t('initiativeForm.benefit')}
            value={values.benefit}
            errors={errors}
            rows={3}
          />
          <TextArea
            name="approach"
            label={t('initiativeForm.approach')}
            value={values.approach}
            errors={errors}
            rows={3}
          />
          <TextArea
            name="milestones"
            label={t('initiativeForm.milestones')}
            hint={t('initiativeForm.milestonesHint')}
            value={values.milestones}
            errors={errors}
            rows={3}
          />
          <TextArea
            name="results"
            label={t('initiativeForm.results')}
            value={values.results}
            errors={errors}
            rows={3}
          />
          <ChoiceGroup
            kind="checkbox"
            name="themes"
            legend={t('initiativeForm.themes')}
            hint={t('initiativeForm.themesHint')}
            options={optionsOf(ctx, 'theme', THEMES)}
            value={values.themes}
            errors={errors}
          />
          {!edit && (
            <SelectField
              name="phase"
              label={t('innovation.phaseLabel')}
              value={values.phase ?? 'idee'}
              options={optionsOf(ctx, 'phase', PHASES)}
              errors={errors}
            />
          )}
          <ChoiceGroup
            kind="checkbox"
            name="seeks"
            legend={t('initiativeForm.seeks')}
            options={optionsOf(ctx, 'seek', SEEKS)}
            value={values.seeks}
            errors={errors}
          />
          {!edit && options.organisations.length > 1 && (
            <SelectField
              name="organisation"
              label={t('initiativeForm.organisation')}
              value={values.organisation}
              options={options.organisations}
              errors={errors}
            />
          )}
          {!edit && options.municipalities && (
            <SelectField
              name="ownerMunicipality"
              label={t('initiativeForm.ownerMunicipality')}
              value={values.ownerMunicipality ?? ''}
              options={[{ value: '', label: t('initiativeForm.ownerMunicipalityNone') }, ...options.municipalities]}
              errors={errors}
            />
          )}
          <SubmitButton>{edit ? t('initiativeEdit.submit') : t('initiativeForm.submit')}</SubmitButton>
        </Form>
        <SimilarPanel ctx={ctx} items={similar} checked={checked} exclude={edit?.id} />
      </div>
    </Layout>
  );
}

export function NoOrganisationPage({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('initiativeForm.title')}>
      <Heading1>{t('initiativeForm.title')}</Heading1>
      <Paragraph lead>{t('initiativeForm.noOrganisation')}</Paragraph>
      <Paragraph>
        <Link href="/innovatie">{t('innovation.backToList')}</Link>
      </Paragraph>
    </Layout>
  );
}
