import { sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db';

/** Sets the euro amount per match of a marketplace's social value. */
export async function saveSocialValue(db: Executor, code: string, euros: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO report_settings (municipality_code, social_value_per_match) VALUES (${code}, ${euros})
    ON CONFLICT (municipality_code) DO UPDATE SET social_value_per_match = EXCLUDED.social_value_per_match,
                                                   updated_at = now()`);
}
