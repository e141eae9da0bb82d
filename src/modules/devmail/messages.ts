import { defineMessages } from '../../core/i18n';

/** Texts of the devmail module, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'devMail.title': 'E-mail in ontwikkeling',
    'devMail.intro':
      'Hier staan de e-mails die Samen zou versturen. Deze pagina bestaat alleen in ontwikkeling en in de demo.',
    'devMail.empty': 'Er zijn nog geen e-mails.',
    'devMail.when': 'Verstuurd',
    'devMail.to': 'Aan',
    'devMail.subject': 'Onderwerp',
    'devMail.back': 'Terug naar alle e-mails',
    'devMail.oneClick': 'Afmelden met één klik (zoals uw mailprogramma dat doet)',
  },
  {
    'devMail.title': 'Email in development',
    'devMail.intro': 'Here are the emails that Samen would send. This page only exists in development and in the demo.',
    'devMail.empty': 'There are no emails yet.',
    'devMail.when': 'Sent',
    'devMail.to': 'To',
    'devMail.subject': 'Subject',
    'devMail.back': 'Back to all emails',
    'devMail.oneClick': 'Unsubscribe with one click (as your mail program does)',
  },
);
