import type { Locale, Translate } from './i18n';

/**
 * The kinds of notification a module writes, declared in its module contract (`notifications`),
 * so the notifications module can list them on the settings page, render them in the app and in
 * mail, and mail them at the pace each person chose — without knowing the modules.
 */
export const FREQUENCIES = ['instant', 'daily', 'weekly', 'off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What a notification carries besides its kind: short texts and ids, never a message's body. */
export type NotificationData = Record<string, string | number>;

export interface NotificationKind {
  /** module-prefixed and stable: 'marketplace.response', 'innovation.advice' */
  kind: string;
  /** the half of Samen it belongs to, for grouping on the settings page */
  half: 'helpen' | 'innoveren' | 'opschalen';
  defaultFrequency: Frequency;
  /** the i18n key that names the kind on the settings page */
  labelKey: string;
  /** one line for the list and the mail subject, one or two sentences of body */
  render(t: Translate, data: NotificationData, locale: Locale): { title: string; body: string };
}

const kinds = new Map<string, NotificationKind>();

export function registerNotificationKinds(list: readonly NotificationKind[]): void {
  for (const kind of list) kinds.set(kind.kind, kind);
}

export function notificationKind(kind: string): NotificationKind | undefined {
  return kinds.get(kind);
}

export function notificationKinds(): NotificationKind[] {
  return [...kinds.values()];
}
