import {
  Breadcrumbs,
  ChoiceGroup,
  DataList,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { moment, type PageForms, ScaleUpNav, Scroll, Section, stateOf } from './parts';
import { NominationArticle } from './round-nomination';
import type { RoundView } from './round-model';

function Facts({ ctx, view }: { ctx: ViewContext; view: RoundView }) {
  const { t } = ctx;
  const { round, phase } = view;
  return (
    <DataList
      items={[
        { key: t('scaleUp.pages.rounds.kind'), value: t(`scaleUp.kind.${round.kind}`) },
        { key: t('scaleUp.pages.rounds.status'), value: t(`scaleUp.phase.${phase}`) },
        { key: t('scaleUp.pages.round.nominationsClose'), value: moment(ctx, round.nominationsCloseAt) },
        { key: t('scaleUp.pages.round.scoringCloses'), value: moment(ctx, round.scoringClosesAt) },
        { key: t('scaleUp.pages.round.decisionAt'), value: moment(ctx, round.decisionAt) },
        ...(round.developmentEndsAt
          ? [{ key: t('scaleUp.pages.round.developmentEnds'), value: moment(ctx, round.developmentEndsAt) }]
          : []),
        { key: t('scaleUp.pages.round.nominationCount'), value: String(round.nominationCount) },
      ]}
    />
  );
}

function Criteria({ ctx, view }: { ctx: ViewContext; view: RoundView }) {
  const { t } = ctx;
  return (
    <Section id="criteria" title={t('scaleUp.pages.round.criteria')}>
      <Scroll label={t('scaleUp.pages.round.criteriaCaption')}>
        <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
          <caption class="utrecht-table__caption">{t('scaleUp.pages.round.criteriaCaption')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('scaleUp.pages.round.criterion')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('scaleUp.pages.round.weight')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {view.round.criteria.map((criterion) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {criterion.label}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{criterion.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </Section>
  );
}

function NominateForm({ ctx, view, forms }: { ctx: ViewContext; view: RoundView; forms: PageForms }) {
  const { t } = ctx;
  const { errors, values } = stateOf(forms, 'nominate');
  if (!view.nominate) return null;
  return (
    <Section id="voordragen" title={t('scaleUp.pages.nominate.title')}>
      <Paragraph>{t('scaleUp.pages.nominate.intro')}</Paragraph>
      <Form
        ctx={ctx}
        action={`/opschalen/rondes/${view.round.id}/voordragen`}
        label={t('scaleUp.pages.nominate.title')}
      >
        {view.nominate.byId ? (
          <TextField
            name="initiativeId"
            label={t('scaleUp.pages.nominate.initiativeId')}
            hint={t('scaleUp.pages.nominate.initiativeIdHint')}
            value={values.initiativeId}
            errors={errors}
          />
        ) : (
          <ChoiceGroup
            name="initiativeId"
            kind="radio"
            legend={t('scaleUp.pages.nominate.initiative')}
            options={view.nominate.options}
            value={values.initiativeId}
            errors={errors}
          />
        )}
        <TextArea
          name="motivation"
          label={t('scaleUp.pages.nominate.motivation')}
          value={values.motivation}
          errors={errors}
        />
        <TextField
          name="expectedCosts"
          label={t('scaleUp.pages.nominate.costs')}
          value={values.expectedCosts}
          errors={errors}
        />
        <SubmitButton>{t('scaleUp.pages.nominate.submit')}</SubmitButton>
      </Form>
    </Section>
  );
}

/** A competition: who was preselected and why, who won, and the board's preselection form. */
function Competition({ ctx, view, forms }: { ctx: ViewContext; view: RoundView; forms: PageForms }) {
  const { t } = ctx;
  const preselected = view.nominations.filter((n) => n.nomination.preselected);
  const winners = view.nominations.filter((n) => n.nomination.decision === 'scale-up');
  const { errors, values } = stateOf(forms, 'preselect');
  const anchor = (id: string) => `#voordracht-${id}`;
  return (
    <>
      <Section id="voorgeselecteerd" title={t('scaleUp.pages.preselected.title')}>
        {preselected.length === 0 ? (
          <Paragraph>{t('scaleUp.pages.preselected.none')}</Paragraph>
        ) : (
          <ul class="utrecht-unordered-list">
            {preselected.map(({ nomination }) => (
              <li class="utrecht-unordered-list__item">
                <Link href={anchor(nomination.id)}>{nomination.initiativeTitle}</Link>
                {nomination.preselectionNote ? `: ${nomination.preselectionNote}` : ''}
              </li>
            ))}
          </ul>
        )}
        {view.mayPreselect && (
          <Form
            ctx={ctx}
            action={`/opschalen/rondes/${view.round.id}/voorselectie`}
            label={t('scaleUp.pages.preselect.title')}
          >
            <h3 class="utrecht-heading-3">{t('scaleUp.pages.preselect.title')}</h3>
            <Paragraph>{t('scaleUp.pages.preselect.intro')}</Paragraph>
            <ChoiceGroup
              name="nominationIds"
              kind="checkbox"
              legend={t('scaleUp.pages.preselect.choose')}
              options={view.nominations.map(({ nomination }) => ({
                value: nomination.id,
                label: nomination.initiativeTitle,
              }))}
              value={values.nominationIds ?? preselected.map((n) => n.nomination.id)}
              errors={errors}
            />
            {view.nominations.map(({ nomination }) => (
              <TextField
                name={`reason.${nomination.id}`}
                label={t('scaleUp.pages.preselect.reason', { title: nomination.initiativeTitle })}
                value={values[`reason.${nomination.id}`] ?? nomination.preselectionNote ?? undefined}
                errors={errors}
              />
            ))}
            <SubmitButton>{t('scaleUp.pages.preselect.submit')}</SubmitButton>
          </Form>
        )}
      </Section>
      <Section id="winnaars" title={t('scaleUp.pages.winners.title')}>
        {winners.length === 0 ? (
          <Paragraph>{t('scaleUp.pages.winners.none')}</Paragraph>
        ) : (
          <ul class="utrecht-unordered-list">
            {winners.map(({ nomination }) => (
              <li class="utrecht-unordered-list__item">
                <Link href={anchor(nomination.id)}>{nomination.initiativeTitle}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** A portfolio round or an open competition: what it is, who decides, the nominations and the forms. */
export function RoundPage({ ctx, view, forms }: { ctx: ViewContext; view: RoundView; forms: PageForms }) {
  const { t } = ctx;
  const { round } = view;
  const nameOf = (code: string | null) => (code ? (view.names.get(code) ?? code) : undefined);
  return (
    <Layout ctx={ctx} title={round.title} hasErrors={Object.keys(forms.errors).length > 0}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: '/opschalen', label: t('scaleUp.pages.title') },
          { href: '/opschalen/rondes', label: t('scaleUp.pages.rounds.title') },
        ]}
      />
      <Heading1>{round.title}</Heading1>
      <ScaleUpNav ctx={ctx} />
      <Paragraph lead>{round.description}</Paragraph>
      <ErrorSummary ctx={ctx} errors={forms.errors} />
      <Facts ctx={ctx} view={view} />
      <Criteria ctx={ctx} view={view} />
      <Section id="overleg" title={t('scaleUp.pages.round.board')}>
        <ul class="utrecht-unordered-list">
          {view.board.map((member) => (
            <li class="utrecht-unordered-list__item">
              {member.firstName}
              {member.municipalityName ? ` (${member.municipalityName})` : ''}
            </li>
          ))}
        </ul>
      </Section>
      <NominateForm ctx={ctx} view={view} forms={forms} />
      {round.kind === 'competition' && <Competition ctx={ctx} view={view} forms={forms} />}
      <Section
        id="voordrachten"
        title={t(round.kind === 'competition' ? 'scaleUp.pages.round.entries' : 'scaleUp.pages.round.nominations')}
      >
        {view.nominations.length === 0 ? (
          <Paragraph>{t('scaleUp.pages.round.noNominations')}</Paragraph>
        ) : (
          view.nominations.map((item) => (
            <NominationArticle ctx={ctx} view={view} item={item} forms={forms} nameOf={nameOf} />
          ))
        )}
      </Section>
    </Layout>
  );
}
