import { DataList, DateField, Form, Paragraph, SubmitButton, TextArea } from '../../../core/views/components';
import { longDate } from '../../../core/i18n/dates';
import type { ViewContext } from '../../../core/views/context';
import { type DetailForms, stateOf } from '../initiatives/views/detail-state';
import { Section } from '../parts';
import type { Experiment } from './queries';

/** The lean experiment log, and the form to log one (members of the owner). */
export function ExperimentsSection(props: {
  ctx: ViewContext;
  initiativeId: string;
  experiments: Experiment[];
  canEdit: boolean;
  forms: DetailForms;
}) {
  const { ctx, initiativeId, experiments, canEdit, forms } = props;
  const { t } = ctx;
  const { errors, values } = stateOf(forms, 'experiment');
  return (
    <Section id="experimenten" title={t('initiativePage.experiments')}>
      {experiments.length === 0 && <Paragraph>{t('initiativePage.noExperiments')}</Paragraph>}
      {experiments.map((e) => (
        <article class="samen-card" aria-label={e.hypothesis}>
          <DataList
            items={[
              { key: t('experiment.date'), value: longDate(ctx.locale, e.heldOn) },
              { key: t('experiment.hypothesis'), value: e.hypothesis },
              { key: t('experiment.measure'), value: e.measure },
              ...(e.result ? [{ key: t('experiment.result'), value: e.result }] : []),
              ...(e.learning ? [{ key: t('experiment.learning'), value: e.learning }] : []),
            ]}
          />
        </article>
      ))}
      {canEdit && (
        <Form ctx={ctx} action={`/innovatie/${initiativeId}/experimenten`} label={t('initiativePage.addExperiment')}>
          <h3 class="utrecht-heading-3">{t('initiativePage.addExperiment')}</h3>
          <TextArea
            name="hypothesis"
            label={t('experiment.hypothesis')}
            hint={t('experiment.hypothesisHint')}
            value={values.hypothesis}
            errors={errors}
            rows={2}
          />
          <TextArea name="measure" label={t('experiment.measure')} value={values.measure} errors={errors} rows={2} />
          <TextArea name="result" label={t('experiment.result')} value={values.result} errors={errors} rows={2} />
          <TextArea name="learning" label={t('experiment.learning')} value={values.learning} errors={errors} rows={2} />
          <DateField ctx={ctx} name="date" label={t('experiment.date')} value={values.date} errors={errors} />
          <SubmitButton variant="secondary">{t('initiativePage.addExperiment')}</SubmitButton>
        </Form>
      )}
    </Section>
  );
}
