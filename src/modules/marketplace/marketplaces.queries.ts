import { sql } from 'drizzle-orm';
import { type Executor, firstRow, iso, rows, textArray } from '../../core/db';

// SQL about the marketplaces themselves (the tenants): their settings, theme and logo, and which
// are near or next to a municipality. Posts, responses and messages are in queries.ts.

export interface Marketplace {
  municipalityCode: string;
  municipalityName: string;
  municipalitySlug: string;
  operatorOrganisationId: string;
  operatorName: string;
  name: string;
  brandColor: string;
  brandTextColor: string;
  premoderation: boolean;
  disabledCategories: string[];
  showNeighbours: boolean;
  expiryWeeks: number;
  followUpDays: number;
  status: 'live' | 'paused';
  launchedAt: string;
  hasLogo: boolean;
}

const marketplaceColumns = sql`mp.municipality_code AS "municipalityCode", m.name AS "municipalityName", m.slug AS "municipalitySlug",
  mp.operator_organisation_id AS "operatorOrganisationId", o.name AS "operatorName", mp.name, mp.brand_color AS "brandColor",
  mp.brand_text_color AS "brandTextColor", mp.premoderation, mp.disabled_categories AS "disabledCategories",
  mp.show_neighbours AS "showNeighbours", mp.expiry_weeks AS "expiryWeeks", mp.follow_up_days AS "followUpDays", mp.status,
  ${iso('mp.launched_at')} AS "launchedAt", mp.logo IS NOT NULL AS "hasLogo"`;
const fromMarketplaces = sql`FROM marketplaces mp JOIN municipalities m ON m.code = mp.municipality_code JOIN organisations o ON o.id = mp.operator_organisation_id`;

export function listMarketplaces(db: Executor): Promise<Marketplace[]> {
  return rows<Marketplace>(db, sql`SELECT ${marketplaceColumns} ${fromMarketplaces} ORDER BY m.slug`);
}

export function marketplaceOf(db: Executor, municipalityCode: string): Promise<Marketplace | undefined> {
  return firstRow<Marketplace>(
    db,
    sql`SELECT ${marketplaceColumns} ${fromMarketplaces} WHERE mp.municipality_code = ${municipalityCode}`,
  );
}

export async function insertMarketplace(
  db: Executor,
  marketplace: Omit<
    Marketplace,
    'municipalityName' | 'municipalitySlug' | 'operatorName' | 'status' | 'launchedAt' | 'hasLogo'
  >,
): Promise<boolean> {
  const inserted = await rows(
    db,
    sql`INSERT INTO marketplaces (municipality_code, operator_organisation_id, name, brand_color, brand_text_color, premoderation,
                                  disabled_categories, show_neighbours, expiry_weeks, follow_up_days)
        VALUES (${marketplace.municipalityCode}, ${marketplace.operatorOrganisationId}, ${marketplace.name}, ${marketplace.brandColor},
                ${marketplace.brandTextColor}, ${marketplace.premoderation}, ${textArray(marketplace.disabledCategories)},
                ${marketplace.showNeighbours}, ${marketplace.expiryWeeks}, ${marketplace.followUpDays})
        ON CONFLICT (municipality_code) DO NOTHING RETURNING 1`,
  );
  return inserted.length > 0;
}

/** The nearest live marketplaces to a municipality that has none, for its page. */
export function nearestMarketplaces(db: Executor, municipalityCode: string, limit: number) {
  return rows<{ municipalityCode: string; name: string; municipalitySlug: string; km: number }>(
    db,
    sql`SELECT mp.municipality_code AS "municipalityCode", mp.name, m.slug AS "municipalitySlug",
               round((earth_distance(ll_to_earth(here.lat, here.lon), ll_to_earth(m.lat, m.lon)) / 1000)::numeric)::int AS km
          FROM marketplaces mp JOIN municipalities m ON m.code = mp.municipality_code,
               (SELECT lat, lon FROM municipalities WHERE code = ${municipalityCode}) here
         WHERE mp.status = 'live' AND mp.municipality_code <> ${municipalityCode}
         ORDER BY km LIMIT ${limit}`,
  );
}

/** Live marketplaces of the municipalities that share a border with this one. */
export function neighbouringMarketplaces(db: Executor, municipalityCode: string) {
  return rows<{ municipalityCode: string; name: string; municipalitySlug: string }>(
    db,
    sql`SELECT mp.municipality_code AS "municipalityCode", mp.name, m.slug AS "municipalitySlug"
          FROM municipality_neighbours n
          JOIN marketplaces mp ON mp.municipality_code = n.neighbour_code AND mp.status = 'live'
          JOIN municipalities m ON m.code = mp.municipality_code
         WHERE n.municipality_code = ${municipalityCode}
         ORDER BY mp.name`,
  );
}

export type MarketplaceSettings = Pick<
  Marketplace,
  | 'name'
  | 'brandColor'
  | 'brandTextColor'
  | 'premoderation'
  | 'disabledCategories'
  | 'showNeighbours'
  | 'expiryWeeks'
  | 'followUpDays'
  | 'status'
>;

export async function updateMarketplace(
  db: Executor,
  municipalityCode: string,
  settings: MarketplaceSettings,
): Promise<void> {
  await db.execute(sql`
    UPDATE marketplaces SET name = ${settings.name}, brand_color = ${settings.brandColor}, brand_text_color = ${settings.brandTextColor},
           premoderation = ${settings.premoderation}, disabled_categories = ${textArray(settings.disabledCategories)},
           show_neighbours = ${settings.showNeighbours}, expiry_weeks = ${settings.expiryWeeks}, follow_up_days = ${settings.followUpDays},
           status = ${settings.status}
     WHERE municipality_code = ${municipalityCode}`);
}

export async function setMarketplaceLogo(
  db: Executor,
  municipalityCode: string,
  logo: { bytes: Uint8Array; contentType: string } | null,
): Promise<void> {
  await db.execute(sql`UPDATE marketplaces SET logo = ${logo ? Buffer.from(logo.bytes) : null}, logo_type = ${logo?.contentType ?? null}, logo_changed_at = now()
                        WHERE municipality_code = ${municipalityCode}`);
}

export async function marketplaceLogo(
  db: Executor,
  municipalityCode: string,
): Promise<{ bytes: Uint8Array; contentType: string; changedAt: string } | undefined> {
  const row = await firstRow<{ bytes: Uint8Array | string; contentType: string; changedAt: string }>(
    db,
    sql`SELECT logo AS bytes, logo_type AS "contentType", ${iso('logo_changed_at')} AS "changedAt" FROM marketplaces WHERE municipality_code = ${municipalityCode} AND logo IS NOT NULL`,
  );
  if (!row) return undefined;
  return {
    ...row,
    bytes: typeof row.bytes === 'string' ? Buffer.from(row.bytes.replace(/^\\x/, ''), 'hex') : row.bytes,
  };
}
