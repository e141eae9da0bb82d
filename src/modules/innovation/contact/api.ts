import { z } from '@hono/zod-openapi';
import { accountOf, type ApiApp, apiRoute, jsonResponse, PaginationQuery, pageOf } from '../../../core/http/api';
import { idParam, jsonBody, tags } from '../http';
import { contactInitiative, initiativeConversationFor, otherParty, writeInitiativeMessage } from './commands';
import {
  type ConversationListItem,
  conversationsOf,
  type InitiativeConversation,
  type InitiativeMessage,
} from './queries';
import {
  ContactInputSchema,
  InitiativeConversationSchema,
  InitiativeConversationSummarySchema,
  InitiativeMessageInputSchema,
  InitiativeMessageSchema,
} from './schemas';

const party = (conversation: InitiativeConversation, me: string) => {
  const other = otherParty(conversation, me);
  return { firstName: other.firstName, organisation: other.organisation };
};
const presentMessage = (message: InitiativeMessage, me: string) => ({
  id: message.id,
  fromMe: message.senderAccountId === me,
  senderFirstName: message.senderFirstName,
  body: message.body,
  createdAt: message.createdAt,
});
const presentConversation = (conversation: InitiativeConversation, messages: InitiativeMessage[], me: string) => ({
  id: conversation.id,
  initiative: { id: conversation.initiativeId, title: conversation.initiativeTitle },
  with: party(conversation, me),
  createdAt: conversation.createdAt,
  messages: messages.map((message) => presentMessage(message, me)),
});
const presentSummary = (item: ConversationListItem, me: string) => ({
  id: item.id,
  initiative: { id: item.initiativeId, title: item.initiativeTitle },
  with: party(item, me),
  lastMessageAt: item.lastMessageAt,
  unread: item.unread,
});

/** "Neem contact op" and the conversations about initiatives: only their two parties read and write. */
export function registerContactApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiatives/{id}/conversations',
      tags,
      summary: 'Contact opnemen met de contactpersoon van een initiatief (via Samen, zonder e-mailadressen)',
      description:
        'Voor wie voor een organisatie werkt. Eén gesprek per persoon per initiatief: had u er al een, dan komt ' +
        'het bericht daarin (200).',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam, ...jsonBody(ContactInputSchema) },
      responses: {
        201: jsonResponse(InitiativeConversationSchema, 'Het nieuwe gesprek'),
        200: jsonResponse(InitiativeConversationSchema, 'Het gesprek dat u al had, met uw bericht erbij'),
      },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      const { conversationId, created } = await contactInitiative(c.var.deps, actor, id, c.req.valid('json'));
      const { conversation, messages } = await initiativeConversationFor(c.var.deps, actor, conversationId);
      return c.json(presentConversation(conversation, messages, actor.accountId), created ? 201 : 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiative-conversations',
      tags,
      summary: 'Mijn gesprekken over initiatieven, het laatste bericht eerst',
      signedIn: true,
      request: { query: z.object(PaginationQuery) },
      responses: {
        200: jsonResponse(pageOf(InitiativeConversationSummarySchema, 'InitiativeConversationPage'), 'Een pagina'),
      },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { page, pageSize } = c.req.valid('query');
      const found = await conversationsOf(c.var.deps.db, actor.accountId, { page, pageSize });
      const items = found.items.map((item) => presentSummary(item, actor.accountId));
      return c.json({ items, page, pageSize, total: found.total }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/initiative-conversations/{id}',
      tags,
      summary: 'Eén gesprek over een initiatief, met de berichten (alleen voor de twee deelnemers)',
      signedIn: true,
      problems: [403, 404],
      request: { params: idParam },
      responses: { 200: jsonResponse(InitiativeConversationSchema, 'Het gesprek') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const found = await initiativeConversationFor(c.var.deps, actor, c.req.valid('param').id);
      return c.json(presentConversation(found.conversation, found.messages, actor.accountId), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/initiative-conversations/{id}/messages',
      tags,
      summary: 'Een bericht schrijven in een gesprek over een initiatief (alleen de twee deelnemers)',
      signedIn: true,
      problems: [403, 404, 409],
      request: { params: idParam, ...jsonBody(InitiativeMessageInputSchema) },
      responses: { 201: jsonResponse(InitiativeMessageSchema, 'Het bericht') },
    }),
    async (c) => {
      const actor = accountOf(c);
      const { id } = c.req.valid('param');
      const messageId = await writeInitiativeMessage(c.var.deps, actor, id, c.req.valid('json').body);
      const { messages } = await initiativeConversationFor(c.var.deps, actor, id);
      const message = messages.find((m) => m.id === messageId) as InitiativeMessage;
      return c.json(presentMessage(message, actor.accountId), 201);
    },
  );
}
