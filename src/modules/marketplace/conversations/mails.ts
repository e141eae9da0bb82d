import { renderMail } from '../../../core/mail/template';

const closing = ['Met vriendelijke groet,', 'Samen helpen'];

export function followUpMail(firstName: string, postTitle: string, yesUrl: string, noUrl: string) {
  return renderMail({
    subject: 'Heeft u hulp gevonden?',
    greeting: `Beste ${firstName},`,
    paragraphs: [
      `U vroeg op Samen om hulp: "${postTitle}". Er heeft iemand gereageerd.`,
      'Heeft u hulp gevonden? Klik op ja of nee. Zo weten anderen of uw vraag nog openstaat.',
      `Ja, ik heb hulp gevonden: ${yesUrl}`,
      `Nee, nog niet: ${noUrl}`,
      'De links werken 14 dagen.',
    ],
    closing,
  });
}
