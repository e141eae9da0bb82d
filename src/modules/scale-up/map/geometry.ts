import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type GeoContext, type GeoPermissibleObjects, geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bbox, feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { projectRoot } from '../../../core/paths';

/**
 * The municipal boundaries as SVG paths. The boundaries ship in reference/ (CBS/PDOK, simplified
 * TopoJSON in WGS84); they are read, projected and turned into path strings once per process, on
 * first use, and kept in memory: a page that shows the map only picks the colours.
 */

/** Width of the map's viewBox; the height follows from the shape of the country. */
export const MAP_WIDTH = 600;

export const REFERENCE_DIRECTORY = join(projectRoot, 'reference');

/** Where in the TopoJSON the municipalities are, and which properties hold the code and the name. */
export interface BoundaryShape {
  object: string;
  codeProperty: string;
  nameProperty: string;
}

export const DEFAULT_PROPERTIES = { codeProperty: 'statcode', nameProperty: 'statnaam' } as const;

export interface MunicipalityPath {
  code: string;
  name: string;
  /** the SVG path, in viewBox units rounded to 0.1, with relative steps to keep it small */
  d: string;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** one per municipality, ordered by code */
  paths: readonly MunicipalityPath[];
  byCode: ReadonlyMap<string, MunicipalityPath>;
}

/** The newest file in reference/ whose name matches, with its year: `nl-gemeenten-2027.topojson` wins over 2026. */
export function newestReferenceFile(
  pattern: RegExp,
  directory = REFERENCE_DIRECTORY,
): { path: string; year: number } | undefined {
  const found = readdirSync(directory)
    .map((file) => ({ file, year: Number(pattern.exec(file)?.[1]) }))
    .filter((entry) => Number.isInteger(entry.year) && entry.year > 0)
    .sort((a, b) => b.year - a.year)[0];
  return found && { path: join(directory, found.file), year: found.year };
}

export const BOUNDARY_FILE_PATTERN = /^nl-gemeenten-(\d{4})\.topojson$/;
export const MUNICIPALITY_LIST_PATTERN = /^gemeenten-(\d{4})\.csv$/;

/** The official list of municipalities (code → name) from reference/gemeenten-<year>.csv. */
export function readMunicipalityList(path?: string): Map<string, string> {
  const file = path ?? newestReferenceFile(MUNICIPALITY_LIST_PATTERN)?.path;
  if (!file) throw new Error(`No municipality list (gemeenten-<year>.csv) in ${REFERENCE_DIRECTORY}`);
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return new Map(records.map((row) => [row.gemeentecode ?? '', row.gemeentenaam ?? '']));
}

/** The object holding the municipalities: the only one, or else `gemeente_<year>` of the newest year. */
export function municipalityObjectName(topology: Topology): string | undefined {
  const names = Object.keys(topology.objects ?? {});
  if (names.length === 1) return names[0];
  return names
    .filter((name) => /^gemeente_\d{4}$/.test(name))
    .sort()
    .at(-1);
}

export interface BoundaryReport {
  ok: boolean;
  /** what makes the file unusable, in plain words; empty when ok */
  problems: string[];
  /** worth knowing, but the file can be used (a municipality with a new name) */
  warnings: string[];
  /** in the municipality list but not in the file */
  missing: { code: string; name: string }[];
  /** in the file but not in the municipality list */
  unknown: { code: string; name: string }[];
  /** how many areas the object holds */
  count: number;
}

const CODE = /^GM\d{4}$/;
const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);
/** Generous bounds around the Netherlands in longitude and latitude (the shipped file: 3.36–7.23, 50.75–53.56). */
const NETHERLANDS = { west: 2.5, east: 8, south: 50, north: 54.5 };

function listed(items: { code: string; name: string }[]): string {
  const shown = items.slice(0, 20).map((item) => `${item.code} ${item.name}`.trim());
  return shown.join(', ') + (items.length > shown.length ? ` and ${items.length - shown.length} more` : '');
}

