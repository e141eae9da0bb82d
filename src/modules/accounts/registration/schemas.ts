import { z } from '@hono/zod-openapi';
import { email, optionalText, password, postcode4, text } from '../../../core/http/fields';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { linkToken } from '../fields';

export const RegistrationSchema = z
  .object({
    email: email({ required: 'validation.yourEmail' }),
    password: password(),
    name: text({ max: TEXT_LIMITS.name, required: 'validation.firstName' }).openapi({
      description: 'Voornaam of roepnaam: het enige deel van uw naam dat anderen zien.',
      example: 'Fatima',
    }),
    lastName: optionalText({ max: TEXT_LIMITS.name }).openapi({
      description: 'Achternaam; nooit openbaar.',
      example: 'El Amrani',
    }),
    postcode: postcode4()
      .optional()
      .openapi({ description: 'Postcode (4 cijfers, letters mogen erbij); plaatst u in een gemeente.' }),
  })
  .openapi('NewAccount');
export type Registration = z.infer<typeof RegistrationSchema>;

export const VerificationSchema = z.object({ token: linkToken() }).openapi('VerificationToken');

/** Asking for the confirmation mail again. */
export const EmailSchema = z.object({ email: email({ required: 'validation.yourEmail' }) });
