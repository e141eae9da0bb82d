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
import { idParam, json, tags } from '../http';
import type { Block } from './block-queries';
import { LOG_ACTIONS } from './log';
import { blockList, blockPerson, liftBlock, moderationLog, warnPerson } from './people';
import { BlockInputSchema, LiftInputSchema, WarningInputSchema } from './schemas';

const BlockSchema = z
  .object({
    id: z.string(),
    account: z.object({ id: z.string(), firstName: z.string(), lastName: z.string().nullable() }),
    marketplace: z.string().nullable().openapi({ description: 'null: op het hele platform' }),
    reason: z.string(),
    endsOn: z.string().openapi({ format: 'date', description: 'Vanaf deze dag is de blokkade voorbij' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Block');

const presentBlock = (block: Block): z.infer<typeof BlockSchema> => ({
  id: block.id,
  account: { id: block.accountId, firstName: block.firstName, lastName: block.lastName },
  marketplace: block.municipalityCode,
  reason: block.reason,
  endsOn: block.endsOn,
  createdAt: block.createdAt,
});

const LogEntrySchema = z
  .object({
    id: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
    action: z.enum(LOG_ACTIONS),
    actor: z.string().nullable().openapi({ description: 'Voornaam van wie besloot; null: Samen zelf (na meldingen)' }),
    subject: z.string().openapi({ description: 'De titel van de plaatsing of de naam van de persoon' }),
    note: z.string().nullable(),
    postId: z.string().nullable(),
    personAccountId: z.string().nullable(),
  })
  .openapi('ModerationLogEntry');

const scopeQuery = z.object({
  marketplace: municipalityCode()
    .optional()
    .openapi({ description: 'De marktplaats; zonder: het hele platform (alleen netwerkbeheer)' }),
});

/** Blocks, warnings and the activity log: a marketplace's beheerders, and the operator for the platform. */
export function registerModerationPeopleApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/moderation/blocks',
      tags,
      summary: 'Wie er nu geblokkeerd is op een marktplaats (ook op het hele platform), of op het platform',
      signedIn: true,
      problems: [403, 404],
      request: { query: scopeQuery },
      responses: { 200: jsonResponse(pageOf(BlockSchema, 'BlockPage'), 'Die het eerst aflopen eerst') },
    }),
    async (c) => {
      const blocks = await blockList(c.var.deps, accountOf(c), c.req.valid('query').marketplace);
      const items = blocks.map(presentBlock);
      return c.json({ items, page: 1, pageSize: items.length, total: items.length }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/moderation/blocks',
      tags,
      summary: 'Iemand blokkeren tot een datum, met een reden die de persoon te lezen krijgt',
      description:
        'Op één marktplaats (haar beheerders) of, zonder marketplace, op het hele platform (alleen netwerkbeheer). ' +
        'Wat de persoon plaatste is daar meteen verborgen; plaatsen, reageren en berichten sturen wordt geweigerd.',
      signedIn: true,
      problems: [403, 404, 409],
      request: json(BlockInputSchema),
      responses: { 201: jsonResponse(BlockSchema, 'De blokkade') },
    }),
    async (c) => {
      const block = await blockPerson(c.var.deps, accountOf(c), c.req.valid('json'));
      return c.json(presentBlock(block), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/moderation/blocks/{id}/lift',
      tags,
      summary: 'Een blokkade opheffen vóór de einddatum',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam, ...json(LiftInputSchema) },
      responses: { 204: noContentResponse('Opgeheven; de persoon hoort het') },
    }),
    async (c) => {
      await liftBlock(c.var.deps, accountOf(c), c.req.valid('param').id, c.req.valid('json').note);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/moderation/warnings',
      tags,
      summary: 'Iemand waarschuwen, met een reden die de persoon te lezen krijgt',
      signedIn: true,
      problems: [403, 404],
      request: json(WarningInputSchema),
      responses: { 204: noContentResponse('Gewaarschuwd') },
    }),
    async (c) => {
      await warnPerson(c.var.deps, accountOf(c), c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/moderation/log',
      tags,
      summary: 'Het logboek van een marktplaats: elk besluit, nieuwste eerst (of dat van het platform)',
      signedIn: true,
      problems: [403, 404],
      request: { query: scopeQuery.extend(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(LogEntrySchema, 'ModerationLogPage'), 'Nieuwste eerst') },
    }),
    async (c) => {
      const { marketplace, page, pageSize } = c.req.valid('query');
      const { items, total } = await moderationLog(c.var.deps, accountOf(c), marketplace, page, pageSize);
      return c.json({ items, page, pageSize, total }, 200);
    },
  );
}
