// Evaluates "similar initiatives" on the labelled set in src/modules/innovation/similarity/evaluation/:
// pairs.json (the same idea in other words, from two municipalities) and distractors.json.
// Reports recall@5 over the pairs (both directions) and the precision of the cluster view, and
// checks that no cluster of the demo data mixes unrelated themes. Exits 1 when recall@5 < 0.9.
// Usage: npx tsx scripts/evaluate-similarity.ts [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config';
import type { SignedIn } from '../src/core/authz';
import { migrate, openPglite } from '../src/core/db';
import { type AppContext, systemClock } from '../src/core/context';
import { projectRoot } from '../src/core/paths';
import { insertAccount } from '../src/modules/accounts';
import {
  createInitiative,
  type InitiativeType,
  initiativeClusters,
  rankSimilar,
  recallAtK,
  type Theme,
} from '../src/modules/innovation';
import { installModules } from '../src/modules';
import { loadReferenceData } from '../src/modules/municipalities';
import { gemeenteOrganisation, seedInnovation } from '../src/seed/innovation';

interface Item {
  key: string;
  municipalityCode: string;
  type: InitiativeType;
  themes: Theme[];
  title: string;
  summary: string;
}

// The commands write notifications of the kinds the modules declare: install them first.
installModules();
const verbose = process.argv.includes('--verbose');
const folder = join(projectRoot, 'src/modules/innovation/similarity/evaluation');
const pairs = JSON.parse(readFileSync(join(folder, 'pairs.json'), 'utf8')) as [Item, Item][];
const distractors = JSON.parse(readFileSync(join(folder, 'distractors.json'), 'utf8')) as Item[];
const items = [...pairs.flat(), ...distractors];

async function freshDeps(): Promise<{ deps: AppContext; operator: SignedIn }> {
  const database = await openPglite();
  await migrate(database);
  await loadReferenceData(database.db);
  const deps: AppContext = {
    config: loadConfig({ NODE_ENV: 'test', DEV_MAIL: 'false' }),
    database,
    db: database.db,
    logger: pino({ level: 'silent' }),
    clock: systemClock,
  };
  const accountId = await insertAccount(deps.db, {
    email: 'evaluatie@samen.test',
    passwordHash: 'x',
    firstName: 'Evaluatie',
    lastName: null,
    postcode: null,
    municipalityCode: null,
    locale: 'nl',
    verified: true,
  });
  return {
    deps,
    operator: {
      kind: 'account',
      accountId,
      firstName: 'Evaluatie',
      locale: 'nl',
      municipalityCode: null,
      roles: ['netwerkbeheer'],
      memberships: [],
    },
  };
}

