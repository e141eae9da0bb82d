import type { Executor } from '../../core/db';
import {
  adviceOf,
  experimentsOf,
  type Initiative,
  type InitiativeSummary,
  initiativeSummaries,
  participantsOf,
  phaseHistory,
  themesOfSimilarInitiatives,
} from './queries';
import { clusterInitiatives, type Theme } from './rules';
import { rankSimilar, type SimilarityQuery, similarityEdges } from './similarity';

/** Scores at or above this tie two initiatives into one cluster (tuned on the evaluation set). */
export const CLUSTER_THRESHOLD = 0.42;

export function presentSummary(i: InitiativeSummary) {
  return {
    id: i.id,
    type: i.type,
    title: i.title,
    summary: i.summary,
    themes: i.themes,
    phase: i.phase,
    municipality: { code: i.municipalityCode, name: i.municipalityName },
    ownerOrganisation: i.ownerOrganisationName,
    participantCount: i.participantCount,
    createdAt: i.createdAt,
  };
}

export async function initiativeDetail(db: Executor, initiative: Initiative) {
  const [phases, participants, experiments, advice] = [
    await phaseHistory(db, initiative.id),
    await participantsOf(db, initiative.id),
    await experimentsOf(db, initiative.id),
    await adviceOf(db, initiative.id),
  ];
  return { initiative, phases, participants, experiments, advice };
}

export function presentDetail(detail: Awaited<ReturnType<typeof initiativeDetail>>) {
  const i = detail.initiative;
  return {
    ...presentSummary(i),
    goal: i.goal,
    benefit: i.benefit,
    approach: i.approach,
    milestones: i.milestones,
    results: i.results,
    seeks: i.seeks,
    contactName: i.contactFirstName,
    updatedAt: i.updatedAt,
    phaseHistory: detail.phases,
    participants: detail.participants.map((p) => ({
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      municipality: p.municipalityCode ? { code: p.municipalityCode, name: p.municipalityName ?? '' } : null,
      role: p.role,
      contactName: p.contactFirstName,
      joinedAt: p.joinedAt,
    })),
    experiments: detail.experiments,
    advice: detail.advice,
  };
}

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

/** Clusters of similar initiatives across the country, largest first. */
export async function initiativeClusters(
  db: Executor,
): Promise<{ sharedThemes: Theme[]; members: InitiativeSummary[] }[]> {
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
