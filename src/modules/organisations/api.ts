import { MUNICIPALITY_CODE } from '../../core/vocabulary';
import { z } from '@hono/zod-openapi';
import { authorize, requireSignedIn } from '../../core/authz';
import { type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../core/http/api';
import { text } from '../../core/http/fields';
import { conflict, notFound } from '../../core/errors';
import { accountIdByEmail } from '../accounts';
import { municipalityByCode, slugify } from '../municipalities';
import {
  lockOrganisationNames,
  organisationNamed,
  gemeenteOrganisationExists,
  insertOrganisation,
  listOrganisations,
  organisationById,
  organisationBySlug,
  type Organisation,
  upsertMembership,
} from './queries';

export const ORGANISATION_TYPES = [
  'gemeente',
  'welzijnsorganisatie',
  'vrijwilligerscentrale',
  'zorgaanbieder',
  'sociaal-ondernemer',
  'kennisinstelling',
  'landelijk',
] as const;

const OrganisationSchema = z
  .object({
    id: z.string().openapi({ example: '6f1c2a7e-3b1d-4f7a-9a53-2d1e0c9b8a11' }),
    name: z.string().openapi({ example: 'Welzijn Utrecht Samen' }),
    type: z.enum(ORGANISATION_TYPES),
    municipalityCode: z.string().nullable().openapi({ example: 'GM0344' }),
    website: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Organisation');

const present = ({ slug: _slug, ...organisation }: Organisation) => organisation;

const NewOrganisationSchema = z
  .object({
    name: text({ max: 200 }),
    type: z.enum(ORGANISATION_TYPES, { error: 'validation.organisationType' }),
    municipality: z.string().regex(MUNICIPALITY_CODE, 'validation.municipalityCode').optional(),
    website: z.url({ error: 'validation.url' }).max(300, 'validation.tooLong').optional(),
  })
  .openapi('NewOrganisation');

const NewMemberSchema = z
  .object({
    email: z
      .string({ error: 'validation.required' })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'validation.email' })),
    role: z.enum(['medewerker', 'beheerder'], { error: 'validation.membershipRole' }),
  })
  .openapi('NewMember');

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
      tags: ['Organisaties'],
      summary: 'Organisaties, te filteren op gemeente en soort',
      request: {
        query: z.object({
          municipality: z
            .string()
            .regex(MUNICIPALITY_CODE, 'validation.municipalityCode')
            .optional()
            .openapi({ example: 'GM0344' }),
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
      return c.json(
        { items: result.items.map(present), page: query.page, pageSize: query.pageSize, total: result.total },
        200,
      );
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/organisations/{id}',
      tags: ['Organisaties'],
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
      tags: ['Organisaties'],
      summary: 'Een organisatie toevoegen (netwerkbeheer)',
      signedIn: true,
      problems: [403, 409],
      request: { body: { required: true, content: { 'application/json': { schema: NewOrganisationSchema } } } },
      responses: { 201: jsonResponse(OrganisationSchema, 'De nieuwe organisatie') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      authorize(c.var.actor, 'organisation.create', {});
      const { db } = c.var.deps;
      const created = await db.transaction(async (tx) => {
        if (input.municipality && !(await municipalityByCode(tx, input.municipality)))
          throw notFound('problem.municipalityNotFound');
        if (input.type === 'gemeente') {
          if (!input.municipality) throw conflict('problem.gemeenteNeedsMunicipality');
          if (await gemeenteOrganisationExists(tx, input.municipality)) throw conflict('problem.gemeenteExists');
        }
        // Organisations are created rarely: one at a time keeps the name check and the slug honest.
        await lockOrganisationNames(tx);
        if (await organisationNamed(tx, input.name, input.municipality ?? null))
          throw conflict('problem.organisationExists');
        const base = slugify(input.name) || 'organisatie';
        let slug = base;
        for (let n = 2; await organisationBySlug(tx, slug); n++) slug = `${base}-${n}`;
        return insertOrganisation(tx, {
          name: input.name,
          slug,
          type: input.type,
          municipalityCode: input.municipality ?? null,
          website: input.website ?? null,
        });
      });
      return c.json(present(created), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/organisations/{id}/members',
      tags: ['Organisaties'],
      summary: 'Een account lid maken van de organisatie, of zijn rol wijzigen',
      signedIn: true,
      problems: [403, 404],
      request: {
        params: idParam,
        body: { required: true, content: { 'application/json': { schema: NewMemberSchema } } },
      },
      responses: {
        201: jsonResponse(
          z.object({ accountId: z.string(), role: z.enum(['medewerker', 'beheerder']) }).openapi('Membership'),
          'Het lidmaatschap',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      requireSignedIn(c.var.actor);
      const { db } = c.var.deps;
      if (!(await organisationById(db, id))) throw notFound();
      authorize(c.var.actor, 'organisation.manageMembers', { organisationId: id });
      const accountId = await accountIdByEmail(db, input.email);
      if (!accountId) throw notFound('problem.accountNotFound');
      await upsertMembership(db, id, accountId, input.role);
      return c.json({ accountId, role: input.role }, 201);
    },
  );
}
