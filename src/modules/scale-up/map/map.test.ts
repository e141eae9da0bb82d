import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerMessages, type Translate, translator } from '../../../core/i18n';
import { projectRoot } from '../../../core/paths';
import type { Stage } from '../rules';
import { mapGeometry, readMunicipalityList, validateBoundaries } from './geometry';
import { AdoptionMap, adoptionMapCacheStats, renderAdoptionMapSvg } from './map';
import { messages } from './messages';
import { STAGE_FILL } from './stages';

const boundaryFile = join(projectRoot, 'reference/nl-gemeenten-2026.topojson');
const readTopology = () => JSON.parse(readFileSync(boundaryFile, 'utf8')) as Topology;
const municipalities = readMunicipalityList(join(projectRoot, 'reference/gemeenten-2026.csv'));
const GOUDA = 'GM0513';

let t: Translate;
beforeAll(() => {
  registerMessages(messages);
  t = translator('nl');
});

/** A service half-way: stages spread over the municipalities in a fixed pattern, Gouda live. */
function sampleStages(): Map<string, Stage | undefined> {
  const cycle: (Stage | undefined)[] = ['interested', 'deciding', 'implementing', 'live', 'stopped', undefined];
  const stages = new Map<string, Stage | undefined>();
  for (const [index, code] of [...municipalities.keys()].entries()) stages.set(code, cycle[index % cycle.length]);
  stages.set(GOUDA, 'live');
  return stages;
}

function html(element: unknown): string {
  const text = String(element);
  if (text.startsWith('[object')) throw new Error('rendered asynchronously');
  return text;
}

describe('the geometry of the municipalities', () => {
  it('has one path per municipality of the reference list, and no other', () => {
    const geometry = mapGeometry();
    expect(geometry.paths).toHaveLength(342);
    expect(new Set(geometry.paths.map((path) => path.code))).toEqual(new Set(municipalities.keys()));
    for (const path of geometry.paths) expect(path.d).toMatch(/^M[\d.]+[ -][\d.]+l[-\d. lzM]+z$/);
  });

  it('fits the country into the viewBox, with coordinates rounded to one decimal', () => {
    const { width, height, paths } = mapGeometry();
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(600);
    expect(height).toBeLessThan(800);
    const numbers = paths.flatMap((path) => path.d.match(/-?\d*\.?\d+/g) ?? []);
    expect(numbers.every((number) => !/\.\d\d/.test(number))).toBe(true);
  });

  it('is computed once per process', () => {
    expect(mapGeometry()).toBe(mapGeometry());
  });
});

describe('validateBoundaries', () => {
  it('accepts the shipped file', () => {
    const report = validateBoundaries(readTopology(), { expected: municipalities });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, count: 342, missing: [], unknown: [], warnings: [] });
  });

  it('names a municipality that is missing, and a code that is not in the list', () => {
    const topology = readTopology() as any;
    const geometries = topology.objects.gemeente_2026.geometries;
    topology.objects.gemeente_2026.geometries = geometries.filter((g: any) => g.properties.statcode !== GOUDA);
    geometries[0].properties.statcode = 'GM9999';
    const report = validateBoundaries(topology, { expected: municipalities });
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual([
      { code: 'GM0014', name: 'Groningen' },
      { code: GOUDA, name: 'Gouda' },
    ]);
    expect(report.unknown).toEqual([{ code: 'GM9999', name: 'Groningen' }]);
    expect(report.problems.join('\n')).toContain('GM0513 Gouda');
  });

  it('says what is wrong with a file of another shape', () => {
    expect(validateBoundaries({ type: 'FeatureCollection' }).problems[0]).toContain('not TopoJSON');
    const other = validateBoundaries(readTopology(), { shape: { object: 'gemeenten' }, expected: municipalities });
    expect(other.problems[0]).toContain('objects in the file: gemeente_2026');
    const noCode = validateBoundaries(readTopology(), { shape: { codeProperty: 'code' }, expected: municipalities });
    expect(noCode.problems[0]).toContain('342 of 342 areas have no property "code"');
  });

  it('refuses coordinates that are not longitude and latitude', () => {
    const topology = readTopology() as any;
    topology.transform.translate = [155000, 463000];
    const report = validateBoundaries(topology, { expected: municipalities });
    expect(report.problems[0]).toContain('not longitude and latitude');
  });
});

