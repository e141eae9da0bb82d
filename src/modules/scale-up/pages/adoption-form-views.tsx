import {
  ChoiceGroup,
  Form,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { canMoveTo, EVENT_KINDS, STAGES, STAKEHOLDER_ROLES, STANCES } from '../rules';
import { type AdoptionView, adoptionPath } from './adoption-model';
import { optionsOf, type PageForms, Section, stateOf, SubSection } from './parts';

interface FormProps {
  ctx: ViewContext;
  view: AdoptionView;
  forms: PageForms;
}

function StageForm({ ctx, view, forms }: FormProps) {
  const { t } = ctx;
  const { errors, values } = stateOf(forms, 'stage');
  const current = view.adoption?.stage;
  const choices = STAGES.filter((stage) => canMoveTo(current, stage));
  return (
    <SubSection id="fase-bijwerken" title={t('scaleUp.pages.form.stage.title')}>
      <Form ctx={ctx} action={`${adoptionPath(view)}/fase`} label={t('scaleUp.pages.form.stage.title')}>
        <ChoiceGroup
          name="stage"
          kind="radio"
          legend={t('scaleUp.pages.form.stage.legend', { municipality: view.municipality.name })}
          hint={t('scaleUp.pages.form.stage.hint')}
          options={optionsOf(ctx, 'scaleUp.stage', choices)}
          value={values.stage ?? current}
          errors={errors}
        />
        <TextField
          name="stageDate"
          label={t('scaleUp.pages.form.stageDate')}
          hint={t('scaleUp.pages.form.stageDateHint', { example: view.today })}
          value={values.stageDate}
          errors={errors}
          width="short"
        />
        {choices.includes('stopped') && (
          <TextArea
            name="stoppedReason"
            label={t('scaleUp.pages.form.stoppedReason')}
            value={values.stoppedReason}
            errors={errors}
            rows={3}
          />
        )}
        <SubmitButton>{t('scaleUp.pages.form.stage.submit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

function EventForm({ ctx, view, forms }: FormProps) {
  const { t } = ctx;
  const { errors, values } = stateOf(forms, 'event');
  return (
    <SubSection id="gebeurtenis-toevoegen" title={t('scaleUp.pages.form.event.title')}>
      <Paragraph>{t('scaleUp.pages.form.event.intro')}</Paragraph>
      <Form ctx={ctx} action={`${adoptionPath(view)}/gebeurtenis`} label={t('scaleUp.pages.form.event.title')}>
        <TextField
          name="eventDate"
          label={t('scaleUp.pages.form.event.date')}
          hint={t('scaleUp.pages.form.dateHint', { example: view.today })}
          value={values.eventDate}
          errors={errors}
          width="short"
        />
        <SelectField
          name="eventKind"
          label={t('scaleUp.pages.form.event.kind')}
          value={values.eventKind ?? ''}
          errors={errors}
          options={[
            { value: '', label: t('scaleUp.pages.form.event.choose') },
            ...optionsOf(ctx, 'scaleUp.eventKind', EVENT_KINDS),
          ]}
        />
        <TextArea
          name="eventNote"
          label={t('scaleUp.pages.form.event.note')}
          value={values.eventNote}
          errors={errors}
          rows={3}
        />
        <SubmitButton>{t('scaleUp.pages.form.event.submit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

function StakeholderForm({ ctx, view, forms }: FormProps) {
  const { t } = ctx;
  const { errors, values } = forms.form === 'stakeholders' ? forms : { errors: {}, values: undefined };
  const stored = (role: string) => view.stakeholders.find((s) => s.role === role);
  return (
    <SubSection id="betrokkenen-bijwerken" title={t('scaleUp.pages.form.stakeholders.title')}>
      <Paragraph>{t('scaleUp.pages.form.stakeholders.intro')}</Paragraph>
      <Form ctx={ctx} action={`${adoptionPath(view)}/betrokkenen`} label={t('scaleUp.pages.form.stakeholders.title')}>
        {STAKEHOLDER_ROLES.map((role) => {
          const label = t(`scaleUp.role.${role}`);
          return (
            <>
              <SelectField
                name={`stance.${role}`}
                label={t('scaleUp.pages.form.stakeholders.stance', { role: label })}
                value={values ? values[`stance.${role}`] : (stored(role)?.stance ?? 'onbekend')}
                errors={errors}
                options={optionsOf(ctx, 'scaleUp.stance', STANCES)}
              />
              <TextField
                name={`note.${role}`}
                label={t('scaleUp.pages.form.stakeholders.note', { role: label })}
                value={values ? values[`note.${role}`] : stored(role)?.note}
                errors={errors}
              />
            </>
          );
        })}
        <SubmitButton>{t('scaleUp.pages.form.stakeholders.submit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

function StepsForm({ ctx, view, forms }: FormProps) {
  const { t } = ctx;
  if (view.steps.length === 0) return null;
  const { errors, values } = forms.form === 'steps' ? forms : { errors: {}, values: undefined };
  const inGroup = view.adoption?.groupId != null;
  const stored = (stepId: string) => {
    const progress = view.progress.find((p) => p.stepId === stepId);
    return [...(progress?.done ? ['done'] : []), ...(progress?.shared ? ['shared'] : [])];
  };
  return (
    <SubSection id="stappen-afvinken" title={t('scaleUp.pages.form.steps.title')}>
      <Form ctx={ctx} action={`${adoptionPath(view)}/stappen`} label={t('scaleUp.pages.form.steps.title')}>
        {view.steps.map((step) => (
          <ChoiceGroup
            name={`step.${step.id}`}
            kind="checkbox"
            legend={t('scaleUp.pages.form.steps.legend', { position: step.position, title: step.title })}
            options={[
              { value: 'done', label: t('scaleUp.pages.form.steps.done') },
              ...(inGroup ? [{ value: 'shared', label: t('scaleUp.pages.form.steps.shared') }] : []),
            ]}
            value={values ? values[`step.${step.id}`] : stored(step.id)}
            errors={errors}
          />
        ))}
        <SubmitButton>{t('scaleUp.pages.form.steps.submit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

function GroupForms({ ctx, view, forms }: FormProps) {
  const { t } = ctx;
  const current = view.groups.find((g) => g.id === view.adoption?.groupId);
  const others = view.groups.filter((g) => g.id !== current?.id);
  const join = stateOf(forms, 'group-join');
  const start = stateOf(forms, 'group-start');
  const municipality = view.municipality.name;
  return (
    <SubSection id="samen-invoeren-bijwerken" title={t('scaleUp.pages.form.group.title')}>
      {current && <Paragraph>{t('scaleUp.pages.form.group.current', { municipality, name: current.name })}</Paragraph>}
      {others.length > 0 && (
        <Form
          ctx={ctx}
          action={`${adoptionPath(view)}/samen-invoeren`}
          label={t('scaleUp.pages.form.group.joinSubmit')}
        >
          <SelectField
            name="groupId"
            label={t('scaleUp.pages.form.group.join', { municipality })}
            value={join.values.groupId ?? ''}
            errors={join.errors}
            options={[
              { value: '', label: t('scaleUp.pages.form.group.choose') },
              ...others.map((g) => ({
                value: g.id,
                label: t('scaleUp.pages.form.group.option', { name: g.name, lead: g.leadMunicipalityName }),
              })),
            ]}
          />
          <SubmitButton variant="secondary">{t('scaleUp.pages.form.group.joinSubmit')}</SubmitButton>
        </Form>
      )}
      <Form
        ctx={ctx}
        action={`${adoptionPath(view)}/samen-invoeren/nieuw`}
        label={t('scaleUp.pages.form.group.startSubmit')}
      >
        <TextField
          name="groupName"
          label={t(others.length > 0 ? 'scaleUp.pages.form.group.name' : 'scaleUp.pages.form.group.firstName')}
          hint={t('scaleUp.pages.form.group.nameHint')}
          value={start.values.groupName}
          errors={start.errors}
        />
        <SubmitButton variant="secondary">{t('scaleUp.pages.form.group.startSubmit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

/** The forms of the municipality's officials: stage, events, stakeholders, steps and shared implementation. */
export function AdoptionForms({ ctx, view, forms }: FormProps) {
  return (
    <Section id="bijwerken" title={ctx.t('scaleUp.pages.form.title')}>
      <StageForm ctx={ctx} view={view} forms={forms} />
      {view.adoption && (
        <>
          <EventForm ctx={ctx} view={view} forms={forms} />
          <StakeholderForm ctx={ctx} view={view} forms={forms} />
          <StepsForm ctx={ctx} view={view} forms={forms} />
          <GroupForms ctx={ctx} view={view} forms={forms} />
        </>
      )}
    </Section>
  );
}
