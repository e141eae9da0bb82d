import { defineMessages } from '../../core/i18n';

/** Texts of changing an initiative and of the clusters page's groups and pages, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'initiativeEdit.title': 'Initiatief wijzigen',
    'initiativeEdit.intro':
      'Pas aan wat niet meer klopt. Controleer daarna of andere gemeenten iets vergelijkbaars doen.',
    'initiativeEdit.submit': 'Wijzigingen opslaan',
    'initiativeEdit.link': 'Initiatief wijzigen',
    'flash.initiativeChanged': 'Uw wijzigingen zijn opgeslagen.',
    'clusters.total': 'Groepen van vergelijkbare initiatieven: {count}',
    'clusters.open': 'Klik op een groep om de initiatieven te zien.',
  },
  {
    'initiativeEdit.title': 'Change initiative',
    'initiativeEdit.intro':
      'Change what is no longer right. Then check whether other municipalities do something similar.',
    'initiativeEdit.submit': 'Save changes',
    'initiativeEdit.link': 'Change initiative',
    'flash.initiativeChanged': 'Your changes have been saved.',
    'clusters.total': 'Groups of similar initiatives: {count}',
    'clusters.open': 'Open a group to see its initiatives.',
  },
);
