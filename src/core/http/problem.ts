import { z } from '@hono/zod-openapi';
import { DomainError, type ErrorKind } from '../errors';

/** The HTTP status of each kind of domain error (core/errors.ts). */
export const STATUS_OF_KIND = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorKind, number>;

export type ProblemStatus = (typeof STATUS_OF_KIND)[ErrorKind];

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

/** The HTTP status a page answers with for an error a command raised (500 for anything unexpected). */
export function statusOf(error: unknown): ProblemStatus {
  return error instanceof DomainError ? STATUS_OF_KIND[error.kind] : 500;
}
