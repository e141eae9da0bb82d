import type { Hono } from 'hono';
import type { Executor } from '../../../core/db';
import type { AppEnv } from '../../../core/http/env';
import { Heading1, Link, Paragraph } from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { roundPhase } from '../rules';
import { listRounds, type Nomination, nominationsOf, type Round } from '../rounds/queries';
import { serviceById } from '../services/queries';
import { RoundCard } from './round-card';
import { ScaleUpNav, Section } from './parts';

const DECISIONS_SHOWN = 5;
const ROUNDS_LOOKED_AT = 20;

interface Decided {
  nomination: Nomination;
  round: Round;
  serviceSlug: string | null;
}

/** The newest decisions, from the rounds with the latest decision dates. */
async function newestDecisions(db: Executor, rounds: Round[]): Promise<Decided[]> {
  const decided: Omit<Decided, 'serviceSlug'>[] = [];
  for (const round of rounds)
    for (const nomination of await nominationsOf(db, round.id))
      if (nomination.decision) decided.push({ nomination, round });
  decided.sort((a, b) => (b.nomination.decidedAt ?? '').localeCompare(a.nomination.decidedAt ?? ''));
  return Promise.all(
    decided.slice(0, DECISIONS_SHOWN).map(async (d) => ({
      ...d,
      serviceSlug: d.nomination.serviceId ? ((await serviceById(db, d.nomination.serviceId))?.slug ?? null) : null,
    })),
  );
}

function OverviewPage(props: { ctx: ViewContext; running: Round[]; decisions: Decided[]; now: Date }) {
  const { ctx, running, decisions, now } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('scaleUp.pages.title')}>
      <Heading1>{t('scaleUp.pages.title')}</Heading1>
      <ScaleUpNav ctx={ctx} />
      <Paragraph lead>{t('scaleUp.pages.intro')}</Paragraph>
      <Section id="zo-werkt-het" title={t('scaleUp.pages.how.title')}>
        <ol class="utrecht-ordered-list">
          {(['nominate', 'score', 'service', 'adopt'] as const).map((step) => (
            <li class="utrecht-ordered-list__item">{t(`scaleUp.pages.how.${step}`)}</li>
          ))}
        </ol>
        <ul class="utrecht-unordered-list">
          <li class="utrecht-unordered-list__item">
            <Link href="/opschalen/rondes">{t('scaleUp.pages.links.rounds')}</Link>
          </li>
          <li class="utrecht-unordered-list__item">
            <Link href="/opschalen/voorzieningen">{t('scaleUp.pages.links.services')}</Link>
          </li>
        </ul>
      </Section>
      <Section id="nieuwste-besluiten" title={t('scaleUp.pages.decisions.title')}>
        {decisions.length === 0 ? (
          <Paragraph>{t('scaleUp.pages.decisions.none')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {decisions.map(({ nomination, round, serviceSlug }) => (
              <li class="samen-card">
                <h3 class="utrecht-heading-3">
                  <Link href={`/opschalen/rondes/${round.id}#voordracht-${nomination.id}`}>
                    {nomination.initiativeTitle}
                  </Link>
                </h3>
                <p class="samen-meta">
                  {t(`scaleUp.decision.${nomination.decision}`)} ·{' '}
                  {t('scaleUp.pages.decisions.in', { round: round.title })} · {nomination.ownerMunicipalityName}
                </p>
                <Paragraph>{nomination.rationale}</Paragraph>
                {serviceSlug && (
                  <Paragraph>
                    <Link href={`/opschalen/voorzieningen/${serviceSlug}`}>
                      {t('scaleUp.pages.nomination.service', { name: nomination.initiativeTitle })}
                    </Link>
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="lopende-rondes" title={t('scaleUp.pages.current.title')}>
        {running.length === 0 ? (
          <Paragraph>{t('scaleUp.pages.current.none')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {running.map((round) => (
              <RoundCard ctx={ctx} round={round} phase={roundPhase(round, now)} headingLevel={3} />
            ))}
          </ul>
        )}
      </Section>
    </Layout>
  );
}

/** `/opschalen`: what Samen opschalen is, the newest decisions and the rounds that run now. */
export function registerOverviewPage(app: Hono<AppEnv>) {
  app.get('/opschalen', async (c) => {
    const { db, clock } = c.var.deps;
    const now = clock.now();
    const { items } = await listRounds(db, { now, page: 1, pageSize: ROUNDS_LOOKED_AT });
    const running = items.filter((round) => roundPhase(round, now) !== 'decided');
    const decisions = await newestDecisions(db, items);
    return c.html(<OverviewPage ctx={viewContext(c)} running={running} decisions={decisions} now={now} />);
  });
}
