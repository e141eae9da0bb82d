import { defineMessages } from '../../../core/i18n';

/** Texts of why a post waits, of blocks and warnings, of the activity log and of the daily mail to beheerders. */
export const messages = defineMessages(
  {
    'moderation.why': 'Waarom dit wacht',
    'moderation.why.review':
      'Nieuwe plaatsingen worden eerst bekeken (instelling van de marktplaats), of de schrijver stuurde hem ' +
      'opnieuw in.',
    'moderation.why.reported': 'Iemand heeft de plaatsing gemeld.',
    'moderation.rule.paid-work': 'Betaald werk',
    'moderation.rule.contact-details': 'Contactgegevens',
    'moderation.rule.abuse': 'Kwetsende taal',
    'moderation.rule.spam': 'Spam',
    'moderation.whenText': 'In "wanneer":',
    'moderation.hidden':
      'Verborgen sinds {date}, na {count, plural, one {# melding} other {# meldingen}}. Niemand ziet de plaatsing ' +
      'tot u besluit. Goedkeuren maakt hem weer zichtbaar.',
    'moderation.person.link': '{name} waarschuwen of blokkeren',
    'moderation.person.title': '{name}',
    'moderation.person.intro':
      'Houdt iemand zich niet aan de regels van {place}? Waarschuw de persoon, of blokkeer hem of haar een tijd. De ' +
      'persoon krijgt de reden te lezen.',
    'moderation.person.status': 'Nu',
    'moderation.person.free': 'Niet geblokkeerd',
    'moderation.person.blockedHere': 'Geblokkeerd op deze marktplaats tot {date}. Reden: {reason}',
    'moderation.person.blockedPlatform': 'Geblokkeerd op heel Samen tot {date}. Reden: {reason}',
    'moderation.personReasonHint':
      'De persoon krijgt dit te lezen. Schrijf vriendelijk en duidelijk. Maximaal ' +
      '{max, plural, one {# teken} other {# tekens}}.',
    'moderation.warn.title': 'Waarschuwen',
    'moderation.warn.reason': 'Waarom waarschuwt u?',
    'moderation.warn.submit': 'Waarschuwing sturen',
    'moderation.block.title': 'Blokkeren',
    'moderation.block.intro':
      'Een geblokkeerde persoon kan op {place} niets plaatsen, niet reageren en geen berichten sturen. ' +
      'Wat hij of zij plaatste, ziet niemand meer. Op de einddatum is de blokkade voorbij.',
    'moderation.block.already': 'Deze persoon is al geblokkeerd. Hef die blokkade eerst op als u iets wilt veranderen.',
    'moderation.block.reason': 'Waarom blokkeert u?',
    'moderation.block.end': 'Tot welke datum?',
    'moderation.block.scope': 'Waar?',
    'moderation.block.scopeHere': 'Alleen op {place}',
    'moderation.block.scopePlatform': 'Op heel Samen (alle marktplaatsen)',
    'moderation.block.submit': 'Blokkeren',
    'moderation.blocks.title': 'Geblokkeerde personen ({count})',
    'moderation.blocks.none': 'Niemand is nu geblokkeerd.',
    'moderation.blocks.here': 'op deze marktplaats',
    'moderation.blocks.platform': 'op heel Samen',
    'moderation.blocks.until': 'tot {date}',
    'moderation.blocks.lift': 'Blokkade opheffen',
    'moderation.blocks.liftFor': 'Blokkade van {name} opheffen',
    'moderation.log.link': 'Logboek: alle besluiten',
    'moderation.log.title': 'Logboek van {name}',
    'moderation.log.intro': 'Elk besluit over deze marktplaats, het nieuwste eerst.',
    'moderation.log.empty': 'Er zijn nog geen besluiten genomen.',
    'moderation.log.caption': '{count, plural, one {# besluit} other {# besluiten}}',
    'moderation.log.when': 'Wanneer',
    'moderation.log.who': 'Wie',
    'moderation.log.what': 'Besluit',
    'moderation.log.about': 'Over',
    'moderation.log.note': 'Toelichting',
    'moderation.log.samen': 'Samen (automatisch)',
    'moderation.log.hiddenNote': 'Gemeld door {count, plural, one {# persoon} other {# mensen}}',
    'moderation.log.action.approve': 'Goedgekeurd',
    'moderation.log.action.reject': 'Afgewezen',
    'moderation.log.action.return': 'Teruggestuurd',
    'moderation.log.action.hide': 'Verborgen na meldingen',
    'moderation.log.action.block': 'Geblokkeerd',
    'moderation.log.action.lift': 'Blokkade opgeheven',
    'moderation.log.action.warn': 'Gewaarschuwd',
    'moderation.log.action.resolve-conversation': 'Gemeld gesprek afgehandeld',
    'moderation.digest.subject': 'Beheer: {count, plural, one {# ding wacht} other {# dingen wachten}} op u',
    'moderation.digest.intro': 'Op uw marktplaats wacht werk op u:',
    'moderation.digest.line':
      '{name}: {posts, plural, one {# plaatsing} other {# plaatsingen}} en ' +
      '{conversations, plural, one {# gemeld gesprek} other {# gemelde gesprekken}}.',
    'moderation.digest.why':
      'U krijgt deze mail één keer per dag, alleen als er iets wacht, omdat u beheerder bent van deze marktplaats.',
    'moderation.digest.open': 'Naar de beheerpagina',
    'flash.moderation.warned': 'De waarschuwing is verstuurd.',
    'flash.moderation.blocked': 'De persoon is geblokkeerd en heeft de reden gekregen.',
    'flash.moderation.lifted': 'De blokkade is opgeheven.',
    'validation.blockReason': 'Schrijf op waarom u deze persoon blokkeert. De persoon krijgt deze reden te lezen.',
    'validation.warningReason': 'Schrijf op waarom u deze persoon waarschuwt. De persoon krijgt dit te lezen.',
    'validation.blockEnd': 'Vul in tot welke datum de blokkade duurt.',
    'validation.blockEndPast': 'De einddatum {date} is vandaag of al voorbij. Kies een datum na vandaag.',
    'validation.blockScope': 'Kies waar de blokkade geldt: op deze marktplaats of op heel Samen.',
    'validation.blockAccount': 'Geef aan wie u bedoelt: het id van een account.',
    'validation.notYourself': 'U kunt uzelf niet blokkeren of waarschuwen.',
    'validation.personNotInMarketplace':
      'Deze persoon heeft op deze marktplaats niets geplaatst en op niets gereageerd.',
    'problem.blocked.title': 'U bent geblokkeerd',
    'problem.blocked.marketplace':
      'Tot {date} kunt u op {place} niets plaatsen, niet reageren en geen berichten sturen. De beheerder zegt: ' +
      '"{reason}"',
    'problem.blocked.platform':
      'Tot {date} kunt u op Samen niets plaatsen, niet reageren en geen berichten sturen. Netwerkbeheer zegt: ' +
      '"{reason}"',
    'problem.moderation.otherMarketplace':
      'Deze plaatsing staat op een marktplaats die u niet beheert. U kunt alleen besluiten over plaatsingen van uw ' +
      'eigen marktplaats.',
    'problem.moderation.notInMarketplace': 'Deze plaatsing staat niet op deze marktplaats.',
    'problem.moderation.cannotReturn':
      'Deze plaatsing kan niet terug naar de schrijver: alleen een plaatsing die wacht of open staat. Nu: {status}.',
    'problem.moderation.platformOperatorOnly':
      'Alleen netwerkbeheer kan iemand op het hele platform blokkeren. Kies een marktplaats die u beheert.',
    'problem.moderation.alreadyBlocked':
      'Deze persoon is hier al geblokkeerd tot {date}. Hef die blokkade eerst op als u iets wilt veranderen.',
    'problem.moderation.blockNotFound': 'Deze blokkade bestaat niet.',
    'problem.moderation.blockNotInForce': 'Deze blokkade is al opgeheven of voorbij.',
    'problem.moderation.personNotFound':
      'Deze persoon bestaat niet, of heeft op deze marktplaats niets geplaatst en op niets gereageerd.',
  },
  {
    'moderation.why': 'Why this waits',
    'moderation.why.review':
      'New posts are looked at first (a setting of the marketplace), or the author sent it in again.',
    'moderation.why.reported': 'Someone reported the post.',
    'moderation.rule.paid-work': 'Paid work',
    'moderation.rule.contact-details': 'Contact details',
    'moderation.rule.abuse': 'Hurtful language',
    'moderation.rule.spam': 'Spam',
    'moderation.whenText': 'In "when":',
    'moderation.hidden':
      'Hidden since {date}, after {count, plural, one {# report} other {# reports}}. Nobody sees the post until ' +
      'you decide. Approving makes it visible again.',
    'moderation.person.link': 'Warn or block {name}',
    'moderation.person.title': '{name}',
    'moderation.person.intro':
      'Does someone not keep to the rules of {place}? Warn the person, or block them for a while. The person gets ' +
      'to read the reason.',
    'moderation.person.status': 'Now',
    'moderation.person.free': 'Not blocked',
    'moderation.person.blockedHere': 'Blocked on this marketplace until {date}. Reason: {reason}',
    'moderation.person.blockedPlatform': 'Blocked on all of Samen until {date}. Reason: {reason}',
    'moderation.personReasonHint':
      'The person gets to read this. Write kindly and clearly. At most ' +
      '{max, plural, one {# character} other {# characters}}.',
    'moderation.warn.title': 'Warn',
    'moderation.warn.reason': 'Why do you warn them?',
    'moderation.warn.submit': 'Send warning',
    'moderation.block.title': 'Block',
    'moderation.block.intro':
      'A blocked person cannot post, respond or send messages on {place}. Nobody sees what they posted any more. ' +
      'On the end date the block is over.',
    'moderation.block.already': 'This person is blocked already. Lift that block first if you want to change it.',
    'moderation.block.reason': 'Why do you block them?',
    'moderation.block.end': 'Until which date?',
    'moderation.block.scope': 'Where?',
    'moderation.block.scopeHere': 'Only on {place}',
    'moderation.block.scopePlatform': 'On all of Samen (every marketplace)',
    'moderation.block.submit': 'Block',
    'moderation.blocks.title': 'Blocked people ({count})',
    'moderation.blocks.none': 'Nobody is blocked now.',
    'moderation.blocks.here': 'on this marketplace',
    'moderation.blocks.platform': 'on all of Samen',
    'moderation.blocks.until': 'until {date}',
    'moderation.blocks.lift': 'Lift block',
    'moderation.blocks.liftFor': 'Lift the block of {name}',
    'moderation.log.link': 'Log: every decision',
    'moderation.log.title': 'Log of {name}',
    'moderation.log.intro': 'Every decision about this marketplace, newest first.',
    'moderation.log.empty': 'No decisions have been made yet.',
    'moderation.log.caption': '{count, plural, one {# decision} other {# decisions}}',
    'moderation.log.when': 'When',
    'moderation.log.who': 'Who',
    'moderation.log.what': 'Decision',
    'moderation.log.about': 'About',
    'moderation.log.note': 'Note',
    'moderation.log.samen': 'Samen (automatic)',
    'moderation.log.hiddenNote': 'Reported by {count, plural, one {# person} other {# people}}',
    'moderation.log.action.approve': 'Approved',
    'moderation.log.action.reject': 'Rejected',
    'moderation.log.action.return': 'Sent back',
    'moderation.log.action.hide': 'Hidden after reports',
    'moderation.log.action.block': 'Blocked',
    'moderation.log.action.lift': 'Block lifted',
    'moderation.log.action.warn': 'Warned',
    'moderation.log.action.resolve-conversation': 'Reported conversation handled',
    'moderation.digest.subject': 'Managing: {count, plural, one {# thing waits} other {# things wait}} for you',
    'moderation.digest.intro': 'Work is waiting for you on your marketplace:',
    'moderation.digest.line':
      '{name}: {posts, plural, one {# post} other {# posts}} and ' +
      '{conversations, plural, one {# reported conversation} other {# reported conversations}}.',
    'moderation.digest.why':
      'You get this e-mail once a day, only when something waits, because you manage this marketplace.',
    'moderation.digest.open': 'Go to the management page',
    'flash.moderation.warned': 'The warning has been sent.',
    'flash.moderation.blocked': 'The person has been blocked and was given the reason.',
    'flash.moderation.lifted': 'The block has been lifted.',
    'validation.blockReason': 'Write down why you block this person. The person gets to read this reason.',
    'validation.warningReason': 'Write down why you warn this person. The person gets to read this.',
    'validation.blockEnd': 'Fill in until which date the block lasts.',
    'validation.blockEndPast': 'The end date {date} is today or has passed. Choose a date after today.',
    'validation.blockScope': 'Choose where the block applies: on this marketplace or on all of Samen.',
    'validation.blockAccount': 'Say whom you mean: the id of an account.',
    'validation.notYourself': 'You cannot block or warn yourself.',
    'validation.personNotInMarketplace': 'This person has not posted or responded to anything on this marketplace.',
    'problem.blocked.title': 'You are blocked',
    'problem.blocked.marketplace':
      'Until {date} you cannot post, respond or send messages on {place}. The beheerder says: "{reason}"',
    'problem.blocked.platform':
      'Until {date} you cannot post, respond or send messages on Samen. Netwerkbeheer says: "{reason}"',
    'problem.moderation.otherMarketplace':
      'This post is on a marketplace you do not manage. You can only decide on posts of your own marketplace.',
    'problem.moderation.notInMarketplace': 'This post is not on this marketplace.',
    'problem.moderation.cannotReturn':
      'This post cannot go back to its author: only a post that waits or is open can. Now: {status}.',
    'problem.moderation.platformOperatorOnly':
      'Only netwerkbeheer can block someone on the whole platform. Choose a marketplace you manage.',
    'problem.moderation.alreadyBlocked':
      'This person is blocked here already until {date}. Lift that block first if you want to change it.',
    'problem.moderation.blockNotFound': 'This block does not exist.',
    'problem.moderation.blockNotInForce': 'This block has been lifted already or is over.',
    'problem.moderation.personNotFound':
      'This person does not exist, or has not posted or responded to anything on this marketplace.',
  },
);
