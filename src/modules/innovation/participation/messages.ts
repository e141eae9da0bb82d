import { defineMessages } from '../../../core/i18n';

/** Texts of following and co-developing initiatives, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'initiativePage.partners': 'Partners',
    'initiativePage.noPartners': 'Nog geen andere gemeenten of organisaties doen mee. Wilt u de eerste zijn?',
    'initiativePage.joinTitle': 'Meedoen',
    'initiativePage.loginToJoin': 'Log in om mee te doen of dit initiatief te volgen',
    'initiativePage.noOrganisationToJoin':
      'U kunt meedoen namens een gemeente of organisatie op Samen. Uw account hoort nog bij geen enkele organisatie. ' +
      'Vraag de beheerder van uw organisatie om u toe te voegen.',
    'initiativePage.joinAs': 'Namens',
    'initiativePage.joinRole': 'Hoe doet u mee?',
    'initiativePage.joinSubmit': 'Meedoen',
    'initiativePage.leave': 'Stoppen namens {name}',
    'participantRole.follower': 'Volgt',
    'participantRole.co-developer': 'Ontwikkelt mee',
    'flash.joined': 'U doet nu mee met dit initiatief.',
    'flash.left': 'U doet niet meer mee met dit initiatief.',
    'validation.participantRole': 'Kies hoe u meedoet: volgen (follower) of mee-ontwikkelen (co-developer).',
    'validation.municipalityOrOrganisation': 'Noem óf een gemeente óf een organisatie.',
    'problem.organisationNotFound': 'Deze organisatie bestaat niet.',
    'problem.gemeenteNotOnSamen': 'Deze gemeente heeft nog geen organisatie op Samen.',
    'problem.ownerCannotJoin': 'Uw organisatie is al eigenaar van dit initiatief.',
    'problem.alreadyParticipant':
      'Deze organisatie doet al mee met dit initiatief. Wilt u anders meedoen? Stop dan eerst en meld u opnieuw aan.',
    'problem.notParticipant': 'Deze organisatie doet niet mee met dit initiatief.',
    'initiativePage.ownInitiative':
      'Dit initiatief is van uw organisatie. U hoeft dus niet mee te doen: u bent de eigenaar. ' + '',
  },
  {
    'initiativePage.partners': 'Partners',
    'initiativePage.noPartners': 'No other municipalities or organisations take part yet. Do you want to be the first?',
    'initiativePage.joinTitle': 'Join in',
    'initiativePage.loginToJoin': 'Log in to join or follow this initiative',
    'initiativePage.noOrganisationToJoin':
      'You can join on behalf of a municipality or organisation on Samen. Your account does not belong to an ' +
      'organisation yet. Ask the administrator of your organisation to add you.',
    'initiativePage.joinAs': 'On behalf of',
    'initiativePage.joinRole': 'How do you take part?',
    'initiativePage.joinSubmit': 'Join',
    'initiativePage.leave': 'Stop on behalf of {name}',
    'participantRole.follower': 'Follows',
    'participantRole.co-developer': 'Co-develops',
    'flash.joined': 'You now take part in this initiative.',
    'flash.left': 'You no longer take part in this initiative.',
    'validation.participantRole': 'Choose how you take part: follower or co-developer.',
    'validation.municipalityOrOrganisation': 'Name either a municipality or an organisation.',
    'problem.organisationNotFound': 'This organisation does not exist.',
    'problem.gemeenteNotOnSamen': 'This municipality has no organisation on Samen yet.',
    'problem.ownerCannotJoin': 'Your organisation already owns this initiative.',
    'problem.alreadyParticipant':
      'This organisation already takes part in this initiative. Want to take part differently? Stop first, then ' +
      'join again.',
    'problem.notParticipant': 'This organisation does not take part in this initiative.',
    'initiativePage.ownInitiative':
      'This initiative belongs to your organisation. You do not need to join: you are the owner. ' + '',
  },
);
