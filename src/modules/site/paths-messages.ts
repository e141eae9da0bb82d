import { defineMessages } from '../../core/i18n';

/** Texts of the list of municipalities and the home page's links to both halves, in Dutch (B1) and English. */
export const messages = defineMessages(
  {
    'municipalities.marketplace': 'Marktplaats',
    'municipalities.noMarketplace': 'Nog niet',
    'municipalities.marketplaceFilter': 'Marktplaats',
    'municipalities.marketplaceAny': 'Alle gemeenten',
    'municipalities.marketplaceLive': 'Alleen gemeenten met een marktplaats',
    'municipalities.countWithMarketplace': 'Gemeenten met een marktplaats: {count}',
    'home.helpLink': 'Zoek een marktplaats bij u in de buurt',
    'home.innovateLink': 'Bekijk de initiatieven van gemeenten',
  },
  {
    'municipalities.marketplace': 'Marketplace',
    'municipalities.noMarketplace': 'Not yet',
    'municipalities.marketplaceFilter': 'Marketplace',
    'municipalities.marketplaceAny': 'All municipalities',
    'municipalities.marketplaceLive': 'Only municipalities with a marketplace',
    'municipalities.countWithMarketplace': 'Municipalities with a marketplace: {count}',
    'home.helpLink': 'Find a marketplace near you',
    'home.innovateLink': "See the municipalities' initiatives",
  },
);
