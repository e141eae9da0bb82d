// Who may use the moderation pages about people: a person's page (warn, block), lifting a block,
// and the activity log. A marketplace's beheerders on their own marketplace, and the operator.
import { writtenDate } from '../core/i18n/dates';
import { type Case, onlyPage, type Table } from './matrix';
import { inTwoWeeks, MARKETPLACES, spare, spareBlock } from './moderation-fixtures';

type Slug = keyof typeof MARKETPLACES;

function perMarketplace(make: (slug: Slug) => Omit<Case, 'expect' | 'variant'>): Case[] {
  return [
    { variant: 'own marketplace (Utrecht)', expect: onlyPage(['beheerder', 'operator']), ...make('utrecht') },
    {
      variant: 'other marketplace (Rotterdam)',
      expect: onlyPage(['otherBeheerder', 'operator']),
      ...make('rotterdam'),
    },
  ];
}

const BEHEER = '/gemeenten/:slug/marktplaats/beheer';

export const moderationPageExpectations: Table = {
  [`GET ${BEHEER}/personen/:accountId`]: perMarketplace((slug) => ({
    call: async (w) => ({ params: { slug, accountId: await spare(w) } }),
  })),
  [`POST ${BEHEER}/personen/:accountId/waarschuwen`]: perMarketplace((slug) => ({
    call: async (w) => ({ params: { slug, accountId: await spare(w) }, form: { warningReason: 'Let op uw toon' } }),
  })),
  [`POST ${BEHEER}/personen/:accountId/blokkeren`]: perMarketplace((slug) => ({
    call: async (w) => ({
      params: { slug, accountId: await spare(w) },
      form: { blockReason: 'Steeds reclame', blockEnd: writtenDate(inTwoWeeks()) },
    }),
  })),
  [`POST ${BEHEER}/blokkades/:id/opheffen`]: perMarketplace((slug) => ({
    call: async (w) => ({ params: { slug, id: await spareBlock(w, MARKETPLACES[slug]) } }),
  })),
  [`GET ${BEHEER}/logboek`]: perMarketplace((slug) => ({ call: () => ({ params: { slug } }) })),
};
