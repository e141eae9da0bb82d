import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths';
import { en } from './en';
import { translator } from './index';
import { nl } from './nl';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys and the same placeholders in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('contain every literal key the code uses', () => {
    const known = new Set(Object.keys(nl));
    const missing = new Set<string>();
    const pattern =
      /['"`]((?:layout|home|municipalities|municipality|breadcrumb|pagination|form|validation|problem|flash|register|checkMail|verify|resend|forgot|login|reset|profile|delete|devMail|error|accessibility|privacy|innovation|clusters|similar|initiativeForm|initiativePage|experiment|preferences|market|postStatus|followUp|category)\.[A-Za-z0-9.]+)['"`]/g;
    for (const file of sourceFiles(join(projectRoot, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        if (!known.has(match[1] as string)) missing.add(`${match[1]} (${file.replace(projectRoot, '')})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('fills placeholders and shows an unknown key as itself', () => {
    const t = translator('nl');
    expect(t('validation.tooLong', { max: 100 })).toBe('Dit is te lang. Gebruik maximaal 100 tekens.');
    expect(t('geen.bestaande.sleutel')).toBe('geen.bestaande.sleutel');
  });
});
