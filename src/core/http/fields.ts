import { z } from '@hono/zod-openapi';
import { exampleDay, parseDate, writtenDate } from '../i18n/dates';

/**
 * Field builders shared by forms and the API. Their messages are i18n keys, translated when the
 * error is shown, so one schema gives Dutch errors on pages and in problem+json.
 *
 * `required` is the field's own words for an empty field, an i18n key ("Vul een titel in."): the
 * error summary lists every message, so "Vul dit veld in." would not say which field is meant.
 */
export const text = (options: { max: number; min?: number; required: string }) => {
  const { required } = options;
  const schema = z.string({ error: required }).trim().min(1, required);
  return (options.min && options.min > 1 ? schema.min(options.min, 'validation.tooShort') : schema).max(
    options.max,
    'validation.tooLong',
  );
};

export const optionalText = (options: { max: number }) =>
  z.string({ error: 'validation.invalid' }).trim().max(options.max, 'validation.tooLong').optional();

export const email = (options: { required?: string } = {}) =>
  z
    .string({ error: options.required ?? 'validation.emailRequired' })
    .trim()
    .min(1, options.required ?? 'validation.emailRequired')
    .max(254, 'validation.tooLong')
    .pipe(z.email({ error: 'validation.email' }))
    .transform((value) => value.toLowerCase())
    .openapi({ example: 'naam@voorbeeld.nl', format: 'email' });

/** A new password: an empty one and a short one get the same clear request. */
export const password = () =>
  z
    .string({ error: 'validation.passwordTooShort' })
    .min(12, 'validation.passwordTooShort')
    .max(128, 'validation.tooLong')
    .openapi({ example: 'een-lang-wachtwoord', format: 'password' });

/** A Dutch 4-digit postcode (1000–9999); letters after it ("3511 AB") are allowed and dropped. */
export const postcode4 = () =>
  z
    .string({ error: 'validation.postcodeRequired' })
    .trim()
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^[1-9][0-9]{3}([A-Z]{2})?$/, 'validation.postcode'))
    .transform((value) => value.slice(0, 4))
    .openapi({ example: '3511', type: 'string' });

/** A web address people can follow: http or https only (a javascript: or data: link would run script). */
export const webAddress = () =>
  z
    .url({ protocol: /^https?$/, error: 'validation.url' })
    .max(300, 'validation.tooLong')
    .openapi({ example: 'https://www.voorbeeld.nl/' });

/**
 * One of a list (a select or radio buttons): nothing chosen says "Kies …" in the field's own words
 * (`required`), a value not in the list says `invalid`.
 */
export const choice = <const T extends readonly [string, ...string[]]>(
  values: T,
  messages: { required: string; invalid?: string },
) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === '' ? messages.required : (messages.invalid ?? messages.required),
  });

/**
 * A day typed in a form the way people write it (8-12-2026, "8 december", 2026-12-08; see
 * core/i18n/dates.ts), as YYYY-MM-DD. `today` is the day in Amsterdam by the app's clock; with
 * `notPast` a day before it is refused. The messages show an example two weeks ahead.
 */
export const typedDay = (today: string, options: { notPast?: boolean; required?: string } = {}) =>
  z.string({ error: options.required ?? 'validation.dateRequired' }).transform((value, context) => {
    const example = writtenDate(exampleDay(today));
    const parsed = parseDate(value, today);
    if (!parsed.ok) {
      const message = parsed.reason === 'impossible' ? 'validation.dateImpossible' : 'validation.dateFormat';
      context.addIssue({ code: 'custom', message, params: { example } });
      return z.NEVER;
    }
    if (options.notPast && parsed.date < today) {
      const params = { date: writtenDate(parsed.date), example };
      context.addIssue({ code: 'custom', message: 'validation.dayInPast', params });
      return z.NEVER;
    }
    return parsed.date;
  });
