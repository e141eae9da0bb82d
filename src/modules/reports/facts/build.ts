import type { AppContext } from '../../../core/context';
import { monthsToBuild, storeMonth } from './queries';
import { storeMarketplaceSpans, storeNationalSpans } from './spans';

/**
 * Stores the months that are not stored or no longer valid (new ones, those an event changed since
 * their build, and recent ones in which a request has since become unmet), newest first, a batch
 * at a time; then the span waits those months complete. Each month is its own transaction, so a
 * kill -9 loses at most the month in progress, which the next run builds again; two instances
 * building the same month take turns on its lock and store the same result. The span waits are
 * single statements that record the builds they read, so they are idempotent too.
 */
export async function buildReportMonths(ctx: AppContext, options: { batches?: number } = {}): Promise<number> {
  let built = 0;
  const batches = options.batches ?? 10;
  for (let batch = 0; batch < batches; batch++) {
    const now = ctx.clock.now();
    const due = await monthsToBuild(ctx.db, now, 25);
    if (due.length === 0) break;
    for (const { code, month } of due) {
      await ctx.db.transaction((tx) => storeMonth(tx, code, month, now));
      built++;
    }
  }
  for (let batch = 0; batch < batches; batch++) {
    if ((await storeMarketplaceSpans(ctx.db, ctx.clock.now(), 500)) === 0) break;
  }
  for (let batch = 0; batch < batches; batch++) {
    if ((await storeNationalSpans(ctx.db, ctx.clock.now(), 6)) === 0) break;
  }
  return built;
}
