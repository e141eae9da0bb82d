import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNext, safeRedirectPath } from './redirect';

describe('the one safe redirect', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeRedirectPath('/mijn-profiel')).toBe('/mijn-profiel');
    expect(safeRedirectPath('/gemeenten/utrecht/marktplaats?zoek=boodschap&near=3512')).toBe(
      '/gemeenten/utrecht/marktplaats?zoek=boodschap&near=3512',
    );
    expect(safeRedirectPath('/a/./b/../c')).toBe('/a/c');
  });

  it('refuses everything a browser could resolve to another host', () => {
    for (const value of [
      '//evil.example',
      '//evil.example/',
      '/\\evil.example',
      '/.//evil.example/',
      '/./\\evil.example',
      '/%2F%2Fevil.example',
      '/%5Cevil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/\t/evil.example',
      ' /x',
      '',
      undefined,
    ]) {
      expect(safeRedirectPath(value), String(value)).toBeUndefined();
    }
    expect(safeNext('//evil.example', '/')).toBe('/');
  });

  it('never returns anything that leaves the site, for any input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('/', '\\', '.', '%', '2', 'f', '5', 'c', 'e', ':', '?', '#', 'a') }),
        (tail) => {
          const path = safeRedirectPath(`/${tail}`);
          if (path === undefined) return;
          const resolved = new URL(path, 'https://samen.example/base/');
          expect(resolved.host).toBe('samen.example');
          expect(path).not.toMatch(/^\/[/\\]/);
        },
      ),
      { seed: 8, numRuns: 2000 },
    );
  });
});
