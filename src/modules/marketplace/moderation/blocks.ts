import type { AppContext } from '../../../core/context';
import type { Executor } from '../../../core/db';
import { DomainError } from '../../../core/errors';
import { writtenDate } from '../../../core/i18n/dates';
import { blockIn } from '../rules';
import { blocksOf } from './block-queries';

/**
 * The one check before a person posts, responds or sends a message on a marketplace: refused (403,
 * with the end date and the reason they were given) while a block keeps them out of it — a block
 * on that marketplace or on the whole platform. The rule is `blockIn` (rules.ts), the query
 * `blocksOf`; the post, respond and message commands call this in their transaction.
 */
export async function refuseIfBlocked(
  deps: Pick<AppContext, 'clock'>,
  db: Executor,
  accountId: string,
  marketplace: { municipalityCode: string; name: string },
): Promise<void> {
  const block = blockIn(await blocksOf(db, accountId), marketplace.municipalityCode, deps.clock.now());
  if (!block) return;
  const platform = block.municipalityCode === null;
  throw new DomainError(
    'forbidden',
    'problem.blocked.title',
    platform ? 'problem.blocked.platform' : 'problem.blocked.marketplace',
    { place: marketplace.name, date: writtenDate(block.endsOn), reason: block.reason },
  );
}
