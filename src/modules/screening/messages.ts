import { defineMessages } from '../../core/i18n';

/**
 * Texts of the screening: for each reason, what was found and what to change (B1, "u"). {found}
 * is the text that was found, as the author wrote it.
 */
export const messages = defineMessages(
  {
    'problem.activityLimit.title': 'Het maximum voor dit uur is bereikt',
    'validation.screeningKind':
      'Kies wat voor tekst het is: request, offer, vacancy, response, message, profile-name, organisation-name, ' +
      'initiative of advice.',
    'problem.screening':
      'Uw tekst kan zo niet geplaatst worden. Bij elk veld staat wat er niet kan en wat u kunt veranderen.',
    'screening.reason.paid-rate':
      'Er staat een bedrag per uur, per keer of per rit in: "{found}". Samen is alleen voor vrijwillige hulp. ' +
      'Haal het bedrag weg. Een onkostenvergoeding of reiskosten mag u wel noemen.',
    'screening.reason.paid-allowance':
      'Dit bedrag is hoger dan een vrijwilligersvergoeding mag zijn: "{found}". Samen is alleen voor vrijwillige ' +
      'hulp. De Belastingdienst staat hoogstens € 5,60 per uur en € 210 per maand toe. Pas het bedrag aan.',
    'screening.reason.paid-payment':
      'Hier staat dat er voor de hulp betaald wordt: "{found}". Samen is alleen voor vrijwillige hulp. Haal dit ' +
      'weg. Kosten die u zelf betaalt, zoals de boodschappen of de benzine, mag u wel noemen.',
    'screening.reason.paid-cash':
      'Hier staat contant, zwart of met een betaalverzoek betalen: "{found}". Samen is alleen voor vrijwillige ' +
      'hulp. Haal dit weg.',
    'screening.reason.paid-business':
      'Dit lijkt op werk van een bedrijf of zzp\'er: "{found}". Samen is alleen voor vrijwillige hulp tussen ' +
      'mensen. Haal offertes, facturen en bedrijfsgegevens weg.',
    'screening.reason.paid-price':
      'Er staat een prijs in: "{found}". Samen is alleen voor vrijwillige hulp. Haal de prijs weg.',
    'screening.reason.paid-voucher':
      'Een cadeaubon of waardebon als beloning is ook betalen: "{found}". Samen is alleen voor vrijwillige hulp. ' +
      'Haal dit weg. Een kopje koffie mag natuurlijk wel.',
    'screening.reason.paid-sale':
      'Verkopen of verhuren kan niet op Samen: "{found}". Samen is alleen voor vrijwillige hulp. Haal dit weg.',
    'screening.reason.paid-amount':
      'Er staat een bedrag in: "{found}". Samen is alleen voor vrijwillige hulp. Gaat het om kosten, zoals de ' +
      'boodschappen? Schrijf dat erbij. Anders: haal het bedrag weg. Een beheerder kijkt eerst naar uw tekst.',
    'screening.reason.paid-vague':
      'Hier staat dat er iets tegenover de hulp staat: "{found}". Samen is alleen voor vrijwillige hulp: betaal ' +
      'niemand voor hulp. Een beheerder kijkt eerst naar uw tekst.',
    'screening.reason.contact-phone':
      'Er staat een telefoonnummer in: "{found}". Haal het weg. Contact gaat via berichten op Samen; daarin mag ' +
      'u uw nummer wel geven.',
    'screening.reason.contact-email':
      'Er staat een e-mailadres in: "{found}". Haal het weg. Contact gaat via berichten op Samen.',
    'screening.reason.contact-iban':
      'Er staat een rekeningnummer (IBAN) in: "{found}". Haal het weg. Deel geen bankgegevens in een openbare tekst.',
    'screening.reason.contact-link':
      'Er staat een link of website in: "{found}". Haal de link weg. Vertel in uw eigen woorden wat er staat.',
    'screening.reason.contact-handle':
      'Er staat een account op WhatsApp, Telegram, Instagram of een ander platform in: "{found}". Haal het weg. ' +
      'Contact gaat via berichten op Samen.',
    'screening.reason.contact-address':
      'Er staat een adres of volledige postcode in: "{found}". Haal het weg. Anderen zien alleen uw ' +
      'postcodegebied; het adres spreekt u af in een bericht op Samen.',
    'screening.reason.abuse-threat':
      'Dit klinkt als een bedreiging: "{found}". Dat kan niet op Samen. Haal het weg. Voelt u zich zelf ' +
      'bedreigd? Bel dan de politie.',
    'screening.reason.abuse-discrimination':
      'Dit is discriminerend: "{found}". Op Samen is iedereen welkom, wat zijn afkomst, geloof of geaardheid ook ' +
      'is. Haal het weg.',
    'screening.reason.abuse-insult':
      'Dit is een scheldwoord of belediging: "{found}". Haal het weg en schrijf het vriendelijk op.',
    'screening.reason.abuse-vulgar': 'Dit is een grof woord: "{found}". Haal het weg. Andere mensen lezen uw tekst.',
    'screening.reason.spam-repeat':
      'U heeft deze tekst al geplaatst op deze marktplaats, en die plaatsing staat er nog. Wijzig die plaatsing ' +
      'of sluit hem eerst af.',
    'screening.reason.spam-repeat-elsewhere':
      'U heeft dezelfde tekst al op een andere marktplaats geplaatst. Een beheerder kijkt eerst naar deze.',
    'screening.reason.spam-burst':
      'U heeft in korte tijd veel geplaatst. Een beheerder kijkt eerst naar deze plaatsing.',
    'screening.reason.spam-new-account-link':
      'Nieuwe accounts kunnen de eerste week geen links versturen. Haal de link weg. In een plaatsing kijkt een ' +
      'beheerder eerst naar de link.',
    'screening.reason.spam-copied-response':
      'U heeft dit bericht al naar veel mensen gestuurd. Schrijf een persoonlijk bericht bij deze plaatsing.',
    'screening.limit.post':
      'U heeft het afgelopen uur {limit} keer iets geplaatst. Meer kan niet in één uur. Probeer het over ' +
      '{minutes} minuten opnieuw.',
    'screening.limit.response':
      'U heeft het afgelopen uur op {limit} plaatsingen gereageerd. Meer kan niet in één uur. Probeer het over ' +
      '{minutes} minuten opnieuw.',
    'screening.limit.message':
      'U heeft het afgelopen uur {limit} berichten gestuurd. Meer kan niet in één uur. Probeer het over ' +
      '{minutes} minuten opnieuw.',
    'screening.limit.postNew':
      'U heeft het afgelopen uur {limit} keer iets geplaatst. Uw account is nieuw: de eerste week kan dat ' +
      '{limit} keer per uur. Probeer het over {minutes} minuten opnieuw.',
    'screening.limit.responseNew':
      'U heeft het afgelopen uur op {limit} plaatsingen gereageerd. Uw account is nieuw: de eerste week kan dat ' +
      '{limit} keer per uur. Probeer het over {minutes} minuten opnieuw.',
    'screening.limit.messageNew':
      'U heeft het afgelopen uur {limit} berichten gestuurd. Uw account is nieuw: de eerste week kan dat ' +
      '{limit} keer per uur. Probeer het over {minutes} minuten opnieuw.',
    'screening.feedback.title': 'Controle van uw tekst',
    'screening.feedback.ok': 'Wij zien niets in uw tekst dat niet kan.',
    'screening.feedback.review': 'Een beheerder kijkt eerst naar uw plaatsing, omdat:',
    'screening.feedback.refuse': 'Zo kan uw tekst niet geplaatst worden:',
  },
  {
    'problem.activityLimit.title': 'The limit for this hour has been reached',
    'validation.screeningKind':
      'Choose what kind of text it is: request, offer, vacancy, response, message, profile-name, ' +
      'organisation-name, initiative or advice.',
    'problem.screening':
      'Your text cannot be posted like this. Each field says what is not allowed and what to change.',
    'screening.reason.paid-rate':
      'There is an amount per hour, per visit or per ride in it: "{found}". Samen is for voluntary help only. ' +
      'Please remove the amount. You may mention an expense allowance or travel costs.',
    'screening.reason.paid-allowance':
      'This amount is higher than a volunteer allowance may be: "{found}". Samen is for voluntary help only. The ' +
      'tax office allows at most € 5.60 per hour and € 210 per month. Please change the amount.',
    'screening.reason.paid-payment':
      'This says the help is paid for: "{found}". Samen is for voluntary help only. Please remove it. You may ' +
      'mention costs you pay yourself, such as the groceries or the petrol.',
    'screening.reason.paid-cash':
      'This mentions paying in cash, off the books or with a payment request: "{found}". Samen is for voluntary ' +
      'help only. Please remove it.',
    'screening.reason.paid-business':
      'This looks like work by a business or a freelancer: "{found}". Samen is for voluntary help between ' +
      'people only. Please remove quotes, invoices and business details.',
    'screening.reason.paid-price':
      'There is a price in it: "{found}". Samen is for voluntary help only. Please remove it.',
    'screening.reason.paid-voucher':
      'A gift card or voucher as a reward is paying too: "{found}". Samen is for voluntary help only. Please ' +
      'remove it. A cup of coffee is fine, of course.',
    'screening.reason.paid-sale':
      'Selling or renting is not possible on Samen: "{found}". Samen is for voluntary help only. Please remove it.',
    'screening.reason.paid-amount':
      'There is an amount in it: "{found}". Samen is for voluntary help only. Is it about costs, such as the ' +
      'groceries? Then say so. Otherwise, remove the amount. A moderator looks at your text first.',
    'screening.reason.paid-vague':
      'This says something is given in return for the help: "{found}". Samen is for voluntary help only: do not ' +
      'pay anyone for help. A moderator looks at your text first.',
    'screening.reason.contact-phone':
      'There is a phone number in it: "{found}". Please remove it. Contact goes through messages on Samen; you ' +
      'may give your number there.',
    'screening.reason.contact-email':
      'There is an e-mail address in it: "{found}". Please remove it. Contact goes through messages on Samen.',
    'screening.reason.contact-iban':
      'There is a bank account number (IBAN) in it: "{found}". Please remove it. Do not share bank details in ' +
      'public text.',
    'screening.reason.contact-link':
      'There is a link or website in it: "{found}". Please remove the link. Say in your own words what it says.',
    'screening.reason.contact-handle':
      'There is an account on WhatsApp, Telegram, Instagram or another platform in it: "{found}". Please remove ' +
      'it. Contact goes through messages on Samen.',
    'screening.reason.contact-address':
      'There is an address or full postcode in it: "{found}". Please remove it. Others only see your postcode ' +
      'area; you agree on the address in a message on Samen.',
    'screening.reason.abuse-threat':
      'This sounds like a threat: "{found}". That is not allowed on Samen. Please remove it. Do you feel ' +
      'threatened yourself? Then call the police.',
    'screening.reason.abuse-discrimination':
      'This is discriminatory: "{found}". Everyone is welcome on Samen, whatever their origin, faith or ' +
      'orientation. Please remove it.',
    'screening.reason.abuse-insult': 'This is an insult: "{found}". Please remove it and write it kindly.',
    'screening.reason.abuse-vulgar': 'This is a rude word: "{found}". Please remove it. Other people read your text.',
    'screening.reason.spam-repeat':
      'You have already posted this text on this marketplace, and that post is still there. Change that post or ' +
      'close it first.',
    'screening.reason.spam-repeat-elsewhere':
      'You have already posted the same text on another marketplace. A moderator looks at this one first.',
    'screening.reason.spam-burst': 'You have posted a lot in a short time. A moderator looks at this post first.',
    'screening.reason.spam-new-account-link':
      'New accounts cannot send links in their first week. Please remove the link. In a post, a moderator looks ' +
      'at the link first.',
    'screening.reason.spam-copied-response':
      'You have sent this message to many people already. Write a personal message for this post.',
    'screening.limit.post':
      'You have posted {limit} times in the past hour. That is the most in one hour. Try again in {minutes} ' +
      'minutes.',
    'screening.limit.response':
      'You have responded to {limit} posts in the past hour. That is the most in one hour. Try again in ' +
      '{minutes} minutes.',
    'screening.limit.message':
      'You have sent {limit} messages in the past hour. That is the most in one hour. Try again in {minutes} ' +
      'minutes.',
    'screening.limit.postNew':
      'You have posted {limit} times in the past hour. Your account is new: in its first week that is possible ' +
      '{limit} times an hour. Try again in {minutes} minutes.',
    'screening.limit.responseNew':
      'You have responded to {limit} posts in the past hour. Your account is new: in its first week that is ' +
      'possible {limit} times an hour. Try again in {minutes} minutes.',
    'screening.limit.messageNew':
      'You have sent {limit} messages in the past hour. Your account is new: in its first week that is possible ' +
      '{limit} times an hour. Try again in {minutes} minutes.',
    'screening.feedback.title': 'Check of your text',
    'screening.feedback.ok': 'We see nothing in your text that is not allowed.',
    'screening.feedback.review': 'A moderator looks at your post first, because:',
    'screening.feedback.refuse': 'Your text cannot be posted like this:',
  },
);
