import { defineMessages } from '../../../core/i18n';

export const nationalMessages = defineMessages(
  {
    'national.title': 'Landelijke cijfers',
    'national.lead': 'Alle marktplaatsen naast elkaar, {from} tot en met {to}. Klik op een kop om te sorteren.',
    'national.caption': 'Alle marktplaatsen',
    'national.marketplace': 'Marktplaats',
    'national.total': 'Totaal',
    'national.totals':
      'Het totaal is de som van alle marktplaatsen, ook van de getallen die er als “< 5” staan. ' +
      'Een mens die op twee marktplaatsen meedoet, telt op elk van beide.',
  },
  {
    'national.title': 'National figures',
    'national.lead': 'All marketplaces side by side, {from} up to and including {to}. Click a heading to sort.',
    'national.caption': 'All marketplaces',
    'national.marketplace': 'Marketplace',
    'national.total': 'Total',
    'national.totals':
      'The total is the sum of all marketplaces, including the numbers shown as “< 5”. ' +
      'A person who takes part on two marketplaces counts on each.',
  },
);
