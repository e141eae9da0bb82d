import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type ApiApp, accountOf, apiRoute, jsonBody, jsonResponse } from '../../core/http/api';
import type { AppEnv } from '../../core/http/env';
import { forbidden, notFound } from '../../core/errors';
import { municipalityCode } from '../../core/vocabulary';
import { marketplaceOf } from '../marketplace';
import { assertOperator, audienceOf, mayChangeSettings } from './access';
import { monthValue } from './period';
import { nationalCsv, reportCsv, TABLES } from './report/csv';
import { type MarketplaceReport, marketplaceReport, nationalReport } from './report/load';
import { saveSocialValue } from './report/settings';
import { periodFrom, ReportQuery, wantsCsv } from './request';

const tags = ['Rapportages'];
const Count = z.number().int().nullable().openapi({ description: 'null: minder dan 5 (beschermd)' });
const Spread = z.object({ median: z.number().nullable(), p90: z.number().nullable(), count: Count });
const PeriodSchema = z.object({ from: z.string(), to: z.string() });

const FiguresSchema = z.object({
  posts: z.object({ request: Count, offer: Count, vacancy: Count }),
  responses: Count,
  conversationsWithAnswer: Count,
  matches: Count,
  funnel: z.object({ placed: Count, withResponse: Count, withAnswer: Count, matched: Count }),
  hoursToFirstResponse: Spread,
  daysToMatch: Spread,
  newResidents: Count,
  newVolunteers: Count,
  activeVolunteers: Count,
  unmetRequests: Count,
  socialValueEuros: z.number().nullable(),
});

const MarketplaceReportSchema = z
  .object({
    marketplace: z.object({ code: z.string(), name: z.string() }),
    audience: z.enum(['full', 'protected']),
    suppression: z.object({ below: z.number().int(), applied: z.boolean() }),
    period: PeriodSchema,
    previousPeriod: PeriodSchema,
    posts: FiguresSchema.shape.posts,
    responses: Count,
    conversationsWithAnswer: Count,
    matches: Count,
    medianHoursToFirstResponse: z.number().nullable(),
    p90HoursToFirstResponse: z.number().nullable(),
    medianDaysToMatch: z.number().nullable(),
    p90DaysToMatch: z.number().nullable(),
    newResidents: Count,
    newVolunteers: Count,
    activeVolunteers: Count,
    unmetRequests: Count,
    socialValueEuros: z.number().nullable(),
    socialValuePerMatch: z.number().int(),
    funnel: FiguresSchema.shape.funnel,
    previous: FiguresSchema,
    byMonth: z.array(z.object({ month: z.string(), requests: Count, matches: Count })),
    byCategory: z.array(
      z.object({ category: z.string(), label: z.string(), requests: Count, matches: Count, unmet: Count }),
    ),
    byArea: z.array(z.object({ pc4: z.string(), category: z.string(), requests: Count, matches: Count })),
  })
  .openapi('MarketplaceReport');

const NationalReportSchema = z
  .object({
    period: PeriodSchema,
    marketplaces: z.array(z.object({ code: z.string(), figures: FiguresSchema })),
    total: FiguresSchema,
  })
  .openapi('NationalReport');

const bothFormats = <T extends z.ZodType>(schema: T, description: string) => {
  const json = jsonResponse(schema, description);
  return { ...json, content: { ...json.content, 'text/csv': { schema: z.string() } } };
};

const SocialValueInput = z.object({
  socialValuePerMatch: z
    .number({ error: 'reports.problem.socialValue' })
    .int('reports.problem.socialValue')
    .min(0, 'reports.problem.socialValue')
    .max(100_000, 'reports.problem.socialValue'),
});

