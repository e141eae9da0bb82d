import { Alert, Breadcrumbs, DataList, ErrorSummary, Heading1, Link, Paragraph } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { STAKEHOLDER_ROLES } from '../rules';
import { AdoptionForms } from './adoption-form-views';
import type { AdoptionView } from './adoption-model';
import { day, type PageForms, ScaleUpNav, Scroll, Section } from './parts';

function Facts({ ctx, view }: { ctx: ViewContext; view: AdoptionView }) {
  const { t } = ctx;
  const a = view.adoption;
  if (!a) return <Paragraph>{t('scaleUp.pages.adoption.none', { municipality: view.municipality.name })}</Paragraph>;
  const group = view.groups.find((g) => g.id === a.groupId);
  return (
    <DataList
      items={[
        { key: t('scaleUp.pages.adoption.stage'), value: t(`scaleUp.stage.${a.stage}`) },
        { key: t('scaleUp.pages.adoption.interestedOn'), value: day(ctx, a.interestedOn) },
        ...(a.decidedOn ? [{ key: t('scaleUp.pages.adoption.decidedOn'), value: day(ctx, a.decidedOn) }] : []),
        ...(a.liveOn ? [{ key: t('scaleUp.pages.adoption.liveOn'), value: day(ctx, a.liveOn) }] : []),
        ...(a.stoppedReason ? [{ key: t('scaleUp.pages.adoption.stoppedReason'), value: a.stoppedReason }] : []),
        ...(group ? [{ key: t('scaleUp.pages.adoption.group'), value: group.name }] : []),
      ]}
    />
  );
}

const th = 'utrecht-table__header-cell';
/** Stakeholders in the order of the form. */
const ORDER: readonly string[] = STAKEHOLDER_ROLES;

function Events({ ctx, view }: { ctx: ViewContext; view: AdoptionView }) {
  const { t } = ctx;
  if (!view.adoption) return null;
  return (
    <Section id="traject" title={t('scaleUp.pages.events.title')}>
      {view.events.length === 0 ? (
        <Paragraph>{t('scaleUp.pages.events.none')}</Paragraph>
      ) : (
        <Scroll label={t('scaleUp.pages.events.caption')}>
          <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
            <caption class="utrecht-table__caption">{t('scaleUp.pages.events.caption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class={th} scope="col">
                  {t('scaleUp.pages.events.date')}
                </th>
                <th class={th} scope="col">
                  {t('scaleUp.pages.events.kind')}
                </th>
                {view.insider && (
                  <>
                    <th class={th} scope="col">
                      {t('scaleUp.pages.events.note')}
                    </th>
                    <th class={th} scope="col">
                      {t('scaleUp.pages.events.by')}
                    </th>
                  </>
                )}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {view.events.map((event) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{day(ctx, event.occurredOn)}</td>
                  <td class="utrecht-table__cell">
                    {event.kind === 'stage-changed' && event.stage
                      ? t('scaleUp.pages.events.stage', { stage: t(`scaleUp.stage.${event.stage}`) })
                      : t(`scaleUp.eventKind.${event.kind}`)}
                  </td>
                  {view.insider && (
                    <>
                      <td class="utrecht-table__cell">{event.note}</td>
                      <td class="utrecht-table__cell">{event.recordedBy ?? ''}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </Section>
  );
}

function Stakeholders({ ctx, view }: { ctx: ViewContext; view: AdoptionView }) {
  const { t } = ctx;
  if (!view.insider || !view.adoption) return null;
  return (
    <Section id="betrokkenen" title={t('scaleUp.pages.stakeholders.title')}>
      {view.stakeholders.length === 0 ? (
        <Paragraph>{t('scaleUp.pages.stakeholders.none')}</Paragraph>
      ) : (
        <Scroll label={t('scaleUp.pages.stakeholders.caption')}>
          <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
            <caption class="utrecht-table__caption">{t('scaleUp.pages.stakeholders.caption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class={th} scope="col">
                  {t('scaleUp.pages.stakeholders.role')}
                </th>
                <th class={th} scope="col">
                  {t('scaleUp.pages.stakeholders.stance')}
                </th>
                <th class={th} scope="col">
                  {t('scaleUp.pages.stakeholders.note')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {[...view.stakeholders]
                .sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role))
                .map((s) => (
                  <tr class="utrecht-table__row">
                    <th class={th} scope="row">
                      {t(`scaleUp.role.${s.role}`)}
                    </th>
                    <td class="utrecht-table__cell">{t(`scaleUp.stance.${s.stance}`)}</td>
                    <td class="utrecht-table__cell">{s.note}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </Section>
  );
}

function Steps({ ctx, view }: { ctx: ViewContext; view: AdoptionView }) {
  const { t } = ctx;
  if (!view.adoption || view.steps.length === 0) return null;
  const statusOf = (stepId: string) => {
    const progress = view.progress.find((p) => p.stepId === stepId && p.done);
    if (!progress) return t('scaleUp.pages.steps.open');
    return t(progress.shared ? 'scaleUp.pages.steps.doneShared' : 'scaleUp.pages.steps.done');
  };
  return (
    <Section id="stappen" title={t('scaleUp.pages.steps.title')}>
      <ol class="utrecht-ordered-list">
        {view.steps.map((step) => (
          <li class="utrecht-ordered-list__item">
            <Link href={`/opschalen/voorzieningen/${view.service.slug}#stap-${step.id}`}>{step.title}</Link>:{' '}
            {statusOf(step.id)}
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** A municipality's adoption of a service: its stage, its trajectory and — for insiders — notes and forms. */
export function AdoptionPage({ ctx, view, forms }: { ctx: ViewContext; view: AdoptionView; forms: PageForms }) {
  const { t } = ctx;
  const title = t('scaleUp.pages.adoption.title', { service: view.service.name, municipality: view.municipality.name });
  const servicePath = `/opschalen/voorzieningen/${view.service.slug}`;
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(forms.errors).length > 0}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: '/opschalen', label: t('scaleUp.pages.title') },
          { href: '/opschalen/voorzieningen', label: t('scaleUp.pages.services.title') },
          { href: servicePath, label: view.service.name },
        ]}
      />
      <Heading1>{title}</Heading1>
      <ScaleUpNav ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={forms.errors} />
      <Facts ctx={ctx} view={view} />
      {view.insider && view.adoption && (
        <Alert type="info">{t('scaleUp.pages.adoption.private', { municipality: view.municipality.name })}</Alert>
      )}
      <Events ctx={ctx} view={view} />
      <Stakeholders ctx={ctx} view={view} />
      <Steps ctx={ctx} view={view} />
      {view.mayEdit && <AdoptionForms ctx={ctx} view={view} forms={forms} />}
      <Paragraph>
        <Link href={servicePath}>{t('scaleUp.pages.back', { name: view.service.name })}</Link>
      </Paragraph>
    </Layout>
  );
}
