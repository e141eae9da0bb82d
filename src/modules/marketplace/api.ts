import { MUNICIPALITY_CODE } from '../../core/vocabulary';
import { z } from '@hono/zod-openapi';
import { requireSignedIn } from '../../core/authz';
import { type ApiApp, apiRoute, jsonResponse, noContentResponse, PaginationQuery, pageOf } from '../../core/http/api';
import { badRequest, notFound } from '../../core/errors';
import { postcodeLookup } from '../municipalities';
import {
  acceptResponse,
  changePost,
  closePost,
  conversationFor,
  createPost,
  decideModeration,
  moderationItems,
  placePost,
  reportedConversationItems,
  resolveConversationReport,
  reportConversation,
  reportPost,
  respondToPost,
  sendMessage,
  withdrawPost,
} from './commands';
import { presentPost } from './present';
import { postById } from './queries';
import { CATEGORIES, isVisibleTo, POST_STATUSES, type PostKind, PUBLIC_STATUSES, WHEN_KINDS } from './rules';
import {
  CloseInputSchema,
  MessageInputSchema,
  PostChangeSchema,
  PostInputSchema,
  ReportInputSchema,
  ResponseInputSchema,
} from './schemas';
import { searchPosts } from './search';

const PostSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['request', 'offer', 'vacancy']),
    marketplace: z.object({ code: z.string(), name: z.string() }),
    title: z.string(),
    description: z.string(),
    category: z.enum(CATEGORIES),
    when: z.object({
      kind: z.enum(WHEN_KINDS),
      date: z.string().nullable().openapi({ format: 'date' }),
      text: z.string().nullable(),
    }),
    hoursPerWeek: z.number().int().optional(),
    area: z
      .object({ pc4: z.string(), place: z.string() })
      .openapi({ description: 'Alleen de 4 cijfers van de postcode; nooit een adres.' }),
    postedBy: z.string().openapi({ description: 'Voornaam, of de organisatie bij een vacature' }),
    onBehalfOf: z.string().optional(),
    postedFor: z.string().nullable().optional(),
    status: z.enum(POST_STATUSES),
    responseCount: z.number().int(),
    publishedAt: z.string().nullable().openapi({ format: 'date-time' }),
    expiresAt: z.string().nullable().openapi({
      format: 'date-time',
      description: 'Tot wanneer de plaatsing open staat, als niemand haar eerder afsluit.',
    }),
    distanceKm: z.number().optional(),
  })
  .openapi('Post');

