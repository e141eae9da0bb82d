import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select, selectOne, textArray } from '../../../core/db';

// SQL about the marketplaces themselves (the tenants): their settings, theme and logo, and which
// are near or next to a municipality. Posts, responses and messages are in their own folders.

export const MarketplaceRow = z.object({
  municipalityCode: z.string(),
  municipalityName: z.string(),
  municipalitySlug: z.string(),
  operatorOrganisationId: z.string(),
  operatorName: z.string(),
  name: z.string(),
  brandColor: z.string(),
  brandTextColor: z.string(),
  premoderation: z.boolean(),
  disabledCategories: z.array(z.string()),
  showNeighbours: z.boolean(),
  expiryWeeks: z.number().int(),
  followUpDays: z.number().int(),
  /** a post is hidden after reports from this many different accounts, until a beheerder decides */
  autoHideReports: z.number().int(),
  status: z.enum(['live', 'paused']),
  launchedAt: z.string(),
  hasLogo: z.boolean(),
  /** the logo's change stamp, for its versioned address; null without a logo */
  logoVersion: z.string().nullable(),
});
export type Marketplace = z.infer<typeof MarketplaceRow>;

const marketplaceColumns = sql`mp.municipality_code AS "municipalityCode", m.name AS "municipalityName",
  m.slug AS "municipalitySlug", mp.operator_organisation_id AS "operatorOrganisationId", o.name AS "operatorName",
  mp.name, mp.brand_color AS "brandColor", mp.brand_text_color AS "brandTextColor", mp.premoderation,
  mp.disabled_categories AS "disabledCategories", mp.show_neighbours AS "showNeighbours",
  mp.expiry_weeks AS "expiryWeeks", mp.follow_up_days AS "followUpDays", mp.status,
  mp.auto_hide_reports AS "autoHideReports",
  ${iso('mp.launched_at')} AS "launchedAt", mp.logo IS NOT NULL AS "hasLogo",
  CASE WHEN mp.logo IS NOT NULL THEN coalesce(to_char(mp.logo_changed_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS'), '0')
  END AS "logoVersion"`;
const fromMarketplaces = sql`FROM marketplaces mp JOIN municipalities m ON m.code = mp.municipality_code
  JOIN organisations o ON o.id = mp.operator_organisation_id`;

export function listMarketplaces(db: Executor): Promise<Marketplace[]> {
  return select(db, MarketplaceRow, sql`SELECT ${marketplaceColumns} ${fromMarketplaces} ORDER BY m.slug`);
}

export function marketplaceOf(db: Executor, municipalityCode: string): Promise<Marketplace | undefined> {
  return selectOne(
    db,
    MarketplaceRow,
    sql`SELECT ${marketplaceColumns} ${fromMarketplaces} WHERE mp.municipality_code = ${municipalityCode}`,
  );
}

const LaunchedRow = z.object({ municipalityCode: z.string() });

/** Moves on every write of a marketplace in this process: pages that remember marketplaces check it. */
let changes = 0;
export const marketplaceChanges = () => changes;

/** Inserts a marketplace; false when the municipality already has one. */
export async function insertMarketplace(
  db: Executor,
  marketplace: Omit<
    Marketplace,
    | 'municipalityName'
    | 'municipalitySlug'
    | 'operatorName'
    | 'status'
    | 'launchedAt'
    | 'hasLogo'
    | 'logoVersion'
    | 'autoHideReports'
  >,
): Promise<boolean> {
  const inserted = await select(
    db,
    LaunchedRow,
    sql`INSERT INTO marketplaces (municipality_code, operator_organisation_id, name, brand_color, brand_text_color,
                                  premoderation, disabled_categories, show_neighbours, expiry_weeks, follow_up_days)
        VALUES (${marketplace.municipalityCode}, ${marketplace.operatorOrganisationId}, ${marketplace.name},
                ${marketplace.brandColor}, ${marketplace.brandTextColor}, ${marketplace.premoderation},
                ${textArray(marketplace.disabledCategories)}, ${marketplace.showNeighbours},
                ${marketplace.expiryWeeks}, ${marketplace.followUpDays})
        ON CONFLICT (municipality_code) DO NOTHING RETURNING municipality_code AS "municipalityCode"`,
  );
  changes += 1;
  return inserted.length > 0;
}

