import { z } from '@hono/zod-openapi';
import { optionalText, text, webAddress } from '../../core/http/fields';
import { municipalityCode, TEXT_LIMITS } from '../../core/vocabulary';
import {
  DECISIONS,
  EVENT_KINDS,
  MOSCOW,
  ROUND_KINDS,
  SERVICE_STATUSES,
  STAGES,
  STAKEHOLDER_ROLES,
  STANCES,
} from './rules';

/** The JSON (and form) shapes of Samen opschalen: one schema serves the API, the pages and OpenAPI. */

export const tags = ['Samen opschalen'];

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const id = (name: string) =>
  z
    .string()
    .uuid('validation.id')
    .openapi({ param: { name, in: 'path' }, example: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' });
export const roundParam = z.object({ id: id('id') });
export const nominationParam = z.object({ id: id('id'), nominationId: id('nominationId') });
export const serviceParam = z.object({ id: id('id') });
export const adoptionParam = z.object({
  id: id('id'),
  municipalityCode: municipalityCode().openapi({ param: { name: 'municipalityCode', in: 'path' } }),
});
export const stepParam = adoptionParam.extend({ stepId: id('stepId') });
export const groupParam = z.object({ id: id('id'), groupId: id('groupId') });

const dateTime = () =>
  z.iso.datetime({ offset: true, error: 'validation.dateTime' }).openapi({ example: '2027-03-01T12:00:00+01:00' });
/** A calendar day, JJJJ-MM-DD. */
export const day = () => z.iso.date({ error: 'validation.date' }).openapi({ example: '2026-11-12', format: 'date' });

export const CriterionSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{2,40}$/, 'validation.invalid'),
  label: text({ max: TEXT_LIMITS.name, required: 'scaleUp.validation.criterionLabel' }),
  weight: z.number({ error: 'validation.number' }).min(0.1, 'validation.min').max(10, 'validation.max'),
});

export const NewRoundSchema = z
  .object({
    kind: z.enum(ROUND_KINDS, { error: 'validation.invalid' }),
    title: text({ max: TEXT_LIMITS.title, required: 'scaleUp.validation.roundTitle' }),
    description: text({ max: TEXT_LIMITS.description, required: 'scaleUp.validation.roundDescription' }),
    criteria: z.array(CriterionSchema).min(1, 'validation.required').max(12, 'validation.max').optional(),
    boardMemberIds: z.array(z.string().uuid('validation.id')).min(1, 'validation.required').max(25, 'validation.max'),
    nominationsCloseAt: dateTime(),
    scoringClosesAt: dateTime(),
    decisionAt: dateTime(),
    developmentEndsAt: dateTime().optional(),
  })
  .refine(
    (r) =>
      Date.parse(r.nominationsCloseAt) <= Date.parse(r.scoringClosesAt) &&
      Date.parse(r.scoringClosesAt) <= Date.parse(r.decisionAt),
    { message: 'scaleUp.validation.dates', path: ['scoringClosesAt'] },
  )
  .openapi('NewPortfolioRound');

export const NominationInputSchema = z
  .object({
    initiativeId: z.string({ error: 'scaleUp.validation.nominee' }).uuid('validation.id'),
    motivation: text({ max: TEXT_LIMITS.message, required: 'scaleUp.validation.motivation' }),
    expectedCosts: optionalText({ max: TEXT_LIMITS.reason }),
  })
  .openapi('NewNomination');

export const ScoreInputSchema = z
  .object({
    criteria: z.record(z.string(), z.number({ error: 'scaleUp.validation.score' })),
    moscow: z.enum(MOSCOW, { error: 'validation.invalid' }),
    comment: z.string().trim().max(TEXT_LIMITS.message, 'validation.tooLong').default(''),
    conflictOfInterest: z.boolean({ error: 'validation.boolean' }),
  })
  .openapi('Score');

