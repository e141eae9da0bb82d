import { z } from '@hono/zod-openapi';
import { email, optionalText, password, postcode4, text } from '../../core/http/fields';

export const NAME_MAX = 100;

export const RegistrationSchema = z
  .object({
    email: email(),
    password: password(),
    name: text({ max: NAME_MAX }).openapi({
      description: 'Voornaam of roepnaam: het enige deel van uw naam dat anderen zien.',
      example: 'Fatima',
    }),
    lastName: optionalText({ max: NAME_MAX }).openapi({
      description: 'Achternaam; nooit openbaar.',
      example: 'El Amrani',
    }),
    postcode: postcode4()
      .optional()
      .openapi({ description: 'Postcode (4 cijfers, letters mogen erbij); plaatst u in een gemeente.' }),
  })
  .openapi('NewAccount');

export const LoginSchema = z
  .object({
    email: email(),
    password: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(128, 'validation.tooLong'),
  })
  .openapi('Credentials');

export const TokenSchema = z.object({
  token: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(200, 'validation.tooLong'),
});

export const ResetRequestSchema = z.object({ email: email() }).openapi('PasswordResetRequest');

export const ResetSchema = z
  .object({
    token: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(200, 'validation.tooLong'),
    password: password(),
  })
  .openapi('PasswordReset');

/** PATCH semantics in the API: a missing field stays, null clears it. */
export const ProfileChangeSchema = z
  .object({
    name: text({ max: NAME_MAX }).optional(),
    lastName: optionalText({ max: NAME_MAX }).nullable(),
    postcode: postcode4().nullable().optional(),
    locale: z.enum(['nl', 'en'], { error: 'validation.locale' }).optional(),
  })
  .openapi('ProfileChange');

export const DeleteConfirmationSchema = z.object({
  password: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(128, 'validation.tooLong'),
});

export type Registration = z.infer<typeof RegistrationSchema>;
export type ProfileChange = z.infer<typeof ProfileChangeSchema>;
