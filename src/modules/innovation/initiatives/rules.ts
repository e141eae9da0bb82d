/** Pure rules of initiatives: who may own one, sales pitches, and how phases move. No I/O. */
import { PHASES, type Phase } from '../vocabulary';

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

export const mayOwnInitiatives = (organisationType: string) =>
  (OWNER_ORGANISATION_TYPES as readonly string[]).includes(organisationType);

/**
 * Sales pitches are refused: the commons is for sharing between public bodies, not for selling
 * to them. Each pattern names what it found, so the message can say exactly what to remove.
 */
const PRICE = String.raw`(€\s?\d[\d.,]*|\d[\d.,]*\s?(euro|eur)\b)`;
const OFFERED_PRICE =
  String.raw`\b(kost(en|t)?|prijs|tarief|vanaf|slechts|voor maar)\s+(maar\s+|slechts\s+|ongeveer\s+)?${PRICE}` +
  String.raw`|${PRICE}\s*(per|\/)\s*(gebruiker|licentie|account|inwoner per maand|maand)\b`;
const OFFER =
  String.raw`\b(korting\s+voor\s+(gemeenten|klanten|nieuwe\s+klanten|kleine\s+gemeenten)` +
  String.raw`|actieprijs|introductieprijs|gratis\s+proefperiode)\b`;
const PITCH_PATTERNS: { pattern: RegExp; label: string }[] = [
  // A price offered, not an amount mentioned: "kost €2,50", "vanaf 99 euro", "€5 per gebruiker".
  // Budgets and savings ("krijgen 200.000 euro", "besparen 150 euro per jaar") are fine.
  { pattern: new RegExp(OFFERED_PRICE, 'i'), label: 'een prijs' },
  {
    pattern: /\b(vraag|plan|boek)\s+(nu\s+)?(gratis\s+)?een\s+(demo|demonstratie)\b|\bdemo\s+aan(vragen)?\b/i,
    label: '"vraag een demo aan"',
  },
  { pattern: /\boffertes?\b/i, label: '"offerte"' },
  { pattern: /\b(licentie(kosten|s)?|abonnementsprijs|abonnementskosten)\b/i, label: 'licentie- of abonnementskosten' },
  { pattern: new RegExp(OFFER, 'i'), label: 'een aanbieding' },
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
