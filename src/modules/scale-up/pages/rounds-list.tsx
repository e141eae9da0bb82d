import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import {
  Breadcrumbs,
  Heading1,
  Pagination,
  Paragraph,
  SelectField,
  SubmitButton,
} from '../../../core/views/components';
import { type ViewContext, viewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { ROUND_KINDS, type RoundPhase, roundPhase } from '../rules';
import { listRounds, type Round } from '../rounds/queries';
import { optionsOf, ScaleUpNav } from './parts';
import { RoundCard } from './round-card';

const PAGE_SIZE = 20;
const PHASES = ['nominating', 'scoring', 'deciding', 'decided'] as const;

/** The list's filters; a value that is not one of the choices is ignored rather than refused. */
const ListQuery = z.object({
  soort: z.enum(ROUND_KINDS).optional().catch(undefined),
  status: z.enum(PHASES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});
type ListQuery = z.infer<typeof ListQuery>;

function RoundListPage(props: {
  ctx: ViewContext;
  rounds: { round: Round; phase: RoundPhase }[];
  total: number;
  query: ListQuery;
  url: URL;
}) {
  const { ctx, rounds, total, query, url } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('scaleUp.pages.rounds.title')}>
      <Breadcrumbs ctx={ctx} trail={[{ href: '/opschalen', label: t('scaleUp.pages.title') }]} />
      <Heading1>{t('scaleUp.pages.rounds.title')}</Heading1>
      <ScaleUpNav ctx={ctx} />
      <Paragraph lead>{t('scaleUp.pages.rounds.intro')}</Paragraph>
      <form method="get" action="/opschalen/rondes" class="samen-form samen-filter" novalidate>
        <SelectField
          name="soort"
          label={t('scaleUp.pages.rounds.kind')}
          value={query.soort ?? ''}
          options={[
            { value: '', label: t('scaleUp.pages.rounds.allKinds') },
            ...optionsOf(ctx, 'scaleUp.kind', ROUND_KINDS),
          ]}
        />
        <SelectField
          name="status"
          label={t('scaleUp.pages.rounds.status')}
          value={query.status ?? ''}
          options={[
            { value: '', label: t('scaleUp.pages.rounds.allStatuses') },
            ...optionsOf(ctx, 'scaleUp.phase', PHASES),
          ]}
        />
        <SubmitButton variant="secondary">{t('scaleUp.pages.rounds.filter')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph" role="status">
        {t('scaleUp.pages.rounds.count', { count: total })}
      </p>
      {rounds.length === 0 ? (
        <Paragraph>{t('scaleUp.pages.rounds.none')}</Paragraph>
      ) : (
        <ul class="samen-card-list">
          {rounds.map(({ round, phase }) => (
            <RoundCard ctx={ctx} round={round} phase={phase} headingLevel={2} />
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={query.pagina} pageSize={PAGE_SIZE} total={total} baseUrl={url} />
    </Layout>
  );
}

/** `/opschalen/rondes`: portfolio rounds and open competitions, newest decision date first, with filters. */
export function registerRoundListPage(app: Hono<AppEnv>) {
  app.get('/opschalen/rondes', async (c) => {
    const query = ListQuery.parse(c.req.query());
    const now = c.var.deps.clock.now();
    const { items, total } = await listRounds(c.var.deps.db, {
      kind: query.soort,
      phase: query.status,
      now,
      page: query.pagina,
      pageSize: PAGE_SIZE,
    });
    const rounds = items.map((round) => ({ round, phase: roundPhase(round, now) }));
    return c.html(
      <RoundListPage ctx={viewContext(c)} rounds={rounds} total={total} query={query} url={new URL(c.req.url)} />,
    );
  });
}
