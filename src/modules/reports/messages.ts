import { defineMessages, mergeMessages } from '../../core/i18n';
import { municipalityMessages } from './municipality/messages';
import { nationalMessages } from './national/messages';
import { openDataMessages } from './open-data/messages';
import { pageMessages } from './pages/messages';

const problems = defineMessages(
  {
    'reports.problem.forbidden':
      'Deze cijfers zijn voor de beheerders van deze marktplaats en de ambtenaren van deze gemeente.',
    'reports.problem.operatorOnly': 'De landelijke cijfers zijn alleen voor netwerkbeheer.',
    'reports.problem.municipalityOnly': 'Deze cijfers zijn voor de ambtenaren van deze gemeente.',
    'reports.problem.fromAfterTo': 'De begindatum ligt na de einddatum. Kies een begin vóór het eind.',
    'reports.problem.tooLong': 'Een rapportage gaat over hoogstens 5 jaar (60 maanden). Kies een kortere periode.',
    'reports.problem.inTheFuture': 'Deze periode begint in de toekomst. Kies een periode tot en met deze maand.',
    'reports.problem.invalidDate': 'Schrijf de datum als JJJJ-MM-DD of JJJJ-MM, bijvoorbeeld 2026-07-01.',
    'reports.problem.format': 'Kies format=json of format=csv.',
    'reports.problem.table': 'Kies een tabel: summary, months, categories of areas.',
    'reports.problem.socialValue': 'Vul een bedrag in hele euro’s in, van 0 tot 100.000.',
  },
  {
    'reports.problem.forbidden':
      'These figures are for the beheerders of this marketplace and the officials of this municipality.',
    'reports.problem.operatorOnly': 'The national figures are for the platform operator only.',
    'reports.problem.municipalityOnly': 'These figures are for the officials of this municipality.',
    'reports.problem.fromAfterTo': 'The start date is after the end date. Choose a start before the end.',
    'reports.problem.tooLong': 'A report covers at most 5 years (60 months). Choose a shorter period.',
    'reports.problem.inTheFuture': 'This period starts in the future. Choose a period up to this month.',
    'reports.problem.invalidDate': 'Write the date as YYYY-MM-DD or YYYY-MM, for example 2026-07-01.',
    'reports.problem.format': 'Choose format=json or format=csv.',
    'reports.problem.table': 'Choose a table: summary, months, categories or areas.',
    'reports.problem.socialValue': 'Enter an amount in whole euros, from 0 to 100,000.',
  },
);

export const messages = mergeMessages(problems, pageMessages, openDataMessages, municipalityMessages, nationalMessages);
