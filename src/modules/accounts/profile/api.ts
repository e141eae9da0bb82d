import { accountOf, type ApiApp, apiRoute, jsonResponse, noContentResponse } from '../../../core/http/api';
import { clientIp } from '../../../core/http/client-ip';
import { DomainError } from '../../../core/errors';
import { jsonBody, tags } from '../http';
import { confirmPassword, deleteAccount, updateProfile } from './commands';
import { existingProfile, exportAccount, presentedProfile } from './present';
import { AccountDeletionSchema, AccountExportSchema, AccountSchema, ProfileChangeSchema } from './schemas';

/** The signed-in account: reading and changing it, the AVG export, and deleting it. */
export function registerProfileApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me',
      tags,
      summary: 'Het ingelogde account, met rollen en lidmaatschappen',
      signedIn: true,
      responses: { 200: jsonResponse(AccountSchema, 'Uw account') },
    }),
    async (c) => c.json(await presentedProfile(c.var.deps.db, accountOf(c).accountId), 200),
  );

  api.openapi(
    apiRoute({
      method: 'patch',
      path: '/me',
      tags,
      summary: 'Uw profiel wijzigen (voornaam, achternaam, postcode, taal)',
      signedIn: true,
      request: jsonBody(ProfileChangeSchema),
      responses: { 200: jsonResponse(AccountSchema, 'Het gewijzigde account') },
    }),
    async (c) => {
      const actor = accountOf(c);
      await updateProfile(c.var.deps, actor.accountId, c.req.valid('json'));
      return c.json(await presentedProfile(c.var.deps.db, actor.accountId), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me/export',
      tags,
      summary: 'Alles wat Samen over u bewaart (AVG-inzage), als JSON',
      signedIn: true,
      responses: { 200: jsonResponse(AccountExportSchema, 'Uw gegevens') },
    }),
    async (c) => {
      const profile = await existingProfile(c.var.deps.db, accountOf(c).accountId);
      return c.json(await exportAccount(c.var.deps.db, profile), 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'delete',
      path: '/me',
      tags,
      summary: 'Uw account verwijderen; uw persoonsgegevens worden gewist',
      description:
        'Vraagt het wachtwoord, zoals de pagina: een gestolen token alleen is niet genoeg om een account te wissen.',
      signedIn: true,
      problems: [403, 429],
      request: jsonBody(AccountDeletionSchema),
      responses: { 204: noContentResponse('Het account is verwijderd') },
    }),
    async (c) => {
      const { accountId } = accountOf(c);
      const profile = await existingProfile(c.var.deps.db, accountId);
      const { password } = c.req.valid('json');
      if (!(await confirmPassword(c.var.deps, accountId, profile.email, password, clientIp(c))))
        throw new DomainError('forbidden', 'problem.forbidden.title', 'problem.wrongPassword');
      await deleteAccount(c.var.deps, accountId);
      return c.body(null, 204);
    },
  );
}
