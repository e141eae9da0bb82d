import { defineMessages } from '../../core/i18n';

/** Texts of the site module, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'home.title': 'Samen: hulp in de buurt en gemeenten die samen vernieuwen',
    'home.heading': 'Samen in uw gemeente',
    'home.intro': 'Vraag of bied hulp in uw buurt. En zie wat uw gemeente samen met andere gemeenten vernieuwt.',
    'home.postcodeLabel': 'Vul uw postcode in',
    'home.postcodeHint': 'De 4 cijfers zijn genoeg, bijvoorbeeld 3511.',
    'home.postcodeButton': 'Zoek mijn gemeente',
    'home.helpTitle': 'Samen helpen',
    'home.helpText':
      'Elke gemeente kan een eigen marktplaats hebben voor vrijwillige hulp. Inwoners vragen hulp, vrijwilligers ' +
      'bieden hulp, en organisaties zoeken vrijwilligers. Een welzijnsorganisatie in de buurt beheert de ' +
      'marktplaats.',
    'home.innovateTitle': 'Samen innoveren',
    'home.innovateText':
      'Gemeenten delen hun uitdagingen en proeven. Zo ziet u wie aan hetzelfde werkt, en kunt u samen verder in ' +
      'plaats van opnieuw te beginnen.',
    'home.allMunicipalities': 'Bekijk alle 342 gemeenten',
    'municipality.title': 'Gemeente {name}',
    'municipality.province': 'Provincie',
    'municipality.population': 'Inwoners',
    'municipality.populationValue': 'ongeveer {count}',
    'municipality.postcodes': 'Postcodegebieden',
    'municipality.code': 'CBS-code',
    'municipality.marketplaceTitle': 'Marktplaats voor vrijwillige hulp',
    'municipality.marketplaceEmpty': '{name} heeft nog geen marktplaats op Samen.',
    'municipality.initiativesTitle': 'Initiatieven en proeven',
    'municipality.initiativesEmpty': '{name} heeft nog geen initiatieven gedeeld.',
    'municipality.servicesTitle': 'Landelijke voorzieningen',
    'municipality.servicesEmpty': 'Er is nog niet bijgehouden welke landelijke voorzieningen {name} gebruikt.',
    'municipality.servicesAll': 'Alle landelijke voorzieningen en wie ze gebruikt',
    'municipality.organisationsTitle': 'Organisaties op Samen',
    'municipality.organisationsEmpty': 'Er zijn nog geen organisaties uit {name} op Samen.',
    'accessibility.title': 'Toegankelijkheid',
    'accessibility.intro':
      'Samen moet voor iedereen te gebruiken zijn. Ook als u slecht ziet, alleen een toetsenbord gebruikt of een ' +
      'schermlezer.',
    'accessibility.s1.title': 'Welke eisen',
    'accessibility.s1.text':
      'We bouwen Samen volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Dat is de eis voor ' +
      'websites van de overheid (Besluit digitale toegankelijkheid overheid). We gebruiken het NL Design System.',
    'accessibility.s2.title': 'Hoe we dit controleren',
    'accessibility.s2.text':
      'Bij elke wijziging testen we elke pagina automatisch met axe (WCAG 2.1 A en AA). We testen met alleen een ' +
      'toetsenbord, en alle belangrijke taken werken ook zonder JavaScript.',
    'accessibility.s3.title': 'Wat nog niet goed is',
    'accessibility.s3.text':
      'Automatische tests vinden niet alles. Een volledig onderzoek door een onafhankelijke deskundige is nog niet ' +
      'gedaan. Kaarten en grafieken krijgen altijd een tabel met dezelfde gegevens.',
    'accessibility.s4.title': 'Iets werkt niet voor u?',
    'accessibility.s4.text':
      'Laat het ons weten via de beheerder van Samen in uw gemeente. We antwoorden binnen 5 werkdagen en lossen het ' +
      'zo snel mogelijk op.',
    'privacy.title': 'Privacy',
    'privacy.intro': 'Samen bewaart zo weinig mogelijk over u, en laat zo weinig mogelijk zien.',
    'privacy.s1.title': 'Wat anderen zien',
    'privacy.s1.text':
      'Anderen zien alleen uw voornaam en uw gemeente of wijk (de 4 cijfers van uw postcode). Nooit uw achternaam, ' +
      'adres, telefoonnummer of e-mailadres. Contact gaat via berichten op Samen.',
    'privacy.s2.title': 'Wat we bewaren',
    'privacy.s2.text':
      'Uw e-mailadres, voornaam, eventueel uw achternaam en postcode, en een veilige versie (hash) van uw ' +
      'wachtwoord. We houden bij wanneer u inlogt, zodat we misbruik kunnen zien.',
    'privacy.s3.title': 'Wie uw gegevens ziet',
    'privacy.s3.text':
      'Alleen de beheerders van de marktplaats in uw eigen regio, en alleen als dat nodig is. Elke keer dat een ' +
      'beheerder persoonsgegevens bekijkt, schrijven we dat op.',
    'privacy.s4.title': 'Uw rechten',
    'privacy.s4.text':
      'Op uw profielpagina downloadt u al uw gegevens en verwijdert u uw account. Uw persoonsgegevens worden dan ' +
      'gewist.',
    'privacy.s5.title': 'Hoe lang we bewaren',
    'privacy.s5.text': 'Verstuurde e-mails bewaren we een week. Verlopen sessies en links ruimen we automatisch op.',
    'municipality.initiatives.leads': 'Leidt ({count})',
    'municipality.initiatives.co-developer': 'Ontwikkelt mee ({count})',
    'municipality.initiatives.follower': 'Volgt ({count})',
    'municipality.marketplaceLink': 'Naar {name}',
    'municipality.marketplaceNearest': 'Marktplaatsen in de buurt:',
    'municipality.marketplaceLive': '{name} is de marktplaats voor vrijwillige hulp in deze gemeente.',
  },
  {
    'home.title': 'Samen: help in your neighbourhood and municipalities that innovate together',
    'home.heading': 'Samen in your municipality',
    'home.intro':
      'Ask for help or offer help in your neighbourhood. And see what your municipality is improving together with ' +
      'other municipalities.',
    'home.postcodeLabel': 'Enter your postcode',
    'home.postcodeHint': 'The 4 digits are enough, for example 3511.',
    'home.postcodeButton': 'Find my municipality',
    'home.helpTitle': 'Helping each other',
    'home.helpText':
      'Every municipality can have its own marketplace for volunteer help. Residents ask for help, volunteers offer ' +
      'help, and organisations look for volunteers. A local welfare organisation manages the marketplace.',
    'home.innovateTitle': 'Innovating together',
    'home.innovateText':
      'Municipalities share their challenges and pilots. This way you can see who is working on the same thing, and ' +
      "you can build on each other's work instead of starting again.",
    'home.allMunicipalities': 'See all 342 municipalities',
    'municipality.title': 'Municipality of {name}',
    'municipality.province': 'Province',
    'municipality.population': 'Residents',
    'municipality.populationValue': 'about {count}',
    'municipality.postcodes': 'Postcode areas',
    'municipality.code': 'CBS code',
    'municipality.marketplaceTitle': 'Marketplace for volunteer help',
    'municipality.marketplaceEmpty': '{name} does not have a marketplace on Samen yet.',
    'municipality.initiativesTitle': 'Initiatives and pilots',
    'municipality.initiativesEmpty': '{name} has not shared any initiatives yet.',
    'municipality.servicesTitle': 'National services',
    'municipality.servicesEmpty': 'We have not yet recorded which national services {name} uses.',
    'municipality.servicesAll': 'All national services and who uses them',
    'municipality.organisationsTitle': 'Organisations on Samen',
    'municipality.organisationsEmpty': 'There are no organisations from {name} on Samen yet.',
    'accessibility.title': 'Accessibility',
    'accessibility.intro':
      'Everyone must be able to use Samen. Also if you have poor eyesight, only use a keyboard, or use a screen ' +
      'reader.',
    'accessibility.s1.title': 'Which requirements',
    'accessibility.s1.text':
      'We build Samen according to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. That is the ' +
      'requirement for Dutch government websites (Besluit digitale toegankelijkheid overheid). We use the NL Design ' +
      'System.',
    'accessibility.s2.title': 'How we check this',
    'accessibility.s2.text':
      'With every change we automatically test every page with axe (WCAG 2.1 A and AA). We test with only a ' +
      'keyboard, and all important tasks also work without JavaScript.',
    'accessibility.s3.title': 'What is not right yet',
    'accessibility.s3.text':
      'Automatic tests do not find everything. A full review by an independent expert has not been done yet. Maps ' +
      'and charts always come with a table containing the same data.',
    'accessibility.s4.title': 'Something does not work for you?',
    'accessibility.s4.text':
      'Let us know through the Samen administrator in your municipality. We reply within 5 working days and fix it ' +
      'as soon as possible.',
    'privacy.title': 'Privacy',
    'privacy.intro': 'Samen stores as little as possible about you, and shows as little as possible.',
    'privacy.s1.title': 'What others see',
    'privacy.s1.text':
      'Others only see your first name and your municipality or neighbourhood (the 4 digits of your postcode). ' +
      'Never your last name, address, phone number or email address. Contact goes through messages on Samen.',
    'privacy.s2.title': 'What we store',
    'privacy.s2.text':
      'Your email address, first name, your last name and postcode if you give them, and a secure version (hash) of ' +
      'your password. We keep track of when you log in, so we can spot misuse.',
    'privacy.s3.title': 'Who sees your data',
    'privacy.s3.text':
      'Only the administrators of the marketplace in your own region, and only when needed. Every time an ' +
      'administrator views personal data, we record it.',
    'privacy.s4.title': 'Your rights',
    'privacy.s4.text':
      'On your profile page you can download all your data and delete your account. Your personal data is then erased.',
    'privacy.s5.title': 'How long we keep data',
    'privacy.s5.text': 'We keep sent emails for one week. We automatically clean up expired sessions and links.',
    'municipality.initiatives.leads': 'Leads ({count})',
    'municipality.initiatives.co-developer': 'Co-develops ({count})',
    'municipality.initiatives.follower': 'Follows ({count})',
    'municipality.marketplaceLink': 'Go to {name}',
    'municipality.marketplaceNearest': 'Marketplaces nearby:',
    'municipality.marketplaceLive': '{name} is the marketplace for voluntary help in this municipality.',
  },
);
