/** Pure rules of similarity: clusters of similar initiatives and the evaluation measure. No I/O. */

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
