import { en } from './en';
import { nl } from './nl';

export type Locale = 'nl' | 'en';
export type MessageKey = keyof typeof nl;
export type Translate = (key: string, params?: Record<string, string | number | undefined>) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/**
 * Looks a key up in the catalogue and fills {placeholders}. An unknown key is returned as it is,
 * which keeps a missing translation visible instead of silently empty.
 */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale] as Record<string, string>;
  return (key, params) => {
    const template = catalogue[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined ? match : String(value);
    });
  };
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(value));
}
