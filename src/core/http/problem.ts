import { z } from '@hono/zod-openapi';

/** An error that knows its HTTP status; rendered as problem+json in the API and as a page on the web. */
export class HttpProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503,
    /** i18n key of the short title */
    readonly titleKey: string,
    /** i18n key of the explanation */
    readonly detailKey: string,
    readonly params: Record<string, string | number> = {},
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detailKey);
  }
}

export interface InvalidParam {
  name: string;
  /** a message, or an i18n key translated with `params` when shown */
  reason: string;
  params?: Record<string, string | number>;
}

export const notFound = (detailKey = 'problem.notFound.detail') =>
  new HttpProblem(404, 'problem.notFound.title', detailKey);
export const unauthorized = () => new HttpProblem(401, 'problem.unauthorized.title', 'problem.unauthorized.detail');
export const forbidden = () => new HttpProblem(403, 'problem.forbidden.title', 'problem.forbidden.detail');
export const conflict = (detailKey: string) => new HttpProblem(409, 'problem.conflict.title', detailKey);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new HttpProblem(429, 'problem.tooMany.title', 'problem.tooMany.detail', { seconds: retryAfterSeconds });
export const badRequest = (detailKey: string, invalidParams: InvalidParam[] = []) =>
  new HttpProblem(400, 'problem.badRequest.title', detailKey, {}, invalidParams);

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'De invoer klopt niet' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'Controleer de velden in invalidParams.' }),
    instance: z.string().optional(),
    invalidParams: z
      .array(
        z.object({
          name: z.string().openapi({ example: 'email' }),
          reason: z.string().openapi({ example: 'Vul een e-mailadres in met een @, zoals naam@voorbeeld.nl.' }),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

export type ProblemBody = z.infer<typeof ProblemSchema>;
