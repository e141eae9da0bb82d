import { describe, expect, it } from 'vitest';
import { canMoveToPhase, salesPitchSignals } from './rules';

describe('sales pitch screening', () => {
  it('names prices, demo requests, quotes and licences', () => {
    expect(salesPitchSignals(['Onze app kost €2,50 per inwoner.'])).toEqual(['een prijs']);
    expect(salesPitchSignals(['Slechts 5 euro per gebruiker per maand.'])).toEqual(['een prijs']);
    expect(salesPitchSignals(['Vraag een demo aan via onze website!'])).toEqual(['"vraag een demo aan"']);
    expect(salesPitchSignals(['Wij sturen graag een offerte.'])).toEqual(['"offerte"']);
    expect(salesPitchSignals(['Licentiekosten zijn laag, met korting voor kleine gemeenten.'])).toEqual([
      'licentie- of abonnementskosten',
      'een aanbieding',
    ]);
  });

  it('leaves ordinary municipal language alone', () => {
    expect(
      salesPitchSignals([
        'We delen de resultaten van de pilot met andere gemeenten en zoeken financiering voor opschaling.',
      ]),
    ).toEqual([]);
    expect(salesPitchSignals(['Inwoners met een demonstratiewoning leren over domotica.'])).toEqual([]);
    expect(salesPitchSignals(['Gemiddeld besparen huishoudens zo 150 euro per jaar.'])).toEqual([]);
    expect(salesPitchSignals(['Bewoners krijgen samen 200.000 euro om te besteden aan hun buurt.'])).toEqual([]);
    expect(salesPitchSignals(['In de community-supermarkt leveren leveranciers producten met korting.'])).toEqual([]);
  });
});

describe('phases', () => {
  it('move forward one step at a time, or back', () => {
    expect(canMoveToPhase('idee', 'pilot')).toBe(true);
    expect(canMoveToPhase('idee', 'evaluatie')).toBe(false);
    expect(canMoveToPhase('opschaling', 'pilot')).toBe(true);
    expect(canMoveToPhase('pilot', 'pilot')).toBe(false);
  });
});
