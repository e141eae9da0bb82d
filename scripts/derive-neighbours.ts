// Derives which municipalities border each other from the CBS/PDOK boundaries (TopoJSON), and
// writes reference/gemeenten-buren-2026.csv. In TopoJSON two areas that share a stretch of border
// share an arc, so neighbours are the pairs of municipalities that use the same arc.
// Usage: npx tsx scripts/derive-neighbours.ts [path/to/nl-gemeenten-2026.topojson]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/core/paths';

interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  properties: { statcode: string };
}
const source = process.argv[2] ?? join(projectRoot, '../shared/data/nl-gemeenten-2026.topojson');
const topology = JSON.parse(readFileSync(source, 'utf8')) as { objects: { gemeente_2026: { geometries: Geometry[] } } };

const usersOfArc = new Map<number, Set<string>>();
for (const geometry of topology.objects.gemeente_2026.geometries) {
  const rings = (geometry.type === 'Polygon' ? geometry.arcs : (geometry.arcs as number[][][]).flat()) as number[][];
  for (const arc of rings.flat()) {
    const index = arc < 0 ? ~arc : arc; // a negative index is the arc walked backwards
    const users = usersOfArc.get(index) ?? new Set<string>();
    users.add(geometry.properties.statcode);
    usersOfArc.set(index, users);
  }
}
const pairs = new Set<string>();
for (const users of usersOfArc.values()) {
  for (const a of users) for (const b of users) if (a !== b) pairs.add(`${a},${b}`);
}
const lines = ['gemeentecode,buurgemeentecode', ...[...pairs].sort()];
const target = join(projectRoot, 'reference/gemeenten-buren-2026.csv');
writeFileSync(target, `${lines.join('\n')}\n`);
const municipalities = new Set([...pairs].map((pair) => pair.slice(0, 6)));
console.log(`${pairs.size / 2} borders between ${municipalities.size} municipalities → ${target}`);
