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
