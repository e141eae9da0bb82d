import { z } from '@hono/zod-openapi';
import { text } from '../../../core/http/fields';
import { TEXT_LIMITS } from '../../../core/vocabulary';

/** The reason for a report or a moderation decision: required, at most TEXT_LIMITS.reason characters. */
export const ReasonSchema = text({ max: TEXT_LIMITS.reason, required: 'validation.reason' });

export const ReportInputSchema = z.object({ reason: ReasonSchema }).openapi('NewReport');

export const ModerationDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'validation.decision' }),
    reason: ReasonSchema,
  })
  .openapi('ModerationDecision');
export type ModerationDecision = z.infer<typeof ModerationDecisionSchema>;

// --- the forms on the pages, which say in their own words what is missing ---

/** A reason as ReasonSchema checks it, with its own message when it is left empty. */
const reasonField = (requiredKey: string) =>
  z.string({ error: requiredKey }).trim().min(1, requiredKey).max(TEXT_LIMITS.reason, 'validation.tooLong');

/**
 * The beheerder's decision on one post of the queue. Both messages are shown on the reason's
 * field (the decision is the button pressed); the reason comes last so that, when both are
 * wrong, its message is the one shown.
 */
export const DecisionForm = z.object({
  decision: z.enum(['approve', 'reject'], { error: 'validation.chooseDecision' }),
  reason: reasonField('validation.decisionReason'),
});
export const decisionFieldOf = () => 'reason';

/** "Melden" on a post or a conversation. */
export const ReportForm = z.object({ reportReason: reasonField('validation.reportReason') });
