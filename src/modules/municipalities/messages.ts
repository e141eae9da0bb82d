import { defineMessages } from '../../core/i18n';

/** Texts of the municipalities module, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'municipalities.title': 'Gemeenten',
    'municipalities.intro': 'Alle 342 gemeenten van Nederland in 2026. Zoek op naam of kies een provincie.',
    'municipalities.searchLabel': 'Zoek op naam',
    'municipalities.count': '{count, plural, one {# gemeente gevonden} other {# gemeenten gevonden}}',
    'municipalities.tableCaption': 'Gemeenten met provincie en aantal inwoners',
    'municipalities.name': 'Gemeente',
    'municipalities.province': 'Provincie',
    'municipalities.population': 'Inwoners (ongeveer)',
    'problem.postcodeNotFound': 'Deze postcode kennen we niet.',
  },
  {
    'municipalities.title': 'Municipalities',
    'municipalities.intro': 'All 342 municipalities of the Netherlands in 2026. Search by name or choose a province.',
    'municipalities.searchLabel': 'Search by name',
    'municipalities.count': '{count, plural, one {# municipality found} other {# municipalities found}}',
    'municipalities.tableCaption': 'Municipalities with province and number of residents',
    'municipalities.name': 'Municipality',
    'municipalities.province': 'Province',
    'municipalities.population': 'Residents (approximately)',
    'problem.postcodeNotFound': 'We do not know this postcode.',
  },
);
