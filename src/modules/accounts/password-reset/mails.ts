import type { Locale } from '../../../core/i18n';
import { renderMail } from '../../../core/mail/template';
import { mailTexts } from '../mail-texts';

/** The link to choose a new password, in the person's language. */
export function passwordResetMail(locale: Locale, firstName: string, url: string) {
  const t = mailTexts(locale);
  return renderMail({
    locale,
    subject: t('accountMail.reset.subject'),
    greeting: t('accountMail.greeting', { name: firstName }),
    paragraphs: [t('accountMail.reset.text'), t('accountMail.reset.validity')],
    action: { label: t('accountMail.reset.action'), url },
    closing: [t('accountMail.regards'), t('accountMail.signature')],
  });
}
