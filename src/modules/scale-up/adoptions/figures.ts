import {
  daysBetween,
  type SizeClass,
  SIZE_CLASSES,
  type Spread,
  type Stage,
  STAGES,
  sizeClassOf,
  spread,
} from '../rules';

/** The figures of a service, computed from its adoptions (whose dates come from their events). No I/O. */
export interface AdoptionFacts {
  municipalityCode: string;
  provinceName: string;
  population: number;
  stage: Stage;
  interestedOn: string;
  decidedOn: string | null;
  liveOn: string | null;
  startedWith: string | null;
}

export type StageCounts = Record<Stage, number>;

export interface GroupFigures {
  stageCounts: StageCounts;
  decisionDays: Spread;
  liveDays: Spread;
}

export interface ServiceFigures extends GroupFigures {
  byProvince: ({ province: string } & GroupFigures)[];
  bySizeClass: ({ sizeClass: SizeClass } & GroupFigures)[];
  /** of the trajectories that reached live: what was recorded first (a council motion, a budget decision…) */
  startedWith: { kind: string; count: number; share: number }[];
}

function groupFigures(adoptions: readonly AdoptionFacts[]): GroupFigures {
  const stageCounts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as StageCounts;
  for (const adoption of adoptions) stageCounts[adoption.stage] += 1;
  const days = (to: 'decidedOn' | 'liveOn') =>
    adoptions.flatMap((a) => {
      const reached = a[to];
      return reached ? [daysBetween(a.interestedOn, reached)] : [];
    });
  return { stageCounts, decisionDays: spread(days('decidedOn')), liveDays: spread(days('liveOn')) };
}

export function serviceFigures(adoptions: readonly AdoptionFacts[]): ServiceFigures {
  const provinces = [...new Set(adoptions.map((a) => a.provinceName))].sort((a, b) => a.localeCompare(b, 'nl'));
  const live = adoptions.filter((a) => a.liveOn !== null);
  const kinds = new Map<string, number>();
  for (const adoption of live) {
    const kind = adoption.startedWith ?? 'none';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return {
    ...groupFigures(adoptions),
    byProvince: provinces.map((province) => ({
      province,
      ...groupFigures(adoptions.filter((a) => a.provinceName === province)),
    })),
    bySizeClass: SIZE_CLASSES.map(({ key }) => ({
      sizeClass: key,
      ...groupFigures(adoptions.filter((a) => sizeClassOf(a.population) === key)),
    })).filter((group) => Object.values(group.stageCounts).some((n) => n > 0)),
    startedWith: [...kinds]
      .map(([kind, count]) => ({ kind, count, share: Math.round((count / live.length) * 1000) / 1000 }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  };
}
