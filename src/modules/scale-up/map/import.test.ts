import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../core/paths';
import { BOUNDARY_FILE_PATTERN, newestReferenceFile, projectBoundaries, readMunicipalityList } from './geometry';
import { prepareBoundaries } from './import';

const shipped = () =>
  JSON.parse(readFileSync(join(projectRoot, 'reference/nl-gemeenten-2026.topojson'), 'utf8')) as Topology & {
    objects: Record<string, any>;
  };
const expected = readMunicipalityList(join(projectRoot, 'reference/gemeenten-2026.csv'));
const listName = 'reference/gemeenten-2026.csv';

/** Gouda and Bodegraven-Reeuwijk become one municipality, GM1999, from 2027 (a made-up merger). */
function merged2027() {
  const topology = shipped();
  const object = topology.objects.gemeente_2026;
  delete topology.objects.gemeente_2026;
  topology.objects.gemeente_2027 = object;
  const gouda = object.geometries.find((g: any) => g.properties.statcode === 'GM0513');
  gouda.properties = { statcode: 'GM1999', statnaam: 'Goudse Waarden' };
  object.geometries = object.geometries.filter((g: any) => g.properties.statcode !== 'GM1901');
  return topology;
}

describe('importing a boundary file', () => {
  it('accepts the shipped file and keeps only the code and the name', () => {
    const result = prepareBoundaries(shipped(), { expected, listName });
    expect(result.report.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, year: 2026, rewound: 0 });
    const object = (result.topology as any).objects.gemeente_2026;
    expect(object.geometries).toHaveLength(342);
    expect(object.geometries[0].properties).toEqual({ statcode: 'GM0014', statnaam: 'Groningen' });
    expect(result.pathBytes).toBeGreaterThan(30_000);
    expect(result.pathBytes).toBeLessThan(60_000);
  });

  it('refuses the boundaries of a merger until the list of municipalities has it too', () => {
    const refused = prepareBoundaries(merged2027(), { expected, listName });
    expect(refused.ok).toBe(false);
    expect(refused.report.missing.map((m) => m.code)).toEqual(['GM0513', 'GM1901']);
    expect(refused.report.unknown).toEqual([{ code: 'GM1999', name: 'Goudse Waarden' }]);
    expect(refused.report.problems).toContain(
      'In reference/gemeenten-2026.csv but not in the file (2 municipalities): ' +
        'GM0513 Gouda, GM1901 Bodegraven-Reeuwijk.',
    );
    expect(refused.report.problems.join(' ')).toContain('must be updated first');

    const list2027 = new Map(expected);
    list2027.delete('GM0513');
    list2027.delete('GM1901');
    list2027.set('GM1999', 'Goudse Waarden');
    const imported = prepareBoundaries(merged2027(), { expected: list2027, listName: 'gemeenten-2027.csv' });
    expect(imported.report.problems).toEqual([]);
    expect(imported.year).toBe(2027);
    expect(Object.keys(imported.topology?.objects ?? {})).toEqual(['gemeente_2027']);
    expect(projectBoundaries(imported.topology as Topology).byCode.get('GM1999')?.name).toBe('Goudse Waarden');
  });

  it('reads the object and the properties where the operator says they are', () => {
    const topology = shipped();
    topology.objects.gemeenten = topology.objects.gemeente_2026;
    delete topology.objects.gemeente_2026;
    for (const g of topology.objects.gemeenten.geometries) {
      g.properties = { code: g.properties.statcode, naam: g.properties.statnaam };
    }
    const without = prepareBoundaries(topology, { expected, listName, fileName: 'gemeenten.topojson' });
    expect(without.report.problems[0]).toContain('have no property "statcode"');
    expect(without.report.problems).toContain(
      'The year of the boundaries is not in the object or file name: give it with --year 2027.',
    );
    const named = { object: 'gemeenten', codeProperty: 'code', nameProperty: 'naam', year: 2026 };
    const result = prepareBoundaries(topology, { ...named, expected, listName });
    expect(result.report.problems).toEqual([]);
    expect((result.topology as any).objects.gemeente_2026.geometries[0].properties).toEqual({
      statcode: 'GM0014',
      statnaam: 'Groningen',
    });
  });

  it('turns areas wound counter-clockwise, as GeoJSON writes them, and draws them as before', () => {
    const topology = shipped();
    const flip = (ring: number[]) => ring.reverse().map((arc) => ~arc);
    for (const g of topology.objects.gemeente_2026.geometries.slice(0, 5)) {
      g.arcs = g.type === 'Polygon' ? g.arcs.map(flip) : g.arcs.map((polygon: number[][]) => polygon.map(flip));
    }
    const result = prepareBoundaries(topology, { expected, listName });
    expect(result).toMatchObject({ ok: true, rewound: 5 });
    const before = projectBoundaries(shipped()).paths.reduce((sum, path) => sum + path.d.length, 0);
    expect(result.pathBytes).toBe(before);
  });

  it('uses the newest boundary file in the folder', () => {
    const directory = mkdtempSync(join(tmpdir(), 'samen-boundaries-'));
    try {
      for (const file of ['nl-gemeenten-2026.topojson', 'nl-gemeenten-2027.topojson', 'nl-provincies-2028.topojson']) {
        writeFileSync(join(directory, file), '{}');
      }
      expect(newestReferenceFile(BOUNDARY_FILE_PATTERN, directory)).toEqual({
        path: join(directory, 'nl-gemeenten-2027.topojson'),
        year: 2027,
      });
    } finally {
      rmSync(directory, { recursive: true });
    }
  });
});
