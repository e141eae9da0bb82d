import { z } from '@hono/zod-openapi';
import { accountOf, type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../core/http/api';
import { notFound } from '../../core/errors';
import { municipalityCode } from '../../core/vocabulary';
import { addMember, createOrganisation } from './commands';
import { listOrganisations, type Organisation, organisationById } from './queries';
import { MembershipSchema, NewMemberSchema, NewOrganisationSchema, OrganisationSchema } from './schemas';
import { ORGANISATION_TYPES } from './vocabulary';

const tags = ['Organisaties'];
const present = ({ slug: _slug, ...organisation }: Organisation) => organisation;
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const idParam = z.object({
  id: z
    .string()
    .uuid('validation.id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export function registerOrganisationApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/organisations',
      tags,
      summary: 'Organisaties, te filteren op gemeente en soort',
      request: {
        query: z.object({
          municipality: municipalityCode().optional(),
          type: z.enum(ORGANISATION_TYPES, { error: 'validation.organisationType' }).optional(),
          ...PaginationQuery,
        }),
      },
      responses: { 200: jsonResponse(pageOf(OrganisationSchema, 'OrganisationPage'), 'Een pagina organisaties') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await listOrganisations(c.var.deps.db, {
        municipalityCode: query.municipality,
        type: query.type,
        page: query.page,
        pageSize: query.pageSize,
      });
      const items = result.items.map(present);
      return c.json({ items, page: query.page, pageSize: query.pageSize, total: result.total }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/organisations/{id}',
      tags,
      summary: 'Eén organisatie',
      request: { params: idParam },
      problems: [404],
      responses: { 200: jsonResponse(OrganisationSchema, 'De organisatie') },
    }),
    async (c) => {
      const organisation = await organisationById(c.var.deps.db, c.req.valid('param').id);
      if (!organisation) throw notFound();
      return c.json(present(organisation), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/organisations',
      tags,
      summary: 'Een organisatie toevoegen (netwerkbeheer)',
      signedIn: true,
      problems: [403, 409],
      request: jsonBody(NewOrganisationSchema),
      responses: { 201: jsonResponse(OrganisationSchema, 'De nieuwe organisatie') },
    }),
    async (c) => {
      const created = await createOrganisation(c.var.deps, accountOf(c), c.req.valid('json'));
      return c.json(present(created), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/organisations/{id}/members',
      tags,
      summary: 'Een account lid maken van de organisatie, of zijn rol wijzigen',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...jsonBody(NewMemberSchema) },
      responses: { 201: jsonResponse(MembershipSchema, 'Het lidmaatschap') },
    }),
    async (c) => {
      const membership = await addMember(c.var.deps, accountOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(membership, 201);
    },
  );
}
