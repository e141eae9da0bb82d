import type { Executor } from '../../../core/db';
import { type InitiativeSummary, initiativeSummaries } from '../initiatives/queries';
import type { Theme } from '../vocabulary';
import { similarityEdges, themesOfSimilarInitiatives } from './queries';
import { clusterInitiatives } from './rules';
import { rankSimilar, type SimilarityQuery } from './similarity';

/** Scores at or above this tie two initiatives into one cluster (tuned on the evaluation set). */
export const CLUSTER_THRESHOLD = 0.42;

export type SimilarItem = InitiativeSummary & { score: number };

/** Ranked similar initiatives with their summaries, in rank order. */
export async function similarInitiatives(db: Executor, query: SimilarityQuery): Promise<SimilarItem[]> {
  const hits = await rankSimilar(db, query);
  const summaries = new Map(
    (
      await initiativeSummaries(
        db,
        hits.map((h) => h.id),
      )
    ).map((s) => [s.id, s]),
  );
  return hits.flatMap((hit) => {
    const summary = summaries.get(hit.id);
    return summary ? [{ ...summary, score: hit.score }] : [];
  });
}

/** The initiatives most like this one (itself left out). */
export function initiativesLike(
  db: Executor,
  initiative: { id: string; title: string; summary: string; themes: readonly string[] },
) {
  return similarInitiatives(db, {
    title: initiative.title,
    summary: initiative.summary,
    themes: initiative.themes,
    excludeId: initiative.id,
    limit: 5,
  });
}

export interface Cluster {
  sharedThemes: Theme[];
  members: InitiativeSummary[];
}

/** Clusters of similar initiatives across the country, largest first. */
export async function initiativeClusters(db: Executor): Promise<Cluster[]> {
  const edges = await similarityEdges(db, CLUSTER_THRESHOLD);
  const themes = new Map((await themesOfSimilarInitiatives(db)).map((row) => [row.id, row.themes]));
  const groups = clusterInitiatives(edges, themes, CLUSTER_THRESHOLD);
  const summaries = new Map((await initiativeSummaries(db, groups.flat())).map((s) => [s.id, s]));
  return groups.map((group) => {
    const members = group
      .flatMap((id) => summaries.get(id) ?? [])
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const sharedThemes = members.reduce<Theme[]>(
      (common, m, index) => (index === 0 ? [...m.themes] : common.filter((t) => m.themes.includes(t))),
      [],
    );
    return { sharedThemes, members };
  });
}
