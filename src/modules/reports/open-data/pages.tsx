import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import { Heading1, Link, Paragraph } from '../../../core/views/components';
import { viewContext, type ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { municipalityCode } from '../../../core/vocabulary';
import { monthValue } from '../period';
import { CC0, openDataCsv } from './catalogue';
import { defaultOpenDataPeriod, OPEN_DATA_COLUMNS, openDataRows } from './rows';

const DownloadQuery = z.object({ gemeente: municipalityCode().optional() });

function OpenDataPage({ ctx, from, to }: { ctx: ViewContext; from: string; to: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('openData.title')}>
      <Heading1>{t('openData.title')}</Heading1>
      <Paragraph lead>{t('openData.lead')}</Paragraph>
      <h2 class="utrecht-heading-2">{t('openData.downloads')}</h2>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <Link href="/open-data/maandcijfers.csv">{t('openData.csv', { from, to })}</Link>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href="/api/v1/open-data/monthly-activity">{t('openData.json')}</Link>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href="/api/v1/open-data">{t('openData.catalogue')}</Link>
        </li>
      </ul>
      <h2 class="utrecht-heading-2">{t('openData.what')}</h2>
      <dl class="samen-open-data__columns">
        {OPEN_DATA_COLUMNS.map((column) => (
          <>
            <dt>
              <code>{column}</code>
            </dt>
            <dd>{t(`openData.column.${column}`)}</dd>
          </>
        ))}
      </dl>
      <h2 class="utrecht-heading-2">{t('openData.privacy')}</h2>
      <Paragraph>{t('openData.privacyText')}</Paragraph>
      <h2 class="utrecht-heading-2">{t('openData.licence')}</h2>
      <Paragraph>
        {t('openData.licenceText')} <Link href={CC0}>CC0 1.0</Link>
      </Paragraph>
    </Layout>
  );
}

/** The open-data page (a catalogue in words) and its CSV download for Dutch Excel. */
export function registerOpenDataPages(app: Hono<AppEnv>) {
  app.get('/open-data', (c) => {
    const period = defaultOpenDataPeriod(c.var.deps.clock.now());
    return c.html(<OpenDataPage ctx={viewContext(c)} from={monthValue(period.from)} to={monthValue(period.to)} />);
  });

  app.get('/open-data/maandcijfers.csv', async (c) => {
    const query = DownloadQuery.safeParse(c.req.query());
    const municipality = query.success ? (query.data.gemeente ?? null) : null;
    const now = c.var.deps.clock.now();
    const period = defaultOpenDataPeriod(now);
    const rows = await openDataRows(c.var.deps.db, period, municipality, now);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    const span = `${monthValue(period.from)}-${monthValue(period.to)}`;
    const name = `samen-maandcijfers-${municipality ? `${municipality}-` : ''}${span}.csv`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(openDataCsv(rows, 'excel'));
  });
}
