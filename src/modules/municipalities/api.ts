import { z } from '@hono/zod-openapi';
import { notFound } from '../../core/errors';
import { type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../core/http/api';
import { municipalityCode, PC4, TEXT_LIMITS } from '../../core/vocabulary';
import { municipalityByCode, postcodeLookup, searchMunicipalities, type Municipality } from './queries';

const MunicipalitySchema = z
  .object({
    code: z.string().openapi({ example: 'GM0344', description: 'CBS-gemeentecode' }),
    name: z.string().openapi({ example: 'Utrecht' }),
    slug: z.string().openapi({ example: 'utrecht' }),
    provinceCode: z.string().openapi({ example: 'PV26' }),
    provinceName: z.string().openapi({ example: 'Utrecht' }),
    population: z
      .number()
      .int()
      .openapi({ description: 'Aantal inwoners bij benadering (CBS, 2021).', example: 361924 }),
    postcodeCount: z.number().int().openapi({ description: 'Aantal viercijferige postcodes.' }),
    labelPoint: z
      .object({ lat: z.number(), lon: z.number() })
      .openapi({ description: 'Punt voor het label op een kaart (WGS84).' }),
  })
  .openapi('Municipality');

const PostcodeSchema = z
  .object({
    pc4: z.string().openapi({ example: '3511' }),
    municipalityCode: z.string().openapi({ example: 'GM0344' }),
    municipalityName: z.string().openapi({ example: 'Utrecht' }),
    place: z.string().openapi({ example: 'Utrecht' }),
    lat: z.number(),
    lon: z.number(),
  })
  .openapi('Postcode');

const codeParam = municipalityCode().openapi({ param: { name: 'code', in: 'path' }, example: 'GM0344' });

const pc4Param = z
  .string()
  .regex(PC4, 'validation.postcode')
  .openapi({ param: { name: 'pc4', in: 'path' }, example: '3511' });

export function presentMunicipality(m: Municipality): z.infer<typeof MunicipalitySchema> {
  return {
    code: m.code,
    name: m.name,
    slug: m.slug,
    provinceCode: m.provinceCode,
    provinceName: m.provinceName,
    population: m.population,
    postcodeCount: m.postcodeCount,
    labelPoint: { lat: m.lat, lon: m.lon },
  };
}

export function registerMunicipalityApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/municipalities',
      tags: ['Referentiegegevens'],
      summary: 'Alle 342 gemeenten van 2026, te zoeken op naam en provincie',
      request: {
        query: z.object({
          search: z.string().max(TEXT_LIMITS.name, 'validation.tooLong').optional().openapi({ example: 'utrecht' }),
          province: z.string().max(TEXT_LIMITS.name, 'validation.tooLong').optional().openapi({ example: 'Zeeland' }),
          ...PaginationQuery,
        }),
      },
      responses: { 200: jsonResponse(pageOf(MunicipalitySchema, 'MunicipalityPage'), 'Een pagina gemeenten') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await searchMunicipalities(c.var.deps.db, query);
      return c.json(
        {
          items: result.items.map(presentMunicipality),
          page: query.page,
          pageSize: query.pageSize,
          total: result.total,
        },
        200,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/municipalities/{code}',
      tags: ['Referentiegegevens'],
      summary: 'Eén gemeente, op CBS-code',
      request: { params: z.object({ code: codeParam }) },
      problems: [404],
      responses: { 200: jsonResponse(MunicipalitySchema, 'De gemeente') },
    }),
    async (c) => {
      const municipality = await municipalityByCode(c.var.deps.db, c.req.valid('param').code);
      if (!municipality) throw notFound('problem.municipalityNotFound');
      return c.json(presentMunicipality(municipality), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/postcodes/{pc4}',
      tags: ['Referentiegegevens'],
      summary: 'De gemeente bij een viercijferige postcode',
      request: { params: z.object({ pc4: pc4Param }) },
      problems: [404],
      responses: { 200: jsonResponse(PostcodeSchema, 'De postcode en haar gemeente') },
    }),
    async (c) => {
      const postcode = await postcodeLookup(c.var.deps.db, c.req.valid('param').pc4);
      if (!postcode) throw notFound('problem.postcodeNotFound');
      const { municipalitySlug: _slug, ...body } = postcode;
      return c.json(body, 200);
    },
  );
}