export const NearbyMarketplaceRow = z.object({
  municipalityCode: z.string(),
  name: z.string(),
  municipalitySlug: z.string(),
  km: z.number().int(),
});
export type NearbyMarketplace = z.infer<typeof NearbyMarketplaceRow>;

/** The nearest live marketplaces to a municipality that has none, for its page. */
export function nearestMarketplaces(db: Executor, municipalityCode: string, limit: number) {
  return select(
    db,
    NearbyMarketplaceRow,
    sql`SELECT mp.municipality_code AS "municipalityCode", mp.name, m.slug AS "municipalitySlug",
               round((earth_distance(ll_to_earth(here.lat, here.lon), ll_to_earth(m.lat, m.lon)) / 1000)::numeric)::int
                 AS km
          FROM marketplaces mp JOIN municipalities m ON m.code = mp.municipality_code,
               (SELECT lat, lon FROM municipalities WHERE code = ${municipalityCode}) here
         WHERE mp.status = 'live' AND mp.municipality_code <> ${municipalityCode}
         ORDER BY km LIMIT ${limit}`,
  );
}

export const NeighbourRow = z.object({ municipalityCode: z.string(), name: z.string(), municipalitySlug: z.string() });
export type Neighbour = z.infer<typeof NeighbourRow>;

/** Live marketplaces of the municipalities that share a border with this one. */
export function neighbouringMarketplaces(db: Executor, municipalityCode: string): Promise<Neighbour[]> {
  return select(
    db,
    NeighbourRow,
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
  | 'autoHideReports'
  | 'status'
>;

export async function updateMarketplace(
  db: Executor,
  municipalityCode: string,
  settings: MarketplaceSettings,
): Promise<void> {
  await db.execute(sql`
    UPDATE marketplaces SET name = ${settings.name}, brand_color = ${settings.brandColor},
           brand_text_color = ${settings.brandTextColor}, premoderation = ${settings.premoderation},
           disabled_categories = ${textArray(settings.disabledCategories)},
           show_neighbours = ${settings.showNeighbours}, expiry_weeks = ${settings.expiryWeeks},
           follow_up_days = ${settings.followUpDays}, auto_hide_reports = ${settings.autoHideReports},
           status = ${settings.status}
     WHERE municipality_code = ${municipalityCode}`);
  changes += 1;
}

export async function setMarketplaceLogo(
  db: Executor,
  municipalityCode: string,
  logo: { bytes: Uint8Array; contentType: string } | null,
): Promise<void> {
  await db.execute(sql`
    UPDATE marketplaces SET logo = ${logo ? Buffer.from(logo.bytes) : null}, logo_type = ${logo?.contentType ?? null},
           logo_changed_at = now()
     WHERE municipality_code = ${municipalityCode}`);
  changes += 1;
}

/** bytea comes as bytes from both drivers; as hex text ("\x89504e…") should a driver not parse it. */
const LogoRow = z.object({
  bytes: z.union([z.instanceof(Uint8Array), z.string()]),
  contentType: z.string(),
  changedAt: z.string(),
});

export async function marketplaceLogo(
  db: Executor,
  municipalityCode: string,
): Promise<{ bytes: Uint8Array; contentType: string; changedAt: string } | undefined> {
  const row = await selectOne(
    db,
    LogoRow,
    sql`SELECT logo AS bytes, logo_type AS "contentType", ${iso('logo_changed_at')} AS "changedAt"
          FROM marketplaces WHERE municipality_code = ${municipalityCode} AND logo IS NOT NULL`,
  );
  if (!row) return undefined;
  return {
    ...row,
    bytes: typeof row.bytes === 'string' ? Buffer.from(row.bytes.replace(/^\\x/, ''), 'hex') : row.bytes,
  };
}
