import { renderMail } from '../../../core/mail/template';

const closing = ['Met vriendelijke groet,', 'Samen helpen'];

export function newResponseMail(firstName: string, responderFirstName: string, postTitle: string, url: string) {
  return renderMail({
    subject: `${responderFirstName} reageert op "${postTitle}"`,
    greeting: `Beste ${firstName},`,
    paragraphs: [
      `${responderFirstName} wil helpen bij "${postTitle}". Lees het bericht en schrijf terug via Samen. ` +
        'Uw e-mailadres en telefoonnummer blijven geheim.',
    ],
    action: { label: 'Bekijk het bericht', url },
    closing,
  });
}

export function newMessageMail(firstName: string, senderFirstName: string, postTitle: string, url: string) {
  return renderMail({
    subject: `Nieuw bericht van ${senderFirstName}`,
    greeting: `Beste ${firstName},`,
    paragraphs: [`${senderFirstName} stuurde u een bericht over "${postTitle}".`],
    action: { label: 'Lees het bericht', url },
    closing,
  });
}

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