describe('the adoption map', () => {
  it('draws every municipality with a title naming it and its stage', () => {
    const svg = renderAdoptionMapSvg(sampleStages(), {
      names: municipalities,
      t,
      title: 'Digitale Aangifte Overlijden',
    });
    const paths = svg.match(/<path [^>]*><title>[^<]+<\/title><\/path>/g) ?? [];
    expect(svg.match(/<path /g)).toHaveLength(342);
    expect(paths).toHaveLength(342);
    expect(svg).toContain('<title>Gouda: in gebruik</title>');
    expect(svg).toContain('<title>Groningen: geïnteresseerd</title>');
    expect(svg).toMatch(/^<svg class="samen-map__svg" viewBox="0 0 600 \d+" role="img"/);
    expect(svg).toContain('aria-labelledby="adoptiekaart-title adoptiekaart-desc"');
    expect(svg).toContain('<title id="adoptiekaart-title">Digitale Aangifte Overlijden</title>');
    expect(svg).not.toContain('style=');
  });

  it('colours Gouda as live when it is live', () => {
    const stages = new Map<string, Stage>([[GOUDA, 'live']]);
    const svg = renderAdoptionMapSvg(stages, { names: municipalities, t, title: 'Gouda live' });
    const groups = svg.match(/<g class="samen-stage--\w+" fill="#\w+">.*?<\/g>/g) ?? [];
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatch(
      new RegExp(
        `^<g class="samen-stage--live" fill="${STAGE_FILL.live}">` +
          '<path d="[^"]+"><title>Gouda: in gebruik</title></path></g>$',
      ),
    );
    expect(groups[1]).toContain(`<g class="samen-stage--none" fill="${STAGE_FILL.none}">`);
    expect(groups[1]?.match(/<path /g)).toHaveLength(341);
    expect(groups[1]).not.toContain('Gouda');
  });

  it('counts the municipalities per stage in the description, the legend and the table', () => {
    const stages = sampleStages(); // 342 = 6 × 57; Gouda (an "implementing" one) moved to live
    const page = html(AdoptionMap({ stages, names: municipalities, t, title: 'Digitale Aangifte Overlijden' }));
    expect(page).toContain(
      'Kaart van Nederland met alle 342 gemeenten. De kleur laat de fase zien. Geïnteresseerd: 57 gemeenten; ' +
        'Besluit in voorbereiding: 57 gemeenten; Aan het invoeren: 56 gemeenten; In gebruik: 58 gemeenten; ' +
        'Gestopt: 57 gemeenten; Nog niet: 57 gemeenten.',
    );
    const legend = page.match(/<ul class="samen-map__legend".*?<\/ul>/)?.[0] ?? '';
    expect(legend.match(/<li /g)).toHaveLength(6);
    expect(legend).toContain('<span>In gebruik: 58 gemeenten</span>');
    expect(legend).toContain(`fill="${STAGE_FILL.live}"`);
    expect(page).toContain('<details class="samen-map__details"><summary>Bekijk de kaart als tabel</summary>');
  });

  it('lists every municipality with its stage in a table, folded away, in alphabetical order', () => {
    const page = html(AdoptionMap({ stages: sampleStages(), names: municipalities, t, title: 'DAO' }));
    expect(page).toContain('<caption class="utrecht-table__caption">DAO: de fase van elke gemeente</caption>');
    const rows = [...page.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><\/tr>/g)];
    expect(rows).toHaveLength(342);
    expect(rows.map((row) => row[1])).toEqual(
      [...rows.map((row) => row[1] ?? '')].sort((a, b) => a.localeCompare(b, 'nl')),
    );
    expect(rows.find((row) => row[1] === 'Gouda')?.[2]).toBe('In gebruik');
    expect(rows.filter((row) => row[2] === 'In gebruik')).toHaveLength(58);
  });

  it('says "1 gemeente" for one, and counts the rest as not yet', () => {
    const page = html(AdoptionMap({ stages: new Map([[GOUDA, 'live']]), names: municipalities, t, title: 'Eén' }));
    expect(page).toContain('In gebruik: 1 gemeente;');
    expect(page).toContain('Gestopt: 0 gemeenten;');
    expect(page).toContain('Nog niet: 341 gemeenten.');
  });

  it('renders a map once and serves the same input from memory', () => {
    const options = { names: municipalities, t, title: 'Memo' };
    const before = adoptionMapCacheStats();
    const first = renderAdoptionMapSvg(sampleStages(), options);
    const again = renderAdoptionMapSvg(sampleStages(), options);
    expect(again).toBe(first);
    expect(adoptionMapCacheStats().renders).toBe(before.renders + 1);
    expect(adoptionMapCacheStats().hits).toBe(before.hits + 1);

    const changed = sampleStages().set(GOUDA, 'stopped');
    const other = renderAdoptionMapSvg(changed, options);
    expect(other).not.toBe(first);
    expect(other).toContain('<title>Gouda: gestopt</title>');
    expect(adoptionMapCacheStats().renders).toBe(before.renders + 2);
  });

  it('renders in English with English texts, not the Dutch map from memory', () => {
    registerMessages(messages);
    const svg = renderAdoptionMapSvg(sampleStages(), { names: municipalities, t: translator('en'), title: 'Memo' });
    expect(svg).toContain('<title>Gouda: in use</title>');
  });
});
