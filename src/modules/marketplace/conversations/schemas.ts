import { z } from '@hono/zod-openapi';
import { text } from '../../../core/http/fields';
import { TEXT_LIMITS } from '../../../core/vocabulary';

/** "Ik wil helpen": the first message of the conversation. */
export const ResponseInputSchema = z
  .object({ message: text({ max: TEXT_LIMITS.message, required: 'validation.message' }) })
  .openapi('NewResponse');
export const MessageInputSchema = z
  .object({ body: text({ max: TEXT_LIMITS.message, required: 'validation.message' }) })
  .openapi('NewMessage');

export const MessageSchema = z
  .object({
    id: z.string(),
    from: z.string().openapi({ description: 'Voornaam van de afzender' }),
    body: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    readAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('Message');
