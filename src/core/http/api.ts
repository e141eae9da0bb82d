import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { SignedIn } from '../authz';
import { unauthorized } from '../errors';
import type { AppEnv } from './env';
import { ProblemSchema } from './problem';
import { validationProblem } from './validation';

/** The full API version, sent as the API-Version header on every API response (ADR "version-header"). */
export const API_VERSION = '1.0.0';

const versionHeader = {
  'API-Version': {
    description: 'De volledige versie van de API.',
    schema: { type: 'string' as const, example: API_VERSION },
  },
};

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: versionHeader, content: { 'application/json': { schema } } };
}

/** A required JSON request body with this schema (for `request:` of a route). */
export const jsonBody = <T>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

export function noContentResponse(description: string) {
  return { description, headers: versionHeader };
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

const problemResponses = {
  400: problem('De invoer klopt niet; invalidParams noemt elk veld dat niet klopt.'),
  401: problem('Niet ingelogd: stuur een geldig token mee als Authorization: Bearer <token>.'),
  403: problem('Ingelogd, maar niet bevoegd voor deze actie.'),
  404: problem('Niet gevonden.'),
  409: problem('Botst met de huidige toestand.'),
  429: problem('Te veel pogingen; probeer het later opnieuw.'),
} as const;

type ProblemStatus = keyof typeof problemResponses;

/**
 * createRoute with what every Samen API route has: a 400 problem (the ADR demands one), the
 * listed other problems, and bearer security when the route needs a signed-in account.
 */
export function apiRoute<R extends RouteConfig>(config: R & { problems?: ProblemStatus[]; signedIn?: boolean }) {
  const { problems = [], signedIn = false, ...route } = config;
  const statuses = new Set<ProblemStatus>([400, ...problems, ...(signedIn ? ([401] as const) : [])]);
  const responses = { ...route.responses } as Record<string, unknown>;
  for (const status of statuses) responses[status] = problemResponses[status];
  return createRoute({
    ...route,
    // A route for signed-in accounts refuses anonymous callers (401) before its handler runs;
    // the handler reads the person with accountOf(c).
    ...(signedIn ? { security: [{ bearerAuth: [] }], middleware: [requireAccount] } : {}),
    responses: responses as R['responses'],
  });
}

const requireAccount: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.actor.kind !== 'account') throw unauthorized();
  await next();
};

/** The signed-in person of a route declared with `signedIn: true` (its middleware let only them through). */
export function accountOf(c: Context<AppEnv>): SignedIn {
  const actor = c.var.actor;
  if (actor.kind !== 'account') throw unauthorized();
  return actor;
}

export function createApiApp() {
  return new OpenAPIHono<AppEnv>({
    strict: true,
    defaultHook: (result, c) => {
      if (!result.success) throw validationProblem(result.error, c.var.t);
    },
  });
}
export type ApiApp = ReturnType<typeof createApiApp>;

/** Pagination query shared by every list: page from 1, pageSize at most 100. */
export const PaginationQuery = {
  page: z.coerce
    .number({ error: 'validation.number' })
    .int('validation.number')
    .min(1, 'validation.min')
    .max(100_000, 'validation.max')
    .default(1)
    .openapi({ example: 1 }),
  pageSize: z.coerce
    .number({ error: 'validation.number' })
    .int('validation.number')
    .min(1, 'validation.min')
    .max(100, 'validation.max')
    .default(20)
    .openapi({ example: 20 }),
};

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
    })
    .openapi(name);
}

export function openApiDocument(api: ApiApp, publicUrl: string) {
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'Een token van POST /tokens.',
  });
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Samen API',
      version: API_VERSION,
      description:
        'De openbare API van Samen: lokale marktplaatsen voor vrijwillige hulp ' +
        'en de innovatie-commons van gemeenten. ' +
        'Volgt de NLGov REST API Design Rules 2.2. Fouten zijn application/problem+json.',
      contact: { name: 'Samen', email: 'samen@samen.localhost', url: publicUrl },
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    servers: [{ url: `${publicUrl}/api/v1`, description: 'Deze installatie van Samen' }],
    tags: [
      { name: 'Referentiegegevens', description: 'Gemeenten en postcodes (Bron: CBS, PDOK).' },
      { name: 'Accounts', description: 'Registreren, inloggen met een token, eigen gegevens.' },
      { name: 'Organisaties', description: 'Organisaties en hun medewerkers.' },
      {
        name: 'Samen helpen',
        description: 'Lokale marktplaatsen: hulpvragen, hulpaanbod, vacatures, reacties, gesprekken en matches.',
      },
      {
        name: 'Innovatie',
        description: 'Samen innoveren: initiatieven, deelnemers, experimenten, advies en vergelijkbare initiatieven.',
      },
      {
        name: 'Screening',
        description: 'Controle van teksten op betaald werk, contactgegevens, scheldwoorden en spam, vóór het plaatsen.',
      },
      { name: 'Ontwikkeling', description: 'Alleen in ontwikkeling en demo.' },
    ],
  });
}
