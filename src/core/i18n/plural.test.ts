import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pluralCategory, pluralVariables, selectPlurals } from './plural';

const UNREAD_NL = '{count, plural, one {# nieuw bericht} other {# nieuwe berichten}}';
const UNREAD_EN = '{count, plural, one {# new message} other {# new messages}}';

describe('plural forms through Intl.PluralRules', () => {
  it('says "1 nieuw bericht" and "2 nieuwe berichten", "1 new message" and "0 new messages"', () => {
    expect(selectPlurals('nl', UNREAD_NL, { count: 1 })).toBe('1 nieuw bericht');
    expect(selectPlurals('nl', UNREAD_NL, { count: 2 })).toBe('2 nieuwe berichten');
    expect(selectPlurals('nl', UNREAD_NL, { count: 0 })).toBe('0 nieuwe berichten');
    expect(selectPlurals('en', UNREAD_EN, { count: 1 })).toBe('1 new message');
    expect(selectPlurals('en', UNREAD_EN, { count: 0 })).toBe('0 new messages');
  });

  it('writes the number the way the language does, and prefers an exact form', () => {
    expect(selectPlurals('nl', UNREAD_NL, { count: 1234 })).toBe('1.234 nieuwe berichten');
    expect(selectPlurals('en', UNREAD_EN, { count: 1234 })).toBe('1,234 new messages');
    const responses = '{count, plural, =0 {Nog geen reacties} one {# reactie} other {# reacties}}';
    expect(selectPlurals('nl', responses, { count: 0 })).toBe('Nog geen reacties');
    expect(selectPlurals('nl', responses, { count: 1 })).toBe('1 reactie');
  });

  it('keeps the text around a block and the placeholders inside it for later', () => {
    const heading = '{count, plural, one {# initiatief} other {# initiatieven}} in {where}, samen';
    expect(selectPlurals('nl', heading, { count: 3, where: 'x' })).toBe('3 initiatieven in {where}, samen');
    const nested = 'Wacht {seconds, plural, one {# seconde} other {# seconden}} en {again}.';
    expect(selectPlurals('nl', nested, { seconds: 1 })).toBe('Wacht 1 seconde en {again}.');
    expect(pluralVariables(`${heading} {n, plural, other {#}}`)).toEqual(['count', 'n']);
  });

  it('leaves a block as it is when its number is missing, so the fault stays visible', () => {
    expect(selectPlurals('nl', UNREAD_NL, {})).toBe(UNREAD_NL);
    expect(selectPlurals('nl', UNREAD_NL, { count: 'veel' })).toBe(UNREAD_NL);
    expect(selectPlurals('nl', 'geen meervoud {count}', { count: 1 })).toBe('geen meervoud {count}');
  });

  it('chooses "one" for exactly 1 and "other" for every other whole number, in Dutch and English', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.constantFrom('nl' as const, 'en' as const), (count, locale) => {
        expect(pluralCategory(locale, count)).toBe(count === 1 ? 'one' : 'other');
        const text = selectPlurals(locale, locale === 'nl' ? UNREAD_NL : UNREAD_EN, { count });
        expect(
          text.endsWith(count === 1 ? 'bericht' : 'berichten') || text.endsWith(count === 1 ? 'message' : 'messages'),
        ).toBe(true);
        expect(text).not.toContain('#');
      }),
    );
  });
});
