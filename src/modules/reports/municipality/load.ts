import { median } from 'd3-array';
import type { Db } from '../../../core/db';
import { monthlyFacts } from '../facts/queries';
import type { Period } from '../period';
import { type Figures, figuresOf, waitsOf } from '../report/figures';
import { inOneSnapshot, scopeOf, socialValuePerMatch } from '../report/load';
import { protectFigures } from '../report/protect';
import { type InnovationCounts, innovationCounts, municipalitiesSized } from './queries';
import { MIN_TO_COMPARE, SIZE_CLASSES, type SizeClass, sizeClassOf } from './size-class';

export interface Comparison {
  sizeClass: SizeClass;
  /** how many other municipalities of this size class the medians are over; null figures: too few */
  others: number;
  withMarketplace: number;
  medians: {
    requests: number | null;
    matches: number | null;
    initiativesLed: number | null;
    adoptionsLive: number | null;
  };
}

export interface MunicipalityReport {
  period: Period;
  /** the marketplace's protected figures; null when the municipality has no marketplace */
  marketplace: Figures | null;
  innovation: InnovationCounts;
  comparison: Comparison;
}

/**
 * A municipality's figures across Samen: its marketplace (protected, as officials see it), what it
 * does on the innovation side, and the medians of the other municipalities of its size class —
 * never their names or their own figures.
 */
export function municipalityReport(
  db: Db,
  municipality: { code: string; population: number; hasMarketplace: boolean },
  period: Period,
  now: Date,
): Promise<MunicipalityReport> {
  return inOneSnapshot(db, async (tx) => {
    const sizeClass = sizeClassOf(municipality.population);
    const index = SIZE_CLASSES.findIndex((size) => size.key === sizeClass);
    const atLeast = index === 0 ? 0 : (SIZE_CLASSES[index - 1]?.below ?? 0);
    const peers = (await municipalitiesSized(tx, atLeast, SIZE_CLASSES[index]?.below ?? Infinity)).filter(
      (peer) => peer.code !== municipality.code,
    );
    const withMarketplace = peers.filter((peer) => peer.hasMarketplace).map((peer) => peer.code);
    const innovation = await innovationCounts(tx, [municipality.code, ...peers.map((peer) => peer.code)]);

    let marketplace: Figures | null = null;
    if (municipality.hasMarketplace) {
      const scope = await scopeOf(tx, period, [municipality.code], now);
      marketplace = protectFigures(
        figuresOf(await monthlyFacts(tx, scope), waitsOf([]), [], await socialValuePerMatch(tx, municipality.code)),
      );
    }
    const peerFacts = withMarketplace.length
      ? await monthlyFacts(tx, await scopeOf(tx, period, withMarketplace, now))
      : [];
    const perPeer = (pick: (f: (typeof peerFacts)[number]) => number) =>
      withMarketplace.map((code) => peerFacts.filter((f) => f.code === code).reduce((sum, f) => sum + pick(f), 0));
    const enough = (count: number) => count >= MIN_TO_COMPARE;
    const peerInnovation = peers.map((peer) => innovation.get(peer.code));
    return {
      period,
      marketplace,
      innovation: innovation.get(municipality.code) as InnovationCounts,
      comparison: {
        sizeClass,
        others: peers.length,
        withMarketplace: withMarketplace.length,
        medians: {
          requests: enough(withMarketplace.length)
            ? (median(perPeer((f) => (f.kind === 'request' ? f.placed : 0))) ?? null)
            : null,
          matches: enough(withMarketplace.length) ? (median(perPeer((f) => f.matches)) ?? null) : null,
          initiativesLed: enough(peers.length)
            ? (median(peerInnovation.map((p) => p?.initiativesLed ?? 0)) ?? null)
            : null,
          adoptionsLive: enough(peers.length)
            ? (median(peerInnovation.map((p) => p?.adoptions.live ?? 0)) ?? null)
            : null,
        },
      },
    };
  });
}
