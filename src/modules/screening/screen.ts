/**
 * The screening decision: one function for every text others read. Pure: the account's history
 * (for spam) is passed in; service.ts loads it.
 */
import { type Locale, type Translate, translator } from '../../core/i18n';
import { abuseFindings } from './rules/abuse';
import { contactDetailFindings } from './rules/contact-details';
import { paidWorkFindings } from './rules/paid-work';
import { type History, spamFindings } from './rules/spam';
import type { Finding, RuleSet, Severity } from './rules/types';

/** Every kind of text that others read. */
export const TEXT_KINDS = [
  'request',
  'offer',
  'vacancy',
  'response',
  'message',
  'profile-name',
  'organisation-name',
  'initiative',
  'advice',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];
export const OUTCOMES = ['publish', 'review', 'refuse'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The fields of a text, by name, in the order they are shown ({title, description}, {message}, {name}). */
export type TextParts = Readonly<Record<string, string | null | undefined>>;

/** Where a reason was found: the field and the stretch of it (offsets in UTF-16 code units). */
export interface Span {
  field: string;
  start: number;
  end: number;
  text: string;
}

export interface Reason {
  /** which finding: its message key is `screening.reason.<code>` */
  code: string;
  rule: RuleSet;
  /** what was found and what to change, in the requested language */
  message: string;
  /** the field the reason is about */
  field: string;
  /** `refuse` or `review` for this kind of text */
  severity: Severity;
  /** the matched text, for the moderation queue to highlight; empty for spam (the whole text) */
  spans: Span[];
  /** the message's parameters, for a translation later */
  params: Record<string, string>;
}

export interface Verdict {
  outcome: Outcome;
  reasons: Reason[];
}

export interface ScreenContext {
  kind: TextKind;
  locale?: Locale;
  t?: Translate;
  /** the account's history; without it, spam is not screened (only the text is) */
  history?: History;
  /** the marketplace a post goes on (for "the same post on another marketplace") */
  marketplace?: string;
}

interface Policy {
  sets: readonly RuleSet[];
  /** no moderation queue: what would wait for a beheerder is refused */
  noQueue?: boolean;
  /** findings left out for this kind */
  ignore?: readonly string[];
  name?: boolean;
}

const POST: Policy = { sets: ['paid-work', 'contact-details', 'abuse', 'spam'] };
/**
 * Who reads what decides what is screened. Posts are public and have a queue. Responses and
 * messages are private between two people: contact details are how they meet, an amount is often
 * what the groceries cost; but paid work, abuse and spam are not. Names are public and cannot
 * wait. Initiatives and advice are written by public bodies, which name budgets, websites and
 * contact points; their sales pitches have rules of their own (the innovation module).
 */
const POLICIES: Record<TextKind, Policy> = {
  request: POST,
  offer: POST,
  vacancy: POST,
  response: {
    sets: ['paid-work', 'abuse', 'spam'],
    noQueue: true,
    ignore: ['paid-amount', 'paid-vague', 'abuse-vulgar'],
  },
  message: {
    sets: ['paid-work', 'abuse', 'spam'],
    noQueue: true,
    ignore: ['paid-amount', 'paid-vague', 'abuse-vulgar'],
  },
  'profile-name': { sets: ['paid-work', 'contact-details', 'abuse'], noQueue: true, name: true },
  'organisation-name': { sets: ['paid-work', 'contact-details', 'abuse'], noQueue: true, name: true },
  initiative: { sets: ['abuse'], noQueue: true },
  advice: { sets: ['abuse'], noQueue: true },
};

const ruleOf = (code: string): RuleSet =>
  code.startsWith('paid')
    ? 'paid-work'
    : code.startsWith('contact')
      ? 'contact-details'
      : (code.split('-')[0] as RuleSet);

const MAX_FOUND = 60;
const quote = (text: string) => (text.length > MAX_FOUND ? `${text.slice(0, MAX_FOUND - 1)}…` : text);

/** Screens a text: whether it may be published, must wait for a beheerder, or is refused — and why. */
export function screen(parts: TextParts, context: ScreenContext): Verdict {
  const policy = POLICIES[context.kind];
  const t = context.t ?? translator(context.locale ?? 'nl');
  const fields = Object.entries(parts).filter((entry): entry is [string, string] => !!entry[1]?.trim());
  const found: { field: string; finding: Finding }[] = [];
  let hasLink = false;
  for (const [field, text] of fields) {
    const contact = contactDetailFindings(text);
    hasLink ||= contact.some((finding) => finding.code === 'contact-link');
    const all = [
      ...(policy.sets.includes('paid-work') ? paidWorkFindings(text) : []),
      ...(policy.sets.includes('contact-details') ? contact : []),
      ...(policy.sets.includes('abuse') ? abuseFindings(text, { name: policy.name }) : []),
    ];
    for (const finding of all) found.push({ field, finding });
  }
  const mainField = fields.at(-1)?.[0] ?? Object.keys(parts).at(-1) ?? 'text';
  if (policy.sets.includes('spam') && context.history) {
    // A post is "the same" by its title and description (as the history has them).
    const subject = ['request', 'offer', 'vacancy'].includes(context.kind)
      ? {
          kind: 'post' as const,
          title: parts.title ?? '',
          text: parts.description ?? '',
          marketplace: context.marketplace,
        }
      : { kind: context.kind as 'response' | 'message', text: fields.map(([, text]) => text).join('\n') };
    for (const finding of spamFindings(subject, context.history, hasLink))
      found.push({ field: mainField, finding: { ...finding, start: 0, end: 0 } });
  }

  const reasons = new Map<string, Reason>();
  for (const { field, finding } of found) {
    if (policy.ignore?.includes(finding.code)) continue;
    const severity: Severity = policy.noQueue ? 'refuse' : finding.severity;
    const text = fields.find(([name]) => name === field)?.[1] ?? '';
    const span =
      finding.end > finding.start ? [{ field, ...finding, text: text.slice(finding.start, finding.end) }] : [];
    const key = `${field}:${finding.code}`;
    const known = reasons.get(key);
    if (known) {
      known.spans.push(...span.map(({ code: _c, severity: _s, ...s }) => s));
      continue;
    }
    const params: Record<string, string> = { found: quote(span[0]?.text ?? '') };
    reasons.set(key, {
      code: finding.code,
      rule: ruleOf(finding.code),
      message: t(`screening.reason.${finding.code}`, params),
      field,
      severity,
      spans: span.map(({ code: _c, severity: _s, ...s }) => s),
      params,
    });
  }
  const list = [...reasons.values()].sort((a, b) => Number(a.severity === 'review') - Number(b.severity === 'review'));
  const outcome: Outcome = list.some((r) => r.severity === 'refuse')
    ? 'refuse'
    : list.length > 0
      ? 'review'
      : 'publish';
  return { outcome, reasons: list };
}
