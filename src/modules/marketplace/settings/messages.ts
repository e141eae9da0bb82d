import { defineMessages } from '../../../core/i18n';

/** Texts of launching a marketplace, its settings, theme and logo. */
export const messages = defineMessages(
  {
    'validation.marketplaceStatus': 'Kies live of paused (gepauzeerd).',
    'validation.logoType': 'Kies een PNG- of SVG-bestand.',
    'validation.logoSize': 'Het logo is te groot. Het mag hoogstens 200 kB zijn.',
    'validation.logoNotImage': 'Dit bestand is geen PNG of SVG. Kies een ander bestand.',
    'validation.color': 'Vul een kleur in als #rrggbb, bijvoorbeeld #0b5394.',
    'validation.contrast':
      'De tekstkleur en de achtergrondkleur verschillen te weinig (contrast {ratio}:1). Voor WCAG AA is minstens ' +
      '4,5:1 nodig.',
    'validation.operatorType': 'Een marktplaats wordt beheerd door een welzijnsorganisatie of vrijwilligerscentrale.',
    'problem.marketplaceExists': 'Deze gemeente heeft al een marktplaats.',
    'settings.link': 'Instellingen van de marktplaats',
    'settings.beheer': 'Beheer',
    'settings.title': 'Instellingen van {name}',
    'settings.name': 'Naam van de marktplaats',
    'settings.brandColor': 'Hoofdkleur',
    'settings.colorHint':
      'Een kleurcode, bijvoorbeeld #0b5394. Kies een donkere kleur: knoppen en de focusrand op de witte pagina ' +
      'krijgen deze kleur (contrast minstens 3:1 met wit).',
    'settings.brandTextColor': 'Tekstkleur op de hoofdkleur',
    'settings.contrastHint':
      'Een kleurcode, bijvoorbeeld #ffffff. Het verschil met de hoofdkleur moet groot genoeg zijn (contrast ' +
      '4,5:1), zodat iedereen de tekst kan lezen.',
    'settings.options': 'Hoe werkt de marktplaats?',
    'settings.premoderation': 'Een beheerder keurt elke nieuwe plaatsing eerst goed',
    'settings.showNeighbours': 'Laat ook plaatsingen van de marktplaatsen in de buurgemeenten zien',
    'settings.disabledCategories': 'Categorieën die uit staan',
    'settings.disabledCategoriesHint': 'Hierin kan niemand iets plaatsen op deze marktplaats.',
    'settings.expiryWeeks': 'Na hoeveel weken verloopt een plaatsing?',
    'settings.expiryWeeksHint': 'Een getal van 1 tot en met 52.',
    'settings.followUpDays': 'Na hoeveel dagen vragen we: Heeft u hulp gevonden?',
    'settings.followUpDaysHint': 'Gerekend vanaf de eerste reactie. Een getal van 1 tot en met 60.',
    'settings.autoHideReports': 'Verbergen na meldingen van hoeveel mensen?',
    'settings.autoHideReportsHint':
      'Melden zoveel verschillende mensen een plaatsing, dan ziet niemand hem meer tot u hem bekijkt. ' +
      'Een getal van 2 tot en met 10.',
    'validation.autoHideReports':
      'Vul een getal van 2 tot en met 10 in: na zoveel meldingen wordt een plaatsing verborgen.',
    'settings.status': 'Staat de marktplaats open?',
    'settings.live': 'Ja, open voor nieuwe plaatsingen',
    'settings.paused': 'Gepauzeerd: geen nieuwe plaatsingen',
    'settings.save': 'Instellingen opslaan',
    'settings.logo': 'Logo',
    'settings.noLogo': 'Deze marktplaats heeft nog geen logo.',
    'settings.logoAlt': 'Logo van {name}',
    'settings.logoFile': 'Kies een logo',
    'settings.logoHint': 'Een PNG- of SVG-bestand van hoogstens 200 kB.',
    'settings.logoUpload': 'Logo plaatsen',
    'settings.logoRemove': 'Logo weghalen',
    'settings.logoMissing': 'Kies eerst een bestand.',
    'settings.back': 'Terug naar beheer',
    'flash.settingsSaved': 'De instellingen zijn opgeslagen.',
    'flash.logoSaved': 'Het logo staat erop.',
    'flash.logoRemoved': 'Het logo is weggehaald.',
    'validation.marketplaceName': 'Vul de naam van de marktplaats in.',
    'validation.operatorOrganisation': 'Kies de organisatie die de marktplaats beheert.',
    'validation.focusContrast':
      'Deze hoofdkleur is te licht. Een knop of link met focus krijgt een rand in deze kleur, en die rand moet goed ' +
      'te zien zijn op wit. Het contrast met wit is {ratio}:1. Nodig is minstens 3:1. Kies een donkerdere kleur.',
  },
  {
    'validation.marketplaceStatus': 'Choose live or paused.',
    'validation.logoType': 'Choose a PNG or SVG file.',
    'validation.logoSize': 'The logo is too large. It may be 200 kB at most.',
    'validation.logoNotImage': 'This file is not a PNG or SVG. Choose another file.',
    'validation.color': 'Fill in a colour as #rrggbb, for example #0b5394.',
    'validation.contrast':
      'The text colour and background colour differ too little (contrast {ratio}:1). WCAG AA needs at least 4.5:1.',
    'validation.operatorType': 'A marketplace is run by a welfare organisation or a volunteer centre.',
    'problem.marketplaceExists': 'This municipality already has a marketplace.',
    'settings.link': 'Marketplace settings',
    'settings.beheer': 'Management',
    'settings.title': 'Settings of {name}',
    'settings.name': 'Name of the marketplace',
    'settings.brandColor': 'Main colour',
    'settings.colorHint':
      'A colour code, for example #0b5394. Choose a dark colour: buttons and the focus outline on the white page get ' +
      'this colour (contrast at least 3:1 with white).',
    'settings.brandTextColor': 'Text colour on the main colour',
    'settings.contrastHint':
      'A colour code, for example #ffffff. It must differ enough from the main colour (contrast 4.5:1), so ' +
      'everyone can read the text.',
    'settings.options': 'How does the marketplace work?',
    'settings.premoderation': 'A moderator approves every new post first',
    'settings.showNeighbours': 'Also show posts of the marketplaces in neighbouring municipalities',
    'settings.disabledCategories': 'Categories that are switched off',
    'settings.disabledCategoriesHint': 'Nobody can post in these on this marketplace.',
    'settings.expiryWeeks': 'After how many weeks does a post expire?',
    'settings.expiryWeeksHint': 'A number from 1 to 52.',
    'settings.followUpDays': 'After how many days do we ask: Did you find help?',
    'settings.followUpDaysHint': 'Counted from the first response. A number from 1 to 60.',
    'settings.autoHideReports': 'Hide after reports from how many people?',
    'settings.autoHideReportsHint':
      'When this many different people report a post, nobody sees it any more until you look at it. ' +
      'A number from 2 to 10.',
    'validation.autoHideReports': 'Fill in a number from 2 to 10: after that many reports a post is hidden.',
    'settings.status': 'Is the marketplace open?',
    'settings.live': 'Yes, open for new posts',
    'settings.paused': 'Paused: no new posts',
    'settings.save': 'Save settings',
    'settings.logo': 'Logo',
    'settings.noLogo': 'This marketplace has no logo yet.',
    'settings.logoAlt': 'Logo of {name}',
    'settings.logoFile': 'Choose a logo',
    'settings.logoHint': 'A PNG or SVG file of at most 200 kB.',
    'settings.logoUpload': 'Upload logo',
    'settings.logoRemove': 'Remove logo',
    'settings.logoMissing': 'Choose a file first.',
    'settings.back': 'Back to management',
    'flash.settingsSaved': 'The settings are saved.',
    'flash.logoSaved': 'The logo is in place.',
    'flash.logoRemoved': 'The logo is removed.',
    'validation.marketplaceName': 'Enter the name of the marketplace.',
    'validation.operatorOrganisation': 'Choose the organisation that runs the marketplace.',
    'validation.focusContrast':
      'This main colour is too light. A focused button or link gets an outline in this colour, and it must be easy ' +
      'to see on white. The contrast with white is {ratio}:1. At least 3:1 is needed. Choose a darker colour.',
  },
);
