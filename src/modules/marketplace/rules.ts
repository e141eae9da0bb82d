/** Pure rules of Samen helpen: kinds, lifecycle, theming and privacy (screening: the screening module). No I/O. */

export const POST_KINDS = ['request', 'offer', 'vacancy'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_STATUSES = ['concept', 'in-review', 'open', 'matched', 'closed', 'withdrawn', 'expired'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/**
 * The one rule for what the public may see: these statuses, and nothing else — not a concept, not
 * a post held for review (it may hold the phone number that held it), not a withdrawn or expired
 * one — and not a post that is withheld: hidden after reports or by a rejection until a beheerder
 * approves it, or placed by someone blocked on its marketplace (`withheld` in posts/queries.ts, the
 * same rule in SQL for the lists). Every list, page, report and export asks here. The author sees
 * their own posts too.
 */
export const PUBLIC_STATUSES = ['open', 'matched', 'closed'] as const satisfies readonly PostStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export function isPublic(post: { status: PostStatus; withheld: boolean }): boolean {
  return (PUBLIC_STATUSES as readonly PostStatus[]).includes(post.status) && !post.withheld;
}

/** Whether a person (or an anonymous visitor, `undefined`) may see a post. */
export function isVisibleTo(
  post: { status: PostStatus; withheld: boolean; authorAccountId: string | null },
  accountId: string | undefined,
) {
  return isPublic(post) || (accountId !== undefined && post.authorAccountId === accountId);
}

/** A block of a person: on one marketplace (its municipality code), or on the whole platform (null). */
export interface BlockTerm {
  municipalityCode: string | null;
  /** the moment it ends (the start of its end day in the Netherlands) */
  endsAt: string;
  liftedAt: string | null;
}

/**
 * The block that keeps a person out of a marketplace at `now`: one on that marketplace or on the
 * whole platform, not lifted and not ended — the one that lasts longest. Undefined when free.
 */
export function blockIn<B extends BlockTerm>(blocks: readonly B[], municipalityCode: string, now: Date): B | undefined {
  return blocks
    .filter((block) => block.municipalityCode === null || block.municipalityCode === municipalityCode)
    .filter((block) => block.liftedAt === null && new Date(block.endsAt) > now)
    .sort((a, b) => b.endsAt.localeCompare(a.endsAt))[0];
}

/** A block ends on a day after today (in the Netherlands): a day today or before would not keep anyone out. */
export function blockEndProblem(endsOn: string, today: string): string | null {
  return endsOn <= today ? 'validation.blockEndPast' : null;
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
  // back to a concept: a beheerder sends it back to its author for a change
  'in-review': ['open', 'withdrawn', 'closed', 'concept'],
  open: ['matched', 'closed', 'withdrawn', 'expired', 'concept'],
  matched: ['closed'],
  closed: [],
  withdrawn: [],
  expired: ['open'],
};

export function canTransition(from: PostStatus, to: PostStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What an owner may still change: before, while and after it is on the marketplace (say, a new date). */
export const EDITABLE_STATUSES: readonly PostStatus[] = ['concept', 'in-review', 'open', 'expired'];

/**
 * A post a beheerder rejected is closed, but not lost: its author may change it and send it in
 * again, and then a beheerder looks at it once more (it goes to review, whatever the settings).
 */
export function canResubmit(post: { status: PostStatus; rejectedReason: string | null }): boolean {
  return post.status === 'closed' && post.rejectedReason !== null;
}

/**
 * A post a beheerder sent back to its author for a change: a concept with the beheerder's note.
 * Placed again, it goes to review whatever the settings, and the note goes.
 */
export function isReturned(post: { status: PostStatus; returnedNote: string | null }): boolean {
  return post.status === 'concept' && post.returnedNote !== null;
}

/** Where a new post starts: pre-moderated marketplaces and flagged posts wait for a beheerder. */
export function initialStatus(premoderation: boolean, flagged: boolean): PostStatus {
  return premoderation || flagged ? 'in-review' : 'open';
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

/** The page's background: the theme's focus ring, in its brand colour, is drawn on it. */
export const PAGE_BACKGROUND = '#ffffff';
/** A focus ring, like any part of the page one must see to use it, needs 3:1 against its surroundings (WCAG 1.4.11). */
export const MINIMUM_FOCUS_CONTRAST = 3;

/**
 * Whether a theme's focus ring can be seen (assets/focus.css, settings/theme.ts): on the page it is
 * drawn in the brand colour on white, so that pair needs 3:1. (In the header it is drawn in the text
 * colour on the brand colour, which the text contrast of 4.5:1 already covers.) The ratio, or null.
 */
export function focusRingProblem(brandColor: string): number | null {
  const ratio = contrastRatio(brandColor, PAGE_BACKGROUND);
  return ratio < MINIMUM_FOCUS_CONTRAST ? ratio : null;
}

export const LOGO_MAX_BYTES = 200_000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Whether uploaded bytes are what they claim: a PNG by its signature, an SVG by its root element,
 * and not too large. An i18n key for what is wrong, or null. (SVG is served with a sandboxing CSP
 * and shown through <img>, so scripts in it never run.)
 */
export function logoProblem(bytes: Uint8Array, contentType: 'image/png' | 'image/svg+xml'): string | null {
  if (bytes.length === 0) return 'settings.logoMissing';
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
