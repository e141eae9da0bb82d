import { z } from '@hono/zod-openapi';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { InitiativeSummarySchema } from '../initiatives/schemas';
import { THEMES } from '../vocabulary';

export const SimilarQuerySchema = z
  .object({
    title: z.string({ error: 'validation.required' }).trim().max(TEXT_LIMITS.title, 'validation.tooLong').default(''),
    summary: z.string().trim().max(TEXT_LIMITS.message, 'validation.tooLong').default(''),
    themes: z
      .array(z.enum(THEMES, { error: 'validation.theme' }))
      .max(5, 'validation.themesMax')
      .default([]),
  })
  .refine((value) => value.title.length + value.summary.length > 0, {
    message: 'validation.titleOrSummary',
    path: ['title'],
  })
  .openapi('SimilarQuery');

export const SimilarSchema = InitiativeSummarySchema.extend({
  score: z.number().openapi({ description: 'Gelijkenis van 0 tot 1' }),
}).openapi('SimilarInitiative');

export const ClusterSchema = z
  .object({ sharedThemes: z.array(z.enum(THEMES)), members: z.array(InitiativeSummarySchema) })
  .openapi('InitiativeCluster');
