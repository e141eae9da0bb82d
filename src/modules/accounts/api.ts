import { z } from '@hono/zod-openapi';
import { requireSignedIn } from '../../core/authz';
import { type ApiApp, apiRoute, jsonResponse, noContentResponse } from '../../core/http/api';
import { clientIp } from '../../core/http/client-ip';
import { DomainError, notFound } from '../../core/errors';
import {
  checkCredentials,
  confirmPassword,
  deleteAccount,
  issueApiToken,
  register,
  requestPasswordReset,
  resetPassword,
  revokeApiToken,
  updateProfile,
  verifyEmail,
} from './commands';
import { exportAccount, presentProfile } from './present';
import { profileById } from './queries';
import {
  LoginSchema,
  ProfileChangeSchema,
  RegistrationSchema,
  ResetRequestSchema,
  ResetSchema,
  TokenSchema,
} from './schemas';

const AccountSchema = z
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

const json = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

export function registerAccountApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/accounts',
      tags: ['Accounts'],
      summary: 'Een account maken; er gaat een e-mail om het adres te bevestigen',
      request: json(RegistrationSchema),
      problems: [409, 429],
      responses: { 201: jsonResponse(AccountSchema, 'Het nieuwe account, nog niet bevestigd') },
    }),
    async (c) => {
      const accountId = await register(c.var.deps, c.req.valid('json'), clientIp(c), c.var.locale);
      const profile = await profileById(c.var.deps.db, accountId);
      if (!profile) throw notFound();
      return c.json(presentProfile(profile), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/accounts/verify',
      tags: ['Accounts'],
      summary: 'Het e-mailadres bevestigen met het token uit de e-mail',
      request: json(TokenSchema.openapi('VerificationToken')),
      responses: { 204: noContentResponse('Bevestigd') },
    }),
    async (c) => {
      await verifyEmail(c.var.deps, c.req.valid('json').token);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/password-resets',
      tags: ['Accounts'],
      summary: 'Een link om een nieuw wachtwoord te kiezen laten mailen',
      description:
        'Antwoordt altijd 202, ook als het adres onbekend is, zodat niemand kan nagaan wie een account heeft.',
      request: json(ResetRequestSchema),
      problems: [429],
      responses: { 202: noContentResponse('Als het adres bekend is, is er een e-mail onderweg') },
    }),
    async (c) => {
      await requestPasswordReset(c.var.deps, c.req.valid('json').email, clientIp(c));
      return c.body(null, 202);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/password-resets/confirm',
      tags: ['Accounts'],
      summary: 'Een nieuw wachtwoord instellen met het token uit de e-mail',
      request: json(ResetSchema),
      responses: { 204: noContentResponse('Het wachtwoord is gewijzigd; alle sessies en tokens zijn beëindigd') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await resetPassword(c.var.deps, input.token, input.password);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/tokens',
      tags: ['Accounts'],
      summary: 'Inloggen: een token voor de API krijgen',
      request: json(LoginSchema),
      problems: [401, 403, 429],
      responses: {
        201: jsonResponse(
          z.object({ token: z.string(), expiresAt: z.string().openapi({ format: 'date-time' }) }).openapi('ApiToken'),
          'Het token; stuur het mee als Authorization: Bearer <token>',
        ),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const accountId = await checkCredentials(c.var.deps, input.email, input.password, clientIp(c));
      return c.json(await issueApiToken(c.var.deps, accountId), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'delete',
      path: '/tokens/current',
      tags: ['Accounts'],
      summary: 'Uitloggen: het gebruikte token intrekken',
      signedIn: true,
      responses: { 204: noContentResponse('Het token werkt niet meer') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const token = c.req.header('authorization')?.replace(/^Bearer\s+/, '') ?? '';
      await revokeApiToken(c.var.deps, token);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me',
      tags: ['Accounts'],
      summary: 'Het ingelogde account, met rollen en lidmaatschappen',
      signedIn: true,
      responses: { 200: jsonResponse(AccountSchema, 'Uw account') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const profile = await profileById(c.var.deps.db, c.var.actor.accountId);
      if (!profile) throw notFound();
      return c.json(presentProfile(profile), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'patch',
      path: '/me',
      tags: ['Accounts'],
      summary: 'Uw profiel wijzigen (voornaam, achternaam, postcode, taal)',
      signedIn: true,
      request: json(ProfileChangeSchema),
      responses: { 200: jsonResponse(AccountSchema, 'Het gewijzigde account') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      await updateProfile(c.var.deps, c.var.actor.accountId, c.req.valid('json'));
      const profile = await profileById(c.var.deps.db, c.var.actor.accountId);
      if (!profile) throw notFound();
      return c.json(presentProfile(profile), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me/export',
      tags: ['Accounts'],
      summary: 'Alles wat Samen over u bewaart (AVG-inzage), als JSON',
      signedIn: true,
      responses: {
        200: jsonResponse(
          z
            .object({ exportedAt: z.string().openapi({ format: 'date-time' }), account: AccountSchema })
            .passthrough()
            .openapi('AccountExport'),
          'Uw gegevens',
        ),
      },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const profile = await profileById(c.var.deps.db, c.var.actor.accountId);
      if (!profile) throw notFound();
      return c.json(await exportAccount(c.var.deps.db, profile), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'delete',
      path: '/me',
      tags: ['Accounts'],
      summary: 'Uw account verwijderen; uw persoonsgegevens worden gewist',
      description:
        'Vraagt het wachtwoord, zoals de pagina: een gestolen token alleen is niet genoeg om een account te wissen.',
      signedIn: true,
      problems: [403, 429],
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z
                .object({
                  password: z.string({ error: 'problem.passwordRequired' }).min(1, 'problem.passwordRequired'),
                })
                .openapi('AccountDeletion'),
            },
          },
        },
      },
      responses: { 204: noContentResponse('Het account is verwijderd') },
    }),
    async (c) => {
      requireSignedIn(c.var.actor);
      const { accountId } = c.var.actor;
      const profile = await profileById(c.var.deps.db, accountId);
      if (!profile) throw notFound();
      const { password } = c.req.valid('json');
      if (!(await confirmPassword(c.var.deps, accountId, profile.email, password, clientIp(c))))
        throw new DomainError('forbidden', 'problem.forbidden.title', 'problem.wrongPassword');
      await deleteAccount(c.var.deps, accountId);
      return c.body(null, 204);
    },
  );
}
