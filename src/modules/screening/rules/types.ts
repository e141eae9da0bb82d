import type { Hit } from './text';

/** The rule sets of the screening; each lives in its own file beside this one. */
export const RULE_SETS = ['paid-work', 'contact-details', 'abuse', 'spam'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

/**
 * How serious a finding is on a text that has a moderation queue (a post): `refuse` — the author
 * must change it; `review` — a beheerder looks before it goes live. Kinds without a queue
 * (messages, names, initiatives) turn `review` into `refuse` or leave the finding out
 * (screen.ts says which).
 */
export type Severity = 'refuse' | 'review';

/** What one rule found in one text: a code (its message says what to change), how serious, and where. */
export interface Finding extends Hit {
  code: string;
  severity: Severity;
}
