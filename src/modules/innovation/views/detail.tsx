import type { Membership } from '../../../core/authz';
import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import {
  Breadcrumbs,
  ChoiceGroup,
  DataList,
  ErrorSummary,
  fieldId,
  type FieldValue,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import type { initiativeDetail, SimilarItem } from '../present';
import { canMoveToPhase, PARTICIPANT_ROLES, PHASES } from '../rules';
import { optionsOf } from './parts';

type Detail = Awaited<ReturnType<typeof initiativeDetail>>;

export interface DetailPermissions {
  canEdit: boolean;
  canAdvise: boolean;
  /** the person's organisations that could still join */
  joinable: Membership[];
  /** the person's organisations that take part and could leave */
  leavable: { organisationId: string; organisationName: string }[];
}

export interface DetailForms {
  /** which form the errors belong to: join, experiment, phase, advice, response */
  form?: string;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}

function Section({ id, title, children }: { id: string; title: string; children?: unknown }) {
  return (
    <section aria-labelledby={id} class="samen-section">
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {children as never}
    </section>
  );
}

export function InitiativePage(props: {
  ctx: ViewContext;
  detail: Detail;
  similar: SimilarItem[];
  permissions: DetailPermissions;
  forms: DetailForms;
}) {
  const { ctx, detail, similar, permissions, forms } = props;
  const { t } = ctx;
  const i = detail.initiative;
  const errorsFor = (form: string) => (forms.form === form ? forms.errors : {});
  // Each unanswered advice has its own response form, so its field gets an id of its own
  // (fieldId("response-<advice id>")), and the error summary must link to that one.
  const responseForm = forms.form?.startsWith('response-') ? forms.form : undefined;
  const summaryErrors = responseForm
    ? Object.fromEntries(
        Object.entries(forms.errors).map(([field, message]) => [field === 'response' ? responseForm : field, message]),
      )
    : forms.errors;
  const valuesFor = (form: string) => (forms.form === form ? forms.values : {});
  const coDevelopers = detail.participants.filter((p) => p.role === 'co-developer');
  const followers = detail.participants.filter((p) => p.role === 'follower');
  const nextPhases = PHASES.filter((phase) => phase !== i.phase && canMoveToPhase(i.phase, phase));
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
      <DataList
        items={[
          { key: t('innovation.typeLabel'), value: t(`initiativeType.${i.type}`) },
          { key: t('innovation.phaseLabel'), value: t(`phase.${i.phase}`) },
          {
            key: t('initiativePage.owner'),
            value: (
              <>
                <Link href={`/gemeenten/${i.municipalitySlug}`}>{i.municipalityName}</Link>
                {i.ownerOrganisationName !== `Gemeente ${i.municipalityName}` ? ` (${i.ownerOrganisationName})` : ''}
              </>
            ),
          },
          ...(i.contactFirstName ? [{ key: t('initiativePage.contact'), value: i.contactFirstName }] : []),
          { key: t('innovation.themes'), value: i.themes.map((theme) => t(`theme.${theme}`)).join(', ') },
          ...(i.seeks.length > 0
            ? [{ key: t('initiativeForm.seeks'), value: i.seeks.map((s) => t(`seek.${s}`)).join(', ') }]
            : []),
        ]}
      />
      {texts.map(([key, title, text]) => (
        <Section id={`tekst-${key}`} title={title as string}>
          <Paragraph>{text}</Paragraph>
        </Section>
      ))}

      <Section id="partners" title={t('initiativePage.partners')}>
        {detail.participants.length === 0 ? (
          <Paragraph>{t('initiativePage.noPartners')}</Paragraph>
        ) : (
          <>
            {coDevelopers.length > 0 && <h3 class="utrecht-heading-3">{t('participantRole.co-developer')}</h3>}
            <ul class="utrecht-unordered-list">
              {coDevelopers.map((p) => (
                <li class="utrecht-unordered-list__item">
                  {p.municipalitySlug ? (
                    <Link href={`/gemeenten/${p.municipalitySlug}`}>{p.organisationName}</Link>
                  ) : (
                    p.organisationName
                  )}
                  {p.contactFirstName ? ` — ${t('initiativePage.contact')}: ${p.contactFirstName}` : ''}
                </li>
              ))}
            </ul>
            {followers.length > 0 && <h3 class="utrecht-heading-3">{t('participantRole.follower')}</h3>}
            <ul class="utrecht-unordered-list">
              {followers.map((p) => (
                <li class="utrecht-unordered-list__item">
                  {p.municipalitySlug ? (
                    <Link href={`/gemeenten/${p.municipalitySlug}`}>{p.organisationName}</Link>
                  ) : (
                    p.organisationName
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="meedoen" title={t('initiativePage.joinTitle')}>
        {ctx.actor.kind !== 'account' ? (
          <Paragraph>
            <Link href={`/inloggen?terug=${encodeURIComponent(`/innovatie/${i.id}`)}`}>
              {t('initiativePage.loginToJoin')}
            </Link>
          </Paragraph>
        ) : permissions.joinable.length === 0 && permissions.leavable.length === 0 ? (
          <Paragraph>{t('initiativePage.noOrganisationToJoin')}</Paragraph>
        ) : null}
        {permissions.joinable.length > 0 && (
          <Form ctx={ctx} action={`/innovatie/${i.id}/deelnemen`} label={t('initiativePage.joinTitle')}>
            <SelectField
              name="organisation"
              label={t('initiativePage.joinAs')}
              value={valuesFor('join').organisation}
              errors={errorsFor('join')}
              options={permissions.joinable.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
            />
            <ChoiceGroup
              kind="radio"
              name="role"
              legend={t('initiativePage.joinRole')}
              options={optionsOf(ctx, 'participantRole', PARTICIPANT_ROLES)}
              value={valuesFor('join').role ?? 'co-developer'}
              errors={errorsFor('join')}
            />
            <SubmitButton>{t('initiativePage.joinSubmit')}</SubmitButton>
          </Form>
        )}
        {permissions.leavable.map((organisation) => (
          <Form
            ctx={ctx}
            action={`/innovatie/${i.id}/verlaten`}
            label={t('initiativePage.leave', { name: organisation.organisationName })}
          >
            <input type="hidden" name="organisation" value={organisation.organisationId} />
            <SubmitButton variant="secondary">
              {t('initiativePage.leave', { name: organisation.organisationName })}
            </SubmitButton>
          </Form>
        ))}
      </Section>

      <Section id="fasen" title={t('initiativePage.phases')}>
        <ol class="utrecht-ordered-list">
          {detail.phases.map((p) => (
            <li class="utrecht-ordered-list__item">
              {t(`phase.${p.phase}`)} —{' '}
              {new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
                new Date(p.enteredOn),
              )}
            </li>
          ))}
        </ol>
        {permissions.canEdit && nextPhases.length > 0 && (
          <Form ctx={ctx} action={`/innovatie/${i.id}/fase`} label={t('initiativePage.phaseChange')}>
            <SelectField
              name="phase"
              label={t('initiativePage.phaseChange')}
              value={valuesFor('phase').phase}
              errors={errorsFor('phase')}
              options={optionsOf(ctx, 'phase', nextPhases)}
            />
            <SubmitButton variant="secondary">{t('initiativePage.phaseSubmit')}</SubmitButton>
          </Form>
        )}
      </Section>

      <Section id="experimenten" title={t('initiativePage.experiments')}>
        {detail.experiments.length === 0 && <Paragraph>{t('initiativePage.noExperiments')}</Paragraph>}
        {detail.experiments.map((e) => (
          <article class="samen-card" aria-label={e.hypothesis}>
            <DataList
              items={[
                { key: t('experiment.date'), value: e.heldOn },
                { key: t('experiment.hypothesis'), value: e.hypothesis },
                { key: t('experiment.measure'), value: e.measure },
                ...(e.result ? [{ key: t('experiment.result'), value: e.result }] : []),
                ...(e.learning ? [{ key: t('experiment.learning'), value: e.learning }] : []),
              ]}
            />
          </article>
        ))}
        {permissions.canEdit && (
          <Form ctx={ctx} action={`/innovatie/${i.id}/experimenten`} label={t('initiativePage.addExperiment')}>
            <h3 class="utrecht-heading-3">{t('initiativePage.addExperiment')}</h3>
            <TextArea
              name="hypothesis"
              label={t('experiment.hypothesis')}
              hint={t('experiment.hypothesisHint')}
              value={valuesFor('experiment').hypothesis}
              errors={errorsFor('experiment')}
              rows={2}
            />
            <TextArea
              name="measure"
              label={t('experiment.measure')}
              value={valuesFor('experiment').measure}
              errors={errorsFor('experiment')}
              rows={2}
            />
            <TextArea
              name="result"
              label={t('experiment.result')}
              value={valuesFor('experiment').result}
              errors={errorsFor('experiment')}
              rows={2}
            />
            <TextArea
              name="learning"
              label={t('experiment.learning')}
              value={valuesFor('experiment').learning}
              errors={errorsFor('experiment')}
              rows={2}
            />
            <TextField
              name="date"
              label={t('experiment.date')}
              hint={t('experiment.dateHint')}
              value={valuesFor('experiment').date}
              errors={errorsFor('experiment')}
              width="short"
            />
            <SubmitButton variant="secondary">{t('initiativePage.addExperiment')}</SubmitButton>
          </Form>
        )}
      </Section>

      <Section id="advies" title={t('initiativePage.advice')}>
        {detail.advice.length === 0 && <Paragraph>{t('initiativePage.noAdvice')}</Paragraph>}
        {detail.advice.map((a) => (
          <article class="samen-card" aria-label={t('initiativePage.adviceBy', { name: a.authorName })}>
            <p class="samen-meta">
              {t('initiativePage.adviceBy', { name: a.authorName })} · {formatDateTime(ctx.locale, a.createdAt)}
            </p>
            <Paragraph>{a.body}</Paragraph>
            {a.response ? (
              <p class="utrecht-paragraph">
                <strong>{t('initiativePage.response')}:</strong> {a.response}
              </p>
            ) : (
              permissions.canEdit && (
                <Form
                  ctx={ctx}
                  action={`/innovatie/${i.id}/advies/${a.id}/reactie`}
                  label={t('initiativePage.respond')}
                >
                  <TextArea
                    name="response"
                    id={fieldId(`response-${a.id}`)}
                    label={t('initiativePage.respond')}
                    value={forms.form === `response-${a.id}` ? forms.values.response : undefined}
                    errors={errorsFor(`response-${a.id}`)}
                    rows={2}
                  />
                  <SubmitButton variant="secondary">{t('initiativePage.respondSubmit')}</SubmitButton>
                </Form>
              )
            )}
          </article>
        ))}
        {permissions.canAdvise && (
          <Form ctx={ctx} action={`/innovatie/${i.id}/advies`} label={t('initiativePage.giveAdvice')}>
            <TextArea
              name="body"
              label={t('initiativePage.giveAdvice')}
              value={valuesFor('advice').body}
              errors={errorsFor('advice')}
              rows={3}
            />
            <SubmitButton variant="secondary">{t('initiativePage.adviceSubmit')}</SubmitButton>
          </Form>
        )}
      </Section>

      <Section id="vergelijkbaar" title={t('initiativePage.similar')}>
        {similar.length === 0 ? (
          <Paragraph>{t('similar.none')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {similar.map((item) => (
              <li class="samen-card">
                <Link href={`/innovatie/${item.id}`}>{item.title}</Link>
                <p class="samen-meta">
                  {item.municipalityName} · {t(`phase.${item.phase}`)} ·{' '}
                  {t('similar.score', { percent: Math.round(item.score * 100) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Layout>
  );
}
