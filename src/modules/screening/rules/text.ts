/**
 * Text helpers the rule sets share. Pure, no I/O.
 *
 * Rules match on a *folded* copy of the text: lower case, accents removed, typographic quotes and
 * non-breaking spaces made plain. Folding keeps every character in place, so a match in the folded
 * text is a span of the original. Rules that must rewrite the text (number words to digits,
 * "jan [at] gmail punt com" to an address) use `Rewritten`, which remembers where each character
 * came from.
 */

/** A stretch of the original text, [start, end) in UTF-16 code units. */
export interface Hit {
  start: number;
  end: number;
}

const PLAIN: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u2013': '-',
  '\u2014': '-',
};

/** Lower case without accents, character for character (the folded text has the original's offsets). */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const plain = PLAIN[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += plain.length === char.length ? plain : char;
  }
  return out;
}

/** Sentences (and lines) of a text, with their offsets: rules look for context within one sentence. */
export function sentences(text: string): (Hit & { text: string })[] {
  const result: (Hit & { text: string })[] = [];
  const boundary = /[.!?]+(?=\s|$)|\n+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) result.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (text.slice(start).trim()) result.push({ start, end: text.length, text: text.slice(start) });
  return result;
}

/** Every match of a global pattern, as hits (optionally only the part in capture group `group`). */
export function hitsOf(text: string, pattern: RegExp, group = 0): (Hit & { match: RegExpExecArray })[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  const hits: (Hit & { match: RegExpExecArray })[] = [];
  for (let match = global.exec(text); match; match = global.exec(text)) {
    if (match[0].length === 0) {
      global.lastIndex += 1;
      continue;
    }
    const part = match[group] ?? match[0];
    const start = match.index + (group === 0 ? 0 : match[0].indexOf(part));
    hits.push({ start, end: start + part.length, match });
  }
  return hits;
}

/** Whether a hit is inside (or equal to) any of the others. */
export const within = (hit: Hit, others: readonly Hit[]) =>
  others.some((o) => o.start <= hit.start && hit.end <= o.end);
export const overlaps = (hit: Hit, others: readonly Hit[]) =>
  others.some((o) => o.start < hit.end && hit.start < o.end);

/**
 * A rewritten copy of a text that knows, for each of its characters, which stretch of the original
 * it stands for, so a match in the copy maps back to the original.
 */
export class Rewritten {
  private constructor(
    readonly text: string,
    private readonly from: number[],
    private readonly to: number[],
  ) {}

  static of(text: string): Rewritten {
    const indices = Array.from({ length: text.length }, (_, i) => i);
    return new Rewritten(
      text,
      indices,
      indices.map((i) => i + 1),
    );
  }

  /** Replaces every match of a global pattern; the replacement stands for the whole match. */
  replace(pattern: RegExp, replacement: string | ((match: RegExpExecArray) => string)): Rewritten {
    let text = '';
    const from: number[] = [];
    const to: number[] = [];
    let last = 0;
    for (const hit of hitsOf(this.text, pattern)) {
      for (let i = last; i < hit.start; i++) {
        text += this.text[i];
        from.push(this.from[i] as number);
        to.push(this.to[i] as number);
      }
      const value = typeof replacement === 'string' ? replacement : replacement(hit.match);
      const start = this.from[hit.start] as number;
      const end = this.to[hit.end - 1] as number;
      for (const char of value.split('')) {
        text += char;
        from.push(start);
        to.push(end);
      }
      last = hit.end;
    }
    for (let i = last; i < this.text.length; i++) {
      text += this.text[i];
      from.push(this.from[i] as number);
      to.push(this.to[i] as number);
    }
    return new Rewritten(text, from, to);
  }

  /** The stretch of the original that [start, end) of this copy stands for. */
  original(hit: Hit): Hit {
    return { start: this.from[hit.start] ?? 0, end: this.to[hit.end - 1] ?? 0 };
  }
}

const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** Dutch number words 0–99 ("nul" … "negenennegentig", with "één" and "eenentwintig"), to their value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  for (const [n, word] of UNITS.entries()) words.set(word, n);
  for (const [n, word] of TEENS.entries()) words.set(word, 10 + n);
  for (let tens = 2; tens < 10; tens++) {
    words.set(TENS[tens] as string, tens * 10);
    for (let unit = 1; unit < 10; unit++) {
      const unitWord = UNITS[unit] as string;
      // "tweeëntwintig", "drieëndertig": an e after an e is written ë (folded to e here)
      const join = unitWord.endsWith('e') ? 'e' : '';
      words.set(`${unitWord}${join}en${TENS[tens]}`, tens * 10 + unit);
    }
  }
  words.set('honderd', 100);
  return words;
})();

/** A regex alternation of the number words, longest first. */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Letters, digits and spaces only, lower case: for "the same text" comparisons. */
export function comparable(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const joinPieces = (pieces: TemplateStringsArray, values: unknown[]) =>
  String.raw({ raw: pieces.raw }, ...values).replace(/\s*\n\s*/g, '');

/**
 * A regular expression written over several lines: a line break and the indentation after it are
 * not part of it (a space that matters is never at the end of a line). re`…` has no flags;
 * rx('gu')`…` has the flags given.
 */
export const re = (pieces: TemplateStringsArray, ...values: unknown[]) => new RegExp(joinPieces(pieces, values));
export const rx =
  (flags: string) =>
  (pieces: TemplateStringsArray, ...values: unknown[]) =>
    new RegExp(joinPieces(pieces, values), flags);
