import type { Translate } from '../../../core/i18n';
import { STAGES, type Stage } from '../rules';

/** A municipality's place on the map: one of the adoption stages, or `none` when it has not started. */
export type MapStage = Stage | 'none';

/** The order of the legend and the table: the way forward, then stopped, then not yet. */
export const MAP_STAGES: readonly MapStage[] = [...STAGES, 'none'];

/**
 * The fill per stage. The four steps forward are ColorBrewer's YlGnBu (steps 6–9 of 9, a scheme
 * made to be told apart by colour-blind people): the further along, the darker, so the order also
 * reads in grey. Stopped is a dark orange, the other side of the blue–orange axis that all common
 * kinds of colour blindness keep. Every stage has at least 3:1 contrast against white (WCAG 1.4.11):
 * interested 3.6, deciding 6.5, implementing 10.5, live 15.8, stopped 4.9. "Not yet" is a light
 * grey on purpose: it is the background the adoption shows up against. The map never relies on
 * colour alone: every area names its stage, and the table beside it says the same in words.
 */
export const STAGE_FILL: Readonly<Record<MapStage, string>> = {
  interested: '#1d91c0',
  deciding: '#225ea8',
  implementing: '#253494',
  live: '#081d58',
  stopped: '#b35806',
  none: '#dcdcdc',
};

/** The line between municipalities: white, so neighbouring areas of the same colour stay apart. */
export const BORDER_COLOUR = '#ffffff';

export type StageMap = ReadonlyMap<string, Stage | null | undefined>;

/** The stage of one municipality; anything that is not a known stage counts as not started. */
export function stageOf(stages: StageMap, code: string): MapStage {
  const stage = stages.get(code);
  return stage && Object.hasOwn(STAGE_FILL, stage) ? stage : 'none';
}

export function stageLabel(t: Translate, stage: MapStage): string {
  return t(`scaleUp.stage.${stage}`);
}

/** "1 gemeente", "130 gemeenten". */
export function municipalityCount(t: Translate, count: number): string {
  return t('scaleUp.map.municipalities', { count });
}

/** How many of the given municipalities are at each stage (every stage is present, zero or more). */
export function countStages(codes: Iterable<string>, stages: StageMap): Record<MapStage, number> {
  const counts = Object.fromEntries(MAP_STAGES.map((stage) => [stage, 0])) as Record<MapStage, number>;
  for (const code of codes) counts[stageOf(stages, code)] += 1;
  return counts;
}

/** "In gebruik" → "in gebruik", for the middle of a sentence ("Gouda: in gebruik"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('nl') + text.slice(1);
}
