import { renderMail } from '../../core/mail/template';

const closing = [
  'Met vriendelijke groet,',
  'Samen innoveren',
  '',
  'U krijgt deze e-mail omdat u contactpersoon bent van dit initiatief. Geen updates meer? Zet ze uit op de pagina Meldingen van Samen innoveren.',
];

export function initiativeUpdateMail(firstName: string, initiativeTitle: string, what: string, url: string) {
  return renderMail({
    subject: `Nieuws over "${initiativeTitle}"`,
    greeting: `Beste ${firstName},`,
    paragraphs: [`Er is nieuws over het initiatief "${initiativeTitle}" op Samen.`, what],
    action: { label: 'Bekijk het initiatief', url },
    closing,
  });
}
