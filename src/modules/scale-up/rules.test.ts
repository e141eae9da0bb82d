import { describe, expect, it } from 'vitest';
import {
  aggregateScores,
  canMoveTo,
  DEFAULT_CRITERIA,
  hasConflictOfInterest,
  milestones,
  nominationRefusal,
  roundPhase,
  scoreProblems,
  sizeClassOf,
  spread,
} from './rules';

const criteria = [
  { key: 'waarde', label: 'Waarde', weight: 3 },
  { key: 'kosten', label: 'Kosten', weight: 1 },
];

describe('nominations', () => {
  it('need an initiative in pilot or evaluation that at least two municipalities carry', () => {
    const pilot = { phase: 'pilot', ownerMunicipalityCode: 'GM0484', coDevelopingMunicipalities: ['GM0513'] };
    expect(nominationRefusal(pilot)).toBeUndefined();
    expect(nominationRefusal({ ...pilot, phase: 'idee' })).toBe('scaleUp.problem.nominationPhase');
    expect(nominationRefusal({ ...pilot, coDevelopingMunicipalities: [] })).toBe('scaleUp.problem.nominationCarriers');
    // The owner co-developing its own pilot is still one municipality.
    expect(nominationRefusal({ ...pilot, coDevelopingMunicipalities: ['GM0484'] })).toBe(
      'scaleUp.problem.nominationCarriers',
    );
  });

  it('know a board member’s conflict of interest', () => {
    const initiative = { ownerMunicipalityCode: 'GM0484', coDevelopingMunicipalities: ['GM0513', 'GM0546'] };
    expect(hasConflictOfInterest('GM0513', initiative)).toBe(true);
    expect(hasConflictOfInterest('GM0484', initiative)).toBe(true);
    expect(hasConflictOfInterest('GM0344', initiative)).toBe(false);
    expect(hasConflictOfInterest(null, initiative)).toBe(false);
  });
});

describe('scores', () => {
  it('name each criterion that is missing, unknown or outside 1–5', () => {
    expect(scoreProblems(criteria, { waarde: 5, kosten: 1 })).toEqual([]);
    expect(scoreProblems(criteria, { waarde: 6, kosten: 2.5 })).toEqual(['waarde', 'kosten']);
    expect(scoreProblems(criteria, { waarde: 3 })).toEqual(['kosten']);
    expect(scoreProblems(criteria, { waarde: 3, kosten: 3, extra: 3 })).toEqual(['extra']);
  });

  it('are weighted, averaged over members, and exclude a declared conflict of interest', () => {
    const aggregate = aggregateScores(criteria, [
      { accountId: 'a', criteria: { waarde: 5, kosten: 1 }, moscow: 'must', conflictOfInterest: false }, // 16/4 = 4
      { accountId: 'b', criteria: { waarde: 3, kosten: 3 }, moscow: 'should', conflictOfInterest: false }, // 12/4 = 3
      { accountId: 'c', criteria: { waarde: 5, kosten: 5 }, moscow: 'must', conflictOfInterest: true }, // excluded
    ]);
    expect(aggregate.weightedAverage).toBe(3.5);
    expect(aggregate.perCriterion).toEqual({ waarde: 4, kosten: 2 });
    expect(aggregate.moscow).toEqual({ must: 1, should: 1, could: 0, wont: 0 });
    expect(aggregate).toMatchObject({ counted: 2, excluded: 1 });
    expect(aggregateScores(DEFAULT_CRITERIA, []).weightedAverage).toBeNull();
  });
});

describe('rounds', () => {
  it('move from nominating to scoring, deciding and decided by their dates', () => {
    const round = {
      nominationsCloseAt: '2026-03-01T00:00:00Z',
      scoringClosesAt: '2026-04-01T00:00:00Z',
      decisionAt: '2026-05-01T00:00:00Z',
    };
    expect(roundPhase(round, new Date('2026-02-01'))).toBe('nominating');
    expect(roundPhase(round, new Date('2026-03-15'))).toBe('scoring');
    expect(roundPhase(round, new Date('2026-04-15'))).toBe('deciding');
    expect(roundPhase(round, new Date('2026-05-01'))).toBe('decided');
  });
});

describe('a decision trajectory', () => {
  it('moves forward, may skip a stage, stops from anywhere and may start again, never back', () => {
    expect(canMoveTo(undefined, 'interested')).toBe(true);
    expect(canMoveTo(undefined, 'stopped')).toBe(false);
    expect(canMoveTo('interested', 'implementing')).toBe(true);
    expect(canMoveTo('live', 'implementing')).toBe(false);
    expect(canMoveTo('implementing', 'stopped')).toBe(true);
    expect(canMoveTo('stopped', 'interested')).toBe(true);
    expect(canMoveTo('stopped', 'live')).toBe(false);
  });

  it('has its milestones from the events: first interest, decision to implement, live', () => {
    expect(
      milestones([
        { kind: 'stage-changed', stage: 'deciding', occurredOn: '2025-06-01' },
        { kind: 'motion-adopted', stage: null, occurredOn: '2025-03-10' },
        { kind: 'stage-changed', stage: 'interested', occurredOn: '2025-01-15' },
        { kind: 'stage-changed', stage: 'implementing', occurredOn: '2025-09-01' },
        { kind: 'stage-changed', stage: 'live', occurredOn: '2026-01-20' },
      ]),
    ).toEqual({ interestedOn: '2025-01-15', decidedOn: '2025-09-01', liveOn: '2026-01-20' });
  });
});

describe('figures', () => {
  it('give median and quartiles as PostgreSQL’s percentile_cont does', () => {
    expect(spread([90, 365, 540, 1825])).toEqual({ median: 452.5, p25: 296.3, p75: 861.3, count: 4 });
    expect(spread([])).toEqual({ median: null, p25: null, p75: null, count: 0 });
  });

  it('put municipalities in CBS size classes', () => {
    expect(sizeClassOf(7_500)).toBe('tot-20000');
    expect(sizeClassOf(73_000)).toBe('50000-100000');
    expect(sizeClassOf(361_000)).toBe('250000-plus');
  });
});
