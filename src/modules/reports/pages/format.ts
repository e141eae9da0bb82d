import { formatNumber, type Locale } from '../../../core/i18n';
import type { ViewContext } from '../../../core/views/context';

/** Numbers, money, shares and months as the report shows them; a suppressed count reads "< 5". */
export function useFormat(ctx: ViewContext) {
  const { decimal, euros, month } = formatsOf(ctx.locale);
  const small = ctx.t('reports.small');
  return {
    count: (value: number | null) => (value === null ? small : formatNumber(ctx.locale, value)),
    decimal: (value: number | null) => (value === null ? ctx.t('reports.none') : decimal.format(value)),
    euros: (value: number | null) => (value === null ? small : euros.format(value)),
    share: (value: number | null) => (value === null ? ctx.t('reports.none') : `${decimal.format(value * 100)}%`),
    month: (day: string) => month.format(new Date(`${day.slice(0, 7)}-01T00:00:00Z`)),
  };
}

/** The report's own formats, made once per language as core/i18n's are (making one costs 30–110 µs). */
const formats = new Map<Locale, ReturnType<typeof makeFormats>>();
function formatsOf(locale: Locale) {
  let found = formats.get(locale);
  if (!found) {
    found = makeFormats(locale);
    formats.set(locale, found);
  }
  return found;
}

const makeFormats = (language: Locale) => {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  return {
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    euros: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  };
};
