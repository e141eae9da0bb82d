import type { SignedIn } from '../../core/authz';
import type { AppContext } from '../../core/context';
import { invalidField, notFound } from '../../core/errors';
import { type Frequency, notificationKind, notificationKinds } from '../../core/notifications';
import { accountExists, clearAllMailOff, markAllRead, markRead, saveSettings, settingsOf } from './queries';
import { type UnsubscribeClaim, verifyUnsubscribe } from './unsubscribe/token';

export async function readNotification(deps: AppContext, actor: SignedIn, id: string): Promise<void> {
  if (!(await markRead(deps.db, actor.accountId, id))) throw notFound('notifications.problem.notFound');
}

export function readAllNotifications(deps: AppContext, actor: SignedIn): Promise<number> {
  return markAllRead(deps.db, actor.accountId);
}

export interface KindSetting {
  kind: string;
  half: 'helpen' | 'innoveren' | 'opschalen';
  labelKey: string;
  frequency: Frequency;
  defaultFrequency: Frequency;
}

/** Every kind with the person's choice (or its default), and whether all mail is off. */
export async function settingsFor(deps: AppContext, accountId: string) {
  const chosen = new Map((await settingsOf(deps.db, accountId)).map((row) => [row.kind, row.frequency]));
  const kinds: KindSetting[] = notificationKinds().map((kind) => ({
    kind: kind.kind,
    half: kind.half,
    labelKey: kind.labelKey,
    frequency: chosen.get(kind.kind) ?? kind.defaultFrequency,
    defaultFrequency: kind.defaultFrequency,
  }));
  return { allMail: chosen.get('*') !== 'off', kinds };
}

export async function changeSettings(
  deps: AppContext,
  actor: SignedIn,
  change: { allMail?: boolean | undefined; kinds?: readonly { kind: string; frequency: Frequency }[] | undefined },
): Promise<void> {
  const kinds = change.kinds ?? [];
  kinds.forEach(({ kind }, index) => {
    if (!notificationKind(kind)) throw invalidField(`kinds.${index}.kind`, 'notifications.problem.unknownKind');
  });
  await deps.db.transaction(async (tx) => {
    if (change.allMail === true) await clearAllMailOff(tx, actor.accountId);
    const all = change.allMail === false ? [{ kind: '*', frequency: 'off' as const }] : [];
    await saveSettings(tx, actor.accountId, [...kinds, ...all]);
  });
}

export type UnsubscribeCheck = { ok: true; claim: UnsubscribeClaim } | { ok: false; reason: 'invalid' | 'expired' };

/** A token from a mail: valid, and for a kind that still exists (or all mail). */
export function checkUnsubscribe(deps: AppContext, token: string): UnsubscribeCheck {
  const check = verifyUnsubscribe(deps.config.sessionSecret, token, deps.clock.now());
  if (check.ok && check.claim.kind !== '*' && !notificationKind(check.claim.kind))
    return { ok: false, reason: 'invalid' };
  return check;
}

/** The one-click unsubscribe: only that kind (or all mail) goes off; nothing else changes. */
export async function unsubscribe(deps: AppContext, claim: UnsubscribeClaim): Promise<void> {
  await deps.db.transaction(async (tx) => {
    if (!(await accountExists(tx, claim.accountId))) return; // the account is gone: nothing is left to mail
    await saveSettings(tx, claim.accountId, [{ kind: claim.kind, frequency: 'off' }]);
  });
}
