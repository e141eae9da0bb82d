import { describe, expect, it } from 'vitest';
import { clusterInitiatives, recallAtK } from './rules';
import { withConcepts } from './similarity';

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
