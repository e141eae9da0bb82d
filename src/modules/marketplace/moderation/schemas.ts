import { z } from '@hono/zod-openapi';
import { optionalText, text, typedDay } from '../../../core/http/fields';
import { municipalityCode, TEXT_LIMITS } from '../../../core/vocabulary';

/** The reason for a report or a moderation decision: required, at most TEXT_LIMITS.reason characters. */
export const ReasonSchema = text({ max: TEXT_LIMITS.reason, required: 'validation.reason' });

export const ReportInputSchema = z.object({ reason: ReasonSchema }).openapi('NewReport');

export const DECISIONS = ['approve', 'reject', 'return'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Approving needs no reason; rejecting and sending back do: the author reads it. */
const needsReason = (decision: { decision: Decision; reason?: string | undefined }, context: z.RefinementCtx) => {
  if (decision.decision !== 'approve' && !decision.reason)
    context.addIssue({
      code: 'custom',
      path: ['reason'],
      message: decision.decision === 'reject' ? 'validation.rejectReason' : 'validation.returnNote',
    });
};

export const ModerationDecisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: 'validation.decision' }).openapi({
      description: 'approve: goedkeuren; reject: afwijzen (sluit de plaatsing); return: terugsturen als concept',
    }),
    reason: optionalText({ max: TEXT_LIMITS.reason }).openapi({
      description: 'Voor de schrijver. Nodig bij reject en return, mag bij approve.',
    }),
  })
  .superRefine(needsReason)
  .openapi('ModerationDecision');
export type ModerationDecision = z.infer<typeof ModerationDecisionSchema>;

const endsOn = z.iso
  .date({ error: 'validation.blockEnd' })
  .openapi({ format: 'date', example: '2026-12-15', description: 'Vanaf deze dag is de blokkade voorbij' });

export const BlockInputSchema = z
  .object({
    account: z.string({ error: 'validation.blockAccount' }).uuid('validation.blockAccount'),
    marketplace: municipalityCode()
      .optional()
      .openapi({ description: 'De marktplaats; zonder: op het hele platform (alleen netwerkbeheer)' }),
    reason: text({ max: TEXT_LIMITS.reason, required: 'validation.blockReason' }).openapi({
      description: 'De persoon krijgt deze reden te lezen.',
    }),
    endsOn,
  })
  .openapi('NewBlock');
export type BlockInput = z.infer<typeof BlockInputSchema>;

export const WarningInputSchema = z
  .object({
    account: z.string({ error: 'validation.blockAccount' }).uuid('validation.blockAccount'),
    marketplace: municipalityCode(),
    reason: text({ max: TEXT_LIMITS.reason, required: 'validation.warningReason' }).openapi({
      description: 'De persoon krijgt deze reden te lezen.',
    }),
  })
  .openapi('NewWarning');
export type WarningInput = z.infer<typeof WarningInputSchema>;

export const LiftInputSchema = z.object({ note: optionalText({ max: TEXT_LIMITS.reason }) }).openapi('BlockLift');

// --- the forms on the pages, which say in their own words what is missing ---

/** A reason as ReasonSchema checks it, with its own message when it is left empty. */
const reasonField = (requiredKey: string) =>
  z.string({ error: requiredKey }).trim().min(1, requiredKey).max(TEXT_LIMITS.reason, 'validation.tooLong');

/**
 * The beheerder's decision on one post of the queue (the decision is the button pressed). Both
 * messages are shown on the reason's field.
 */
export const DecisionForm = z
  .object({
    decision: z.enum(DECISIONS, { error: 'validation.chooseDecision' }),
    reason: z.string().trim().max(TEXT_LIMITS.reason, 'validation.tooLong').optional(),
  })
  .superRefine(needsReason);
export const decisionFieldOf = () => 'reason';

/** "Melden" on a post or a conversation. */
export const ReportForm = z.object({ reportReason: reasonField('validation.reportReason') });

/** Blocking a person from the person's page: the day typed as people write it; the scope is a radio. */
export const blockForm = (today: string) =>
  z.object({
    blockReason: reasonField('validation.blockReason'),
    blockEnd: typedDay(today, { required: 'validation.blockEnd' }),
    scope: z.enum(['marketplace', 'platform'], { error: 'validation.blockScope' }).default('marketplace'),
  });

export const WarningForm = z.object({ warningReason: reasonField('validation.warningReason') });
