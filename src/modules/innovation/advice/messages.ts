import { defineMessages } from '../../../core/i18n';

/** Texts of advice from the innovation panel, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'initiativePage.advice': 'Advies van het innovatiepanel',
    'initiativePage.noAdvice': 'Er is nog geen advies gegeven.',
    'initiativePage.adviceBy': 'Advies van {name}',
    'initiativePage.response': 'Reactie van de eigenaar',
    'initiativePage.respond': 'Reageer op dit advies',
    'initiativePage.respondSubmit': 'Reactie plaatsen',
    'initiativePage.giveAdvice': 'Uw advies',
    'initiativePage.adviceSubmit': 'Advies geven',
    'flash.adviceAdded': 'Uw advies is geplaatst.',
    'flash.responseAdded': 'Uw reactie is geplaatst.',
    'problem.adviceNotFound': 'Dit advies bestaat niet.',
    'validation.advice': 'Schrijf uw advies.',
    'validation.adviceResponse': 'Schrijf uw reactie op dit advies.',
  },
  {
    'initiativePage.advice': 'Advice from the innovation panel',
    'initiativePage.noAdvice': 'No advice has been given yet.',
    'initiativePage.adviceBy': 'Advice from {name}',
    'initiativePage.response': 'Response from the owner',
    'initiativePage.respond': 'Respond to this advice',
    'initiativePage.respondSubmit': 'Post response',
    'initiativePage.giveAdvice': 'Your advice',
    'initiativePage.adviceSubmit': 'Give advice',
    'flash.adviceAdded': 'Your advice has been posted.',
    'flash.responseAdded': 'Your response has been posted.',
    'problem.adviceNotFound': 'This advice does not exist.',
    'validation.advice': 'Write your advice.',
    'validation.adviceResponse': 'Write your response to this advice.',
  },
);