export const PreselectionSchema = z
  .object({
    nominationIds: z.array(z.string().uuid('validation.id')).max(3, 'scaleUp.validation.atMostThree'),
    reasons: z.record(z.string(), z.string().trim().max(TEXT_LIMITS.reason, 'validation.tooLong')).optional(),
  })
  .openapi('Preselection');

export const DecisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: 'scaleUp.validation.decision' }),
    rationale: z
      .string({ error: 'scaleUp.validation.rationale' })
      .trim()
      .min(1, 'scaleUp.validation.rationale')
      .max(TEXT_LIMITS.message, 'validation.tooLong'),
  })
  .openapi('NominationDecision');

export const NewServiceSchema = z
  .object({
    name: text({ max: TEXT_LIMITS.title, required: 'scaleUp.validation.serviceName' }),
    description: text({ max: TEXT_LIMITS.description, required: 'scaleUp.validation.serviceDescription' }),
    originInitiativeId: z.string().uuid('validation.id').optional(),
    operator: text({ max: TEXT_LIMITS.name, required: 'scaleUp.validation.operator' }),
    status: z.enum(SERVICE_STATUSES, { error: 'validation.invalid' }),
    standards: z
      .array(
        z.object({
          name: text({ max: TEXT_LIMITS.name, required: 'scaleUp.validation.standardName' }),
          url: webAddress().optional(),
        }),
      )
      .max(20)
      .optional(),
    links: z
      .array(
        z.object({
          label: text({ max: TEXT_LIMITS.name, required: 'scaleUp.validation.linkLabel' }),
          url: webAddress(),
        }),
      )
      .max(20)
      .optional(),
    steps: z
      .array(
        z.object({
          title: text({ max: TEXT_LIMITS.title, required: 'scaleUp.validation.stepTitle' }),
          explanation: text({ max: TEXT_LIMITS.description, required: 'scaleUp.validation.stepExplanation' }),
          checklist: z
            .array(text({ max: TEXT_LIMITS.reason, required: 'scaleUp.validation.checklistItem' }))
            .max(20)
            .optional(),
        }),
      )
      .max(30, 'validation.max'),
  })
  .openapi('NewService');

export const AdoptionInputSchema = z
  .object({
    stage: z.enum(STAGES, { error: 'scaleUp.validation.stage' }),
    stageDate: day().optional().openapi({ description: 'De dag waarop de fase bereikt werd; standaard vandaag.' }),
    stoppedReason: optionalText({ max: TEXT_LIMITS.reason }),
    stakeholders: z
      .array(
        z.object({
          role: z.enum(STAKEHOLDER_ROLES, { error: 'validation.invalid' }),
          stance: z.enum(STANCES, { error: 'validation.invalid' }),
          note: z.string().trim().max(TEXT_LIMITS.reason, 'validation.tooLong').default(''),
        }),
      )
      .max(STAKEHOLDER_ROLES.length, 'validation.max')
      .refine((list) => new Set(list.map((s) => s.role)).size === list.length, { message: 'validation.invalid' })
      .optional(),
    events: z
      .array(
        z.object({
          date: day(),
          kind: z.enum(EVENT_KINDS, { error: 'validation.invalid' }),
          note: z.string().trim().max(TEXT_LIMITS.reason, 'validation.tooLong').default(''),
        }),
      )
      .max(50, 'validation.max')
      .optional(),
  })
  .openapi('AdoptionChange');

export const StepProgressSchema = z
  .object({
    done: z.boolean({ error: 'validation.boolean' }),
    shared: z.boolean({ error: 'validation.boolean' }).optional(),
  })
  .openapi('StepProgress');

export const NewGroupSchema = z
  .object({
    name: text({ max: TEXT_LIMITS.name, required: 'scaleUp.validation.groupName' }),
    municipality: municipalityCode(),
  })
  .openapi('NewImplementationGroup');

export const GroupMemberSchema = z.object({ municipality: municipalityCode() }).openapi('ImplementationGroupMember');
