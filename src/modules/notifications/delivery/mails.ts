import type { Config } from '../../../config';
import { type Locale, translator } from '../../../core/i18n';
import { renderMail } from '../../../core/mail/template';
import { type NotificationData, notificationKind } from '../../../core/notifications';
import { signUnsubscribe } from '../unsubscribe/token';

export interface Recipient {
  accountId: string;
  email: string;
  firstName: string;
  locale: Locale;
}

export interface MailedNotification {
  kind: string;
  path: string;
  data: NotificationData;
}

/** The title and body of a notification in a language; an unknown kind (a module removed) still reads. */
export function describe(locale: Locale, notification: MailedNotification): { title: string; body: string } {
  const t = translator(locale);
  const kind = notificationKind(notification.kind);
  return kind ? kind.render(t, notification.data, locale) : { title: t('notifications.unknownKind'), body: '' };
}

/**
 * RFC 8058 headers and the footer links: one-click unsubscribe from this kind (or from all mail, for
 * a digest), the settings page, and "no more mail from Samen".
 */
function unsubscribeParts(config: Config, recipient: Recipient, kind: string, now: Date) {
  const t = translator(recipient.locale);
  const link = (k: string) =>
    `${config.publicUrl}/afmelden/${signUnsubscribe(config.sessionSecret, recipient.accountId, k, now)}`;
  const oneClick = link(kind);
  return {
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    footer: {
      text: t(kind === '*' ? 'notifications.mail.whyDigest' : 'notifications.mail.why'),
      links: [
        { label: t(kind === '*' ? 'notifications.mail.stopDigest' : 'notifications.mail.stopKind'), url: oneClick },
        { label: t('notifications.mail.settings'), url: `${config.publicUrl}/meldingen/instellingen` },
        ...(kind === '*' ? [] : [{ label: t('notifications.mail.stopAll'), url: link('*') }]),
      ],
    },
  };
}

/** One notification as its own mail, with the place (the marketplace's name) in the subject. */
export function instantMail(config: Config, recipient: Recipient, notification: MailedNotification, now: Date) {
  const t = translator(recipient.locale);
  const { title, body } = describe(recipient.locale, notification);
  // the marketplace's name first, so a person sees at once where it comes from
  const place = typeof notification.data.place === 'string' ? notification.data.place : null;
  const { headers, footer } = unsubscribeParts(config, recipient, notification.kind, now);
  return {
    headers,
    ...renderMail({
      locale: recipient.locale,
      subject: place ? `${place}: ${title}` : title,
      greeting: t('notifications.mail.greeting', { name: recipient.firstName }),
      paragraphs: body ? [body] : [],
      action: { label: t('notifications.mail.open'), url: `${config.publicUrl}${notification.path}` },
      closing: [t('notifications.mail.closing'), 'Samen'],
      footer,
    }),
  };
}

/** Everything of one period in one mail, newest first; unsubscribing from it stops all digests. */
export function digestMail(
  config: Config,
  recipient: Recipient,
  frequency: 'daily' | 'weekly',
  notifications: readonly MailedNotification[],
  now: Date,
) {
  const t = translator(recipient.locale);
  const { headers, footer } = unsubscribeParts(config, recipient, '*', now);
  const lines = notifications.map((notification) => {
    const { title, body } = describe(recipient.locale, notification);
    return `${title}${body ? ` — ${body}` : ''} ${config.publicUrl}${notification.path}`;
  });
  return {
    headers,
    ...renderMail({
      locale: recipient.locale,
      subject: t(`notifications.digest.subject.${frequency}`, { count: notifications.length }),
      greeting: t('notifications.mail.greeting', { name: recipient.firstName }),
      paragraphs: [t(`notifications.digest.intro.${frequency}`, { count: notifications.length }), ...lines],
      action: { label: t('notifications.digest.openAll'), url: `${config.publicUrl}/meldingen` },
      closing: [t('notifications.mail.closing'), 'Samen'],
      footer,
    }),
  };
}
