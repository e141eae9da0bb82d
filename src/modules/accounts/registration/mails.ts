import type { Locale } from '../../../core/i18n';
import { renderMail } from '../../../core/mail/template';
import { mailTexts } from '../mail-texts';

/** The link that confirms a new account's address, in the person's language. */
export function verificationMail(locale: Locale, firstName: string, url: string) {
  const t = mailTexts(locale);
  return renderMail({
    locale,
    subject: t('accountMail.verify.subject'),
    greeting: t('accountMail.greeting', { name: firstName }),
    paragraphs: [t('accountMail.verify.text'), t('accountMail.verify.validity')],
    action: { label: t('accountMail.verify.action'), url },
    closing: [t('accountMail.regards'), t('accountMail.signature')],
  });
}
