import { z } from '@hono/zod-openapi';
import { FREQUENCIES } from '../../../core/notifications';
import { municipalityCode, PC4 } from '../../../core/vocabulary';
import { CATEGORIES, POST_KINDS } from '../rules';

export const SavedSearchInput = z
  .object({
    kind: z.enum(POST_KINDS, { error: 'alerts.validation.kind' }),
    q: z.string().trim().max(200, 'validation.tooLong').optional(),
    category: z.enum(CATEGORIES, { error: 'validation.category' }).optional(),
    near: z.string().regex(PC4, 'validation.postcode').optional().openapi({ description: 'Viercijferige postcode' }),
    radiusKm: z.coerce
      .number({ error: 'validation.number' })
      .int('validation.number')
      .min(1, 'validation.min')
      .max(100, 'validation.max')
      .optional(),
    municipality: municipalityCode()
      .optional()
      .openapi({ description: 'Zonder postcode: alleen plaatsingen op de marktplaats van deze gemeente' }),
    frequency: z.enum(FREQUENCIES, { error: 'validation.frequency' }),
  })
  .strict()
  .openapi('SavedSearchInput');
export type SavedSearchInput = z.infer<typeof SavedSearchInput>;

export const SavedSearchSchema = z
  .object({
    id: z.string(),
    kind: z.enum(POST_KINDS),
    q: z.string().nullable(),
    category: z.enum(CATEGORIES).nullable(),
    near: z.string().nullable(),
    radiusKm: z.number().nullable(),
    municipality: z.string().nullable(),
    municipalityName: z.string().nullable(),
    frequency: z.enum(FREQUENCIES),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('SavedSearch');
