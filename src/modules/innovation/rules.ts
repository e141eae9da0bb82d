/** Pure rules of Samen innoveren: vocabularies, screening, phases and clustering. No I/O. */

export const INITIATIVE_TYPES = ['challenge', 'pilot', 'best-practice', 'praktijkproef'] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

export const PHASES = ['idee', 'pilot', 'evaluatie', 'opschaling', 'landelijk'] as const;
export type Phase = (typeof PHASES)[number];

/** The national theme list; slugs are stable, names come from the i18n catalogue (theme.<slug>). */
export const THEMES = [
  'schulden',
  'ouderen',
  'werk-en-inkomen',
  'jeugd',
  'zorg-en-welzijn',
  'wonen',
  'vervoer',
  'participatie',
  'veiligheid',
  'dienstverlening',
  'informatievoorziening',
  'gezondheid',
  'onderwijs',
  'duurzaamheid',
  'inburgering',
] as const;
export type Theme = (typeof THEMES)[number];

export const SEEKS = ['partners', 'expertise', 'funding'] as const;
export type Seek = (typeof SEEKS)[number];

export const PARTICIPANT_ROLES = ['follower', 'co-developer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * Organisation types that may own an initiative. A social enterprise may follow or co-develop,
 * but not own one: ownership by a party that sells must not turn the commons into a shop window.
 */
export const OWNER_ORGANISATION_TYPES = [
  'gemeente',
  'welzijnsorganisatie',
  'vrijwilligerscentrale',
  'zorgaanbieder',
  'kennisinstelling',
  'landelijk',
] as const;

/**
 * Sales pitches are refused: the commons is for sharing between public bodies, not for selling
 * to them. Each pattern names what it found, so the message can say exactly what to remove.
 */
const PRICE = String.raw`(€\s?\d[\d.,]*|\d[\d.,]*\s?(euro|eur)\b)`;
const PITCH_PATTERNS: { pattern: RegExp; label: string }[] = [
  // A price offered, not an amount mentioned: "kost €2,50", "vanaf 99 euro", "€5 per gebruiker".
  // Budgets and savings ("krijgen 200.000 euro", "besparen 150 euro per jaar") are fine.
  {
    pattern: new RegExp(
      String.raw`\b(kost(en|t)?|prijs|tarief|vanaf|slechts|voor maar)\s+(maar\s+|slechts\s+|ongeveer\s+)?${PRICE}|${PRICE}\s*(per|\/)\s*(gebruiker|licentie|account|inwoner per maand|maand)\b`,
      'i',
    ),
    label: 'een prijs',
  },
  {
    pattern: /\b(vraag|plan|boek)\s+(nu\s+)?(gratis\s+)?een\s+(demo|demonstratie)\b|\bdemo\s+aan(vragen)?\b/i,
    label: '"vraag een demo aan"',
  },
  { pattern: /\boffertes?\b/i, label: '"offerte"' },
  { pattern: /\b(licentie(kosten|s)?|abonnementsprijs|abonnementskosten)\b/i, label: 'licentie- of abonnementskosten' },
  {
    pattern:
      /\b(korting\s+voor\s+(gemeenten|klanten|nieuwe\s+klanten|kleine\s+gemeenten)|actieprijs|introductieprijs|gratis\s+proefperiode)\b/i,
    label: 'een aanbieding',
  },
];

export function salesPitchSignals(texts: string[]): string[] {
  const joined = texts.join('\n');
  return PITCH_PATTERNS.filter(({ pattern }) => pattern.test(joined)).map(({ label }) => label);
}

/** Phases run forward one step at a time, or back (a pilot that returns to the drawing board). */
export function canMoveToPhase(from: Phase, to: Phase): boolean {
  const step = PHASES.indexOf(to) - PHASES.indexOf(from);
  return step === 1 || step < 0;
}

export interface SimilarityEdge {
  a: string;
  b: string;
  score: number;
}

/**
 * Groups initiatives into clusters of similar ones: edges are taken strongest first (single
 * linkage), but two groups only merge while every member still shares at least one theme, so a
 * chain of weak resemblances can never tie unrelated subjects together. Largest clusters first.
 */
export function clusterInitiatives(
  edges: SimilarityEdge[],
  themesOf: Map<string, readonly string[]>,
  threshold: number,
): string[][] {
  const parent = new Map<string, string>();
  const members = new Map<string, string[]>();
  const sharedThemes = new Map<string, Set<string>>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const ensure = (id: string) => {
    if (parent.has(id)) return;
    parent.set(id, id);
    members.set(id, [id]);
    sharedThemes.set(id, new Set(themesOf.get(id) ?? []));
  };
  for (const edge of [...edges].filter((e) => e.score >= threshold).sort((x, y) => y.score - x.score)) {
    ensure(edge.a);
    ensure(edge.b);
    const rootA = find(edge.a);
    const rootB = find(edge.b);
    if (rootA === rootB) continue;
    const common = new Set([...(sharedThemes.get(rootA) ?? [])].filter((theme) => sharedThemes.get(rootB)?.has(theme)));
    if (common.size === 0) continue;
    parent.set(rootB, rootA);
    members.set(rootA, [...(members.get(rootA) ?? []), ...(members.get(rootB) ?? [])]);
    sharedThemes.set(rootA, common);
    members.delete(rootB);
  }
  return [...members.entries()]
    .filter(([root, group]) => find(root) === root && group.length > 1)
    .map(([, group]) => group)
    .sort((x, y) => y.length - x.length);
}

/** Recall@k: the share of labelled pairs where each side finds the other among its top k. */
export function recallAtK(pairs: [string, string][], topK: Map<string, string[]>, k: number): number {
  let found = 0;
  let total = 0;
  for (const [a, b] of pairs) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      total += 1;
      if ((topK.get(from) ?? []).slice(0, k).includes(to)) found += 1;
    }
  }
  return total === 0 ? 1 : found / total;
}
