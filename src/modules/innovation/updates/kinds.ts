import type { NotificationData, NotificationKind } from '../../../core/notifications';

/** What Samen innoveren tells the contacts of an initiative, declared in the module contract. */
export const INNOVATION_KIND = {
  joined: 'innovation.joined',
  advice: 'innovation.advice',
  progress: 'innovation.progress',
} as const;

const text = (data: NotificationData, key: string) => String(data[key] ?? '');

function render(t: (key: string, params?: Record<string, string>) => string, d: NotificationData) {
  const news = text(d, 'news');
  const detail =
    news === 'phase'
      ? t('innovationMail.news.phase', { phase: t(`phase.${text(d, 'phase')}`) })
      : news === 'co-developer' || news === 'follower'
        ? t(`innovationMail.news.${news}`, { organisation: text(d, 'organisation') })
        : news === 'experiment'
          ? t('innovationMail.news.experiment', { hypothesis: text(d, 'hypothesis') })
          : t('innovationMail.news.advice');
  return {
    title: t('innovationMail.subject', { title: text(d, 'title') }),
    body: `${t('innovationMail.intro', { title: text(d, 'title') })} ${detail}`,
  };
}

export const innovationNotificationKinds: NotificationKind[] = [
  {
    kind: INNOVATION_KIND.joined,
    half: 'innoveren',
    defaultFrequency: 'instant',
    labelKey: 'innovationKind.joined',
    render,
  },
  {
    kind: INNOVATION_KIND.advice,
    half: 'innoveren',
    defaultFrequency: 'instant',
    labelKey: 'innovationKind.advice',
    render,
  },
  {
    kind: INNOVATION_KIND.progress,
    half: 'innoveren',
    defaultFrequency: 'instant',
    labelKey: 'innovationKind.progress',
    render,
  },
];
