import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownMessages, mergeMessages, registerMessages, translator } from './core/i18n';
import { messages as coreMessages } from './core/i18n/messages';
import { projectRoot } from './core/paths';
import { MODULES } from './modules';

for (const module of MODULES) if (module.messages) registerMessages(module.messages);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The names a text fills in: {name} placeholders and the numbers of its plural blocks ({count, plural, …}). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] as string))].sort();

/** A text with its plural blocks taken out: what is left is said the same for every number. */
const withoutPlurals = (text: string) => {
  let rest = text;
  for (let start = rest.search(/\{\w+, plural,/); start >= 0; start = rest.search(/\{\w+, plural,/)) {
    let depth = 0;
    let end = start;
    for (; end < rest.length; end++) {
      if (rest[end] === '{') depth += 1;
      if (rest[end] === '}' && --depth === 0) break;
    }
    rest = rest.slice(0, start) + rest.slice(end + 1);
  }
  return rest;
};

describe('the texts of every module', () => {
  it('have the same keys and the same placeholders in Dutch and English, per module', () => {
    for (const catalogue of [coreMessages, ...MODULES.flatMap((m) => (m.messages ? [m.messages] : []))]) {
      expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.nl).sort());
      for (const [key, text] of Object.entries(catalogue.nl))
        expect(placeholders((catalogue.en as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('contain every literal key the code uses, in both languages', () => {
    const nl = knownMessages('nl');
    const en = knownMessages('en');
    // A key passed to t(…), or any literal problem, validation or flash key (commands and schemas
    // name those for later translation).
    const pattern = /(?:\bt\(\s*['"`]|['"`](?=(?:problem|validation|flash)\.))([a-zA-Z]+\.[A-Za-z0-9.-]+)['"`]/g;
    const missing = new Set<string>();
    let checked = 0;
    for (const file of sourceFiles(join(projectRoot, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        const key = match[1] as string;
        if (key.endsWith('.')) continue; // the start of a key built from parts
        checked += 1;
        if (!nl.has(key) || !en.has(key)) missing.add(`${key} (${file.replace(projectRoot, '')})`);
      }
    }
    expect([...missing]).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('say a number of things through Intl.PluralRules: "1 nieuw bericht", never "1 nieuwe berichten"', () => {
    // A number placeholder followed by a word ("{count} partners") would read "1 partners": such a
    // text chooses its words in a plural block. Left: labels ("Reacties ({count})"), units ("{km} km")
    // and words that do not change with the number ("{count} gevonden").
    const number = '\\{(?:count|total|seconds|max|min|n|days|weeks|hours|municipalities|people)\\}';
    const unchanged = '(?!km\\b|gevonden\\b|found\\b|met\\b|with\\b|ongelezen\\b|unread\\b)';
    const numbers = new RegExp(`${number} ${unchanged}\\p{L}`, 'u');
    const wrong: string[] = [];
    for (const locale of ['nl', 'en'] as const)
      for (const [key, text] of knownMessages(locale))
        if (numbers.test(withoutPlurals(text))) wrong.push(`${locale} ${key}`);
    expect(wrong).toEqual([]);
    const nl = translator('nl');
    const en = translator('en');
    expect(nl('market.unread', { count: 1 })).toBe('1 nieuw bericht');
    expect(nl('market.unread', { count: 3 })).toBe('3 nieuwe berichten');
    expect(en('market.unread', { count: 1 })).toBe('1 new message');
    expect(nl('innovation.participantCount', { count: 1 })).toBe('1 partner');
    expect(en('innovation.participantCount', { count: 2 })).toBe('2 partners');
    expect(nl('problem.tooMany.detail', { seconds: 1 })).toContain('Wacht 1 seconde en');
    expect(nl('municipalities.count', { count: 1 })).toBe('1 gemeente gevonden');
  });

  it('refuses a key that two modules define differently', () => {
    expect(() =>
      registerMessages({ nl: { 'layout.skipLink': 'iets anders' }, en: { 'layout.skipLink': 'x' } }),
    ).toThrowError(/defined twice/);
  });

  it('refuses a key that two sub-features of one module both define', () => {
    const one = { nl: { 'x.a': 'a' }, en: { 'x.a': 'a' } };
    expect(mergeMessages(one, { nl: { 'x.b': 'b' }, en: { 'x.b': 'b' } }).nl).toEqual({ 'x.a': 'a', 'x.b': 'b' });
    expect(() => mergeMessages(one, one)).toThrowError(/x\.a is defined twice/);
  });

  it('fills placeholders and shows an unknown key as itself', () => {
    const t = translator('nl');
    expect(t('validation.tooLong', { max: 100 })).toBe('Dit is te lang. Gebruik maximaal 100 tekens.');
    expect(t('geen.bestaande.sleutel')).toBe('geen.bestaande.sleutel');
  });
});
