import {
  Alert,
  ChoiceGroup,
  DataList,
  Form,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { DECISIONS, MOSCOW } from '../rules';
import { AggregateTables, MemberScores } from './round-results';
import type { NominationView, RoundView } from './round-model';
import { optionsOf, type PageForms, stateOf, SubSection } from './parts';

/** The fields of a nomination's forms carry its id, so several forms on one page keep their ids apart. */
export const scoped = (nominationId: string, field: string) => `${nominationId}.${field}`;

const SCORE_VALUES = ['1', '2', '3', '4', '5'] as const;

function ScoreForm(props: { ctx: ViewContext; view: RoundView; item: NominationView; forms: PageForms }) {
  const { ctx, view, item, forms } = props;
  const { t } = ctx;
  const id = item.nomination.id;
  const field = (name: string) => scoped(id, name);
  const state = stateOf(forms, `score-${id}`);
  const accountId = ctx.actor.kind === 'account' ? ctx.actor.accountId : '';
  const own = item.scores.find((s) => s.accountId === accountId);
  const values = forms.form === `score-${id}` ? state.values : undefined;
  const given = (name: string, stored: string | undefined) => (values ? values[field(name)] : stored);
  return (
    <SubSection id={`score-${id}`} title={t('scaleUp.pages.score.title')} level={4}>
      <Paragraph>{t('scaleUp.pages.score.intro')}</Paragraph>
      {own && <Alert type="info">{t('scaleUp.pages.score.saved')}</Alert>}
      {item.conflict && <Alert type="warning">{t('scaleUp.pages.score.conflictWarning')}</Alert>}
      <Form
        ctx={ctx}
        action={`/opschalen/rondes/${view.round.id}/voordrachten/${id}/score`}
        label={`${t('scaleUp.pages.score.title')}: ${item.nomination.initiativeTitle}`}
      >
        {view.round.criteria.map((criterion) => (
          <SelectField
            name={field(`criteria.${criterion.key}`)}
            label={t('scaleUp.pages.score.criterion', { label: criterion.label, weight: criterion.weight })}
            value={given(`criteria.${criterion.key}`, own ? String(own.criteria[criterion.key] ?? '') : '')}
            errors={state.errors}
            options={[
              { value: '', label: t('scaleUp.pages.score.choose') },
              ...optionsOf(ctx, 'scaleUp.pages.score.value', SCORE_VALUES),
            ]}
          />
        ))}
        <ChoiceGroup
          name={field('moscow')}
          kind="radio"
          legend={t('scaleUp.pages.score.moscow')}
          options={optionsOf(ctx, 'scaleUp.moscow', MOSCOW)}
          value={given('moscow', own?.moscow)}
          errors={state.errors}
        />
        <TextArea
          name={field('comment')}
          label={t('scaleUp.pages.score.comment')}
          value={given('comment', own?.comment)}
          errors={state.errors}
          rows={3}
        />
        <ChoiceGroup
          name={field('conflictOfInterest')}
          kind="checkbox"
          legend={t('scaleUp.pages.score.conflict')}
          hint={t('scaleUp.pages.score.conflictHint')}
          options={[{ value: 'ja', label: t('scaleUp.pages.score.conflictOption') }]}
          value={given('conflictOfInterest', (own ? own.conflictOfInterest : item.conflict) ? 'ja' : undefined)}
          errors={state.errors}
        />
        <SubmitButton>{t('scaleUp.pages.score.submit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

function DecisionForm(props: { ctx: ViewContext; view: RoundView; item: NominationView; forms: PageForms }) {
  const { ctx, view, item, forms } = props;
  const { t } = ctx;
  const id = item.nomination.id;
  const { errors, values } = stateOf(forms, `decide-${id}`);
  return (
    <SubSection id={`besluit-${id}`} title={t('scaleUp.pages.decide.title')} level={4}>
      <Form
        ctx={ctx}
        action={`/opschalen/rondes/${view.round.id}/voordrachten/${id}/besluit`}
        label={`${t('scaleUp.pages.decide.title')}: ${item.nomination.initiativeTitle}`}
      >
        <ChoiceGroup
          name={scoped(id, 'decision')}
          kind="radio"
          legend={t('scaleUp.pages.decide.decision')}
          options={optionsOf(ctx, 'scaleUp.decision', DECISIONS)}
          value={values[scoped(id, 'decision')]}
          errors={errors}
        />
        <TextArea
          name={scoped(id, 'rationale')}
          label={t('scaleUp.pages.decide.rationale')}
          hint={t('scaleUp.pages.decide.rationaleHint')}
          value={values[scoped(id, 'rationale')]}
          errors={errors}
        />
        <SubmitButton>{t('scaleUp.pages.decide.submit')}</SubmitButton>
      </Form>
    </SubSection>
  );
}

/** One nomination (or entry): who carries it and why, the decision, the scores and the board's forms. */
export function NominationArticle(props: {
  ctx: ViewContext;
  view: RoundView;
  item: NominationView;
  forms: PageForms;
  nameOf: (code: string | null) => string | undefined;
}) {
  const { ctx, view, item, forms, nameOf } = props;
  const { t } = ctx;
  const n = item.nomination;
  const coDevelopers = n.coDevelopingMunicipalities.filter((code) => code !== n.ownerMunicipalityCode);
  const headingId = `voordracht-${n.id}`;
  return (
    <article class="samen-card samen-section" aria-labelledby={headingId}>
      <h3 class="utrecht-heading-3" id={headingId}>
        <Link href={`/innovatie/${n.initiativeId}`}>{n.initiativeTitle}</Link>
      </h3>
      <DataList
        items={[
          { key: t('scaleUp.pages.nomination.owner'), value: n.ownerMunicipalityName },
          ...(coDevelopers.length > 0
            ? [{ key: t('scaleUp.pages.nomination.coDevelopers'), value: coDevelopers.map(nameOf).join(', ') }]
            : []),
          { key: t('scaleUp.pages.nomination.motivation'), value: n.motivation },
          ...(n.expectedCosts ? [{ key: t('scaleUp.pages.nomination.costs'), value: n.expectedCosts }] : []),
          ...(n.preselected
            ? [{ key: t('scaleUp.pages.nomination.preselected'), value: n.preselectionNote ?? '' }]
            : []),
          ...(n.decision
            ? [
                { key: t('scaleUp.pages.nomination.decision'), value: t(`scaleUp.decision.${n.decision}`) },
                { key: t('scaleUp.pages.nomination.rationale'), value: n.rationale ?? '' },
              ]
            : []),
        ]}
      />
      {item.serviceSlug && (
        <Paragraph>
          <Link href={`/opschalen/voorzieningen/${item.serviceSlug}`}>
            {t('scaleUp.pages.nomination.service', { name: n.initiativeTitle })}
          </Link>
        </Paragraph>
      )}
      {item.aggregate ? (
        <AggregateTables
          ctx={ctx}
          id={n.id}
          criteria={view.round.criteria}
          title={n.initiativeTitle}
          aggregate={item.aggregate}
        />
      ) : (
        view.phase !== 'nominating' && <Paragraph>{t('scaleUp.pages.score.hidden')}</Paragraph>
      )}
      {item.aggregate && item.scores.length > 0 && <MemberScores ctx={ctx} board={view.board} scores={item.scores} />}
      {item.mayScore && <ScoreForm ctx={ctx} view={view} item={item} forms={forms} />}
      {item.mayDecide && <DecisionForm ctx={ctx} view={view} item={item} forms={forms} />}
    </article>
  );
}
