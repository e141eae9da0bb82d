import { defineMessages } from '../../../core/i18n';

/** Texts of "Lijkt op:" and the clusters of similar initiatives, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'clusters.title': 'Wie vindt hetzelfde wiel uit?',
    'clusters.intro':
      'Groepen van initiatieven die sterk op elkaar lijken, in verschillende gemeenten. De grootste groep staat ' +
      'bovenaan. Elke groep is een uitnodiging om samen te werken.',
    'clusters.empty': 'Er zijn nog geen groepen van vergelijkbare initiatieven.',
    'clusters.heading':
      '{count, plural, one {# vergelijkbaar initiatief} other {# vergelijkbare initiatieven}} in {municipalities, ' +
      'plural, one {# gemeente} other {# gemeenten}}',
    'clusters.invitation': 'Werkt u aan een van deze? Neem contact op met de anderen en bundel uw krachten.',
    'similar.title': 'Lijkt op:',
    'similar.hint': 'Vul een titel of samenvatting in. Dan ziet u hier initiatieven die erop lijken.',
    'similar.none': 'Er zijn geen initiatieven gevonden die hierop lijken.',
    'similar.found':
      '{count, plural, one {Dit initiatief lijkt} other {Deze # initiatieven lijken}} op het uwe. Misschien kunt u ' +
      'meedoen in plaats van opnieuw te beginnen.',
    'similar.score': '{percent}% gelijk',
    'similar.join': 'Meedoen met dit initiatief',
    'similar.check': 'Controleer op vergelijkbare initiatieven',
    'initiativePage.similar': 'Vergelijkbare initiatieven',
    'validation.titleOrSummary': 'Vul een titel of een samenvatting in.',
  },
  {
    'clusters.title': 'Who is reinventing the same wheel?',
    'clusters.intro':
      'Groups of initiatives in different municipalities that are very much alike. The largest group comes first. ' +
      'Every group is an invitation to work together.',
    'clusters.empty': 'There are no groups of similar initiatives yet.',
    'clusters.heading':
      '{count, plural, one {# similar initiative} other {# similar initiatives}} in {municipalities, plural, one {# ' +
      'municipality} other {# municipalities}}',
    'clusters.invitation': 'Working on one of these? Get in touch with the others and join forces.',
    'similar.title': 'Looks like:',
    'similar.hint': 'Fill in a title or summary. Initiatives that look like it will appear here.',
    'similar.none': 'No initiatives were found that look like this.',
    'similar.found':
      '{count, plural, one {This initiative looks} other {These # initiatives look}} like yours. Perhaps you can ' +
      'join in instead of starting again.',
    'similar.score': '{percent}% alike',
    'similar.join': 'Join this initiative',
    'similar.check': 'Check for similar initiatives',
    'initiativePage.similar': 'Similar initiatives',
    'validation.titleOrSummary': 'Fill in a title or a summary.',
  },
);
