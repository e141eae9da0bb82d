import type { Catalogue } from './define';
import { messages as coreMessages } from './messages';
import { selectPlurals } from './plural';

export { type Catalogue, defineMessages, mergeMessages } from './define';
export { pluralCategory, pluralVariables } from './plural';

export type Locale = 'nl' | 'en';
export type Translate = (key: string, params?: Record<string, string | number | undefined>) => string;

/**
 * One catalogue per language, filled with each module's texts when the app is put together
 * (app.ts registers every module's `messages`). A key two modules define differently is a defect.
 */
const catalogues: Record<Locale, Map<string, string>> = { nl: new Map(), en: new Map() };

export function registerMessages(catalogue: Catalogue): void {
  for (const locale of ['nl', 'en'] as const) {
    for (const [key, text] of Object.entries(catalogue[locale])) {
      const known = catalogues[locale].get(key);
      if (known !== undefined && known !== text) throw new Error(`message ${key} is defined twice`);
      catalogues[locale].set(key, text);
    }
  }
}
registerMessages(coreMessages);

/** Every key known now, per language (for the catalogue tests). */
export function knownMessages(locale: Locale): ReadonlyMap<string, string> {
  return catalogues[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/**
 * Looks a key up in the catalogue, chooses its plural forms (`{count, plural, one {…} other {…}}`,
 * by Intl.PluralRules) and fills {placeholders}. An unknown key is returned as it is, which keeps a
 * missing translation visible instead of silently empty.
 */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const template = catalogue.get(key) ?? key;
    if (!params) return template;
    return selectPlurals(locale, template, params).replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined ? match : String(value);
    });
  };
}

// Made once per locale: an Intl formatter costs 30–100 µs to make and under 1 µs to use, and a list
// page formats a number or a date for every card (docs/performance.md).
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatNumber(locale: Locale, value: number): string {
  const format = numberFormats.get(locale) ?? new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  numberFormats.set(locale, format);
  return format.format(value);
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  const format =
    dateTimeFormats.get(locale) ??
    new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
  dateTimeFormats.set(locale, format);
  return format.format(new Date(value));
}
