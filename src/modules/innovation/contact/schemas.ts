import { z } from '@hono/zod-openapi';
import { text } from '../../../core/http/fields';
import { TEXT_LIMITS } from '../../../core/vocabulary';

/** "Neem contact op": the first message, and — for someone in several organisations — on whose behalf. */
export const ContactInputSchema = z
  .object({
    message: text({ max: TEXT_LIMITS.message, required: 'validation.contactMessage' }).openapi({
      example: 'Wij werken aan iets vergelijkbaars in Gouda. Zullen we ervaringen delen?',
    }),
    organisation: z
      .string()
      .uuid('validation.id')
      .optional()
      .openapi({ description: 'Namens welke van uw organisaties u schrijft; standaard de eerste.' }),
  })
  .openapi('NewInitiativeConversation');
export type ContactInput = z.infer<typeof ContactInputSchema>;

export const InitiativeMessageInputSchema = z
  .object({ body: text({ max: TEXT_LIMITS.message, required: 'validation.contactMessage' }) })
  .openapi('NewInitiativeMessage');

/** One side of a conversation: a first name and an organisation, never an e-mail address. */
const PartySchema = z
  .object({ firstName: z.string(), organisation: z.string().nullable() })
  .openapi('InitiativeConversationParty');

export const InitiativeMessageSchema = z
  .object({
    id: z.string(),
    fromMe: z.boolean(),
    senderFirstName: z.string(),
    body: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('InitiativeMessage');

export const InitiativeConversationSummarySchema = z
  .object({
    id: z.string(),
    initiative: z.object({ id: z.string(), title: z.string() }),
    with: PartySchema,
    lastMessageAt: z.string().openapi({ format: 'date-time' }),
    unread: z.number().int(),
  })
  .openapi('InitiativeConversationSummary');

export const InitiativeConversationSchema = z
  .object({
    id: z.string(),
    initiative: z.object({ id: z.string(), title: z.string() }),
    with: PartySchema,
    createdAt: z.string().openapi({ format: 'date-time' }),
    messages: z.array(InitiativeMessageSchema),
  })
  .openapi('InitiativeConversation');
