// The report pages of a marketplace: its beheerders, the officials of its municipality and the
// operator may read them (the CSV too); only beheerders and the operator set the amount per match.
import { type Case, only, onlyPage, PUBLIC, type Table } from './matrix';

const readers = {
  utrecht: ['beheerder', 'official', 'operator'],
  rotterdam: ['otherBeheerder', 'otherOfficial', 'operator'],
} as const;
const managers = { utrecht: ['beheerder', 'operator'], rotterdam: ['otherBeheerder', 'operator'] } as const;

function perMarketplace(allowed: typeof readers | typeof managers, call: (slug: string) => Case['call']): Case[] {
  return (['utrecht', 'rotterdam'] as const).map((slug) => ({
    variant: slug,
    expect: onlyPage([...allowed[slug]]),
    call: call(slug),
  }));
}

export const reportPageExpectations: Table = {
  'GET /gemeenten/:slug/cijfers': perMarketplace(readers, (slug) => () => ({ params: { slug } })),
  'GET /cijfers': { expect: only(['operator'], 403, 'login') },
  'GET /open-data': { expect: PUBLIC },
  'GET /open-data/maandcijfers.csv': { expect: PUBLIC },
  'GET /gemeenten/:slug/marktplaats/rapportage': perMarketplace(readers, (slug) => () => ({ params: { slug } })),
  'GET /gemeenten/:slug/marktplaats/rapportage.csv': perMarketplace(readers, (slug) => () => ({ params: { slug } })),
  'POST /gemeenten/:slug/marktplaats/rapportage/waarde': perMarketplace(managers, (slug) => () => ({
    params: { slug },
    form: { euros: '2000' },
  })),
};
