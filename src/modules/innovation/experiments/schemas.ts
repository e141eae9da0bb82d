import { z } from '@hono/zod-openapi';
import { optionalText, text, typedDay } from '../../../core/http/fields';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { LONG_TEXT } from '../vocabulary';

export const ExperimentSchema = z
  .object({
    hypothesis: text({ max: TEXT_LIMITS.message, required: 'validation.hypothesis' }),
    measure: text({ max: TEXT_LIMITS.message, required: 'validation.measure' }),
    result: optionalText({ max: LONG_TEXT }),
    learning: optionalText({ max: LONG_TEXT }),
    date: z.iso.date({ error: 'validation.date' }).openapi({ format: 'date', example: '2026-10-01' }),
  })
  .openapi('NewExperiment');
export type ExperimentInput = z.infer<typeof ExperimentSchema>;

/** The form on an initiative's page: the day typed as people write it (8-12-2026, "8 december"). */
export const experimentForm = (day: string) =>
  ExperimentSchema.extend({ date: typedDay(day, { required: 'validation.experimentDate' }) });

export const ExperimentOutSchema = z
  .object({
    id: z.string(),
    hypothesis: z.string(),
    measure: z.string(),
    result: z.string(),
    learning: z.string(),
    heldOn: z.string().openapi({ format: 'date' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Experiment');
