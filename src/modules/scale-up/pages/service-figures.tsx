import type { Child } from 'hono/jsx';
import { Paragraph } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import type { GroupFigures, ServiceFigures } from '../adoptions/figures';
import { type Spread, STAGES } from '../rules';
import { FactTable, number, percent, Scroll, Section, SubSection } from './parts';

const days = (ctx: ViewContext, value: number | null) =>
  value === null ? ctx.t('scaleUp.pages.figures.unknown') : number(ctx, value);

const total = (figures: GroupFigures) => STAGES.reduce((sum, stage) => sum + figures.stageCounts[stage], 0);

function Head({ children, numeric }: { children?: Child; numeric?: boolean }) {
  const cls = `utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}`;
  return (
    <th class={cls} scope="col">
      {children}
    </th>
  );
}
const Cell = ({ children }: { children?: Child }) => (
  <td class="utrecht-table__cell utrecht-table__cell--numeric">{children}</td>
);

/** How long trajectories take: median and quartiles, from interest to decision and to live. */
function DurationTable({ ctx, figures }: { ctx: ViewContext; figures: ServiceFigures }) {
  const { t } = ctx;
  const rows: [string, Spread][] = [
    [t('scaleUp.pages.figures.toDecision'), figures.decisionDays],
    [t('scaleUp.pages.figures.toLive'), figures.liveDays],
  ];
  return (
    <Scroll label={t('scaleUp.pages.figures.daysCaption')}>
      <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
        <caption class="utrecht-table__caption">{t('scaleUp.pages.figures.daysCaption')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <Head>{t('scaleUp.pages.figures.span')}</Head>
            <Head numeric>{t('scaleUp.pages.figures.median')}</Head>
            <Head numeric>{t('scaleUp.pages.figures.p25')}</Head>
            <Head numeric>{t('scaleUp.pages.figures.p75')}</Head>
            <Head numeric>{t('scaleUp.pages.figures.count')}</Head>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map(([label, spread]) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {label}
              </th>
              <Cell>{days(ctx, spread.median)}</Cell>
              <Cell>{days(ctx, spread.p25)}</Cell>
              <Cell>{days(ctx, spread.p75)}</Cell>
              <Cell>{spread.count}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** The figures of one group of municipalities per row: a province or a size class. */
function GroupTable(props: {
  ctx: ViewContext;
  caption: string;
  head: string;
  rows: { label: string; figures: GroupFigures }[];
}) {
  const { ctx, caption, head, rows } = props;
  const { t } = ctx;
  return (
    <Scroll label={caption}>
      <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <Head>{head}</Head>
            <Head numeric>{t('scaleUp.pages.figures.total')}</Head>
            <Head numeric>{t('scaleUp.stage.live')}</Head>
            <Head numeric>{t('scaleUp.pages.figures.medianDecision')}</Head>
            <Head numeric>{t('scaleUp.pages.figures.medianLive')}</Head>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map(({ label, figures }) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {label}
              </th>
              <Cell>{total(figures)}</Cell>
              <Cell>{figures.stageCounts.live}</Cell>
              <Cell>{days(ctx, figures.decisionDays.median)}</Cell>
              <Cell>{days(ctx, figures.liveDays.median)}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** The figures of a service: per stage, how long it takes, per province and size class, and what came first. */
export function FiguresSection({ ctx, figures }: { ctx: ViewContext; figures: ServiceFigures }) {
  const { t } = ctx;
  return (
    <Section id="cijfers" title={t('scaleUp.pages.figures.title')}>
      <FactTable
        caption={t('scaleUp.pages.figures.stageCaption')}
        head={[t('scaleUp.pages.figures.stage'), t('scaleUp.pages.figures.municipalities')]}
        rows={STAGES.map((stage) => ({ label: t(`scaleUp.stage.${stage}`), value: figures.stageCounts[stage] }))}
      />
      <DurationTable ctx={ctx} figures={figures} />
      <Paragraph>{t('scaleUp.pages.figures.daysExplain')}</Paragraph>
      {figures.byProvince.length > 0 && (
        <GroupTable
          ctx={ctx}
          caption={t('scaleUp.pages.figures.provinceCaption')}
          head={t('scaleUp.pages.figures.province')}
          rows={figures.byProvince.map(({ province, ...rest }) => ({ label: province, figures: rest }))}
        />
      )}
      {figures.bySizeClass.length > 0 && (
        <GroupTable
          ctx={ctx}
          caption={t('scaleUp.pages.figures.sizeCaption')}
          head={t('scaleUp.pages.figures.sizeClass')}
          rows={figures.bySizeClass.map(({ sizeClass, ...rest }) => ({
            label: t(`scaleUp.size.${sizeClass}`),
            figures: rest,
          }))}
        />
      )}
      <SubSection id="wat-kwam-eerst" title={t('scaleUp.pages.figures.startedTitle')}>
        <Paragraph>{t('scaleUp.pages.figures.startedIntro')}</Paragraph>
        {figures.startedWith.length === 0 ? (
          <Paragraph>{t('scaleUp.pages.figures.startedNone')}</Paragraph>
        ) : (
          <ul class="utrecht-unordered-list">
            {figures.startedWith.map(({ kind, count, share }) => (
              <li class="utrecht-unordered-list__item">
                {t('scaleUp.pages.figures.started', {
                  kind: t(`scaleUp.eventKind.${kind}`),
                  count,
                  share: percent(ctx, share),
                })}
              </li>
            ))}
          </ul>
        )}
      </SubSection>
    </Section>
  );
}