const MessageSchema = z
  .object({
    id: z.string(),
    from: z.string().openapi({ description: 'Voornaam van de afzender' }),
    body: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    readAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('Message');

const idParam = z.object({
  id: z
    .string()
    .uuid('validation.id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
export const json = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
export const tags = ['Samen helpen'];

const RESOURCES: { kind: PostKind; path: string; noun: string }[] = [
  { kind: 'request', path: '/help-requests', noun: 'hulpvragen' },
  { kind: 'offer', path: '/help-offers', noun: 'hulpaanbod' },
  { kind: 'vacancy', path: '/vacancies', noun: 'vrijwilligersvacatures' },
];

const ModerationItemSchema = z
  .object({
    postId: z.string(),
    kind: z.enum(['request', 'offer', 'vacancy']),
    title: z.string(),
    description: z.string(),
    status: z.enum(POST_STATUSES),
    createdAt: z.string().openapi({ format: 'date-time' }),
    reports: z.array(z.object({ reason: z.string(), createdAt: z.string().openapi({ format: 'date-time' }) })),
    author: z
      .object({ firstName: z.string(), lastName: z.string().nullable(), email: z.string().nullable() })
      .nullable()
      .openapi({
        description: 'Persoonsgegevens: alleen voor beheerders van deze marktplaats; elke inzage wordt gelogd.',
      }),
  })
  .openapi('ModerationItem');

const ReportedConversationSchema = z
  .object({
    responseId: z.string(),
    postId: z.string(),
    postTitle: z.string(),
    posterFirstName: z.string(),
    responderFirstName: z.string(),
    reportedAt: z.string().openapi({ format: 'date-time' }),
    reason: z.string().nullable(),
  })
  .openapi('ReportedConversation');

export function registerMarketplaceApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/moderation/items',
      tags,
      summary: 'De moderatiewachtrij van een marktplaats (alleen haar beheerders)',
      signedIn: true,
      problems: [403, 404],
      request: {
        query: z.object({
          marketplace: z
            .string({ error: 'validation.required' })
            .regex(MUNICIPALITY_CODE, 'validation.municipalityCode')
            .openapi({ example: 'GM0344' }),
        }),
      },
      responses: {
        200: jsonResponse(
          pageOf(ModerationItemSchema, 'ModerationItemPage'),
          'Plaatsingen in controle of met meldingen',
        ),
      },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const items = await moderationItems(c.var.deps, c.var.actor, c.req.valid('query').marketplace);
      return c.json({ items, page: 1, pageSize: items.length, total: items.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/moderation/items/{id}/decision',
      tags,
      summary: 'Een plaatsing goedkeuren of afwijzen (met reden)',
      signedIn: true,
      problems: [403, 404],
      request: {
        params: idParam,
        ...json(
          z
            .object({
              decision: z.enum(['approve', 'reject'], { error: 'validation.decision' }),
              reason: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
            })
            .openapi('ModerationDecision'),
        ),
      },
      responses: { 200: jsonResponse(PostSchema, 'De plaatsing na het besluit') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const post = await decideModeration(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentPost(post), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/moderation/conversations',
      tags,
      summary: 'Gemelde gesprekken van een marktplaats die nog niet zijn afgehandeld (alleen haar beheerders)',
      signedIn: true,
      problems: [403, 404],
      request: {
        query: z.object({
          marketplace: z
            .string({ error: 'validation.required' })
            .regex(MUNICIPALITY_CODE, 'validation.municipalityCode')
            .openapi({ example: 'GM0344' }),
        }),
      },
      responses: {
        200: jsonResponse(
          pageOf(ReportedConversationSchema, 'ReportedConversationPage'),
          'Nieuwste melding eerst (hoogstens 100)',
        ),
      },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const items = await reportedConversationItems(c.var.deps, c.var.actor, c.req.valid('query').marketplace);
      return c.json({ items, page: 1, pageSize: items.length, total: items.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/moderation/conversations/{id}/resolve',
      tags,
      summary: 'Een gemeld gesprek afhandelen',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam },
      responses: { 204: noContentResponse('Afgehandeld') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      await resolveConversationReport(c.var.deps, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  for (const resource of RESOURCES) {
    api.openapi(
      apiRoute({
        method: 'get',
        path: resource.path,
        tags,
        summary: `Zoeken in ${resource.noun}: Nederlandse tekst, categorie, status, marktplaats en afstand`,
        request: {
          query: z.object({
            q: z
              .string()
              .max(200, 'validation.tooLong')
              .optional()
              .openapi({ description: 'Zoekwoorden; "boodschap" vindt ook "boodschappen"' }),
            category: z.enum(CATEGORIES, { error: 'validation.category' }).optional(),
            status: z.enum(PUBLIC_STATUSES, { error: 'validation.statusPublic' }).optional(),
            municipality: z.string().regex(MUNICIPALITY_CODE, 'validation.municipalityCode').optional(),
            near: z
              .string()
              .regex(/^[1-9][0-9]{3}$/, 'validation.postcode')
              .optional()
              .openapi({ description: 'Viercijferige postcode' }),
            radiusKm: z.coerce
              .number({ error: 'validation.number' })
              .min(1, 'validation.min')
              .max(100, 'validation.max')
              .optional(),
            sort: z.enum(['relevance', 'distance', 'date'], { error: 'validation.sort' }).default('relevance'),
            ...PaginationQuery,
          }),
        },
        responses: {
          200: jsonResponse(
            pageOf(PostSchema, `${resource.kind[0]?.toUpperCase()}${resource.kind.slice(1)}Page`),
            `Een pagina ${resource.noun}`,
          ),
        },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const origin = query.near ? await postcodeLookup(c.var.deps.db, query.near) : undefined;
        if (query.near && !origin)
          throw badRequest('problem.badRequest.detail', [
            { name: 'near', reason: 'validation.postcodeUnknown', params: { pc4: query.near } },
          ]);
        const result = await searchPosts(c.var.deps.db, {
          kind: resource.kind,
          q: query.q,
          category: query.category,
          status: query.status,
          municipalityCodes: query.municipality ? [query.municipality] : undefined,
          near: origin,
          radiusKm: origin ? (query.radiusKm ?? 10) : undefined,
          sort: query.sort,
          page: query.page,
          pageSize: query.pageSize,
        });
        return c.json(
          { items: result.items.map(presentPost), page: query.page, pageSize: query.pageSize, total: result.total },
          200,
        );
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: resource.path,
        tags,
        summary: `Een ${resource.kind === 'request' ? 'hulpvraag' : resource.kind === 'offer' ? 'hulpaanbod' : 'vacature'} plaatsen`,
        description:
          'Betaald werk, prijzen en uurtarieven worden geweigerd. Contactgegevens in de tekst sturen de plaatsing langs een beheerder.',
        signedIn: true,
        problems: [403, 409],
        request: json(PostInputSchema),
        responses: { 201: jsonResponse(PostSchema, 'Geplaatst; status open of in-review') },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        const id = await createPost(c.var.deps, c.var.actor, resource.kind, c.req.valid('json'));
        const post = await postById(c.var.deps.db, id);
        if (!post) throw notFound();
        return c.json(presentPost(post), 201);
      },
    );

    api.openapi(
      apiRoute({
        method: 'get',
        path: `${resource.path}/{id}`,
        tags,
        summary: 'Eén plaatsing (nooit adres, telefoon of e-mail)',
        request: { params: idParam },
        problems: [404],
        responses: { 200: jsonResponse(PostSchema, 'De plaatsing') },
      }),
      async (c) => {
        const post = await postById(c.var.deps.db, c.req.valid('param').id);
        const viewer = c.var.actor.kind === 'account' ? c.var.actor.accountId : undefined;
        const ownerOrPublic = post && post.kind === resource.kind && isVisibleTo(post, viewer);
        if (!post || !ownerOrPublic) throw notFound('problem.postNotFound');
        return c.json(presentPost(post), 200);
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/responses`,
        tags,
        summary: 'Reageren ("Ik wil helpen"): opent een gesprek tussen u en de plaatser',
        signedIn: true,
        problems: [404, 409],
        request: { params: idParam, ...json(ResponseInputSchema) },
        responses: {
          201: jsonResponse(
            z.object({ id: z.string(), conversationId: z.string() }).openapi('CreatedResponse'),
            'De reactie',
          ),
        },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        const responseId = await respondToPost(
          c.var.deps,
          c.var.actor,
          c.req.valid('param').id,
          c.req.valid('json').message,
        );
        return c.json({ id: responseId, conversationId: responseId }, 201);
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/close`,
        tags,
        summary: 'Afsluiten, eventueel met wie er hielp (bevestigt de match)',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam, ...json(CloseInputSchema) },
        responses: { 200: jsonResponse(PostSchema, 'De gesloten plaatsing') },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        const { id } = c.req.valid('param');
        await closePost(c.var.deps, c.var.actor, id, c.req.valid('json'));
        return c.json(
          presentPost((await postById(c.var.deps.db, id)) as NonNullable<Awaited<ReturnType<typeof postById>>>),
          200,
        );
      },
    );

    api.openapi(
      apiRoute({
        method: 'patch',
        path: `${resource.path}/{id}`,
        tags,
        summary: 'Wijzigen door de plaatser (titel, tekst, categorie, wanneer)',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam, ...json(PostChangeSchema) },
        responses: { 200: jsonResponse(PostSchema, 'De gewijzigde plaatsing') },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        const { id } = c.req.valid('param');
        await changePost(c.var.deps, c.var.actor, id, c.req.valid('json'));
        return c.json(
          presentPost((await postById(c.var.deps.db, id)) as NonNullable<Awaited<ReturnType<typeof postById>>>),
          200,
        );
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/publish`,
        tags,
        summary: 'Een concept of een verlopen plaatsing (opnieuw) plaatsen: open, of eerst langs een beheerder',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam },
        responses: { 200: jsonResponse(PostSchema, 'De geplaatste plaatsing') },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        const { id } = c.req.valid('param');
        await placePost(c.var.deps, c.var.actor, id);
        return c.json(
          presentPost((await postById(c.var.deps.db, id)) as NonNullable<Awaited<ReturnType<typeof postById>>>),
          200,
        );
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/withdraw`,
        tags,
        summary: 'Intrekken',
        signedIn: true,
        problems: [403, 404, 409],
        request: { params: idParam },
        responses: { 200: jsonResponse(PostSchema, 'De ingetrokken plaatsing') },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        const { id } = c.req.valid('param');
        await withdrawPost(c.var.deps, c.var.actor, id);
        return c.json(
          presentPost((await postById(c.var.deps.db, id)) as NonNullable<Awaited<ReturnType<typeof postById>>>),
          200,
        );
      },
    );

    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/reports`,
        tags,
        summary: 'Een plaatsing melden bij de beheerder',
        signedIn: true,
        problems: [404],
        request: { params: idParam, ...json(ReportInputSchema) },
        responses: {
          201: jsonResponse(
            z.object({ id: z.string() }).openapi(`${resource.kind}Report`.replace(/^./, (ch) => ch.toUpperCase())),
            'De melding',
          ),
        },
      }),
      async (c) => {
        requireSignedIn(c.var.actor);
        return c.json(
          {
            id: await reportPost(
              c.var.deps,
              c.var.actor,
              resource.kind,
              c.req.valid('param').id,
              c.req.valid('json').reason,
            ),
          },
          201,
        );
      },
    );
  }

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/responses/{id}/accept',
      tags,
      summary: 'De plaatser accepteert een reactie: de hulpvraag is gematcht',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam },
      responses: {
        201: jsonResponse(
          z.object({ postId: z.string(), responseId: z.string(), status: z.literal('matched') }).openapi('Match'),
          'De match',
        ),
      },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { id } = c.req.valid('param');
      const post = await acceptResponse(c.var.deps, c.var.actor, id);
      return c.json({ postId: post.id, responseId: id, status: 'matched' as const }, 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/conversations/{id}/messages',
      tags,
      summary: 'De berichten van een gesprek (alleen de twee deelnemers; een beheerder alleen na een melding)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam },
      responses: { 200: jsonResponse(pageOf(MessageSchema, 'MessagePage'), 'Oudste eerst') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const conversation = await conversationFor(c.var.deps, c.var.actor, c.req.valid('param').id, { markRead: true });
      const items = conversation.messages.map((m) => ({
        id: m.id,
        from: m.senderFirstName,
        body: m.body,
        createdAt: m.createdAt,
        readAt: m.readAt,
      }));
      return c.json({ items, page: 1, pageSize: items.length, total: items.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/conversations/{id}/reports',
      tags,
      summary: 'Een gesprek melden: de beheerder van de marktplaats mag het dan lezen',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...json(ReportInputSchema) },
      responses: { 204: noContentResponse('Gemeld') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      await reportConversation(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json').reason);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/conversations/{id}/messages',
      tags,
      summary: 'Een bericht sturen in een gesprek',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...json(MessageInputSchema) },
      responses: { 201: jsonResponse(z.object({ id: z.string() }).openapi('CreatedMessage'), 'Het bericht') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      return c.json(
        { id: await sendMessage(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json').body) },
        201,
      );
    },
  );
}