// 1. Recall@5 and cluster precision on the labelled set.
const { deps, operator } = await freshDeps();
const idOf = new Map<string, string>();
const keyOf = new Map<string, string>();
for (const item of items) {
  const organisation = await gemeenteOrganisation(deps, item.municipalityCode);
  const id = await createInitiative(
    deps,
    operator,
    {
      type: item.type,
      title: item.title,
      summary: item.summary,
      goal: '',
      themes: item.themes,
      phase: 'idee',
      seeks: [],
      organisation: organisation.id,
    },
    { contactAccountId: null },
  );
  idOf.set(item.key, id);
  keyOf.set(id, item.key);
}
const topK = new Map<string, string[]>();
const scores: { partner: boolean; score: number }[] = [];
for (const item of items) {
  const hits = await rankSimilar(deps.db, {
    title: item.title,
    summary: item.summary,
    themes: item.themes,
    excludeId: idOf.get(item.key),
    limit: 5,
  });
  topK.set(
    item.key,
    hits.map((hit) => keyOf.get(hit.id) ?? '?'),
  );
  for (const hit of hits) scores.push({ partner: false, score: hit.score });
  const last = scores.length;
  hits.forEach((hit, index) => {
    const entry = scores[last - hits.length + index];
    if (entry)
      entry.partner = pairs.some(
        ([a, b]) =>
          (a.key === item.key && b.key === keyOf.get(hit.id)) || (b.key === item.key && a.key === keyOf.get(hit.id)),
      );
  });
}
if (verbose) {
  // How well a score threshold separates labelled pairs from the rest among the top 5.
  for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    const above = scores.filter((s) => s.score >= threshold);
    const partners = above.filter((s) => s.partner).length;
    console.log(
      `  threshold ${threshold}: ${above.length} edges above, ${partners} of them labelled pairs ` +
        `(precision ${(partners / Math.max(1, above.length)).toFixed(2)}, ` +
        `recall ${(partners / (2 * pairs.length)).toFixed(2)})`,
    );
  }
}
const labelled = pairs.map(([a, b]) => [a.key, b.key] as [string, string]);
if (verbose) {
  const isPair = (a: string, b: string) => labelled.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  for (const k of [1, 2, 3]) {
    let edges = 0;
    let good = 0;
    for (const [a, list] of topK) {
      for (const b of list.slice(0, k)) {
        if (a < b && (topK.get(b) ?? []).slice(0, k).includes(a)) {
          edges += 1;
          if (isPair(a, b)) good += 1;
        }
      }
    }
    console.log(
      `  mutual top-${k}: ${edges} edges, ${good} labelled pairs ` +
        `(precision ${(good / Math.max(1, edges)).toFixed(2)}, recall ${(good / labelled.length).toFixed(2)})`,
    );
  }
}
const recall = recallAtK(labelled, topK, 5);
const recallAt1 = recallAtK(labelled, topK, 1);
if (verbose) {
  for (const [a, b] of labelled) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!(topK.get(from) ?? []).includes(to))
        console.log(`  missed: ${from} → ${to}; got ${topK.get(from)?.join(', ')}`);
    }
  }
}

const partner = new Map(
  labelled.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as const,
  ),
);
const clusters = await initiativeClusters(deps.db);
let memberPairs = 0;
let correctPairs = 0;
for (const cluster of clusters) {
  const keys = cluster.members.map((m) => keyOf.get(m.id) ?? '?');
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      memberPairs += 1;
      if (partner.get(keys[i] as string) === keys[j]) correctPairs += 1;
    }
  }
  if (verbose) console.log(`  cluster: ${keys.join(', ')}`);
}
const clusterPrecision = memberPairs === 0 ? 1 : correctPairs / memberPairs;
const clusterRecall = correctPairs / labelled.length;
await deps.database.close();

// 2. The demo data: every cluster must share a theme across all its members.
const demo = await freshDeps();
await seedInnovation(demo.deps, demo.operator.accountId);
const demoClusters = await initiativeClusters(demo.deps.db);
const mixed = demoClusters.filter((cluster) => cluster.sharedThemes.length === 0);
if (verbose)
  for (const cluster of demoClusters)
    console.log(
      `  demo cluster [${cluster.sharedThemes.join(', ')}]: ` +
        cluster.members.map((m) => `${m.title} (${m.municipalityName})`).join(' | '),
    );
await demo.deps.database.close();

console.log(`evaluation set: ${items.length} initiatives, ${labelled.length} labelled pairs`);
console.log(`recall@5: ${recall.toFixed(3)}   recall@1: ${recallAt1.toFixed(3)}`);
console.log(
  `clusters: ${clusters.length}; precision ${clusterPrecision.toFixed(3)} ` +
    `(${correctPairs}/${memberPairs} member pairs are labelled pairs), pair recall ${clusterRecall.toFixed(3)}`,
);
console.log(`demo data: ${demoClusters.length} clusters, ${mixed.length} mixing unrelated themes`);
const ok = recall >= 0.9 && mixed.length === 0;
console.log(
  ok
    ? 'similarity evaluation: passed'
    : 'similarity evaluation: FAILED (recall@5 must be at least 0.9 and no demo cluster may mix unrelated themes)',
);
process.exit(ok ? 0 : 1);
