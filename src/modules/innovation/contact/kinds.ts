import type { Translate } from '../../../core/i18n';
import type { NotificationData, NotificationKind } from '../../../core/notifications';

/** A message in a conversation about an initiative, declared in the module contract. */
export const CONTACT_KIND = 'innovation.message';

const text = (data: NotificationData, key: string) => String(data[key] ?? '');

export const contactNotificationKinds: NotificationKind[] = [
  {
    kind: CONTACT_KIND,
    half: 'innoveren',
    defaultFrequency: 'instant',
    labelKey: 'innovationKind.message',
    render: (t: Translate, data: NotificationData) => ({
      title: t('contactMail.title', { name: text(data, 'name'), title: text(data, 'title') }),
      body: t('contactMail.body', { name: text(data, 'name'), title: text(data, 'title') }),
    }),
  },
];
