import type { AppContext } from '../../../core/context';
import { monthsToBuild, storeMonth } from './queries';

/**
 * Stores the months that are not stored or no longer valid (new ones, those an event changed since
 * their build, and recent ones in which a request has since become unmet), newest first, a batch
 * at a time. Each month is its own transaction, so a kill -9 loses at most the month in progress,
 * which the next run builds again; two instances building the same month take turns on its lock
 * and store the same result.
 */
export async function buildReportMonths(ctx: AppContext, options: { batches?: number } = {}): Promise<number> {
  let built = 0;
  for (let batch = 0; batch < (options.batches ?? 10); batch++) {
    const now = ctx.clock.now();
    const due = await monthsToBuild(ctx.db, now, 25);
    if (due.length === 0) break;
    for (const { code, month } of due) {
      await ctx.db.transaction((tx) => storeMonth(tx, code, month, now));
      built++;
    }
  }
  return built;
}
