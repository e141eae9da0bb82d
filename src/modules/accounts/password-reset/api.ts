import { type ApiApp, apiRoute, noContentResponse } from '../../../core/http/api';
import { clientIp } from '../../../core/http/client-ip';
import { jsonBody, tags } from '../http';
import { requestPasswordReset, resetPassword } from './commands';
import { ResetRequestSchema, ResetSchema } from './schemas';

/** A forgotten password: the link by mail, and the new password. */
export function registerPasswordResetApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/password-resets',
      tags,
      summary: 'Een link om een nieuw wachtwoord te kiezen laten mailen',
      description:
        'Antwoordt altijd 202, ook als het adres onbekend is, zodat niemand kan nagaan wie een account heeft.',
      request: jsonBody(ResetRequestSchema),
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
      tags,
      summary: 'Een nieuw wachtwoord instellen met het token uit de e-mail',
      request: jsonBody(ResetSchema),
      responses: { 204: noContentResponse('Het wachtwoord is gewijzigd; alle sessies en tokens zijn beëindigd') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await resetPassword(c.var.deps, input.token, input.password);
      return c.body(null, 204);
    },
  );
}
