import { sql } from 'drizzle-orm';
import { type Executor, rows } from '../../../core/db';

export interface InnovationCounts {
  code: string;
  initiativesLed: number;
  coDeveloping: number;
  following: number;
  adoptions: { interested: number; deciding: number; implementing: number; live: number; stopped: number };
}

/** What each municipality does on the innovation side now: initiatives led, joined, and adoptions by stage. */
export async function innovationCounts(db: Executor, codes: readonly string[]): Promise<Map<string, InnovationCounts>> {
  const found = await rows<{
    code: string;
    led: number;
    co: number;
    following: number;
    interested: number;
    deciding: number;
    implementing: number;
    live: number;
    stopped: number;
  }>(
    db,
    sql`SELECT m.code,
               (SELECT count(*)::int FROM initiatives i WHERE i.municipality_code = m.code) AS led,
               (SELECT count(*)::int FROM initiative_participants p
                 WHERE p.municipality_code = m.code AND p.role = 'co-developer') AS co,
               (SELECT count(*)::int FROM initiative_participants p
                 WHERE p.municipality_code = m.code AND p.role = 'follower') AS following,
               count(a.stage) FILTER (WHERE a.stage = 'interested')::int AS interested,
               count(a.stage) FILTER (WHERE a.stage = 'deciding')::int AS deciding,
               count(a.stage) FILTER (WHERE a.stage = 'implementing')::int AS implementing,
               count(a.stage) FILTER (WHERE a.stage = 'live')::int AS live,
               count(a.stage) FILTER (WHERE a.stage = 'stopped')::int AS stopped
          FROM municipalities m
          LEFT JOIN adoptions a ON a.municipality_code = m.code
         WHERE m.code = ANY(ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb)))
         GROUP BY m.code`,
  );
  return new Map(
    found.map((row) => [
      row.code,
      {
        code: row.code,
        initiativesLed: row.led,
        coDeveloping: row.co,
        following: row.following,
        adoptions: {
          interested: row.interested,
          deciding: row.deciding,
          implementing: row.implementing,
          live: row.live,
          stopped: row.stopped,
        },
      },
    ]),
  );
}

/** The municipalities of one size class (by population bounds), with whether each has a marketplace. */
export const municipalitiesSized = (db: Executor, atLeast: number, below: number) =>
  rows<{ code: string; hasMarketplace: boolean }>(
    db,
    sql`SELECT m.code, mp.municipality_code IS NOT NULL AS "hasMarketplace"
          FROM municipalities m LEFT JOIN marketplaces mp ON mp.municipality_code = m.code
         WHERE m.population >= ${atLeast} AND m.population < ${Math.min(below, 2_000_000_000)}`,
  );
