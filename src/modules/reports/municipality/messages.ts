import { defineMessages } from '../../../core/i18n';

export const municipalityMessages = defineMessages(
  {
    'figures.title': 'Cijfers {name}',
    'figures.lead':
      'Wat {name} in Samen doet: de marktplaats voor vrijwillige hulp en het werk aan vernieuwing, ' +
      'naast gemeenten van dezelfde grootte.',
    'figures.period': '{from} tot en met {to}.',
    'figures.marketplace': 'Marktplaats',
    'figures.noMarketplace': 'Deze gemeente heeft nog geen marktplaats in Samen.',
    'figures.fullReport': 'Bekijk de hele rapportage van de marktplaats',
    'figures.innovation': 'Vernieuwing en opschalen',
    'figures.innovation.d': 'Zoals het nu is, niet alleen in deze periode.',
    'figures.initiativesLed': 'Initiatieven die de gemeente leidt',
    'figures.coDeveloping': 'Initiatieven waar de gemeente aan meewerkt',
    'figures.following': 'Initiatieven die de gemeente volgt',
    'figures.adoptions': 'Landelijke voorzieningen: {stage}',
    'figures.comparison': 'Vergeleken met gemeenten van dezelfde grootte',
    'figures.comparison.d':
      'De mediaan van {others} andere gemeenten met {size} inwoners ({withMarketplace} met een marktplaats). ' +
      'U ziet geen namen en geen cijfers van één gemeente.',
    'figures.tooFew': 'te weinig om te vergelijken',
    'figures.here': 'Deze gemeente',
    'figures.median': 'Mediaan van de anderen',
    'figures.size.tot-10k': 'minder dan 10.000',
    'figures.size.10k-20k': '10.000 tot 20.000',
    'figures.size.20k-50k': '20.000 tot 50.000',
    'figures.size.50k-100k': '50.000 tot 100.000',
    'figures.size.100k-150k': '100.000 tot 150.000',
    'figures.size.150k-250k': '150.000 tot 250.000',
    'figures.size.250k-plus': '250.000 of meer',
  },
  {
    'figures.title': 'Figures {name}',
    'figures.lead':
      'What {name} does in Samen: the marketplace for voluntary help and the work on innovation, ' +
      'next to municipalities of the same size.',
    'figures.period': '{from} up to and including {to}.',
    'figures.marketplace': 'Marketplace',
    'figures.noMarketplace': 'This municipality has no marketplace in Samen yet.',
    'figures.fullReport': 'See the full report of the marketplace',
    'figures.innovation': 'Innovation and scaling up',
    'figures.innovation.d': 'As it is now, not only in this period.',
    'figures.initiativesLed': 'Initiatives the municipality leads',
    'figures.coDeveloping': 'Initiatives the municipality works on',
    'figures.following': 'Initiatives the municipality follows',
    'figures.adoptions': 'National services: {stage}',
    'figures.comparison': 'Compared with municipalities of the same size',
    'figures.comparison.d':
      'The median of {others} other municipalities with {size} inhabitants ({withMarketplace} with a marketplace). ' +
      'You see no names and no figures of a single municipality.',
    'figures.tooFew': 'too few to compare',
    'figures.here': 'This municipality',
    'figures.median': 'Median of the others',
    'figures.size.tot-10k': 'fewer than 10,000',
    'figures.size.10k-20k': '10,000 to 20,000',
    'figures.size.20k-50k': '20,000 to 50,000',
    'figures.size.50k-100k': '50,000 to 100,000',
    'figures.size.100k-150k': '100,000 to 150,000',
    'figures.size.150k-250k': '150,000 to 250,000',
    'figures.size.250k-plus': '250,000 or more',
  },
);
