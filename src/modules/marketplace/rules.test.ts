import { describe, expect, it } from 'vitest';
import { canTransition, contrastRatio, focusRingProblem, initialStatus, publicPerson, wordRanges } from './rules';

describe('post lifecycle', () => {
  it('allows the transitions of the design and nothing else', () => {
    expect(canTransition('open', 'matched')).toBe(true);
    expect(canTransition('in-review', 'open')).toBe(true);
    expect(canTransition('matched', 'closed')).toBe(true);
    expect(canTransition('closed', 'open')).toBe(false);
    expect(canTransition('matched', 'matched')).toBe(false);
    expect(canTransition('withdrawn', 'open')).toBe(false);
    expect(canTransition('expired', 'open')).toBe(true);
  });

  it('sends posts to review on pre-moderated marketplaces or when flagged', () => {
    expect(initialStatus(false, false)).toBe('open');
    expect(initialStatus(true, false)).toBe('in-review');
    expect(initialStatus(false, true)).toBe('in-review');
  });
});

describe('theme contrast', () => {
  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#0b5394')).toBeGreaterThan(4.5);
    expect(contrastRatio('#ffffff', '#ffd700')).toBeLessThan(4.5);
  });

  it('keeps the focus ring visible: the brand colour needs 3:1 against the white page', () => {
    for (const visible of ['#a3141d', '#00594f', '#0b5394', '#767676']) expect(focusRingProblem(visible)).toBeNull();
    expect(focusRingProblem('#ffd700')).toBeCloseTo(1.4, 1);
    expect(focusRingProblem('#959595')).toBeGreaterThan(2.9);
  });
});

describe('privacy', () => {
  it('shows only a first name', () => {
    expect(publicPerson('Fatima El Amrani')).toBe('Fatima');
    expect(publicPerson(null)).toBe('Een inwoner');
  });
});

describe('search words', () => {
  it('turns stems into prefix ranges, shortening a doubled final consonant', () => {
    expect(wordRanges(['boodschapp'])).toEqual([{ lo: 'boodschap', hi: 'boodschaq' }]);
    expect(wordRanges(['hulp', 'tuin'])).toEqual([
      { lo: 'hulp', hi: 'hulq' },
      { lo: 'tuin', hi: 'tuio' },
    ]);
  });

  it('merges stems that become the same word and skips empty ones', () => {
    expect(wordRanges(['boodschap', 'boodschapp', ''])).toEqual([{ lo: 'boodschap', hi: 'boodschaq' }]);
  });

  it('covers exactly the lexemes that start with the word', () => {
    const [range] = wordRanges(['boodschapp']);
    const inRange = (lexeme: string) => lexeme >= (range?.lo ?? '') && lexeme < (range?.hi ?? '');
    expect(['boodschap', 'boodschapp', 'boodschappenlijst'].every(inRange)).toBe(true);
    expect(['boodscha', 'boodschaq', 'bood'].some(inRange)).toBe(false);
  });
});
