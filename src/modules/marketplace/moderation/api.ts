import { z } from '@hono/zod-openapi';
import { type ApiApp, accountOf, apiRoute, jsonResponse, noContentResponse, pageOf } from '../../../core/http/api';
import { municipalityCode } from '../../../core/vocabulary';
import { idParam, json, RESOURCES, tags } from '../http';
import { presentPost, PostSchema } from '../posts/present';
import { POST_KINDS, POST_STATUSES } from '../rules';
import {
  decideModeration,
  moderationItems,
  reportConversation,
  reportedConversationItems,
  reportPost,
  resolveConversationReport,
} from './commands';
import type { Translate } from '../../../core/i18n';
import type { ModerationItem } from './queries';
import { ModerationDecisionSchema, ReportInputSchema } from './schemas';

const SpanSchema = z.object({ field: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() });

const ModerationItemSchema = z
  .object({
    postId: z.string(),
    kind: z.enum(POST_KINDS),
    title: z.string(),
    description: z.string(),
    status: z.enum(POST_STATUSES),
    createdAt: z.string().openapi({ format: 'date-time' }),
    hidden: z.boolean().openapi({ description: 'Verborgen na meldingen (of omdat de schrijver geblokkeerd is)' }),
    hiddenAt: z.string().nullable().openapi({ format: 'date-time' }),
    reasons: z
      .array(
        z.object({
          code: z.string(),
          rule: z.enum(['paid-work', 'contact-details', 'abuse', 'spam']),
          field: z.string(),
          message: z.string(),
          spans: z.array(SpanSchema).openapi({ description: 'Waar in de tekst: begin en eind (UTF-16)' }),
        }),
      )
      .openapi({ description: 'Waarom de screening de plaatsing liet wachten: welke regel, en wat er gevonden is' }),
    reports: z.array(z.object({ reason: z.string(), createdAt: z.string().openapi({ format: 'date-time' }) })),
    author: z
      .object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string().nullable(),
        email: z.string().nullable(),
      })
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
    posterAccountId: z.string().nullable(),
    responderAccountId: z.string().nullable(),
    reportedAt: z.string().openapi({ format: 'date-time' }),
    reason: z.string().nullable(),
  })
  .openapi('ReportedConversation');

const RULES = ['paid-work', 'contact-details', 'abuse', 'spam'] as const;
const ruleOf = (rule: string) => RULES.find((known) => known === rule) ?? 'spam';

/** A queue item in the API: the screening's reasons in the language of the request. */
function presentItem(t: Translate, item: ModerationItem): z.infer<typeof ModerationItemSchema> {
  const { screening, withheld, whenText: _whenText, ...rest } = item;
  return {
    ...rest,
    hidden: withheld,
    reasons: screening.map((reason) => ({
      code: reason.code,
      rule: ruleOf(reason.rule),
      field: reason.field,
      message: t(`screening.reason.${reason.code}`, reason.params),
      spans: reason.spans,
    })),
  };
}

const marketplaceQuery = z.object({ marketplace: municipalityCode() });

/** Reports by residents; the queue, decisions and reported conversations for a marketplace's beheerders. */
export function registerModerationApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/moderation/items',
      tags,
      summary: 'De moderatiewachtrij van een marktplaats (alleen haar beheerders)',
      signedIn: true,
      problems: [403, 404],
      request: { query: marketplaceQuery },
      responses: {
        200: jsonResponse(
          pageOf(ModerationItemSchema, 'ModerationItemPage'),
          'Plaatsingen in controle of met meldingen',
        ),
      },
    }),
    async (c) => {
      const actor = accountOf(c);
      const items = (await moderationItems(c.var.deps, actor, c.req.valid('query').marketplace)).map((item) =>
        presentItem(c.var.t, item),
      );
      return c.json({ items, page: 1, pageSize: items.length, total: items.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/moderation/items/{id}/decision',
      tags,
      summary: 'Een plaatsing goedkeuren, afwijzen (met reden) of terugsturen naar de schrijver (met toelichting)',
      description:
        'Goedkeuren zet een plaatsing in controle open en toont een verborgen plaatsing weer. Afwijzen sluit haar ' +
        'en houdt haar verborgen. Terugsturen maakt er een concept van met de toelichting; opnieuw geplaatst komt ' +
        'ze weer in controle. De schrijver hoort elk besluit, de melders dat hun melding is afgehandeld.',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam, ...json(ModerationDecisionSchema) },
      responses: { 200: jsonResponse(PostSchema, 'De plaatsing na het besluit') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const post = await decideModeration(c.var.deps, actor, c.req.valid('param').id, c.req.valid('json'));
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
      request: { query: marketplaceQuery },
      responses: {
        200: jsonResponse(
          pageOf(ReportedConversationSchema, 'ReportedConversationPage'),
          'Nieuwste melding eerst (hoogstens 100)',
        ),
      },
    }),
    async (c) => {
      const actor = accountOf(c);
      const items = await reportedConversationItems(c.var.deps, actor, c.req.valid('query').marketplace);
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
      const actor = accountOf(c);
      await resolveConversationReport(c.var.deps, actor, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  for (const resource of RESOURCES) {
    const reportName = `${resource.kind}Report`.replace(/^./, (ch) => ch.toUpperCase());
    api.openapi(
      apiRoute({
        method: 'post',
        path: `${resource.path}/{id}/reports`,
        tags,
        summary: 'Een plaatsing melden bij de beheerder',
        signedIn: true,
        problems: [404],
        request: { params: idParam, ...json(ReportInputSchema) },
        responses: { 201: jsonResponse(z.object({ id: z.string() }).openapi(reportName), 'De melding') },
      }),
      async (c) => {
        const actor = accountOf(c);
        const id = await reportPost(
          c.var.deps,
          actor,
          resource.kind,
          c.req.valid('param').id,
          c.req.valid('json').reason,
        );
        return c.json({ id }, 201);
      },
    );
  }

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
      const actor = accountOf(c);
      await reportConversation(c.var.deps, actor, c.req.valid('param').id, c.req.valid('json').reason);
      return c.body(null, 204);
    },
  );
}
