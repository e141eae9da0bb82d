// Who may read a marketplace's report: its beheerders (everything), the officials of its
// municipality and the operator (protected figures); the national figures: the operator only.
import { type Case, only, OPERATOR_ONLY, PUBLIC, type Table } from './matrix';

const readers = {
  GM0344: ['beheerder', 'official', 'operator'],
  GM0599: ['otherBeheerder', 'otherOfficial', 'operator'],
} as const;
const managers = { GM0344: ['beheerder', 'operator'], GM0599: ['otherBeheerder', 'operator'] } as const;

function perMarketplace(allowed: typeof readers | typeof managers, call: (code: string) => Case['call']): Case[] {
  return (['GM0344', 'GM0599'] as const).map((code) => ({
    variant: code === 'GM0344' ? 'Utrecht' : 'Rotterdam',
    expect: only([...allowed[code]]),
    call: call(code),
  }));
}

export const reportExpectations: Table = {
  'GET /marketplaces/{code}/report': perMarketplace(readers, (code) => () => ({ params: { code } })),
  'PUT /marketplaces/{code}/report-settings': perMarketplace(managers, (code) => () => ({
    params: { code },
    body: { socialValuePerMatch: 2000 },
  })),
  'GET /reports/national': { expect: OPERATOR_ONLY },
  'GET /municipalities/{code}/report': perMarketplace(readers, (code) => () => ({ params: { code } })),
  // open data: anonymised, for everyone
  'GET /open-data': { expect: PUBLIC },
  'GET /open-data/monthly-activity': { expect: PUBLIC },
};
