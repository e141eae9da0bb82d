/**
 * Limits per account: how many posts, responses and messages an account may place in an hour,
 * lower in its first week. The counters are the rate-limit windows in Postgres (core/rate-limit.ts),
 * shared by every instance. Off unless ACCOUNT_LIMITS is on (by default in production).
 */
import type { AppContext } from '../../core/context';
import type { Executor } from '../../core/db';
import { DomainError } from '../../core/errors';
import { hitRateLimit } from '../../core/rate-limit';
import { accountAgeDays } from './queries';
import { SPAM_LIMITS } from './rules/spam';

/** Per hour. A resident rarely places more than a few posts in an hour; a spammer does. */
export const ACTIVITY_LIMITS = {
  post: { established: 20, newAccount: 5 },
  response: { established: 30, newAccount: 10 },
  message: { established: 120, newAccount: 30 },
} as const;
export type Activity = keyof typeof ACTIVITY_LIMITS;

const WINDOW_SECONDS = 3600;

/**
 * Counts one post, response or message of an account, and refuses it (429, with a message that
 * says how many and when to try again) once the hour's limit is reached. Called in the command's
 * transaction, right before the insert: what is refused or fails is not counted.
 */
export async function countActivity(
  deps: Pick<AppContext, 'config' | 'db'>,
  accountId: string,
  activity: Activity,
  db: Executor = deps.db,
): Promise<void> {
  if (!deps.config.accountLimits) return;
  const young = (await accountAgeDays(db, accountId)) < SPAM_LIMITS.newAccountDays;
  const limit = ACTIVITY_LIMITS[activity][young ? 'newAccount' : 'established'];
  const result = await hitRateLimit(db, `activity:${activity}:${accountId}`, {
    limit,
    windowSeconds: WINDOW_SECONDS,
  });
  if (result.allowed) return;
  throw new DomainError(
    'rate-limited',
    'problem.activityLimit.title',
    `screening.limit.${activity}${young ? 'New' : ''}`,
    {
      limit,
      minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)),
      seconds: result.retryAfterSeconds,
    },
  );
}
