import { defineMessages } from '../../../core/i18n';

/** Texts of "Wat gebeurt er nu?", the refusal of a postcode elsewhere, and placing an expired date again. */
export const messages = defineMessages(
  {
    'nextSteps.title': 'Wat gebeurt er nu?',
    'nextSteps.review': 'Een beheerder van {marketplace} kijkt eerst naar uw plaatsing. Tot dan ziet alleen u hem.',
    'nextSteps.reviewThen':
      'Is alles goed? Dan zet de beheerder hem op de marktplaats. Dat ziet u hier en in Mijn Samen.',
    'nextSteps.open': 'Uw plaatsing staat nu op {marketplace}. Iedereen kan hem zien en erop reageren.',
    'nextSteps.respond':
      'Reageert iemand? Dan krijgt u een melding op Samen en, als u dat wilt, een e-mail. U leest het bericht en ' +
      'antwoordt hier op Samen. Uw e-mailadres en telefoonnummer blijven geheim.',
    'nextSteps.followUp':
      'Heeft iemand gereageerd? Dan vragen we u na {days, plural, one {# dag} other {# dagen}} per e-mail of u ' +
      'geholpen bent.',
    'nextSteps.untilDay': 'Uw plaatsing staat er tot en met {date}. Daarna verloopt hij vanzelf.',
    'nextSteps.until': 'Uw plaatsing staat er tot {date}. Daarna verloopt hij. U kunt hem dan opnieuw plaatsen.',
    'elsewhere.text':
      'Op deze marktplaats staan alleen plaatsingen uit de gemeente {here}. Uw postcode ligt in {municipality}.',
    'elsewhere.link': 'Plaats het op {name}',
    'elsewhere.none': '{municipality} heeft nog geen marktplaats op Samen.',
    'elsewhere.nearby': 'Bekijk marktplaatsen in de buurt van {municipality}',
    'market.expired.newDate':
      'De datum is voorbij. Kies eerst een nieuwe datum via Wijzigen. Plaats hem daarna opnieuw.',
    'validation.placeAgainNewDate':
      'De datum is al voorbij. Kies eerst een nieuwe datum. Daarna kunt u opnieuw plaatsen.',
  },
  {
    'nextSteps.title': 'What happens next?',
    'nextSteps.review': 'A moderator of {marketplace} looks at your post first. Until then, only you can see it.',
    'nextSteps.reviewThen':
      'Is everything fine? Then the moderator puts it on the marketplace. You see that here and in My Samen.',
    'nextSteps.open': 'Your post is now on {marketplace}. Everyone can see it and respond to it.',
    'nextSteps.respond':
      'Does someone respond? Then you get a notification on Samen and, if you want, an e-mail. You read the ' +
      'message and answer here on Samen. Your e-mail address and phone number stay private.',
    'nextSteps.followUp':
      'Did someone respond? Then after {days, plural, one {# day} other {# days}} we ask you by e-mail whether you ' +
      'were helped.',
    'nextSteps.untilDay': 'Your post stays up until the end of {date}. Then it expires by itself.',
    'nextSteps.until': 'Your post stays up until {date}. Then it expires. You can then post it again.',
    'elsewhere.text':
      'This marketplace only has posts from the municipality of {here}. Your postcode is in {municipality}.',
    'elsewhere.link': 'Post it on {name}',
    'elsewhere.none': '{municipality} has no marketplace on Samen yet.',
    'elsewhere.nearby': 'See marketplaces near {municipality}',
    'market.expired.newDate': 'The date has passed. First choose a new date with Change. Then post it again.',
    'validation.placeAgainNewDate': 'The date has passed. First choose a new date. Then you can post it again.',
  },
);
