import { defineMessages } from '../../../core/i18n';

/** Texts of the adoption map of a national service, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'scaleUp.stage.interested': 'Geïnteresseerd',
    'scaleUp.stage.deciding': 'Besluit in voorbereiding',
    'scaleUp.stage.implementing': 'Aan het invoeren',
    'scaleUp.stage.live': 'In gebruik',
    'scaleUp.stage.stopped': 'Gestopt',
    'scaleUp.stage.none': 'Nog niet',
    'scaleUp.map.desc':
      'Kaart van Nederland met {total, plural, one {# gemeente} other {alle # gemeenten}}. De kleur laat de fase ' +
      'zien. {summary}.',
    'scaleUp.map.descPart': '{stage}: {count}',
    'scaleUp.map.pathTitle': '{name}: {stage}',
    'scaleUp.map.legend': 'Wat betekenen de kleuren?',
    'scaleUp.map.source': 'Grenzen van de gemeenten: CBS, PDOK (CC BY 4.0).',
    'scaleUp.map.table.summary': 'Bekijk de kaart als tabel',
    'scaleUp.map.table.caption': '{title}: de fase van elke gemeente',
    'scaleUp.map.table.municipality': 'Gemeente',
    'scaleUp.map.table.stage': 'Fase',
    'scaleUp.map.municipalities': '{count, plural, one {# gemeente} other {# gemeenten}}',
  },
  {
    'scaleUp.stage.interested': 'Interested',
    'scaleUp.stage.deciding': 'Preparing a decision',
    'scaleUp.stage.implementing': 'Implementing',
    'scaleUp.stage.live': 'In use',
    'scaleUp.stage.stopped': 'Stopped',
    'scaleUp.stage.none': 'Not yet',
    'scaleUp.map.desc':
      'Map of the Netherlands with {total, plural, one {# municipality} other {all # municipalities}}. The colour ' +
      'shows the stage. {summary}.',
    'scaleUp.map.descPart': '{stage}: {count}',
    'scaleUp.map.pathTitle': '{name}: {stage}',
    'scaleUp.map.legend': 'What do the colours mean?',
    'scaleUp.map.source': 'Municipal boundaries: CBS, PDOK (CC BY 4.0).',
    'scaleUp.map.table.summary': 'View the map as a table',
    'scaleUp.map.table.caption': '{title}: the stage of every municipality',
    'scaleUp.map.table.municipality': 'Municipality',
    'scaleUp.map.table.stage': 'Stage',
    'scaleUp.map.municipalities': '{count, plural, one {# municipality} other {# municipalities}}',
  },
);
