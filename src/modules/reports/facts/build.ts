import type { AppContext } from '../../../core/context';
import { lastSettledMonth } from '../period';
import { monthsToBuild, storeMonth } from './queries';

/**
 * Stores the months that can be stored and are not (new ones, and those an event changed since
 * their build), newest first, a batch at a time. Each month is its own transaction, so a kill -9
 * loses at most the month in progress, which the next run builds again; two instances building the
 * same month take turns on its lock and store the same result.
 */
export async function buildReportMonths(ctx: AppContext, options: { batches?: number } = {}): Promise<number> {
  let built = 0;
  for (let batch = 0; batch < (options.batches ?? 10); batch++) {
    const now = ctx.clock.now();
    const due = await monthsToBuild(ctx.db, lastSettledMonth(now), 25);
    if (due.length === 0) break;
    for (const { code, month } of due) {
      await ctx.db.transaction((tx) => storeMonth(tx, code, month, now));
      built++;
    }
  }
  return built;
}
