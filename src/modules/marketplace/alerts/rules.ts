import type { Frequency } from '../../../core/notifications';

/** Pure rules of alerts: which saved search fits a post, and what a person hears. No I/O. */

export const MAX_SAVED_SEARCHES = 20;
/** How far a volunteer's open offer (or a resident's open request) looks for its counterpart. */
export const SUGGESTION_RADIUS_KM = 5;
/** Suggestions per new post: the nearest, so a busy street does not flood everybody. */
export const SUGGESTIONS_PER_POST = 50;

/**
 * Every start of every lexeme: a saved word "boodschap" is stored as its start "boodschap" and
 * fits a post with the lexeme "boodschapp" because one of its prefixes is "boodschap". Counted
 * in code points, like the search's word ranges.
 */
export function lexemePrefixes(lexemes: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const lexeme of lexemes) {
    const points = [...lexeme];
    for (let length = 1; length <= points.length; length++) prefixes.add(points.slice(0, length).join(''));
  }
  return [...prefixes];
}

const PACE: Frequency[] = ['instant', 'daily', 'weekly', 'off'];

/** When two of a person's searches fit the same post they hear once, at the faster pace. */
export function fastest(frequencies: readonly Frequency[]): Frequency {
  return PACE[Math.min(...frequencies.map((frequency) => PACE.indexOf(frequency)))] ?? 'daily';
}
