import { z } from '@hono/zod-openapi';
import { text } from '../../../core/http/fields';
import { LONG_TEXT } from '../vocabulary';

export const AdviceSchema = z
  .object({ body: text({ max: LONG_TEXT, required: 'validation.advice' }) })
  .openapi('NewAdvice');
export const AdviceResponseSchema = z
  .object({ response: text({ max: LONG_TEXT, required: 'validation.adviceResponse' }) })
  .openapi('AdviceResponse');

export const AdviceOutSchema = z
  .object({
    id: z.string(),
    authorName: z.string(),
    body: z.string(),
    response: z.string().nullable(),
    respondedAt: z.string().nullable().openapi({ format: 'date-time' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Advice');
