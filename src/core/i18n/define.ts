/** A module's texts: the same keys in Dutch and English (a key in one language only is a type error). */
export interface Catalogue {
  nl: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

export function defineMessages<const N extends Record<string, string>>(
  nl: N,
  en: { readonly [K in keyof N]: string },
): { nl: N; en: { readonly [K in keyof N]: string } } {
  return { nl, en };
}

/** A module's sub-features' texts as its one catalogue; a key that two of them define is a defect. */
export function mergeMessages(...catalogues: Catalogue[]): Catalogue {
  const merged = { nl: {} as Record<string, string>, en: {} as Record<string, string> };
  for (const catalogue of catalogues)
    for (const locale of ['nl', 'en'] as const)
      for (const [key, text] of Object.entries(catalogue[locale])) {
        if (key in merged[locale]) throw new Error(`message ${key} is defined twice`);
        merged[locale][key] = text;
      }
  return merged;
}
