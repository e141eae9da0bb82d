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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

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
