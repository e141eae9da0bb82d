import { type ApiApp, apiRoute, jsonResponse, noContentResponse } from '../../../core/http/api';
import { clientIp } from '../../../core/http/client-ip';
import { jsonBody, tags } from '../http';
import { checkCredentials, issueApiToken, revokeApiToken } from './commands';
import { ApiTokenSchema, LoginSchema } from './schemas';

/** Signing in and out of the API with a bearer token. */
export function registerSessionApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/tokens',
      tags,
      summary: 'Inloggen: een token voor de API krijgen',
      request: jsonBody(LoginSchema),
      problems: [401, 403, 429],
      responses: {
        201: jsonResponse(ApiTokenSchema, 'Het token; stuur het mee als Authorization: Bearer <token>'),
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
      tags,
      summary: 'Uitloggen: het gebruikte token intrekken',
      signedIn: true,
      responses: { 204: noContentResponse('Het token werkt niet meer') },
    }),
    async (c) => {
      // The route's middleware lets only a signed-in caller through; the token in use is theirs.
      const token = c.req.header('authorization')?.replace(/^Bearer\s+/, '') ?? '';
      await revokeApiToken(c.var.deps, token);
      return c.body(null, 204);
    },
  );
}
