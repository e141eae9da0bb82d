import { renderMail } from '../../core/mail/template';

const closing = ['Met vriendelijke groet,', 'Samen'];

export function verificationMail(firstName: string, url: string) {
  return renderMail({
    subject: 'Bevestig uw e-mailadres voor Samen',
    greeting: `Beste ${firstName},`,
    paragraphs: [
      'U heeft een account gemaakt op Samen. Bevestig uw e-mailadres met de knop hieronder. Daarna kunt u inloggen.',
      'De link werkt 48 uur. Heeft u dit account niet zelf gemaakt? Dan hoeft u niets te doen.',
    ],
    action: { label: 'E-mailadres bevestigen', url },
    closing,
  });
}

export function passwordResetMail(firstName: string, url: string) {
  return renderMail({
    subject: 'Een nieuw wachtwoord voor Samen',
    greeting: `Beste ${firstName},`,
    paragraphs: [
      'U vroeg een nieuw wachtwoord aan voor Samen. Kies een nieuw wachtwoord met de knop hieronder.',
      'De link werkt 1 uur en maar één keer. Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen; uw wachtwoord blijft hetzelfde.',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', url },
    closing,
  });
}