export function presentReport(report: MarketplaceReport, name: string, locale: 'nl' | 'en') {
  const { figures } = report;
  return {
    marketplace: { code: report.code, name },
    audience: report.audience,
    suppression: { below: 5, applied: report.audience === 'protected' },
    period: report.period,
    previousPeriod: report.previousPeriod,
    posts: figures.posts,
    responses: figures.responses,
    conversationsWithAnswer: figures.conversationsWithAnswer,
    matches: figures.matches,
    medianHoursToFirstResponse: figures.hoursToFirstResponse.median,
    p90HoursToFirstResponse: figures.hoursToFirstResponse.p90,
    medianDaysToMatch: figures.daysToMatch.median,
    p90DaysToMatch: figures.daysToMatch.p90,
    newResidents: figures.newResidents,
    newVolunteers: figures.newVolunteers,
    activeVolunteers: figures.activeVolunteers,
    unmetRequests: figures.unmetRequests,
    socialValueEuros: figures.socialValueEuros,
    socialValuePerMatch: report.socialValuePerMatch,
    funnel: figures.funnel,
    previous: report.previous,
    byMonth: report.byMonth.map((m) => ({ ...m, month: monthValue(m.month) })),
    byCategory: report.byCategory.map((c) => ({
      ...c,
      label: report.categories.find((k) => k.slug === c.category)?.[locale] ?? c.category,
    })),
    byArea: report.byArea,
  };
}

async function marketplaceOrNotFound(c: Context<AppEnv>, code: string) {
  const marketplace = await marketplaceOf(c.var.deps.db, code);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  return marketplace;
}

const CsvQuery = ReportQuery.extend({ table: z.enum(TABLES, { error: 'reports.problem.table' }).optional() });

/** The report routes: a marketplace's report, its settings, and the national figures. */
export function registerReportsApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/marketplaces/{code}/report',
      tags,
      summary: 'De rapportage van een marktplaats over hele maanden, vergeleken met de periode ervoor',
      description:
        'Beheerders van de marktplaats zien alles; ambtenaren van de gemeente en netwerkbeheer ' +
        'zien getallen onder 5 als null. ' +
        'Met `format=csv` of `Accept: text/csv` één tabel (`table`) als CSV.',
      signedIn: true,
      problems: [403, 404],
      request: { params: z.object({ code: municipalityCode() }), query: CsvQuery },
      responses: {
        200: bothFormats(MarketplaceReportSchema, 'De rapportage'),
      },
    }),
    async (c) => {
      const actor = accountOf(c);
      const marketplace = await marketplaceOrNotFound(c, c.req.valid('param').code);
      const audience = audienceOf(actor, marketplace);
      const query = c.req.valid('query');
      const now = c.var.deps.clock.now();
      const report = await marketplaceReport(
        c.var.deps.db,
        marketplace.municipalityCode,
        periodFrom(query, now),
        audience,
        now,
      );
      if (wantsCsv(query.format, c.req.header('accept'))) {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(reportCsv(report, query.table ?? 'summary', c.var.t, 'api'), 200) as never;
      }
      return c.json(presentReport(report, marketplace.name, actor.locale), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'put',
      path: '/marketplaces/{code}/report-settings',
      tags,
      summary: 'Het bedrag per match voor de maatschappelijke waarde (beheerders van de marktplaats)',
      signedIn: true,
      problems: [403, 404],
      request: {
        params: z.object({ code: municipalityCode() }),
        ...jsonBody(SocialValueInput),
      },
      responses: { 200: jsonResponse(z.object({ socialValuePerMatch: z.number().int() }), 'Opgeslagen') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const marketplace = await marketplaceOrNotFound(c, c.req.valid('param').code);
      if (!mayChangeSettings(actor, marketplace)) throw forbidden('reports.problem.forbidden');
      const { socialValuePerMatch } = c.req.valid('json');
      await saveSocialValue(c.var.deps.db, marketplace.municipalityCode, socialValuePerMatch);
      return c.json({ socialValuePerMatch }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/reports/national',
      tags,
      summary: 'Alle marktplaatsen naast elkaar, met totalen die de som zijn (netwerkbeheer)',
      signedIn: true,
      problems: [403],
      request: { query: ReportQuery },
      responses: { 200: bothFormats(NationalReportSchema, 'De landelijke cijfers') },
    }),
    async (c) => {
      assertOperator(accountOf(c));
      const query = c.req.valid('query');
      const now = c.var.deps.clock.now();
      const report = await nationalReport(c.var.deps.db, periodFrom(query, now), now);
      if (wantsCsv(query.format, c.req.header('accept'))) {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(nationalCsv(report, 'api'), 200) as never;
      }
      return c.json({ period: report.period, marketplaces: report.rows, total: report.total }, 200);
    },
  );
}
