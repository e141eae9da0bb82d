import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, select, selectOne, textArray } from '../../core/db';
import { projectRoot } from '../../core/paths';
import {
  earthDistanceMetres,
  type MunicipalityRecord,
  type PostcodeRecord,
  parseMunicipalities,
  parseNeighbours,
  parsePostcodes,
} from './rules';

const MunicipalityRow = z.object({
  code: z.string(),
  name: z.string(),
  slug: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  lat: z.number(),
  lon: z.number(),
  population: z.number().int(),
  postcodeCount: z.number().int(),
});
export type Municipality = z.infer<typeof MunicipalityRow>;

const PostcodeRow = z.object({
  pc4: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  municipalitySlug: z.string(),
  place: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type Postcode = z.infer<typeof PostcodeRow>;

const municipalityColumns = sql`code, name, slug, province_code AS "provinceCode", province_name AS "provinceName",
  lat, lon, population, postcode_count AS "postcodeCount"`;

const REFERENCE_FILES = ['gemeenten-2026.csv', 'postcodes-pc4-2026.csv', 'gemeenten-buren-2026.csv'] as const;

const ValueRow = z.object({ value: z.string() });

/**
 * Loads the municipalities and postcodes shipped in reference/ into the database. Idempotent:
 * it upserts, and skips the work entirely when the files have not changed since the last load.
 */
export async function loadReferenceData(
  db: Executor,
  directory = join(projectRoot, 'reference'),
): Promise<'loaded' | 'unchanged'> {
  const contents = REFERENCE_FILES.map((file) => readFileSync(join(directory, file), 'utf8'));
  const digest = createHash('sha256').update(contents.join('\0')).digest('hex');
  const current = await selectOne(db, ValueRow, sql`SELECT value FROM app_meta WHERE key = 'reference-data'`);
  if (current?.value === digest) return 'unchanged';

  const municipalities = parseMunicipalities(contents[0] as string);
  const postcodes = parsePostcodes(contents[1] as string);
  const neighbours = parseNeighbours(contents[2] as string);
  await db.transaction(async (tx) => {
    for (const batch of chunks(municipalities, 200)) await upsertMunicipalities(tx, batch);
    for (const batch of chunks(postcodes, 1000)) await upsertPostcodes(tx, batch);
    await tx.execute(sql`DELETE FROM municipality_neighbours`);
    await tx.execute(sql`
      INSERT INTO municipality_neighbours (municipality_code, neighbour_code)
      SELECT r."municipalityCode", r."neighbourCode"
        FROM json_to_recordset(${JSON.stringify(neighbours)}::json)
          AS r("municipalityCode" text, "neighbourCode" text)`);
    await tx.execute(sql`
      INSERT INTO app_meta (key, value) VALUES ('reference-data', ${digest})
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`);
  });
  postcodeTable = undefined;
  return 'loaded';
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

async function upsertMunicipalities(db: Executor, batch: MunicipalityRecord[]) {
  // One round trip per batch: the rows travel as a JSON array and are unpacked in SQL.
  await db.execute(sql`
    INSERT INTO municipalities (code, name, slug, province_code, province_name, lat, lon, population, postcode_count)
    SELECT r.code, r.name, r.slug, r."provinceCode", r."provinceName", r.lat, r.lon, r.population, r."postcodeCount"
      FROM json_to_recordset(${JSON.stringify(batch)}::json)
        AS r(code text, name text, slug text, "provinceCode" text, "provinceName" text, lat float8, lon float8,
             population int, "postcodeCount" int)
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, slug = EXCLUDED.slug, province_code = EXCLUDED.province_code,
      province_name = EXCLUDED.province_name, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
      population = EXCLUDED.population, postcode_count = EXCLUDED.postcode_count`);
}

async function upsertPostcodes(db: Executor, batch: PostcodeRecord[]) {
  await db.execute(sql`
    INSERT INTO postcodes (pc4, municipality_code, place, share, population, lat, lon)
    SELECT r.pc4, r."municipalityCode", r.place, r.share, r.population, r.lat, r.lon
      FROM json_to_recordset(${JSON.stringify(batch)}::json)
        AS r(pc4 text, "municipalityCode" text, place text, share real, population int, lat float8, lon float8)
    ON CONFLICT (pc4) DO UPDATE SET municipality_code = EXCLUDED.municipality_code, place = EXCLUDED.place,
      share = EXCLUDED.share, population = EXCLUDED.population, lat = EXCLUDED.lat, lon = EXCLUDED.lon`);
}

export interface MunicipalitySearch {
  search?: string | undefined;
  province?: string | undefined;
  /** only these municipalities (by CBS code), for a list another module chose (those with a marketplace) */
  codes?: readonly string[] | undefined;
  page: number;
  pageSize: number;
}

const TotalRow = z.object({ total: z.number().int() });

/** Search by name, ignoring case and accents ("sudwest" finds "Súdwest-Fryslân"). */
export async function searchMunicipalities(
  db: Executor,
  query: MunicipalitySearch,
): Promise<{ items: Municipality[]; total: number }> {
  const term = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const province = query.province ?? null;
  const codes = query.codes ? sql` AND code = ANY (${textArray(query.codes)})` : sql``;
  const where = sql`(${term}::text IS NULL OR unaccent(name) ILIKE unaccent(${term}::text))
    AND (${province}::text IS NULL OR lower(province_name) = lower(${province}::text))${codes}`;
  const items = await select(
    db,
    MunicipalityRow,
    sql`SELECT ${municipalityColumns} FROM municipalities WHERE ${where}
         ORDER BY slug LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  const count = await selectOne(db, TotalRow, sql`SELECT count(*)::int AS total FROM municipalities WHERE ${where}`);
  return { items, total: count?.total ?? 0 };
}

export function municipalityByCode(db: Executor, code: string): Promise<Municipality | undefined> {
  return selectOne(db, MunicipalityRow, sql`SELECT ${municipalityColumns} FROM municipalities WHERE code = ${code}`);
}

export function municipalityBySlug(db: Executor, slug: string): Promise<Municipality | undefined> {
  return selectOne(db, MunicipalityRow, sql`SELECT ${municipalityColumns} FROM municipalities WHERE slug = ${slug}`);
}

/**
 * Postcodes are reference data that change only when new files are loaded at start-up, so the
 * whole table (4,067 small rows) is read once and kept for the life of the process. This takes a
 * database round trip off every search near a postcode and every post, and lets a search list
 * the postcodes within its radius without asking the database.
 */
let postcodeTable: Promise<Map<string, Postcode>> | undefined;

export function allPostcodes(db: Executor): Promise<Map<string, Postcode>> {
  if (!postcodeTable) {
    const loading = select(
      db,
      PostcodeRow,
      sql`SELECT p.pc4, p.municipality_code AS "municipalityCode", m.name AS "municipalityName",
                 m.slug AS "municipalitySlug", p.place, p.lat, p.lon
            FROM postcodes p JOIN municipalities m ON m.code = p.municipality_code`,
    ).then((list) => new Map(list.map((postcode) => [postcode.pc4, postcode])));
    postcodeTable = loading;
    // A failed read is not remembered; an empty table (reference data not loaded yet) neither.
    loading.then(
      (table) => {
        if (table.size === 0 && postcodeTable === loading) postcodeTable = undefined;
      },
      () => {
        if (postcodeTable === loading) postcodeTable = undefined;
      },
    );
  }
  return postcodeTable;
}

export async function postcodeLookup(db: Executor, pc4: string): Promise<Postcode | undefined> {
  return (await allPostcodes(db)).get(pc4);
}

/** The postcodes whose centre lies within the radius of a point, with their distance in metres. */
export async function postcodesWithin(
  db: Executor,
  origin: { lat: number; lon: number },
  radiusKm: number,
): Promise<{ pc4: string; metres: number }[]> {
  const metres = radiusKm * 1000;
  const found: { pc4: string; metres: number }[] = [];
  for (const postcode of (await allPostcodes(db)).values()) {
    const distance = earthDistanceMetres(origin, postcode);
    if (distance <= metres) found.push({ pc4: postcode.pc4, metres: distance });
  }
  return found;
}

const NameRow = z.object({ code: z.string(), name: z.string() });

/**
 * The 342 names, in order: reference data that only changes when the reference data is loaded
 * again at start-up, so it is read once per process (a map or a select list needs it per request).
 */
let names: Promise<{ code: string; name: string }[]> | undefined;
export function listMunicipalityNames(db: Executor): Promise<{ code: string; name: string }[]> {
  names ??= select(db, NameRow, sql`SELECT code, name FROM municipalities ORDER BY slug`).then(
    (found) => {
      if (found.length === 0) names = undefined; // not loaded yet: ask again next time
      return found;
    },
    (error) => {
      names = undefined;
      throw error;
    },
  );
  return names;
}
