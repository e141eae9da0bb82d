import type { ViewContext } from '../../../core/views/context';
import { type Aggregate, type Criterion, MOSCOW } from '../rules';
import type { BoardMember, StoredScore } from '../rounds/queries';
import { FactTable, Scroll, SubSection } from './parts';

const score = (ctx: ViewContext, value: number | null) =>
  value === null
    ? '–'
    : new Intl.NumberFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value);

/** After scoring closes: the weighted average, the average per criterion and the MoSCoW tally. */
export function AggregateTables(props: {
  ctx: ViewContext;
  id: string;
  criteria: readonly Criterion[];
  title: string;
  aggregate: Aggregate;
}) {
  const { ctx, id, criteria, title, aggregate } = props;
  const { t } = ctx;
  return (
    <SubSection id={`totaal-${id}`} title={t('scaleUp.pages.aggregate.title')} level={4}>
      <Scroll label={t('scaleUp.pages.aggregate.caption', { title })}>
        <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
          <caption class="utrecht-table__caption">{t('scaleUp.pages.aggregate.caption', { title })}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('scaleUp.pages.round.criterion')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('scaleUp.pages.round.weight')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('scaleUp.pages.aggregate.average')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {criteria.map((criterion) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {criterion.label}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{criterion.weight}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">
                  {score(ctx, aggregate.perCriterion[criterion.key] ?? null)}
                </td>
              </tr>
            ))}
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row" colspan={2}>
                {t('scaleUp.pages.aggregate.weighted')}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">
                <strong>{score(ctx, aggregate.weightedAverage)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </Scroll>
      <FactTable
        caption={t('scaleUp.pages.aggregate.moscowCaption')}
        head={[t('scaleUp.pages.aggregate.choice'), t('scaleUp.pages.aggregate.times')]}
        rows={MOSCOW.map((choice) => ({ label: t(`scaleUp.moscow.${choice}`), value: aggregate.moscow[choice] }))}
      />
      <p class="utrecht-paragraph">
        {t('scaleUp.pages.aggregate.counted', { count: aggregate.counted })}
        {aggregate.excluded > 0 && ` ${t('scaleUp.pages.aggregate.excluded', { count: aggregate.excluded })}`}
      </p>
    </SubSection>
  );
}

/** After scoring closes, for board members: each member's MoSCoW choice, comment and conflict of interest. */
export function MemberScores(props: {
  ctx: ViewContext;
  board: readonly BoardMember[];
  scores: readonly StoredScore[];
}) {
  const { ctx, board, scores } = props;
  const { t } = ctx;
  const nameOf = (accountId: string) => board.find((m) => m.accountId === accountId)?.firstName ?? '';
  return (
    <details class="samen-details">
      <summary class="samen-details__summary">{t('scaleUp.pages.scores.title')}</summary>
      <ul class="utrecht-unordered-list">
        {scores.map((s) => (
          <li class="utrecht-unordered-list__item">
            <strong>{nameOf(s.accountId)}</strong>: {t(`scaleUp.moscow.${s.moscow}`)}
            {s.conflictOfInterest ? ` (${t('scaleUp.pages.scores.conflict')})` : ''}
            {s.comment ? ` — ${s.comment}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
