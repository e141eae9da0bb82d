import { Link } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import type { RoundPhase } from '../rules';
import type { Round } from '../rounds/queries';
import { moment } from './parts';

/** One round or competition in a list: its title, kind, status and dates. */
export function RoundCard(props: { ctx: ViewContext; round: Round; phase: RoundPhase; headingLevel: 2 | 3 }) {
  const { ctx, round, phase, headingLevel } = props;
  const { t } = ctx;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="samen-card">
      <Heading class={`utrecht-heading-${headingLevel}`}>
        <Link href={`/opschalen/rondes/${round.id}`}>{round.title}</Link>
      </Heading>
      <p class="samen-meta">
        {t(`scaleUp.kind.${round.kind}`)} · <span class="samen-tag">{t(`scaleUp.phase.${phase}`)}</span>
      </p>
      <p class="samen-meta">
        {t('scaleUp.pages.round.nominationsClose')}: {moment(ctx, round.nominationsCloseAt)} ·{' '}
        {t('scaleUp.pages.round.scoringCloses')}: {moment(ctx, round.scoringClosesAt)} ·{' '}
        {t('scaleUp.pages.round.decisionAt')}: {moment(ctx, round.decisionAt)}
      </p>
      <p class="samen-meta">
        {t('scaleUp.pages.round.nominationCount')}: {round.nominationCount}
      </p>
    </li>
  );
}
