/**
 * The labelled set (labelled-*.json beside this file: real-looking Dutch texts, each with the
 * outcome it must get) and how the screening does on it. The first five files were written before
 * the rules; each later round was written after a round of changes to the rules, and measured once
 * before the rules changed again (docs/screening.md has those first measurements).
 * "Caught": of the texts that must not go live as they are (expected review or refuse), the share
 * that does not (review or refuse). "False flags": of the texts that must go live (expected
 * publish), the share held or refused.
 */
import type { History } from '../rules/spam';
import { type Outcome, screen, type TextKind } from '../screen';
import abuse from './labelled-abuse.json';
import contact from './labelled-contact.json';
import fifth from './labelled-fifth-round.json';
import fourth from './labelled-fourth-round.json';
import legitimate from './labelled-legitimate.json';
import paid from './labelled-paid.json';
import second from './labelled-second-round.json';
import spam from './labelled-spam.json';
import third from './labelled-third-round.json';

export const CATEGORIES = ['paid', 'contact', 'abuse', 'spam', 'legitimate'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LabelledText {
  id: string;
  kind: TextKind;
  title?: string;
  text: string;
  expected: Outcome;
  category: Category;
  marketplace?: string;
  history?: History;
}

export const ROUNDS = {
  first: [...paid, ...contact, ...abuse, ...spam, ...legitimate],
  second,
  third,
  fourth,
  fifth,
} as unknown as Record<'first' | 'second' | 'third' | 'fourth' | 'fifth', readonly LabelledText[]>;

export const LABELLED: readonly LabelledText[] = Object.values(ROUNDS).flat();

/** The fields a kind of text has, filled from a labelled text. */
export function partsOf(item: LabelledText): Record<string, string | undefined> {
  switch (item.kind) {
    case 'request':
    case 'offer':
    case 'vacancy':
      return { title: item.title, description: item.text };
    case 'initiative':
      return { title: item.title, summary: item.text };
    case 'response':
      return { message: item.text };
    case 'message':
    case 'advice':
      return { body: item.text };
    default:
      return { name: item.text };
  }
}

export interface Result {
  item: LabelledText;
  outcome: Outcome;
  codes: string[];
}

export interface Figures {
  total: number;
  mustNotGoLive: number;
  caught: number;
  caughtPercent: number;
  mustGoLive: number;
  falseFlags: number;
  falseFlagPercent: number;
  /** texts that got exactly the expected outcome */
  exactPercent: number;
  byCategory: Record<Category, { total: number; right: number }>;
  misses: Result[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

export function evaluate(items: readonly LabelledText[] = LABELLED): Figures {
  const results: Result[] = items.map((item) => {
    const verdict = screen(partsOf(item), { kind: item.kind, history: item.history, marketplace: item.marketplace });
    return { item, outcome: verdict.outcome, codes: verdict.reasons.map((r) => r.code) };
  });
  const held = results.filter((r) => r.item.expected !== 'publish');
  const free = results.filter((r) => r.item.expected === 'publish');
  const caught = held.filter((r) => r.outcome !== 'publish').length;
  const falseFlags = free.filter((r) => r.outcome !== 'publish').length;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { total: 0, right: 0 }])) as Figures['byCategory'];
  for (const r of results) {
    byCategory[r.item.category].total += 1;
    if (r.outcome === r.item.expected) byCategory[r.item.category].right += 1;
  }
  return {
    total: results.length,
    mustNotGoLive: held.length,
    caught,
    caughtPercent: percent(caught, held.length),
    mustGoLive: free.length,
    falseFlags,
    falseFlagPercent: percent(falseFlags, free.length),
    exactPercent: percent(results.filter((r) => r.outcome === r.item.expected).length, results.length),
    byCategory,
    misses: results.filter((r) => r.outcome !== r.item.expected),
  };
}
