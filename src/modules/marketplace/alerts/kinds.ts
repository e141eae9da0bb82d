import type { Locale } from '../../../core/i18n';
import type { Frequency, NotificationData, NotificationKind } from '../../../core/notifications';

/**
 * What Samen helpen tells people, declared in the module contract. Each kind's texts are in
 * alerts/messages.ts under `alerts.{text}.title` and `.body`, filled from the notification's data
 * (short texts only: a title, a first name, a reason); `variant` picks texts by the data.
 */
export const KIND = {
  response: 'marketplace.response',
  message: 'marketplace.message',
  accepted: 'marketplace.accepted',
  review: 'marketplace.review',
  reportHandled: 'marketplace.report-handled',
  expiry: 'marketplace.expiry',
  searchMatch: 'marketplace.search-match',
  suggestion: 'marketplace.suggestion',
  blocked: 'marketplace.blocked',
  warning: 'marketplace.warning',
} as const;

const formatDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

function kind(
  name: keyof typeof KIND,
  defaultFrequency: Frequency,
  variant: (data: NotificationData) => string = () => name,
): NotificationKind {
  return {
    kind: KIND[name],
    half: 'helpen',
    defaultFrequency,
    labelKey: `alerts.kind.${name}`,
    render: (t, data, locale) => {
      const params = { ...data, date: typeof data.date === 'string' && data.date ? formatDate(locale, data.date) : '' };
      const key = `alerts.${variant(data)}`;
      return { title: t(`${key}.title`, params), body: t(`${key}.body`, params) };
    },
  };
}

const OUTCOMES = ['rejected', 'returned', 'hidden'];
const outcome = (data: NotificationData) =>
  typeof data.outcome === 'string' && OUTCOMES.includes(data.outcome) ? data.outcome : 'approved';
/** A block placed on one marketplace or the whole platform, or lifted early. */
const blockVariant = (data: NotificationData) =>
  data.stage === 'lifted' ? 'blocked.lifted' : data.scope === 'platform' ? 'blocked.platform' : 'blocked.marketplace';

export const marketplaceNotificationKinds: NotificationKind[] = [
  kind('response', 'instant'),
  kind('message', 'instant'),
  kind('accepted', 'instant'),
  kind('review', 'instant', (data) => `review.${outcome(data)}`),
  kind('reportHandled', 'daily'),
  kind('expiry', 'instant', (data) => (data.stage === 'soon' ? 'expiry.soon' : 'expiry.expired')),
  kind('searchMatch', 'daily'),
  kind('suggestion', 'daily', (data) => (data.kind === 'offer' ? 'suggestion.offer' : 'suggestion.request')),
  kind('blocked', 'instant', blockVariant),
  kind('warning', 'instant'),
];
