import { defineMessages } from '../../../core/i18n';

export const openDataMessages = defineMessages(
  {
    'openData.title': 'Open data',
    'openData.lead':
      'Iedereen mag deze cijfers gebruiken: per gemeente per maand hoeveel hulp er gevraagd en geboden werd, ' +
      'hoeveel reacties er kwamen en hoe vaak iemand geholpen werd.',
    'openData.downloads': 'Downloaden',
    'openData.csv': 'Maandcijfers {from} tot en met {to} als CSV (opent in Excel)',
    'openData.json': 'Dezelfde cijfers als JSON (API)',
    'openData.catalogue': 'Beschrijving van de dataset (DCAT, JSON-LD)',
    'openData.what': 'Wat erin staat',
    'openData.column.municipality': 'De CBS-code van de gemeente, bijvoorbeeld GM0344 voor Utrecht.',
    'openData.column.month': 'De kalendermaand, als JJJJ-MM.',
    'openData.column.category': 'De soort hulp, bijvoorbeeld boodschappen of vervoer.',
    'openData.column.requests': 'Hulpvragen die in die maand op de marktplaats kwamen.',
    'openData.column.offers': 'Hulpaanbod dat in die maand op de marktplaats kwam.',
    'openData.column.vacancies': 'Vrijwilligersvacatures die in die maand op de marktplaats kwamen.',
    'openData.column.responses': 'Reacties die in die maand gegeven werden.',
    'openData.column.matches': 'Keren dat in die maand vastgelegd werd dat iemand geholpen is.',
    'openData.privacy': 'Niemand is te herkennen',
    'openData.privacyText':
      'Er staan geen namen, e-mailadressen of berichten in. Een getal van 1 tot en met 4 staat er als “<5”, ' +
      'zodat u niet kunt zien wie het is.',
    'openData.licence': 'Licentie',
    'openData.licenceText': 'U mag de cijfers vrij gebruiken, ook zonder naamsvermelding:',
  },
  {
    'openData.title': 'Open data',
    'openData.lead':
      'Anyone may use these figures: per municipality per month how much help was asked for and offered, ' +
      'how many responses there were and how often someone was helped.',
    'openData.downloads': 'Download',
    'openData.csv': 'Monthly figures {from} up to and including {to} as CSV (opens in Excel)',
    'openData.json': 'The same figures as JSON (API)',
    'openData.catalogue': 'Description of the dataset (DCAT, JSON-LD)',
    'openData.what': 'What it contains',
    'openData.column.municipality': 'The CBS code of the municipality, for example GM0344 for Utrecht.',
    'openData.column.month': 'The calendar month, as YYYY-MM.',
    'openData.column.category': 'The kind of help, for example groceries or transport.',
    'openData.column.requests': 'Help requests placed on the marketplace that month.',
    'openData.column.offers': 'Offers of help placed that month.',
    'openData.column.vacancies': 'Volunteer vacancies placed that month.',
    'openData.column.responses': 'Responses given that month.',
    'openData.column.matches': 'Times that month that someone was recorded as helped.',
    'openData.privacy': 'Nobody can be recognised',
    'openData.privacyText':
      'There are no names, e-mail addresses or messages in it. A number from 1 to 4 shows as “<5”, ' +
      'so you cannot tell who it is.',
    'openData.licence': 'Licence',
    'openData.licenceText': 'You may use the figures freely, even without attribution:',
  },
);
