/**
 * Spam, decided from what an account did before (queries.ts in this module loads it; this file
 * only decides, without I/O):
 * - the same post again while the first is still up: refused on the same marketplace (change or
 *   close the first one), to a beheerder when it is on another marketplace;
 * - a burst: the fourth post within ten minutes waits for a beheerder;
 * - a new account (younger than a week) with a link: a post waits, a response or message is refused;
 * - the same response sent to three other posts within a day (at least 40 characters, so "Ik help
 *   graag!" stays fine) is refused.
 * Texts count as the same when their letters and digits are (case, accents and punctuation aside).
 */
import { comparable } from './text';
import type { Finding, Severity } from './types';

/** What the account did before this text: only what the rules below need. */
export interface History {
  accountAgeDays: number;
  /** the account's posts of the last 30 days (not the one being changed) */
  posts?: readonly { title: string; text: string; marketplace: string; minutesAgo: number; status: string }[];
  /** the first messages of the account's responses of the last day */
  responses?: readonly { text: string; minutesAgo: number }[];
}

export const SPAM_LIMITS = {
  /** a post counts as "still up" in these statuses */
  activeStatuses: ['in-review', 'open', 'matched'],
  repeatWithinMinutes: 30 * 24 * 60,
  burstMinutes: 10,
  /** this many posts in the burst window already: the next one waits */
  burstPosts: 3,
  newAccountDays: 7,
  copiedResponses: 3,
  copiedWithinMinutes: 24 * 60,
  copiedMinimumLength: 40,
} as const;

export type SpamSubject =
  | { kind: 'post'; title: string; text: string; marketplace: string | undefined }
  | { kind: 'response' | 'message'; text: string };

/** Spam findings for a text, given the account's history and whether the text has a link. */
export function spamFindings(subject: SpamSubject, history: History, hasLink: boolean): Finding[] {
  const findings: Finding[] = [];
  const whole = { start: 0, end: subject.text.length };
  const add = (code: string, severity: Severity) => findings.push({ ...whole, code, severity });
  const young = history.accountAgeDays < SPAM_LIMITS.newAccountDays;
  if (subject.kind === 'post') {
    const same = comparable(`${subject.title} ${subject.text}`);
    const repeats = (history.posts ?? []).filter(
      (post) =>
        (SPAM_LIMITS.activeStatuses as readonly string[]).includes(post.status) &&
        post.minutesAgo <= SPAM_LIMITS.repeatWithinMinutes &&
        comparable(`${post.title} ${post.text}`) === same,
    );
    if (repeats.some((post) => post.marketplace === subject.marketplace)) add('spam-repeat', 'refuse');
    else if (repeats.length > 0) add('spam-repeat-elsewhere', 'review');
    const recent = (history.posts ?? []).filter((post) => post.minutesAgo <= SPAM_LIMITS.burstMinutes);
    if (recent.length >= SPAM_LIMITS.burstPosts) add('spam-burst', 'review');
    if (young && hasLink) add('spam-new-account-link', 'review');
    return findings;
  }
  if (young && hasLink) add('spam-new-account-link', 'refuse');
  if (subject.kind === 'response') {
    const same = comparable(subject.text);
    const copies = (history.responses ?? []).filter(
      (response) => response.minutesAgo <= SPAM_LIMITS.copiedWithinMinutes && comparable(response.text) === same,
    );
    if (same.length >= SPAM_LIMITS.copiedMinimumLength && copies.length >= SPAM_LIMITS.copiedResponses)
      add('spam-copied-response', 'refuse');
  }
  return findings;
}
