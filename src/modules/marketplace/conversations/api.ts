import { z } from '@hono/zod-openapi';
import { type ApiApp, accountOf, apiRoute, jsonResponse, pageOf } from '../../../core/http/api';
import { idParam, json, RESOURCES, requireKind, tags } from '../http';
import { acceptResponse, conversationFor, respondToPost, sendMessage } from './commands';
import { MessageInputSchema, MessageSchema, ResponseInputSchema } from './schemas';

/** Responding to a post, the conversation that opens, and accepting the response (the match). */
export function registerConversationsApi(api: ApiApp) {
  for (const resource of RESOURCES) {
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
        const actor = accountOf(c);
        const postId = c.req.valid('param').id;
        await requireKind(c.var.deps.db, postId, resource.kind);
        const id = await respondToPost(c.var.deps, actor, postId, c.req.valid('json').message);
        return c.json({ id, conversationId: id }, 201);
      },
    );
  }

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/responses/{id}/accept',
      tags,
      summary: 'De plaatser accepteert een reactie: de hulpvraag heeft een helper',
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
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      const post = await acceptResponse(c.var.deps, actor, id);
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
      const actor = accountOf(c);
      const conversation = await conversationFor(c.var.deps, actor, c.req.valid('param').id, { markRead: true });
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
      path: '/conversations/{id}/messages',
      tags,
      summary: 'Een bericht sturen in een gesprek',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam, ...json(MessageInputSchema) },
      responses: { 201: jsonResponse(z.object({ id: z.string() }).openapi('CreatedMessage'), 'Het bericht') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const id = await sendMessage(c.var.deps, actor, c.req.valid('param').id, c.req.valid('json').body);
      return c.json({ id }, 201);
    },
  );
}
