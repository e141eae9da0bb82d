import { z } from '@hono/zod-openapi';

/**
 * Field builders shared by forms and the API. Their messages are i18n keys, translated when the
 * error is shown, so one schema gives Dutch errors on pages and in problem+json.
 */
export const text = (options: { max: number; min?: number }) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(options.min ?? 1, options.min && options.min > 1 ? 'validation.tooShort' : 'validation.required')
    .max(options.max, 'validation.tooLong');

export const optionalText = (options: { max: number }) =>
  z.string({ error: 'validation.invalid' }).trim().max(options.max, 'validation.tooLong').optional();

export const email = () =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .pipe(z.email({ error: 'validation.email' }))
    .transform((value) => value.toLowerCase())
    .openapi({ example: 'naam@voorbeeld.nl', format: 'email' });

export const password = () =>
  z
    .string({ error: 'validation.required' })
    .min(1, 'validation.required')
    .min(12, 'validation.passwordTooShort')
    .max(128, 'validation.tooLong')
    .openapi({ example: 'een-lang-wachtwoord', format: 'password' });

/** A Dutch 4-digit postcode (1000–9999); letters after it ("3511 AB") are allowed and dropped. */
export const postcode4 = () =>
  z
    .string({ error: 'validation.required' })
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
