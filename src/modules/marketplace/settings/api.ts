import { z } from '@hono/zod-openapi';
import {
  type ApiApp,
  accountOf,
  apiRoute,
  jsonResponse,
  noContentResponse,
  PaginationQuery,
  pageOf,
} from '../../../core/http/api';
import { municipalityCode } from '../../../core/vocabulary';
import { json, tags } from '../http';
import { CATEGORIES } from '../rules';
import { changeMarketplace, changeMarketplaceLogo, launchMarketplace } from './commands';
import { listMarketplaces, type Marketplace } from './queries';
import { LogoInputSchema, MarketplaceInputSchema, MarketplaceSettingsSchema } from './schemas';
import { logoUrl } from './theme';

const MarketplaceSchema = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    name: z.string().openapi({ example: 'Utrecht voor elkaar' }),
    operatorOrganisation: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(['live', 'paused']),
    theme: z.object({ brandColor: z.string(), brandTextColor: z.string() }),
    logo: z.string().nullable().openapi({ description: 'Adres van het logo (PNG of SVG), of null' }),
    premoderation: z.boolean(),
    disabledCategories: z.array(z.string()),
    showNeighbours: z.boolean(),
    expiryWeeks: z.number().int(),
    followUpDays: z.number().int(),
    autoHideReports: z.number().int().openapi({ description: 'Verborgen na meldingen van zoveel accounts' }),
    launchedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Marketplace');

const codeParam = z.object({
  code: municipalityCode().openapi({ param: { name: 'code', in: 'path' } }),
});

function presentMarketplace(m: Marketplace): z.infer<typeof MarketplaceSchema> {
  return {
    municipality: { code: m.municipalityCode, name: m.municipalityName },
    name: m.name,
    operatorOrganisation: { id: m.operatorOrganisationId, name: m.operatorName },
    status: m.status,
    theme: { brandColor: m.brandColor, brandTextColor: m.brandTextColor },
    logo: logoUrl(m),
    premoderation: m.premoderation,
    disabledCategories: m.disabledCategories,
    showNeighbours: m.showNeighbours,
    expiryWeeks: m.expiryWeeks,
    followUpDays: m.followUpDays,
    autoHideReports: m.autoHideReports,
    launchedAt: m.launchedAt,
  };
}

/** The marketplaces themselves: list, launch (platform operator), settings and logo (their beheerders). */
export function registerSettingsApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/marketplaces',
      tags,
      summary: 'De lokale marktplaatsen',
      request: { query: z.object(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(MarketplaceSchema, 'MarketplacePage'), 'Alle marktplaatsen') },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      const all = await listMarketplaces(c.var.deps.db);
      return c.json(
        {
          items: all.slice((page - 1) * pageSize, page * pageSize).map(presentMarketplace),
          page,
          pageSize,
          total: all.length,
        },
        200,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/marketplaces',
      tags,
      summary: 'Een marktplaats lanceren voor een gemeente (netwerkbeheer)',
      signedIn: true,
      problems: [403, 404, 409],
      request: json(MarketplaceInputSchema),
      responses: {
        201: jsonResponse(
          z.object({ municipality: z.string() }).openapi('LaunchedMarketplace'),
          'De marktplaats is live',
        ),
      },
    }),
    async (c) => {
      const actor = accountOf(c);
      const input = c.req.valid('json');
      await launchMarketplace(c.var.deps, actor, input);
      return c.json({ municipality: input.municipality }, 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'patch',
      path: '/marketplaces/{code}',
      tags,
      summary: 'Instellingen van een marktplaats wijzigen (haar beheerders of netwerkbeheer)',
      description:
        'Alleen de velden die u stuurt veranderen. Een kleurenpaar onder WCAG AA-contrast (4,5:1) wordt geweigerd.',
      signedIn: true,
      problems: [403, 404],
      request: { params: codeParam, ...json(MarketplaceSettingsSchema) },
      responses: { 200: jsonResponse(MarketplaceSchema, 'De marktplaats na de wijziging') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const changed = await changeMarketplace(c.var.deps, actor, c.req.valid('param').code, c.req.valid('json'));
      return c.json(presentMarketplace(changed), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'put',
      path: '/marketplaces/{code}/logo',
      tags,
      summary: 'Het logo van een marktplaats plaatsen of vervangen (PNG of SVG, hoogstens 200 kB)',
      signedIn: true,
      problems: [403, 404],
      request: { params: codeParam, ...json(LogoInputSchema) },
      responses: { 204: noContentResponse('Het logo staat erop') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { contentType, data } = c.req.valid('json');
      await changeMarketplaceLogo(c.var.deps, actor, c.req.valid('param').code, {
        bytes: Buffer.from(data, 'base64'),
        contentType,
      });
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'delete',
      path: '/marketplaces/{code}/logo',
      tags,
      summary: 'Het logo van een marktplaats weghalen',
      signedIn: true,
      problems: [403, 404],
      request: { params: codeParam },
      responses: { 204: noContentResponse('Geen logo meer') },
    }),
    async (c) => {
      const actor = accountOf(c);
      await changeMarketplaceLogo(c.var.deps, actor, c.req.valid('param').code, null);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/categories',
      tags,
      summary: 'De landelijke categorieën van hulp',
      responses: {
        200: jsonResponse(
          z
            .object({ items: z.array(z.object({ slug: z.enum(CATEGORIES), name: z.string() })) })
            .openapi('CategoryList'),
          'Categorieën',
        ),
      },
    }),
    (c) => c.json({ items: CATEGORIES.map((slug) => ({ slug, name: c.var.t(`category.${slug}`) })) }, 200),
  );
}
