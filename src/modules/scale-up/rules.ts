/** Pure rules of Samen opschalen: stages, scores, decisions and the figures. No I/O. */
import { quantileSorted } from 'd3-array';

export const ROUND_KINDS = ['portfolio', 'competition'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const MOSCOW = ['must', 'should', 'could', 'wont'] as const;
export type Moscow = (typeof MOSCOW)[number];

export const DECISIONS = ['scale-up', 'not-yet', 'no'] as const;
export type Decision = (typeof DECISIONS)[number];

export const SERVICE_STATUSES = ['in-ontwikkeling', 'beschikbaar', 'uitgefaseerd'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const STAGES = ['interested', 'deciding', 'implementing', 'live', 'stopped'] as const;
export type Stage = (typeof STAGES)[number];

export const STAKEHOLDER_ROLES = ['wethouder', 'gemeenteraad', 'welzijnsorganisatie', 'ambtenaar', 'bewoners'] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export const STANCES = ['voor', 'neutraal', 'tegen', 'onbekend'] as const;
export type Stance = (typeof STANCES)[number];

/** Events a municipality records on its trajectory; a stage change is recorded by the platform itself. */
export const EVENT_KINDS = [
  'motion-filed',
  'motion-adopted',
  'budget-decision',
  'contract-signed',
  'go-live',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The criteria of the Gemeentelijk Portfolio-overleg, used when a round names none. */
export const DEFAULT_CRITERIA = [
  { key: 'maatschappelijke-waarde', label: 'Maatschappelijke waarde', weight: 3 },
  { key: 'geinteresseerde-gemeenten', label: 'Aantal geïnteresseerde gemeenten', weight: 2 },
  { key: 'volwassenheid', label: 'Volwassenheid', weight: 2 },
  { key: 'kosten-baten', label: 'Kosten en baten', weight: 2 },
  { key: 'standaardiseerbaarheid', label: 'Standaardiseerbaarheid', weight: 2 },
  { key: 'privacy-veiligheid', label: 'Privacy en veiligheid', weight: 1 },
] as const;
export interface Criterion {
  key: string;
  label: string;
  weight: number;
}

// --- rounds ---

export type RoundPhase = 'nominating' | 'scoring' | 'deciding' | 'decided';

/** Where a round is on a given moment: nominations until they close, then scoring, then the decision. */
export function roundPhase(
  round: { nominationsCloseAt: string; scoringClosesAt: string; decisionAt: string },
  now: Date,
): RoundPhase {
  const t = now.getTime();
  if (t < Date.parse(round.nominationsCloseAt)) return 'nominating';
  if (t < Date.parse(round.scoringClosesAt)) return 'scoring';
  if (t < Date.parse(round.decisionAt)) return 'deciding';
  return 'decided';
}

/**
 * Only an initiative that at least two municipalities carry — the owner and at least one
 * co-developing municipality — in phase pilot or evaluatie can be nominated. Returns the reason
 * (a message key) when it cannot, or undefined.
 */
export function nominationRefusal(initiative: {
  phase: string;
  ownerMunicipalityCode: string | null;
  coDevelopingMunicipalities: readonly string[];
}): string | undefined {
  if (initiative.phase !== 'pilot' && initiative.phase !== 'evaluatie') return 'scaleUp.problem.nominationPhase';
  const carriers = new Set(initiative.coDevelopingMunicipalities);
  if (initiative.ownerMunicipalityCode) carriers.delete(initiative.ownerMunicipalityCode);
  if (!initiative.ownerMunicipalityCode || carriers.size < 1) return 'scaleUp.problem.nominationCarriers';
  return undefined;
}

/**
 * A board member whose municipality owns or co-develops the initiative has a conflict of interest
 * and must declare it; such a score does not count.
 */
export function hasConflictOfInterest(
  memberMunicipality: string | null,
  initiative: { ownerMunicipalityCode: string | null; coDevelopingMunicipalities: readonly string[] },
): boolean {
  if (!memberMunicipality) return false;
  return (
    initiative.ownerMunicipalityCode === memberMunicipality ||
    initiative.coDevelopingMunicipalities.includes(memberMunicipality)
  );
}

export interface Score {
  accountId: string;
  criteria: Record<string, number>;
  moscow: Moscow;
  conflictOfInterest: boolean;
}

/** Which criteria of a score are missing, unknown or not a whole number from 1 to 5. */
export function scoreProblems(criteria: readonly Criterion[], given: Record<string, number>): string[] {
  const keys = new Set(criteria.map((c) => c.key));
  const problems = criteria.filter(
    (c) => !Number.isInteger(given[c.key]) || (given[c.key] ?? 0) < 1 || (given[c.key] ?? 0) > 5,
  );
  return [...problems.map((c) => c.key), ...Object.keys(given).filter((key) => !keys.has(key))];
}

export interface Aggregate {
  /** weighted average over the scores that count, 1–5, rounded to 2 decimals; null without any */
  weightedAverage: number | null;
  /** per criterion, the plain average over the scores that count */
  perCriterion: Record<string, number | null>;
  moscow: Record<Moscow, number>;
  counted: number;
  excluded: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The board's view of one nomination, computed from the scores: scores with a conflict of interest do not count. */
export function aggregateScores(criteria: readonly Criterion[], scores: readonly Score[]): Aggregate {
  const counted = scores.filter((s) => !s.conflictOfInterest);
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const perMember = counted.map(
    (s) => criteria.reduce((sum, c) => sum + c.weight * (s.criteria[c.key] ?? 0), 0) / totalWeight,
  );
  const moscow = { must: 0, should: 0, could: 0, wont: 0 } as Record<Moscow, number>;
  for (const s of counted) moscow[s.moscow] += 1;
  const perCriterion: Record<string, number | null> = {};
  for (const c of criteria) {
    perCriterion[c.key] =
      counted.length === 0
        ? null
        : round2(counted.reduce((sum, s) => sum + (s.criteria[c.key] ?? 0), 0) / counted.length);
  }
  return {
    weightedAverage: perMember.length === 0 ? null : round2(perMember.reduce((a, b) => a + b, 0) / perMember.length),
    perCriterion,
    moscow,
    counted: counted.length,
    excluded: scores.length - counted.length,
  };
}

// --- adoption ---

const ORDER: Record<Stage, number> = { interested: 0, deciding: 1, implementing: 2, live: 3, stopped: -1 };

/**
 * A trajectory moves forward (a stage may be skipped: a small municipality can go from interested
 * straight to implementing), can stop from anywhere, and can start again after stopping. It never
 * moves back: a live service that is given up is "stopped", with its reason.
 */
export function canMoveTo(from: Stage | undefined, to: Stage): boolean {
  if (from === undefined) return to !== 'stopped';
  if (from === to) return true;
  if (to === 'stopped') return true;
  if (from === 'stopped') return to === 'interested' || to === 'deciding';
  return ORDER[to] > ORDER[from];
}

export interface TrajectoryEvent {
  kind: EventKind | 'stage-changed';
  stage: Stage | null;
  occurredOn: string;
}

/** The dates the figures use, from the events: first interest, first decision to implement, first live. */
export function milestones(events: readonly TrajectoryEvent[]): {
  interestedOn: string | undefined;
  decidedOn: string | undefined;
  liveOn: string | undefined;
} {
  const sorted = [...events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const first = (stages: readonly Stage[]) =>
    sorted.find((e) => e.kind === 'stage-changed' && e.stage && stages.includes(e.stage))?.occurredOn;
  return {
    interestedOn: sorted[0]?.occurredOn,
    decidedOn: first(['implementing', 'live']),
    liveOn: first(['live']),
  };
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export interface Spread {
  median: number | null;
  p25: number | null;
  p75: number | null;
  count: number;
}

/** Median and quartiles (linear interpolation, as PostgreSQL's percentile_cont) of a list of day counts. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const value = quantileSorted(sorted, p);
    return value === undefined ? null : Math.round(value * 10) / 10;
  };
  return { median: q(0.5), p25: q(0.25), p75: q(0.75), count: sorted.length };
}

/** CBS-style size classes of municipalities by population. */
export const SIZE_CLASSES = [
  { key: 'tot-20000', max: 20_000 },
  { key: '20000-50000', max: 50_000 },
  { key: '50000-100000', max: 100_000 },
  { key: '100000-250000', max: 250_000 },
  { key: '250000-plus', max: Number.POSITIVE_INFINITY },
] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number]['key'];

export function sizeClassOf(population: number): SizeClass {
  return (SIZE_CLASSES.find((c) => population < c.max) ?? SIZE_CLASSES[4]).key;
}
