import { z } from '@hono/zod-openapi';
import { choice, optionalText, text } from '../../../core/http/fields';
import { municipalityCode, TEXT_LIMITS } from '../../../core/vocabulary';
import { AdviceOutSchema } from '../advice/schemas';
import { ExperimentOutSchema } from '../experiments/schemas';
import { MunicipalityRef } from '../http';
import { ParticipantSchema } from '../participation/schemas';
import { INITIATIVE_TYPES, LONG_TEXT, PHASES, SEEKS, THEMES } from '../vocabulary';

const themes = () =>
  z
    .array(z.enum(THEMES, { error: 'validation.theme' }), { error: 'validation.themes' })
    .min(1, 'validation.themes')
    .max(5, 'validation.themesMax');
const seeks = () => z.array(z.enum(SEEKS, { error: 'validation.seek' })).max(3, 'validation.invalid');

export const InitiativeInputSchema = z
  .object({
    type: choice(INITIATIVE_TYPES, {
      required: 'validation.chooseInitiativeType',
      invalid: 'validation.initiativeType',
    }),
    title: text({ max: TEXT_LIMITS.title, required: 'validation.initiativeTitle' }).openapi({
      example: 'Rapportage sociaal domein met nieuwe indicatoren',
    }),
    summary: text({ max: TEXT_LIMITS.message, required: 'validation.initiativeSummary' }),
    goal: text({ max: LONG_TEXT, required: 'validation.initiativeGoal' }),
    benefit: optionalText({ max: LONG_TEXT }),
    approach: optionalText({ max: LONG_TEXT }),
    milestones: optionalText({ max: LONG_TEXT }),
    results: optionalText({ max: LONG_TEXT }),
    themes: themes(),
    phase: z.enum(PHASES, { error: 'validation.phase' }).default('idee'),
    ownerMunicipality: municipalityCode()
      .optional()
      .openapi({ description: 'De gemeente van het initiatief. Verplicht als de eigenaar geen gemeente is.' }),
    organisation: z
      .string()
      .uuid('validation.id')
      .optional()
      .openapi({ description: 'De organisatie die eigenaar wordt; standaard uw gemeente.' }),
    seeks: seeks().default([]),
  })
  .openapi('NewInitiative');
export type InitiativeInput = z.infer<typeof InitiativeInputSchema>;

export const InitiativeChangeSchema = z
  .object({
    title: text({ max: TEXT_LIMITS.title, required: 'validation.initiativeTitle' }).optional(),
    summary: text({ max: TEXT_LIMITS.message, required: 'validation.initiativeSummary' }).optional(),
    goal: text({ max: LONG_TEXT, required: 'validation.initiativeGoal' }).optional(),
    benefit: optionalText({ max: LONG_TEXT }),
    approach: optionalText({ max: LONG_TEXT }),
    milestones: optionalText({ max: LONG_TEXT }),
    results: optionalText({ max: LONG_TEXT }),
    themes: themes().optional(),
    seeks: seeks().optional(),
    phase: z.enum(PHASES, { error: 'validation.phase' }).optional(),
  })
  .openapi('InitiativeChange');
export type InitiativeChange = z.infer<typeof InitiativeChangeSchema>;

/** The phase form on an initiative's page. */
export const PhaseChangeSchema = z.object({ phase: z.enum(PHASES, { error: 'validation.phase' }) });

export const InitiativeSummarySchema = z
  .object({
    id: z.string(),
    type: z.enum(INITIATIVE_TYPES),
    title: z.string(),
    summary: z.string(),
    themes: z.array(z.enum(THEMES)),
    phase: z.enum(PHASES),
    municipality: MunicipalityRef,
    ownerOrganisation: z.string(),
    participantCount: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('InitiativeSummary');

export const InitiativeSchema = InitiativeSummarySchema.extend({
  goal: z.string(),
  benefit: z.string(),
  approach: z.string(),
  milestones: z.string(),
  results: z.string(),
  seeks: z.array(z.enum(SEEKS)),
  contactName: z.string().nullable(),
  updatedAt: z.string().openapi({ format: 'date-time' }),
  phaseHistory: z.array(z.object({ phase: z.enum(PHASES), enteredOn: z.string().openapi({ format: 'date' }) })),
  participants: z.array(ParticipantSchema),
  experiments: z.array(ExperimentOutSchema),
  advice: z.array(AdviceOutSchema),
}).openapi('Initiative');
