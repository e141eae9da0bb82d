import type { Catalogue } from '../../../core/i18n';

/** Several catalogues as one; a key that two of them define is a defect, found at start-up. */
export function mergeCatalogues(...catalogues: Catalogue[]): Catalogue {
  const merged = { nl: {} as Record<string, string>, en: {} as Record<string, string> };
  for (const catalogue of catalogues)
    for (const locale of ['nl', 'en'] as const)
      for (const [key, text] of Object.entries(catalogue[locale])) {
        if (key in merged[locale]) throw new Error(`message ${key} is defined twice in the scale-up module`);
        merged[locale][key] = text;
      }
  return merged;
}
