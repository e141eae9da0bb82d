import { parse } from 'csv-parse/sync';

export interface MunicipalityRecord {
  code: string;
  name: string;
  slug: string;
  provinceCode: string;
  provinceName: string;
  lat: number;
  lon: number;
  population: number;
  postcodeCount: number;
}

export interface PostcodeRecord {
  pc4: string;
  municipalityCode: string;
  place: string;
  share: number;
  /** unknown ("NA" in the source) for a few areas without residents on record */
  population: number | null;
  lat: number;
  lon: number;
}

/** "'s-Hertogenbosch" → "s-hertogenbosch", "Súdwest-Fryslân" → "sudwest-fryslan". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Row = Record<string, string>;

function number(row: Row, column: string): number {
  const value = Number(row[column]);
  if (!Number.isFinite(value)) throw new Error(`Column ${column} is not a number: "${row[column]}"`);
  return value;
}

function required(row: Row, column: string): string {
  const value = row[column]?.trim();
  if (!value) throw new Error(`Column ${column} is empty`);
  return value;
}

export function parseMunicipalities(csv: string): MunicipalityRecord[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Row[];
  return records.map((row) => {
    const name = required(row, 'gemeentenaam');
    return {
      code: required(row, 'gemeentecode'),
      name,
      slug: slugify(name),
      provinceCode: required(row, 'provinciecode'),
      provinceName: required(row, 'provincienaam'),
      lat: number(row, 'lat'),
      lon: number(row, 'lon'),
      population: number(row, 'inwoners_2021_benadering'),
      postcodeCount: number(row, 'aantal_pc4'),
    };
  });
}

export function parsePostcodes(csv: string): PostcodeRecord[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Row[];
  return records.map((row) => ({
    pc4: required(row, 'pc4'),
    municipalityCode: required(row, 'gemeentecode'),
    // a few postcode areas have no place name in the source; the municipality's name stands in
    place: row.plaats?.trim() || required(row, 'gemeentenaam'),
    share: number(row, 'aandeel'),
    population: row.inwoners_2021 === 'NA' ? null : number(row, 'inwoners_2021'),
    lat: number(row, 'lat'),
    lon: number(row, 'lon'),
  }));
}

/** Pairs of municipalities that share a border, each pair in both directions. */
export function parseNeighbours(csv: string): { municipalityCode: string; neighbourCode: string }[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Row[];
  return records.map((row) => ({
    municipalityCode: required(row, 'gemeentecode'),
    neighbourCode: required(row, 'buurgemeentecode'),
  }));
}

export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

/** The radius of the earth as the earthdistance extension has it (`earth()`), in metres. */
const EARTH_RADIUS_METRES = 6_378_168;

/**
 * Great-circle distance in metres, the same figure as earthdistance's
 * `earth_distance(ll_to_earth(a), ll_to_earth(b))`, so a search decides "within the radius" in
 * the app exactly as the database would.
 */
export function earthDistanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
