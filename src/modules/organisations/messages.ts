import { defineMessages } from '../../core/i18n';

/** Texts of the organisations module, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'organisationType.gemeente': 'gemeente',
    'organisationType.welzijnsorganisatie': 'welzijnsorganisatie',
    'organisationType.vrijwilligerscentrale': 'vrijwilligerscentrale',
    'organisationType.zorgaanbieder': 'zorgaanbieder',
    'organisationType.sociaal-ondernemer': 'sociaal ondernemer',
    'organisationType.kennisinstelling': 'kennisinstelling',
    'organisationType.landelijk': 'landelijke organisatie',
    'validation.url': 'Vul een volledig webadres in, zoals https://www.voorbeeld.nl.',
    'validation.organisationType':
      'Kies een soort organisatie: gemeente, welzijnsorganisatie, vrijwilligerscentrale, zorgaanbieder, ' +
      'sociaal-ondernemer, kennisinstelling of landelijk.',
    'validation.membershipRole': 'Kies medewerker of beheerder.',
    'problem.accountNotFound': 'Er is geen account met dit e-mailadres.',
    'problem.gemeenteExists': 'Deze gemeente heeft al een organisatie van het soort gemeente.',
    'problem.gemeenteNeedsMunicipality':
      'Een organisatie van het soort gemeente hoort bij een gemeente. Vul municipality in.',
    'problem.organisationExists': 'Er is al een organisatie met deze naam in deze gemeente.',
    'validation.organisationName': 'Vul de naam van de organisatie in.',
  },
  {
    'organisationType.gemeente': 'municipality',
    'organisationType.welzijnsorganisatie': 'welfare organisation',
    'organisationType.vrijwilligerscentrale': 'volunteer centre',
    'organisationType.zorgaanbieder': 'care provider',
    'organisationType.sociaal-ondernemer': 'social enterprise',
    'organisationType.kennisinstelling': 'knowledge institution',
    'organisationType.landelijk': 'national organisation',
    'validation.url': 'Enter a full web address, such as https://www.example.com.',
    'validation.organisationType':
      'Choose a type of organisation: gemeente, welzijnsorganisatie, vrijwilligerscentrale, zorgaanbieder, ' +
      'sociaal-ondernemer, kennisinstelling or landelijk.',
    'validation.membershipRole': 'Choose medewerker or beheerder.',
    'problem.accountNotFound': 'There is no account with this email address.',
    'problem.gemeenteExists': 'This municipality already has an organisation of the type gemeente.',
    'problem.gemeenteNeedsMunicipality':
      'An organisation of the type gemeente belongs to a municipality. Fill in municipality.',
    'problem.organisationExists': 'There already is an organisation with this name in this municipality.',
    'validation.organisationName': 'Enter the name of the organisation.',
  },
);
