import { MUNICIPALITY_CODE } from '../../core/vocabulary';
import { z } from '@hono/zod-openapi';
import { optionalText, text } from '../../core/http/fields';
import { INITIATIVE_TYPES, PARTICIPANT_ROLES, PHASES, SEEKS, THEMES } from './rules';

const LONG = 5000;
const municipalityCode = z
  .string({ error: 'validation.required' })
  .regex(MUNICIPALITY_CODE, 'validation.municipalityCode')
  .openapi({ example: 'GM0484' });

export const InitiativeInputSchema = z
  .object({
    type: z.enum(INITIATIVE_TYPES, { error: 'validation.initiativeType' }),
    title: text({ max: 200 }).openapi({ example: 'Rapportage sociaal domein met nieuwe indicatoren' }),
    summary: text({ max: 2000 }),
    goal: text({ max: LONG }),
    benefit: optionalText({ max: LONG }),
    approach: optionalText({ max: LONG }),
    milestones: optionalText({ max: LONG }),
    results: optionalText({ max: LONG }),
    themes: z
      .array(z.enum(THEMES, { error: 'validation.theme' }), { error: 'validation.themes' })
      .min(1, 'validation.themes')
      .max(5, 'validation.themesMax'),
    phase: z.enum(PHASES, { error: 'validation.phase' }).default('idee'),
    ownerMunicipality: municipalityCode
      .optional()
      .openapi({ description: 'De gemeente van het initiatief. Verplicht als de eigenaar geen gemeente is.' }),
    organisation: z
      .string()
      .uuid('validation.id')
      .optional()
      .openapi({ description: 'De organisatie die eigenaar wordt; standaard uw gemeente.' }),
    seeks: z
      .array(z.enum(SEEKS, { error: 'validation.seek' }))
      .max(3, 'validation.invalid')
      .default([]),
  })
  .openapi('NewInitiative');
export type InitiativeInput = z.infer<typeof InitiativeInputSchema>;

export const InitiativeChangeSchema = z
  .object({
    title: text({ max: 200 }).optional(),
    summary: text({ max: 2000 }).optional(),
    goal: text({ max: LONG }).optional(),
    benefit: optionalText({ max: LONG }),
    approach: optionalText({ max: LONG }),
    milestones: optionalText({ max: LONG }),
    results: optionalText({ max: LONG }),
    themes: z
      .array(z.enum(THEMES, { error: 'validation.theme' }))
      .min(1, 'validation.themes')
      .max(5, 'validation.themesMax')
      .optional(),
    seeks: z
      .array(z.enum(SEEKS, { error: 'validation.seek' }))
      .max(3)
      .optional(),
    phase: z.enum(PHASES, { error: 'validation.phase' }).optional(),
  })
  .openapi('InitiativeChange');
export type InitiativeChange = z.infer<typeof InitiativeChangeSchema>;

export const SimilarQuerySchema = z
  .object({
    title: z.string({ error: 'validation.required' }).trim().max(200, 'validation.tooLong').default(''),
    summary: z.string().trim().max(2000, 'validation.tooLong').default(''),
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

export const ParticipationSchema = z
  .object({
    municipality: municipalityCode
      .optional()
      .openapi({ description: 'Neem deel namens deze gemeente (haar gemeente-organisatie).' }),
    organisation: z.string().uuid('validation.id').optional().openapi({ description: 'Of namens deze organisatie.' }),
    role: z.enum(PARTICIPANT_ROLES, { error: 'validation.participantRole' }),
  })
  .refine((value) => !!value.municipality !== !!value.organisation, {
    message: 'validation.municipalityOrOrganisation',
    path: ['municipality'],
  })
  .openapi('NewParticipant');

export const ExperimentSchema = z
  .object({
    hypothesis: text({ max: 2000 }),
    measure: text({ max: 2000 }),
    result: optionalText({ max: LONG }),
    learning: optionalText({ max: LONG }),
    date: z.iso.date({ error: 'validation.date' }).openapi({ format: 'date', example: '2026-10-01' }),
  })
  .openapi('NewExperiment');

export const AdviceSchema = z.object({ body: text({ max: LONG }) }).openapi('NewAdvice');
export const AdviceResponseSchema = z.object({ response: text({ max: LONG }) }).openapi('AdviceResponse');
