import { defineMessages } from '../../../core/i18n';

/** Texts of the news mails about initiatives and their settings, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'preferences.title': 'Meldingen over initiatieven',
    'preferences.intro':
      'Als u contactpersoon bent van een initiatief, krijgt u een e-mail bij nieuws: een nieuwe partner, een ' +
      'experiment, advies of een nieuwe fase.',
    'preferences.legend': 'E-mail bij nieuws over mijn initiatieven',
    'preferences.on': 'Ja, stuur mij een e-mail',
    'preferences.off': 'Nee, liever niet',
    'flash.preferencesSaved': 'Uw keuze is opgeslagen.',
    'innovationKind.joined': 'Een gemeente of organisatie doet mee met of volgt mijn initiatief',
    'innovationKind.advice': 'Advies over een initiatief waar ik contactpersoon van ben',
    'innovationKind.progress': 'Een nieuwe fase of een experiment bij een initiatief dat ik volg',
    'innovationMail.subject': 'Nieuws over "{title}"',
    'innovationMail.greeting': 'Beste {name},',
    'innovationMail.intro': 'Er is nieuws over het initiatief "{title}" op Samen.',
    'innovationMail.news.phase': 'Het initiatief is nu in de fase "{phase}".',
    'innovationMail.news.co-developer': '{organisation} doet mee als mede-ontwikkelaar.',
    'innovationMail.news.follower': '{organisation} volgt het initiatief.',
    'innovationMail.news.experiment': 'Er is een nieuw experiment gelogd: "{hypothesis}".',
    'innovationMail.news.advice': 'Het innovatiepanel heeft advies gegeven.',
    'innovationMail.action': 'Bekijk het initiatief',
    'innovationMail.regards': 'Met vriendelijke groet,',
    'innovationMail.signature': 'Samen innoveren',
    'innovationMail.why':
      'U krijgt deze e-mail omdat u contactpersoon bent van dit initiatief. Geen updates meer? Zet ze uit op de ' +
      'pagina Meldingen van Samen innoveren.',
  },
  {
    'preferences.title': 'Notifications about initiatives',
    'preferences.intro':
      'If you are the contact person of an initiative, you get an e-mail when there is news: a new partner, an ' +
      'experiment, advice or a new phase.',
    'preferences.legend': 'E-mail me news about my initiatives',
    'preferences.on': 'Yes, send me an e-mail',
    'preferences.off': 'No, thank you',
    'flash.preferencesSaved': 'Your choice has been saved.',
    'innovationKind.joined': 'A municipality or organisation joins or follows my initiative',
    'innovationKind.advice': 'Advice about an initiative I am the contact for',
    'innovationKind.progress': 'A new phase or an experiment of an initiative I follow',
    'innovationMail.subject': 'News about "{title}"',
    'innovationMail.greeting': 'Dear {name},',
    'innovationMail.intro': 'There is news about the initiative "{title}" on Samen.',
    'innovationMail.news.phase': 'The initiative is now in the phase "{phase}".',
    'innovationMail.news.co-developer': '{organisation} takes part as a co-developer.',
    'innovationMail.news.follower': '{organisation} follows the initiative.',
    'innovationMail.news.experiment': 'A new experiment has been logged: "{hypothesis}".',
    'innovationMail.news.advice': 'The innovation panel has given advice.',
    'innovationMail.action': 'View the initiative',
    'innovationMail.regards': 'Kind regards,',
    'innovationMail.signature': 'Samen innoveren',
    'innovationMail.why':
      'You get this e-mail because you are a contact person of this initiative. No more updates? Switch them off on ' +
      'the page Notifications about initiatives of Samen innoveren.',
  },
);
