import {
  Breadcrumbs,
  DataList,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
} from '../../../../core/views/components';
import type { ViewContext } from '../../../../core/views/context';
import { Layout } from '../../../../core/views/layout';
import { AdviceSection } from '../../advice/views';
import { ContactSection } from '../../contact/views';
import { ExperimentsSection } from '../../experiments/views';
import { optionsOf, Section } from '../../parts';
import { JoinSection, PartnersSection } from '../../participation/views';
import type { SimilarItem } from '../../similarity/present';
import { SimilarSection } from '../../similarity/views';
import { PHASES } from '../../vocabulary';
import type { InitiativeDetail } from '../present';
import type { Initiative, PhaseStep } from '../queries';
import { canMoveToPhase } from '../rules';
import { type DetailForms, type DetailPermissions, stateOf } from './detail-state';

function Facts({ ctx, initiative: i }: { ctx: ViewContext; initiative: Initiative }) {
  const { t } = ctx;
  const owner = (
    <>
      <Link href={`/gemeenten/${i.municipalitySlug}`}>{i.municipalityName}</Link>
      {i.ownerOrganisationName !== `Gemeente ${i.municipalityName}` ? ` (${i.ownerOrganisationName})` : ''}
    </>
  );
  return (
    <DataList
      items={[
        { key: t('innovation.typeLabel'), value: t(`initiativeType.${i.type}`) },
        { key: t('innovation.phaseLabel'), value: t(`phase.${i.phase}`) },
        { key: t('initiativePage.owner'), value: owner },
        ...(i.contactFirstName ? [{ key: t('initiativePage.contact'), value: i.contactFirstName }] : []),
        { key: t('innovation.themes'), value: i.themes.map((theme) => t(`theme.${theme}`)).join(', ') },
        ...(i.seeks.length > 0
          ? [{ key: t('initiativeForm.seeks'), value: i.seeks.map((s) => t(`seek.${s}`)).join(', ') }]
          : []),
      ]}
    />
  );
}

function PhasesSection(props: {
  ctx: ViewContext;
  initiative: Initiative;
  phases: PhaseStep[];
  canEdit: boolean;
  forms: DetailForms;
}) {
  const { ctx, initiative: i, phases, canEdit, forms } = props;
  const { t } = ctx;
  const nextPhases = PHASES.filter((phase) => phase !== i.phase && canMoveToPhase(i.phase, phase));
  const { errors, values } = stateOf(forms, 'phase');
  const date = new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });
  return (
    <Section id="fasen" title={t('initiativePage.phases')}>
      <ol class="utrecht-ordered-list">
        {phases.map((p) => (
          <li class="utrecht-ordered-list__item">
            {t(`phase.${p.phase}`)} — {date.format(new Date(p.enteredOn))}
          </li>
        ))}
      </ol>
      {canEdit && nextPhases.length > 0 && (
        <Form ctx={ctx} action={`/innovatie/${i.id}/fase`} label={t('initiativePage.phaseChange')}>
          <SelectField
            name="phase"
            label={t('initiativePage.phaseChange')}
            value={values.phase}
            errors={errors}
            options={optionsOf(ctx, 'phase', nextPhases)}
          />
          <SubmitButton variant="secondary">{t('initiativePage.phaseSubmit')}</SubmitButton>
        </Form>
      )}
    </Section>
  );
}

/** An initiative's page: what it is, who takes part, its phases, experiments, advice and look-alikes. */
export function InitiativePage(props: {
  ctx: ViewContext;
  detail: InitiativeDetail;
  similar: SimilarItem[];
  permissions: DetailPermissions;
  forms: DetailForms;
  /** the viewer's conversation with the contact person, if they began one */
  conversationId?: string | undefined;
}) {
  const { ctx, detail, similar, permissions, forms, conversationId } = props;
  const { t } = ctx;
  const i = detail.initiative;
  // Each unanswered advice has its own response form, so its field gets an id of its own
  // (fieldId("response-<advice id>")), and the error summary must link to that one.
  const responseForm = forms.form?.startsWith('response-') ? forms.form : undefined;
  const summaryErrors = responseForm
    ? Object.fromEntries(
        Object.entries(forms.errors).map(([field, message]) => [field === 'response' ? responseForm : field, message]),
      )
    : forms.errors;
  const texts = [
    ['goal', t('initiativeForm.goal'), i.goal],
    ['benefit', t('initiativeForm.benefit'), i.benefit],
    ['approach', t('initiativeForm.approach'), i.approach],
    ['milestones', t('initiativeForm.milestones'), i.milestones],
    ['results', t('initiativeForm.results'), i.results],
  ].filter(([, , text]) => text);
  return (
    <Layout ctx={ctx} title={i.title} hasErrors={Object.keys(forms.errors).length > 0}>
      <Breadcrumbs ctx={ctx} trail={[{ href: '/innovatie', label: t('innovation.title') }]} />
      <Heading1>{i.title}</Heading1>
      <Paragraph lead>{i.summary}</Paragraph>
      <ErrorSummary ctx={ctx} errors={summaryErrors} />
      {permissions.canEdit && (
        <Paragraph>
          <Link href={`/innovatie/${i.id}/bewerken`}>{t('initiativeEdit.link')}</Link>
        </Paragraph>
      )}
      <Facts ctx={ctx} initiative={i} />
      <ContactSection ctx={ctx} initiative={i} conversationId={conversationId} />
      {texts.map(([key, title, text]) => (
        <Section id={`tekst-${key}`} title={title as string}>
          <Paragraph>{text}</Paragraph>
        </Section>
      ))}
      <PartnersSection ctx={ctx} participants={detail.participants} />
      <JoinSection ctx={ctx} initiativeId={i.id} permissions={permissions} forms={forms} />
      <PhasesSection ctx={ctx} initiative={i} phases={detail.phases} canEdit={permissions.canEdit} forms={forms} />
      <ExperimentsSection
        ctx={ctx}
        initiativeId={i.id}
        experiments={detail.experiments}
        canEdit={permissions.canLogExperiments}
        forms={forms}
      />
      <AdviceSection
        ctx={ctx}
        initiativeId={i.id}
        advice={detail.advice}
        canEdit={permissions.canEdit}
        canAdvise={permissions.canAdvise}
        forms={forms}
      />
      <SimilarSection ctx={ctx} similar={similar} />
    </Layout>
  );
}
