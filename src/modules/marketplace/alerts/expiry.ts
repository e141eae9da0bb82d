import type { AppContext } from '../../../core/context';
import { expirePostsDue } from '../posts/queries';
import { postsForNotice, takeExpiringSoon } from './queries';
import { tellExpiry } from './tell';

/** Authors hear this many days before their post's term ends. */
export const WARN_DAYS_BEFORE_EXPIRY = 3;

/**
 * Expires what is due and tells the authors ("place it again" is one click on the post), and warns
 * those whose term ends within a few days — each once per term, in one transaction, so a crash
 * between the two changes nothing.
 */
export async function expiryNotices(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const expired = await postsForNotice(tx, await expirePostsDue(tx));
    await tellExpiry(tx, ctx, expired, 'expired');
    const soon = await takeExpiringSoon(tx, WARN_DAYS_BEFORE_EXPIRY);
    await tellExpiry(tx, ctx, soon, 'soon');
    return expired.length;
  });
}
