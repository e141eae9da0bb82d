/** Pure rules of Samen helpen: kinds, lifecycle, screening, theming and privacy. No I/O. */

export const POST_KINDS = ['request', 'offer', 'vacancy'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_STATUSES = ['concept', 'in-review', 'open', 'matched', 'closed', 'withdrawn', 'expired'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/**
 * The one rule for what the public may see: these statuses, and nothing else — not a concept, not
 * a post held for review (it may hold the phone number that held it), not a withdrawn or expired
 * one. Every list, page, report and export asks here. The author sees their own posts too.
 */
export const PUBLIC_STATUSES = ['open', 'matched', 'closed'] as const satisfies readonly PostStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export function isPublic(post: { status: PostStatus }): boolean {
  return (PUBLIC_STATUSES as readonly PostStatus[]).includes(post.status);
}

/** Whether a person (or an anonymous visitor, `undefined`) may see a post. */
export function isVisibleTo(
  post: { status: PostStatus; authorAccountId: string | null },
  accountId: string | undefined,
) {
  return isPublic(post) || (accountId !== undefined && post.authorAccountId === accountId);
}

export const WHEN_KINDS = ['once', 'recurring', 'flexible'] as const;
export type WhenKind = (typeof WHEN_KINDS)[number];

export const CATEGORIES = [
  'boodschappen',
  'vervoer',
  'klussen',
  'tuin',
  'gezelschap',
  'computerhulp',
  'administratie',
  'taal',
  'verhuizen',
  'maaltijd',
  'bewegen',
  'oppas',
  'dieren',
  'bijles',
  'overig',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The lifecycle of a post. A request: concept → in-review → open → matched → closed, or
 * withdrawn / expired. Offers and vacancies are never matched as a whole: they stay open for
 * several people and are closed by their owner.
 */
const TRANSITIONS: Record<PostStatus, readonly PostStatus[]> = {
  concept: ['in-review', 'open', 'withdrawn'],
  'in-review': ['open', 'withdrawn', 'closed'],
  open: ['matched', 'closed', 'withdrawn', 'expired'],
  matched: ['closed'],
  closed: [],
  withdrawn: [],
  expired: ['open'],
};

export function canTransition(from: PostStatus, to: PostStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Where a new post starts: pre-moderated marketplaces and flagged posts wait for a beheerder. */
export function initialStatus(premoderation: boolean, flagged: boolean): PostStatus {
  return premoderation || flagged ? 'in-review' : 'open';
}

/**
 * Voluntary only: paid work, prices and hourly rates are refused. Contact details in a post are
 * flagged for review instead (contact goes through messages on the platform).
 */
const PAID_WORDS = [
  'uurloon',
  'uurtarief',
  'per uur betaald',
  'betaalde? (klus|baan|hulp)',
  'tegen betaling',
  'zwart (werk|betaald)',
  'vergoeding van \\d',
];
const PAID_WORK: { pattern: RegExp; label: string }[] = [
  { pattern: /€\s?\d|\b\d+([.,]\d+)?\s?(euro|eur)\b/i, label: 'een bedrag' },
  { pattern: new RegExp(`\\b(${PAID_WORDS.join('|')})`, 'i'), label: 'betaald werk' },
  { pattern: /\b(te koop|verkoop|huur ik uit)\b/i, label: 'verkoop of verhuur' },
];
const CONTACT_DETAILS: { pattern: RegExp; label: string }[] = [
  { pattern: /(\+31|\b0)[\s-]?6([\s-]?\d){8}\b|\b0\d{2}[\s-]?\d{7}\b/, label: 'een telefoonnummer' },
  { pattern: /[\w.+-]+@[\w-]+\.[\w.]+/, label: 'een e-mailadres' },
  { pattern: /\bNL\d{2}\s?[A-Z]{4}(\s?\d{2,4}){2,4}\b/i, label: 'een IBAN' },
  { pattern: /\bhttps?:\/\/|\bwww\./i, label: 'een link' },
];

export function paidWorkSignals(text: string): string[] {
  return PAID_WORK.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
}

export function contactDetailSignals(text: string): string[] {
  return CONTACT_DETAILS.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
}

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((index) => {
      const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export const MINIMUM_CONTRAST = 4.5;

export const LOGO_MAX_BYTES = 200_000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Whether uploaded bytes are what they claim: a PNG by its signature, an SVG by its root element,
 * and not too large. An i18n key for what is wrong, or null. (SVG is served with a sandboxing CSP
 * and shown through <img>, so scripts in it never run.)
 */
export function logoProblem(bytes: Uint8Array, contentType: 'image/png' | 'image/svg+xml'): string | null {
  if (bytes.length === 0) return 'validation.required';
  if (bytes.length > LOGO_MAX_BYTES) return 'validation.logoSize';
  if (contentType === 'image/png')
    return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) ? null : 'validation.logoNotImage';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 2000))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)
    ? null
    : 'validation.logoNotImage';
}

/** Only what the public may see of a person: first name and postcode area, never more. */
export function publicPerson(firstName: string | null): string {
  return firstName?.trim().split(/\s+/)[0] || 'Een inwoner';
}

/** A search word as a range of lexemes [lo, hi): the word and every longer form of it. */
export interface WordRange {
  lo: string;
  hi: string;
}

/**
 * Dutch stems of the search text → the lexeme ranges a post must match, one per word. Snowball
 * leaves "boodschappen" as "boodschapp", so a stem ending in a doubled consonant is shortened:
 * "boodschap" then covers "boodschap", "boodschapp" and "boodschappenlijst" alike. Ranges are
 * in byte (code point) order, the "C" collation of open_post_terms.lexeme.
 */
export function wordRanges(stems: readonly string[]): WordRange[] {
  const prefixes = new Set(
    stems.filter((stem) => stem.length > 0).map((stem) => stem.replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1')),
  );
  return [...prefixes].sort().map((lo) => {
    const last = lo.codePointAt(lo.length - 1) as number;
    return { lo, hi: lo.slice(0, lo.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1) };
  });
}
