import { defineMessages } from '../../../core/i18n';

/** What Samen helpen tells people, and the saved searches, in plain Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'alerts.kind.response': 'Iemand reageert op mijn oproep of aanbod',
    'alerts.kind.message': 'Een nieuw bericht in een gesprek',
    'alerts.kind.accepted': 'Mijn hulp is aangenomen',
    'alerts.kind.review': 'De beheerder heeft mijn plaatsing bekeken',
    'alerts.kind.reportHandled': 'Mijn melding is afgehandeld',
    'alerts.kind.expiry': 'Mijn plaatsing verloopt bijna of is verlopen',
    'alerts.kind.searchMatch': 'Nieuw bij een bewaarde zoekopdracht',
    'alerts.kind.suggestion': 'Een vraag of aanbod dat past bij het mijne',
    'alerts.kind.blocked': 'De beheerder heeft mij geblokkeerd of de blokkade opgeheven',
    'alerts.kind.warning': 'De beheerder waarschuwt mij',
    'alerts.review.hidden.title': '"{title}" is verborgen',
    'alerts.review.hidden.body':
      'Een paar mensen hebben uw plaatsing gemeld. Daarom ziet niemand hem nu. Een beheerder kijkt ernaar en ' +
      'laat u weten wat er gebeurt.',
    'alerts.blocked.marketplace.title': 'U bent geblokkeerd op {place}',
    'alerts.blocked.marketplace.body':
      'Tot {date} kunt u op {place} niets plaatsen, niet reageren en geen berichten sturen. Wat u plaatste, ziet ' +
      'niemand. De beheerder zegt: "{reason}"',
    'alerts.blocked.platform.title': 'U bent geblokkeerd op Samen',
    'alerts.blocked.platform.body':
      'Tot {date} kunt u op geen enkele marktplaats iets plaatsen, reageren of berichten sturen. Wat u plaatste, ' +
      'ziet niemand. Netwerkbeheer zegt: "{reason}"',
    'alerts.blocked.lifted.title': 'Uw blokkade op {place} is opgeheven',
    'alerts.blocked.lifted.body': 'U kunt weer plaatsen, reageren en berichten sturen.',
    'alerts.warning.title': 'Een waarschuwing van de beheerder van {place}',
    'alerts.warning.body':
      'De beheerder zegt: "{reason}" Houdt u zich aan de regels van de marktplaats. Anders kan de beheerder u ' +
      'blokkeren.',
    'alerts.response.title': '{name} reageert op "{title}"',
    'alerts.response.body':
      'Lees het bericht en schrijf terug via Samen. Uw e-mailadres en telefoonnummer blijven geheim.',
    'alerts.message.title': 'Nieuw bericht van {name}',
    'alerts.message.body': 'Het gaat over "{title}".',
    'alerts.accepted.title': '{name} neemt uw hulp aan bij "{title}"',
    'alerts.accepted.body': 'Spreek samen af wanneer u helpt. Dat doet u via de berichten op Samen.',
    'alerts.review.approved.title': '"{title}" staat nu op de marktplaats',
    'alerts.review.approved.body': 'De beheerder heeft uw plaatsing goedgekeurd. Iedereen kan hem nu zien.',
    'alerts.review.rejected.title': '"{title}" is niet geplaatst',
    'alerts.review.rejected.body': 'De beheerder zegt: "{reason}" U kunt uw plaatsing aanpassen en opnieuw insturen.',
    'alerts.review.returned.title': 'Pas "{title}" aan',
    'alerts.review.returned.body':
      'De beheerder vraagt u iets aan te passen: "{reason}" Daarna kunt u hem opnieuw insturen.',
    'alerts.reportHandled.title': 'Uw melding over "{title}" is afgehandeld',
    'alerts.reportHandled.body': 'Dank u wel. De beheerder heeft ernaar gekeken en een besluit genomen.',
    'alerts.expiry.soon.title': '"{title}" verloopt bijna',
    'alerts.expiry.soon.body': 'Uw plaatsing staat tot {date} op de marktplaats. Daarna kunt u hem opnieuw plaatsen.',
    'alerts.expiry.expired.title': '"{title}" is verlopen',
    'alerts.expiry.expired.body': 'Uw plaatsing staat niet meer op de marktplaats. Met één klik plaatst u hem opnieuw.',
    'alerts.searchMatch.title': 'Nieuw: "{title}"',
    'alerts.searchMatch.body': 'Dit past bij uw bewaarde zoekopdracht "{search}".',
    'alerts.suggestion.request.title': 'Een buur vraagt hulp die bij u past: "{title}"',
    'alerts.suggestion.offer.title': 'Iemand biedt hulp die bij uw vraag past: "{title}"',
    'alerts.suggestion.request.body': 'Het past bij "{own}".',
    'alerts.suggestion.offer.body': 'Het past bij "{own}".',
    'alerts.saved.title': 'Bewaarde zoekopdrachten',
    'alerts.saved.intro':
      'Komt er iets nieuws bij dat past bij een bewaarde zoekopdracht? Dan ziet u dat bij "Meldingen". ' +
      'U kiest zelf of u er ook mail over krijgt.',
    'alerts.saved.empty':
      'U heeft nog geen zoekopdrachten bewaard. Zoek op de marktplaats en kies "Bewaar deze zoekopdracht".',
    'alerts.saved.save': 'Bewaar deze zoekopdracht',
    'alerts.saved.saveLegend': 'Hoor het als er iets nieuws bij komt',
    'alerts.saved.frequency': 'Hoe vaak wilt u mail?',
    'alerts.saved.delete': 'Verwijder',
    'alerts.saved.deleteNamed': 'Verwijder zoekopdracht {name}',
    'alerts.saved.everything': 'alles',
    'alerts.saved.describe.words': '"{q}"',
    'alerts.saved.describe.near': 'binnen {radius} km van {pc4}',
    'alerts.saved.describe.kind.request': 'hulpvragen',
    'alerts.saved.describe.kind.offer': 'hulpaanbod',
    'alerts.saved.describe.kind.vacancy': 'vacatures',
    'alerts.saved.tooMany':
      'U heeft al {max, plural, one {# zoekopdracht} other {# zoekopdrachten}} bewaard. Verwijder er eerst een. ' + '',
    'alerts.saved.notFound': 'Deze zoekopdracht bestaat niet, of is niet van u.',
    'alerts.validation.kind': 'Kies wat u zoekt: hulpvragen, hulpaanbod of vacatures.',
    'alerts.validation.radiusWithoutNear': 'Vul ook een postcode in. De afstand telt vanaf die postcode.',
    'alerts.validation.nearOrMunicipality': 'Kies een postcode of een gemeente, niet allebei.',
    'alerts.saved.describe.municipality': 'op de marktplaats van {name}',
    'alerts.saved.describe.everywhere': 'in heel Nederland',
    'flash.alerts.saved': 'Uw zoekopdracht is bewaard. U hoort het als er iets nieuws bij komt.',
    'flash.alerts.deleted': 'De zoekopdracht is verwijderd.',
  },
  {
    'alerts.kind.response': 'Someone responds to my request or offer',
    'alerts.kind.message': 'A new message in a conversation',
    'alerts.kind.accepted': 'My help was accepted',
    'alerts.kind.review': 'The beheerder looked at my post',
    'alerts.kind.reportHandled': 'My report was handled',
    'alerts.kind.expiry': 'My post expires soon or has expired',
    'alerts.kind.searchMatch': 'New for a saved search',
    'alerts.kind.suggestion': 'A request or offer that fits mine',
    'alerts.kind.blocked': 'The beheerder blocked me or lifted the block',
    'alerts.kind.warning': 'The beheerder warns me',
    'alerts.review.hidden.title': '"{title}" is hidden',
    'alerts.review.hidden.body':
      'Several people reported your post. That is why nobody sees it now. A beheerder will look at it and let you ' +
      'know what happens.',
    'alerts.blocked.marketplace.title': 'You are blocked on {place}',
    'alerts.blocked.marketplace.body':
      'Until {date} you cannot post, respond or send messages on {place}. Nobody sees what you posted. The ' +
      'beheerder says: "{reason}"',
    'alerts.blocked.platform.title': 'You are blocked on Samen',
    'alerts.blocked.platform.body':
      'Until {date} you cannot post, respond or send messages on any marketplace. Nobody sees what you posted. ' +
      'Netwerkbeheer says: "{reason}"',
    'alerts.blocked.lifted.title': 'Your block on {place} has been lifted',
    'alerts.blocked.lifted.body': 'You can post, respond and send messages again.',
    'alerts.warning.title': 'A warning from the beheerder of {place}',
    'alerts.warning.body':
      'The beheerder says: "{reason}" Please keep to the rules of the marketplace. Otherwise the beheerder may ' +
      'block you.',
    'alerts.response.title': '{name} responds to "{title}"',
    'alerts.response.body':
      'Read the message and reply through Samen. Your e-mail address and phone number stay private.',
    'alerts.message.title': 'New message from {name}',
    'alerts.message.body': 'It is about "{title}".',
    'alerts.accepted.title': '{name} accepts your help with "{title}"',
    'alerts.accepted.body': 'Agree together when you help. You do that through the messages on Samen.',
    'alerts.review.approved.title': '"{title}" is now on the marketplace',
    'alerts.review.approved.body': 'The beheerder approved your post. Everyone can see it now.',
    'alerts.review.rejected.title': '"{title}" was not placed',
    'alerts.review.rejected.body': 'The beheerder says: "{reason}" You can change your post and send it in again.',
    'alerts.review.returned.title': 'Please change "{title}"',
    'alerts.review.returned.body': 'The beheerder asks you to change something: "{reason}" Then send it in again.',
    'alerts.reportHandled.title': 'Your report about "{title}" was handled',
    'alerts.reportHandled.body': 'Thank you. The beheerder looked at it and made a decision.',
    'alerts.expiry.soon.title': '"{title}" expires soon',
    'alerts.expiry.soon.body': 'Your post is on the marketplace until {date}. After that you can place it again.',
    'alerts.expiry.expired.title': '"{title}" has expired',
    'alerts.expiry.expired.body': 'Your post is no longer on the marketplace. One click places it again.',
    'alerts.searchMatch.title': 'New: "{title}"',
    'alerts.searchMatch.body': 'This fits your saved search "{search}".',
    'alerts.suggestion.request.title': 'A neighbour asks for help that fits you: "{title}"',
    'alerts.suggestion.offer.title': 'Someone offers help that fits your request: "{title}"',
    'alerts.suggestion.request.body': 'It fits "{own}".',
    'alerts.suggestion.offer.body': 'It fits "{own}".',
    'alerts.saved.title': 'Saved searches',
    'alerts.saved.intro':
      'When something new fits a saved search, you see it under "Notifications". ' +
      'You choose whether you also get e-mail.',
    'alerts.saved.empty': 'You have not saved a search yet. Search the marketplace and choose "Save this search".',
    'alerts.saved.save': 'Save this search',
    'alerts.saved.saveLegend': 'Hear about it when something new comes in',
    'alerts.saved.frequency': 'How often do you want e-mail?',
    'alerts.saved.delete': 'Delete',
    'alerts.saved.deleteNamed': 'Delete search {name}',
    'alerts.saved.everything': 'everything',
    'alerts.saved.describe.words': '"{q}"',
    'alerts.saved.describe.near': 'within {radius} km of {pc4}',
    'alerts.saved.describe.kind.request': 'requests for help',
    'alerts.saved.describe.kind.offer': 'offers of help',
    'alerts.saved.describe.kind.vacancy': 'vacancies',
    'alerts.saved.tooMany':
      'You have already saved {max, plural, one {# search} other {# searches}}. Delete one first. ' + '',
    'alerts.saved.notFound': 'This saved search does not exist, or it is not yours.',
    'alerts.validation.kind': 'Choose what you look for: requests, offers or vacancies.',
    'alerts.validation.radiusWithoutNear': 'Enter a postcode too. The distance counts from that postcode.',
    'alerts.validation.nearOrMunicipality': 'Choose a postcode or a municipality, not both.',
    'alerts.saved.describe.municipality': 'on the marketplace of {name}',
    'alerts.saved.describe.everywhere': 'in the whole country',
    'flash.alerts.saved': 'Your search is saved. You will hear when something new comes in.',
    'flash.alerts.deleted': 'The saved search is deleted.',
  },
);
