/**
 * The screening as the other modules use it (through index.ts): screen a text with the author's
 * history when there is one, and refuse what must not be placed, field by field.
 */
import type { AppContext } from '../../core/context';
import type { Executor } from '../../core/db';
import { badRequest, type InvalidParam } from '../../core/errors';
import type { Locale } from '../../core/i18n';
import { historyOf } from './queries';
import { screen, type TextKind, type TextParts, type Verdict } from './screen';

export interface ScreenRequest {
  kind: TextKind;
  /** the fields, named as the API names them ({title, description}, {message}, {name}) */
  parts: TextParts;
  /** the author: with ACCOUNT_LIMITS on, their history is screened for spam too */
  accountId?: string;
  /** the marketplace a post goes on */
  marketplace?: string;
  /** a post being changed: not compared with itself */
  excludePostId?: string;
  locale?: Locale;
}

const POST_KINDS: readonly TextKind[] = ['request', 'offer', 'vacancy'];

/** Screens a text; with the author's history (for spam) when limits per account are on. */
export async function screenText(
  deps: Pick<AppContext, 'config' | 'db'>,
  request: ScreenRequest,
  db: Executor = deps.db,
): Promise<Verdict> {
  const withHistory = deps.config.accountLimits && request.accountId !== undefined;
  const history =
    withHistory && request.accountId
      ? await historyOf(db, request.accountId, {
          posts: POST_KINDS.includes(request.kind),
          responses: request.kind === 'response',
          excludePostId: request.excludePostId,
        })
      : undefined;
  return screen(request.parts, {
    kind: request.kind,
    locale: request.locale,
    history,
    marketplace: request.marketplace,
  });
}

/**
 * A refused text as a problem (400) with a reason per field: the message says what was found and
 * what to change. One reason per field, the first; the screening-checks API lists them all.
 */
export function refuseIfRefused(verdict: Verdict): void {
  if (verdict.outcome !== 'refuse') return;
  const invalid: InvalidParam[] = [];
  for (const reason of verdict.reasons) {
    if (reason.severity !== 'refuse' || invalid.some((p) => p.name === reason.field)) continue;
    invalid.push({ name: reason.field, reason: `screening.reason.${reason.code}`, params: reason.params });
  }
  throw badRequest('problem.screening', invalid);
}

/** Screens a text and refuses it when it may not be placed; the verdict says whether it must wait. */
export async function screenOrRefuse(
  deps: Pick<AppContext, 'config' | 'db'>,
  request: ScreenRequest,
  db: Executor = deps.db,
): Promise<Verdict> {
  const verdict = await screenText(deps, request, db);
  refuseIfRefused(verdict);
  return verdict;
}