/** "1 code", "2 codes". */
function counted(count: number, one: string, more: string): string {
  return `${count} ${count === 1 ? one : more}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a boundary file before it is used: it is TopoJSON, the object and the code and name
 * properties exist, every area is a (multi)polygon in longitude/latitude around the Netherlands,
 * and its set of codes is exactly the official list (reference/gemeenten-<year>.csv) — after a
 * municipal merger the report names the codes that disappeared and the codes that are new.
 */
export function validateBoundaries(
  topology: unknown,
  options: { shape?: Partial<BoundaryShape>; expected?: ReadonlyMap<string, string>; listName?: string } = {},
): BoundaryReport {
  const report: BoundaryReport = { ok: false, problems: [], warnings: [], missing: [], unknown: [], count: 0 };
  const fail = (problem: string) => {
    report.problems.push(problem);
    return report;
  };
  if (!isRecord(topology) || topology.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    return fail('The file is not TopoJSON: it needs "type": "Topology", "arcs" and "objects".');
  }
  if (!isRecord(topology.objects)) return fail('The file has no "objects".');
  const objectName = options.shape?.object ?? municipalityObjectName(topology as unknown as Topology);
  const available = Object.keys(topology.objects).join(', ') || 'none';
  const object = objectName === undefined ? undefined : topology.objects[objectName];
  if (!objectName || !isRecord(object)) {
    return fail(`The object "${objectName ?? ''}" is not in the file (objects in the file: ${available}).`);
  }
  if (object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    return fail(`The object "${objectName}" is not a GeometryCollection of municipalities.`);
  }
  const codeProperty = options.shape?.codeProperty ?? DEFAULT_PROPERTIES.codeProperty;
  const nameProperty = options.shape?.nameProperty ?? DEFAULT_PROPERTIES.nameProperty;
  const geometries = object.geometries as unknown[];
  report.count = geometries.length;

  const found = new Map<string, string>();
  const noCode: number[] = [];
  const badCode: string[] = [];
  const noName: string[] = [];
  const notAnArea: string[] = [];
  const twice = new Set<string>();
  for (const [index, geometry] of geometries.entries()) {
    if (!isRecord(geometry)) {
      noCode.push(index);
      continue;
    }
    const properties = isRecord(geometry.properties) ? geometry.properties : {};
    const code = properties[codeProperty];
    const name = properties[nameProperty];
    if (typeof code !== 'string' || code === '') {
      noCode.push(index);
      continue;
    }
    if (!CODE.test(code)) badCode.push(code);
    if (typeof name !== 'string' || name.trim() === '') noName.push(code);
    if (!AREA_TYPES.has(String(geometry.type))) notAnArea.push(`${code} (${String(geometry.type)})`);
    if (found.has(code)) twice.add(code);
    found.set(code, typeof name === 'string' ? name : '');
  }
  if (noCode.length > 0) {
    const first = geometries[0];
    const keys = isRecord(first) && isRecord(first.properties) ? Object.keys(first.properties) : [];
    report.problems.push(
      `${noCode.length} of ${geometries.length} areas have no property "${codeProperty}" ` +
        `(properties of the first area: ${keys.join(', ') || 'none'}); name the code property with --code-property.`,
    );
  }
  if (badCode.length > 0) {
    report.problems.push(`Not a CBS municipality code (GM and four digits): ${badCode.slice(0, 20).join(', ')}.`);
  }
  if (noName.length > 0) {
    report.problems.push(`Without a name in "${nameProperty}": ${noName.slice(0, 20).join(', ')}.`);
  }
  if (notAnArea.length > 0) {
    report.problems.push(`Not an area (Polygon or MultiPolygon): ${notAnArea.slice(0, 20).join(', ')}.`);
  }
  if (twice.size > 0) {
    report.problems.push(
      `These codes occur in more than one area: ${[...twice].slice(0, 20).join(', ')}. ` +
        'Merge the parts of a municipality into one MultiPolygon first (for example mapshaper -dissolve).',
    );
  }
  if (report.problems.length === 0) checkCoordinates(topology as unknown as Topology, objectName, report);

  const expected = options.expected ?? readMunicipalityList();
  const listName = options.listName ?? 'the municipality list';
  report.missing = [...expected].filter(([code]) => !found.has(code)).map(([code, name]) => ({ code, name }));
  report.unknown = [...found].filter(([code]) => !expected.has(code)).map(([code, name]) => ({ code, name }));
  if (report.missing.length > 0) {
    report.problems.push(
      `In ${listName} but not in the file (${counted(report.missing.length, 'municipality', 'municipalities')}): ` +
        `${listed(report.missing)}.`,
    );
  }
  if (report.unknown.length > 0) {
    report.problems.push(
      `In the file but not in ${listName} (${counted(report.unknown.length, 'code', 'codes')}): ` +
        `${listed(report.unknown)}.`,
    );
  }
  if (report.missing.length > expected.size / 2) {
    report.problems.push(
      'This does not look like a file of the municipalities: is the object or the code property right?',
    );
  } else if (report.missing.length > 0 || report.unknown.length > 0) {
    report.problems.push(
      'After a municipal merger the list of municipalities (reference/gemeenten-<year>.csv) must be updated ' +
        'first; the map and the list must name the same municipalities.',
    );
  }
  for (const [code, name] of found) {
    const official = expected.get(code);
    if (official !== undefined && official !== name) {
      report.warnings.push(`${code} is called "${name}" in the file and "${official}" in ${listName}.`);
    }
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** Longitude/latitude around the Netherlands, and every area wound the way d3-geo expects (clockwise). */
function checkCoordinates(topology: Topology, objectName: string, report: BoundaryReport): void {
  let extent: number[];
  try {
    extent = bbox(topology);
  } catch {
    report.problems.push('The arcs of the file cannot be read.');
    return;
  }
  const [west = Number.NaN, south = Number.NaN, east = Number.NaN, north = Number.NaN] = extent;
  const inside = (value: number, low: number, high: number) => value >= low && value <= high;
  if (
    ![west, east].every((x) => inside(x, NETHERLANDS.west, NETHERLANDS.east)) ||
    ![south, north].every((y) => inside(y, NETHERLANDS.south, NETHERLANDS.north))
  ) {
    const rounded = extent.map((value) => Math.round(value * 1000) / 1000).join(', ');
    report.problems.push(
      `The coordinates (${rounded}) are not longitude and latitude (WGS84) around the Netherlands. ` +
        'Convert a file in RD New (EPSG:28992) first, for example with: mapshaper in.json -proj wgs84 -o out.topojson',
    );
    return;
  }
  const areas = toFeatures(topology, objectName);
  // d3-geo works on the sphere: an area wound the other way round is the whole earth except the municipality.
  const inverted = areas.features.filter((area) => geoArea(area) > 2 * Math.PI);
  if (inverted.length > 0) {
    report.problems.push(
      `${inverted.length} areas are wound counter-clockwise (as GeoJSON RFC 7946 does); they must be clockwise: ` +
        inverted
          .slice(0, 10)
          .map((area) => String(area.id ?? ''))
          .join(', '),
    );
  }
}

function toFeatures(topology: Topology, objectName: string): FeatureCollection<Polygon | MultiPolygon> {
  const object = topology.objects[objectName] as GeometryCollection;
  return feature(topology, object) as FeatureCollection<Polygon | MultiPolygon>;
}

/**
 * Writes SVG path data in tenths of a viewBox unit: the first point of a ring absolute, every next
 * one as a step from the last, and steps that round to nothing left out. About a third smaller
 * than d3's own absolute coordinates at the same precision.
 */
class CompactPath implements GeoContext {
  private text = '';
  private x = 0;
  private y = 0;
  private first = true;

  beginPath(): void {
    this.text = '';
    this.first = true;
  }

  moveTo(x: number, y: number): void {
    this.x = Math.round(x * 10);
    this.y = Math.round(y * 10);
    this.text += `M${tenths(this.x)}${separated(tenths(this.y))}`;
    this.first = true;
  }

  lineTo(x: number, y: number): void {
    const nextX = Math.round(x * 10);
    const nextY = Math.round(y * 10);
    if (nextX === this.x && nextY === this.y) return;
    const dx = tenths(nextX - this.x);
    const command = this.first ? 'l' : dx.startsWith('-') ? '' : ' ';
    this.text += command + dx + separated(tenths(nextY - this.y));
    this.x = nextX;
    this.y = nextY;
    this.first = false;
  }

  closePath(): void {
    this.text += 'z';
  }

  arc(): void {
    // only points are drawn as arcs; municipalities are areas
  }

  result(): string {
    return this.text;
  }
}

/** 12 → "1.2", 5 → ".5", -5 → "-.5", 30 → "3". */
function tenths(value: number): string {
  const text = String(value / 10);
  if (text.startsWith('0.')) return text.slice(1);
  if (text.startsWith('-0.')) return `-${text.slice(2)}`;
  return text;
}

/** A minus sign separates numbers by itself; otherwise a space does. */
function separated(number: string): string {
  return number.startsWith('-') ? number : ` ${number}`;
}

/** Projects the municipalities to SVG paths: Mercator, fitted to the width of the viewBox. */
export function projectBoundaries(
  topology: Topology,
  shape: BoundaryShape = { object: municipalityObjectName(topology) ?? '', ...DEFAULT_PROPERTIES },
  width = MAP_WIDTH,
): MapGeometry {
  const areas = toFeatures(topology, shape.object);
  const projection = geoMercator().fitWidth(width, areas as GeoPermissibleObjects);
  const [, [, bottom]] = geoPath(projection).bounds(areas as GeoPermissibleObjects);
  const context = new CompactPath();
  const draw = geoPath(projection, context);
  const paths = areas.features
    .map((area: Feature) => {
      context.beginPath(); // d3 leaves starting a path to the caller, as on a canvas
      draw(area as GeoPermissibleObjects);
      const properties = area.properties ?? {};
      return {
        code: String(properties[shape.codeProperty]),
        name: String(properties[shape.nameProperty]),
        d: context.result(),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return { width, height: Math.ceil(bottom), paths, byCode: new Map(paths.map((path) => [path.code, path])) };
}

let cached: MapGeometry | undefined;

/** The paths of the newest boundary file in reference/, computed on first use and kept for the process. */
export function mapGeometry(): MapGeometry {
  if (!cached) {
    const file = newestReferenceFile(BOUNDARY_FILE_PATTERN);
    if (!file) throw new Error(`No boundary file (nl-gemeenten-<year>.topojson) in ${REFERENCE_DIRECTORY}`);
    const topology = JSON.parse(readFileSync(file.path, 'utf8')) as Topology;
    const object = topology.objects[`gemeente_${file.year}`]
      ? `gemeente_${file.year}`
      : municipalityObjectName(topology);
    cached = projectBoundaries(topology, { object: object ?? '', ...DEFAULT_PROPERTIES });
  }
  return cached;
}
