import { z } from '@hono/zod-openapi';
import { type ApiApp, accountOf, apiRoute, jsonResponse } from '../../../core/http/api';
import { notFound } from '../../../core/errors';
import { municipalityCode } from '../../../core/vocabulary';
import { marketplaceOf } from '../../marketplace';
import { municipalityByCode } from '../../municipalities';
import { periodFrom, ReportQuery } from '../request';
import { assertMayReadMunicipality } from './access';
import { municipalityReport } from './load';

const Count = z.number().nullable();

const MunicipalityReportSchema = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string(), population: z.number().int() }),
    period: z.object({ from: z.string(), to: z.string() }),
    marketplace: z.record(z.string(), z.unknown()).nullable().openapi({
      description: 'de beschermde cijfers van de marktplaats (getallen onder 5: null); null zonder marktplaats',
    }),
    innovation: z.object({
      initiativesLed: z.number().int(),
      coDeveloping: z.number().int(),
      following: z.number().int(),
      adoptions: z.object({
        interested: z.number().int(),
        deciding: z.number().int(),
        implementing: z.number().int(),
        live: z.number().int(),
        stopped: z.number().int(),
      }),
    }),
    comparison: z.object({
      sizeClass: z.string(),
      others: z.number().int(),
      withMarketplace: z.number().int(),
      medians: z.object({ requests: Count, matches: Count, initiativesLed: Count, adoptionsLive: Count }),
    }),
  })
  .openapi('MunicipalityReport');

export function registerMunicipalityReportApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/municipalities/{code}/report',
      tags: ['Rapportages'],
      summary: 'De cijfers van een gemeente in Samen, naast de mediaan van gemeenten van dezelfde grootte',
      signedIn: true,
      problems: [403, 404],
      request: { params: z.object({ code: municipalityCode() }), query: ReportQuery.omit({ format: true }) },
      responses: { 200: jsonResponse(MunicipalityReportSchema, 'De cijfers van de gemeente') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const municipality = await municipalityByCode(c.var.deps.db, c.req.valid('param').code);
      if (!municipality) throw notFound('problem.municipalityNotFound');
      const marketplace = await marketplaceOf(c.var.deps.db, municipality.code);
      assertMayReadMunicipality(actor, municipality.code, marketplace?.operatorOrganisationId ?? null);
      const now = c.var.deps.clock.now();
      const report = await municipalityReport(
        c.var.deps.db,
        { code: municipality.code, population: municipality.population, hasMarketplace: Boolean(marketplace) },
        periodFrom(c.req.valid('query'), now, 'this-year'),
        now,
      );
      const { code: _code, ...innovation } = report.innovation;
      return c.json(
        {
          municipality: { code: municipality.code, name: municipality.name, population: municipality.population },
          period: report.period,
          marketplace: report.marketplace as Record<string, unknown> | null,
          innovation,
          comparison: report.comparison,
        },
        200,
      );
    },
  );
}
