import { z } from '@hono/zod-openapi';
import { type ApiApp, apiRoute, jsonResponse } from '../../../core/http/api';
import type { Config } from '../../../config';
import { municipalityCode } from '../../../core/vocabulary';
import { periodFrom, ReportQuery, wantsCsv } from '../request';
import { CC0, catalogue, openDataCsv } from './catalogue';
import { defaultOpenDataPeriod, openDataRows } from './rows';

const tags = ['Open data'];
const Count = z.number().int().nullable().openapi({ description: 'null: 1 tot en met 4 (beschermd)' });

const OpenDataSchema = z
  .object({
    license: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    rows: z.array(
      z.object({
        municipality: z.string(),
        month: z.string(),
        category: z.string(),
        requests: Count,
        offers: Count,
        vacancies: Count,
        responses: Count,
        matches: Count,
      }),
    ),
  })
  .openapi('OpenDataMonthlyActivity');

/** Open data: public, CC0, small numbers suppressed. */
export function registerOpenDataApi(api: ApiApp, config: Config) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/open-data',
      tags,
      summary: 'De catalogus van de open data (DCAT, JSON-LD)',
      responses: { 200: jsonResponse(z.record(z.string(), z.unknown()), 'De catalogus') },
    }),
    (c) => c.json(catalogue(config.publicUrl), 200),
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/open-data/monthly-activity',
      tags,
      summary: 'Per gemeente per maand per soort hulp: plaatsingen, reacties en matches (CC0)',
      problems: [],
      request: { query: ReportQuery.extend({ municipality: municipalityCode().optional() }) },
      responses: {
        200: {
          ...jsonResponse(OpenDataSchema, 'De maandcijfers'),
          content: { 'application/json': { schema: OpenDataSchema }, 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const now = c.var.deps.clock.now();
      const period = query.from || query.to ? periodFrom(query, now) : defaultOpenDataPeriod(now);
      const rows = await openDataRows(c.var.deps.db, period, query.municipality ?? null, now);
      if (wantsCsv(query.format, c.req.header('accept'))) {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(openDataCsv(rows, 'api'), 200) as never;
      }
      return c.json({ license: CC0, period, rows }, 200);
    },
  );
}
