import type { ViewContext } from '../../../core/views/context';

/** Numbers, money, shares and months as the report shows them; a suppressed count reads "< 5". */
export function useFormat(ctx: ViewContext) {
  const locale = ctx.locale === 'en' ? 'en-GB' : 'nl-NL';
  const integer = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const small = ctx.t('reports.small');
  return {
    count: (value: number | null) => (value === null ? small : integer.format(value)),
    decimal: (value: number | null) => (value === null ? ctx.t('reports.none') : decimal.format(value)),
    euros: (value: number | null) => (value === null ? small : euros.format(value)),
    share: (value: number | null) => (value === null ? ctx.t('reports.none') : `${decimal.format(value * 100)}%`),
    month: (day: string) => month.format(new Date(`${day.slice(0, 7)}-01T00:00:00Z`)),
  };
}
