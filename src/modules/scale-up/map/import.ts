import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import {
  type BoundaryReport,
  type BoundaryShape,
  DEFAULT_PROPERTIES,
  municipalityObjectName,
  projectBoundaries,
  validateBoundaries,
} from './geometry';

/**
 * Prepares a newer boundary file for reference/ (used by scripts/import-boundaries.ts): turns
 * areas wound the wrong way round, checks it like validateBoundaries, and writes it in the shape
 * the map reads — one object `gemeente_<year>` with the properties `statcode` and `statnaam`.
 */

export interface ImportOptions extends Partial<BoundaryShape> {
  /** the year the boundaries hold; read from the object or file name when absent */
  year?: number | undefined;
  fileName?: string | undefined;
  /** the official list of municipalities (code → name) the file must match */
  expected: ReadonlyMap<string, string>;
  listName: string;
}

export interface ImportResult {
  ok: boolean;
  report: BoundaryReport;
  year?: number | undefined;
  /** how many areas were wound counter-clockwise and have been turned */
  rewound: number;
  /** the file to write, when ok */
  topology?: Topology | undefined;
  /** the size of the SVG paths this file gives, in bytes */
  pathBytes: number;
  notes: string[];
}

/** Above this the map makes pages heavy: the shipped file gives about 47 KB. */
const PATH_BYTES_WARNING = 150_000;

function yearOf(...names: (string | undefined)[]): number | undefined {
  for (const name of names) {
    const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name ?? '')?.[1];
    if (year) return Number(year);
  }
  return undefined;
}

type Area = Polygon<Record<string, unknown>> | MultiPolygon<Record<string, unknown>>;

/**
 * d3-geo draws on the sphere, where a ring's direction says which side is inside: an area wound
 * counter-clockwise (as GeoJSON RFC 7946 writes it) is the whole earth but the municipality.
 * Reversing a ring in TopoJSON is reversing its list of arcs and walking every arc backwards.
 */
function rewind(topology: Topology, objectName: string): number {
  const object = topology.objects[objectName] as GeometryCollection<Record<string, unknown>> | undefined;
  if (object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return 0;
  const flip = (ring: number[]) => ring.reverse().map((arc) => ~arc);
  let turned = 0;
  for (const geometry of object.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const area = geometry as Area;
    try {
      if (geoArea(feature(topology, area)) <= 2 * Math.PI) continue;
    } catch {
      continue; // broken arcs: validateBoundaries says so
    }
    if (area.type === 'Polygon') area.arcs = area.arcs.map(flip);
    else area.arcs = area.arcs.map((polygon) => polygon.map(flip));
    turned += 1;
  }
  return turned;
}

export function prepareBoundaries(input: unknown, options: ImportOptions): ImportResult {
  const isTopology = typeof input === 'object' && input !== null && (input as { type?: unknown }).type === 'Topology';
  const topology = input as Topology;
  const objectName = options.object ?? (isTopology ? municipalityObjectName(topology) : undefined);
  const shape: BoundaryShape = {
    object: objectName ?? '',
    codeProperty: options.codeProperty ?? DEFAULT_PROPERTIES.codeProperty,
    nameProperty: options.nameProperty ?? DEFAULT_PROPERTIES.nameProperty,
  };
  const rewound = isTopology && objectName && isRecordOfObjects(topology) ? rewind(topology, objectName) : 0;
  const report = validateBoundaries(input, { shape, expected: options.expected, listName: options.listName });
  const year = options.year ?? yearOf(objectName, options.fileName);
  const result: ImportResult = { ok: false, report, year, rewound, pathBytes: 0, notes: [] };
  if (rewound > 0) result.notes.push(`${rewound} of the areas were wound counter-clockwise; they have been turned.`);
  if (year === undefined) {
    report.problems.push('The year of the boundaries is not in the object or file name: give it with --year 2027.');
  }
  if (report.problems.length > 0) return { ...result, report: { ...report, ok: false } };

  const object = topology.objects[shape.object] as GeometryCollection<Record<string, unknown>>;
  const normalised: Topology = {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    arcs: topology.arcs,
    objects: {
      [`gemeente_${year}`]: {
        type: 'GeometryCollection',
        geometries: (object.geometries as Area[]).map((geometry) => {
          const code = String(geometry.properties?.[shape.codeProperty]);
          const name = String(geometry.properties?.[shape.nameProperty]);
          return { type: geometry.type, arcs: geometry.arcs, id: code, properties: { statcode: code, statnaam: name } };
        }) as GeometryCollection['geometries'],
      },
    },
  };
  const geometry = projectBoundaries(normalised);
  const empty = geometry.paths.filter((path) => !/l/.test(path.d)).map((path) => `${path.code} ${path.name}`);
  if (empty.length > 0) {
    report.problems.push(`These municipalities are too small to draw, or have no coordinates: ${empty.join(', ')}.`);
    return { ...result, report: { ...report, ok: false } };
  }
  result.pathBytes = geometry.paths.reduce((sum, path) => sum + path.d.length, 0);
  if (result.pathBytes > PATH_BYTES_WARNING) {
    result.notes.push(
      `The map's paths take ${Math.round(result.pathBytes / 1000)} KB; simplify the file first to keep pages ` +
        'light, for example: mapshaper in.topojson -simplify 5% keep-shapes -o out.topojson',
    );
  }
  return { ...result, ok: true, topology: normalised };
}

function isRecordOfObjects(topology: Topology): boolean {
  return typeof topology.objects === 'object' && topology.objects !== null;
}
