import { type Locale, translator } from '../../../core/i18n';
import { renderMail } from '../../../core/mail/template';
import type { ParticipantRole, Phase } from '../vocabulary';
import { messages } from './messages';

/** What happened to an initiative, told to its contacts. */
export type InitiativeNews =
  | { kind: 'phase'; phase: Phase }
  | { kind: 'joined'; organisation: string; role: ParticipantRole }
  | { kind: 'experiment'; hypothesis: string }
  | { kind: 'advice' };

type MailKey = keyof typeof messages.nl;

/** This sub-feature's texts in one language; they do not depend on the app having registered them. */
function textsIn(locale: Locale) {
  const catalogue: Readonly<Record<MailKey, string>> = messages[locale];
  return (key: MailKey, params: Record<string, string> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}

function newsText(locale: Locale, news: InitiativeNews): string {
  const t = textsIn(locale);
  switch (news.kind) {
    case 'phase':
      return t('innovationMail.news.phase', { phase: translator(locale)(`phase.${news.phase}`) });
    case 'joined':
      return news.role === 'co-developer'
        ? t('innovationMail.news.co-developer', { organisation: news.organisation })
        : t('innovationMail.news.follower', { organisation: news.organisation });
    case 'experiment':
      return t('innovationMail.news.experiment', { hypothesis: news.hypothesis });
    case 'advice':
      return t('innovationMail.news.advice');
  }
}

/** News about an initiative, in the recipient's language. */
export function initiativeUpdateMail(
  locale: Locale,
  mail: { firstName: string; initiativeTitle: string; news: InitiativeNews; url: string },
) {
  const t = textsIn(locale);
  return renderMail({
    locale,
    subject: t('innovationMail.subject', { title: mail.initiativeTitle }),
    greeting: t('innovationMail.greeting', { name: mail.firstName }),
    paragraphs: [t('innovationMail.intro', { title: mail.initiativeTitle }), newsText(locale, mail.news)],
    action: { label: t('innovationMail.action'), url: mail.url },
    closing: [t('innovationMail.regards'), t('innovationMail.signature'), '', t('innovationMail.why')],
  });
}
