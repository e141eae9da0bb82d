import { type ApiApp, apiRoute, jsonResponse, noContentResponse } from '../../../core/http/api';
import { clientIp } from '../../../core/http/client-ip';
import { jsonBody, tags } from '../http';
import { presentedProfile } from '../profile/present';
import { AccountSchema } from '../profile/schemas';
import { register, verifyEmail } from './commands';
import { RegistrationSchema, VerificationSchema } from './schemas';

/** Creating an account, and confirming its address with the token from the mail. */
export function registerRegistrationApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/accounts',
      tags,
      summary: 'Een account maken; er gaat een e-mail om het adres te bevestigen',
      request: jsonBody(RegistrationSchema),
      problems: [409, 429],
      responses: { 201: jsonResponse(AccountSchema, 'Het nieuwe account, nog niet bevestigd') },
    }),
    async (c) => {
      const accountId = await register(c.var.deps, c.req.valid('json'), clientIp(c), c.var.locale);
      return c.json(await presentedProfile(c.var.deps.db, accountId), 201);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/accounts/verify',
      tags,
      summary: 'Het e-mailadres bevestigen met het token uit de e-mail',
      request: jsonBody(VerificationSchema),
      responses: { 204: noContentResponse('Bevestigd') },
    }),
    async (c) => {
      await verifyEmail(c.var.deps, c.req.valid('json').token);
      return c.body(null, 204);
    },
  );
}
