import { z } from '@hono/zod-openapi';
import { optionalText, postcode4, text } from '../../../core/http/fields';
import { TEXT_LIMITS } from '../../../core/vocabulary';
import { currentPassword } from '../fields';

/** PATCH semantics in the API: a missing field stays, null clears it. */
export const ProfileChangeSchema = z
  .object({
    name: text({ max: TEXT_LIMITS.name, required: 'validation.firstName' }).optional(),
    lastName: optionalText({ max: TEXT_LIMITS.name }).nullable(),
    postcode: postcode4().nullable().optional(),
    locale: z.enum(['nl', 'en'], { error: 'validation.locale' }).optional(),
  })
  .openapi('ProfileChange');
export type ProfileChange = z.infer<typeof ProfileChangeSchema>;

/** The profile form: the name is required, and an empty field means "remove it". */
export const ProfileFormSchema = ProfileChangeSchema.extend({
  name: text({ max: TEXT_LIMITS.name, required: 'validation.firstName' }),
  lastName: ProfileChangeSchema.shape.lastName.transform((value) => value ?? null),
  postcode: ProfileChangeSchema.shape.postcode.transform((value) => value ?? null),
});

/** The page asks the password before deleting; so does the API (a stolen token is not enough). */
export const DeleteConfirmationSchema = z.object({ password: currentPassword() });
export const AccountDeletionSchema = z
  .object({ password: z.string({ error: 'problem.passwordRequired' }).min(1, 'problem.passwordRequired') })
  .openapi('AccountDeletion');

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ format: 'email' }),
    emailVerified: z.boolean(),
    name: z.string().openapi({ description: 'Voornaam; openbaar' }),
    lastName: z.string().nullable().openapi({ description: 'Achternaam; nooit openbaar' }),
    postcode: z.string().nullable(),
    municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
    locale: z.enum(['nl', 'en']),
    roles: z.array(z.enum(['netwerkbeheer', 'innovatiepanel', 'portfolioboard'])),
    memberships: z.array(
      z.object({
        organisationId: z.string(),
        organisationName: z.string(),
        organisationType: z.string(),
        role: z.enum(['medewerker', 'beheerder']),
      }),
    ),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Account');

export const AccountExportSchema = z
  .object({ exportedAt: z.string().openapi({ format: 'date-time' }), account: AccountSchema })
  .passthrough()
  .openapi('AccountExport');
