import type { Locale } from '../../core/i18n';
import { messages } from './messages';

type Key = keyof typeof messages.nl;

/**
 * The module's texts in the recipient's language, for mails: read from this module's own catalogue,
 * so a mail queued before the app registered its texts (a script, the seed) is still complete.
 */
export function mailTexts(locale: Locale) {
  const catalogue: Readonly<Record<Key, string>> = messages[locale];
  return (key: Key, params: Record<string, string> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
