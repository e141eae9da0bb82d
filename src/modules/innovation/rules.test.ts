import { describe, expect, it } from 'vitest';
import { canMoveToPhase, clusterInitiatives, recallAtK, salesPitchSignals } from './rules';
import { withConcepts } from './similarity';

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

describe('clustering', () => {
  const themes = new Map<string, string[]>([
    ['a', ['schulden']],
    ['b', ['schulden', 'werk-en-inkomen']],
    ['c', ['werk-en-inkomen']],
    ['d', ['vervoer']],
    ['e', ['vervoer', 'ouderen']],
  ]);

  it('groups strong resemblances, largest first, and ignores weak ones', () => {
    const clusters = clusterInitiatives(
      [
        { a: 'd', b: 'e', score: 0.8 },
        { a: 'a', b: 'b', score: 0.7 },
        { a: 'a', b: 'd', score: 0.2 },
      ],
      themes,
      0.5,
    );
    expect(clusters.map((group) => [...group].sort())).toEqual([
      ['d', 'e'],
      ['a', 'b'],
    ]);
  });

  it('never chains unrelated themes together', () => {
    // a–b share "schulden", b–c share "werk-en-inkomen", but a and c share nothing.
    const clusters = clusterInitiatives(
      [
        { a: 'a', b: 'b', score: 0.9 },
        { a: 'b', b: 'c', score: 0.8 },
      ],
      themes,
      0.5,
    );
    expect(clusters).toEqual([['a', 'b']]);
  });
});

describe('evaluation measures', () => {
  it('computes recall@k over both directions of each pair', () => {
    const topK = new Map([
      ['a', ['x', 'b']],
      ['b', ['y', 'z', 'q', 'r', 's', 'a']],
    ]);
    expect(recallAtK([['a', 'b']], topK, 5)).toBe(0.5);
    expect(recallAtK([['a', 'b']], topK, 6)).toBe(1);
  });
});

describe('concepts', () => {
  it('adds one concept term per concept touched, weighted by the words that express it', () => {
    const terms = withConcepts(
      [
        { lexeme: 'huur', weight: 0.6 },
        { lexeme: 'achterstand', weight: 0.8 },
        { lexeme: 'fiets', weight: 0.1 },
      ],
      [
        { lexeme: 'achterstand', concept: 'schulden' },
        { lexeme: 'huur', concept: 'vastelasten' },
        { lexeme: 'huur', concept: 'wonen' },
      ],
    );
    expect(terms.slice(3)).toEqual([
      { lexeme: '~vastelasten', weight: expect.closeTo(0.9, 5) },
      { lexeme: '~wonen', weight: expect.closeTo(0.9, 5) },
      { lexeme: '~schulden', weight: expect.closeTo(1.2, 5) },
    ]);
  });
});
