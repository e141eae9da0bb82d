import { Link, Paragraph } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import type { Adoption, ImplementationGroup, StepProgress } from '../adoptions/queries';
import type { Stage } from '../rules';
import type { Service, Step } from '../services/queries';
import { day, Section, SubSection } from './parts';

/** Where each municipality that works on the service is now: the first step of the path it has not done. */
export function currentSteps(
  steps: readonly Step[],
  adoptions: readonly Adoption[],
  progress: readonly StepProgress[],
) {
  const done = new Set(progress.filter((p) => p.done).map((p) => `${p.municipalityCode}:${p.stepId}`));
  const at = new Map<string, Adoption[]>();
  for (const adoption of adoptions) {
    if (adoption.stage !== 'deciding' && adoption.stage !== 'implementing') continue;
    const step = steps.find((s) => !done.has(`${adoption.municipalityCode}:${s.id}`));
    if (step) at.set(step.id, [...(at.get(step.id) ?? []), adoption]);
  }
  return at;
}

const adoptionPath = (service: Service, code: string) => `/opschalen/voorzieningen/${service.slug}/gemeenten/${code}`;

function Names({ ctx, items }: { ctx: ViewContext; items: { name: string; href: string }[] }) {
  if (items.length === 0) return <Paragraph>{ctx.t('scaleUp.pages.path.nobody')}</Paragraph>;
  return (
    <ul class="utrecht-unordered-list samen-inline-list">
      {items.map((item) => (
        <li class="utrecht-unordered-list__item">
          <Link href={item.href}>{item.name}</Link>
        </li>
      ))}
    </ul>
  );
}

/** The learning path: each step with its explanation and checklist, who is at it now and who finished it. */
export function LearningPath(props: {
  ctx: ViewContext;
  service: Service;
  steps: readonly Step[];
  adoptions: readonly Adoption[];
  progress: readonly StepProgress[];
}) {
  const { ctx, service, steps, adoptions, progress } = props;
  const { t } = ctx;
  const now = currentSteps(steps, adoptions, progress);
  return (
    <Section id="leerroute" title={t('scaleUp.pages.path.title')}>
      <Paragraph>{t(steps.length === 0 ? 'scaleUp.pages.path.none' : 'scaleUp.pages.path.intro')}</Paragraph>
      <ol class="samen-card-list">
        {steps.map((step) => {
          const finished = progress.filter((p) => p.stepId === step.id && p.done);
          return (
            <li class="samen-card">
              <SubSection id={`stap-${step.id}`} title={`${step.position}. ${step.title}`}>
                <Paragraph>{step.explanation}</Paragraph>
                {step.checklist.length > 0 && (
                  <>
                    <p class="utrecht-paragraph">
                      <strong>{t('scaleUp.pages.path.checklist')}</strong>
                    </p>
                    <ul class="utrecht-unordered-list">
                      {step.checklist.map((item) => (
                        <li class="utrecht-unordered-list__item">{item}</li>
                      ))}
                    </ul>
                  </>
                )}
                <h4 class="utrecht-heading-4">{t('scaleUp.pages.path.now')}</h4>
                <Names
                  ctx={ctx}
                  items={(now.get(step.id) ?? []).map((a) => ({
                    name: a.municipalityName,
                    href: adoptionPath(service, a.municipalityCode),
                  }))}
                />
                <h4 class="utrecht-heading-4">{t('scaleUp.pages.path.done')}</h4>
                <Names
                  ctx={ctx}
                  items={finished.map((p) => ({
                    name: p.shared ? t('scaleUp.pages.path.shared', { name: p.municipalityName }) : p.municipalityName,
                    href: adoptionPath(service, p.municipalityCode),
                  }))}
                />
              </SubSection>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** Shared implementations: one municipality leads, the others take part. */
export function Groups({ ctx, groups }: { ctx: ViewContext; groups: readonly ImplementationGroup[] }) {
  const { t } = ctx;
  return (
    <Section id="samen-invoeren" title={t('scaleUp.pages.groups.title')}>
      <Paragraph>{t('scaleUp.pages.groups.intro')}</Paragraph>
      {groups.length === 0 ? (
        <Paragraph>{t('scaleUp.pages.groups.none')}</Paragraph>
      ) : (
        <ul class="samen-card-list">
          {groups.map((group) => (
            <li class="samen-card">
              <h3 class="utrecht-heading-3">{group.name}</h3>
              <p class="samen-meta">
                {t('scaleUp.pages.groups.lead')}: {group.leadMunicipalityName}
              </p>
              <p class="utrecht-paragraph">
                {t('scaleUp.pages.groups.members')}: {group.members.map((m) => m.name).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

const LIST_ORDER: readonly Stage[] = ['live', 'implementing', 'deciding', 'interested', 'stopped'];

/** Every adoption of the service, by stage, each linking to that municipality's trajectory. */
export function AdoptionsByStage(props: { ctx: ViewContext; service: Service; adoptions: readonly Adoption[] }) {
  const { ctx, service, adoptions } = props;
  const { t } = ctx;
  return (
    <Section id="gemeenten" title={t('scaleUp.pages.adoptions.title')}>
      {adoptions.length === 0 && <Paragraph>{t('scaleUp.pages.adoptions.none')}</Paragraph>}
      {LIST_ORDER.map((stage) => {
        const here = adoptions.filter((a) => a.stage === stage);
        if (here.length === 0) return null;
        return (
          <SubSection id={`fase-${stage}`} title={`${t(`scaleUp.stage.${stage}`)} (${here.length})`}>
            <ul class="utrecht-unordered-list samen-inline-list">
              {here.map((a) => (
                <li class="utrecht-unordered-list__item">
                  <Link href={adoptionPath(service, a.municipalityCode)}>{a.municipalityName}</Link> (
                  {a.liveOn
                    ? t('scaleUp.pages.adoptions.liveSince', { date: day(ctx, a.liveOn) })
                    : t('scaleUp.pages.adoptions.since', { date: day(ctx, a.interestedOn) })}
                  )
                </li>
              ))}
            </ul>
          </SubSection>
        );
      })}
    </Section>
  );
}
