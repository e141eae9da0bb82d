import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { SignedIn } from '../authz';
import type { AppEnv } from './env';
import { HttpProblem } from './problem';
import { type FieldErrors, fieldErrors, formValues, invalidParams } from './validation';

export type FormValues = Record<string, string | string[] | undefined>;
export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Parses a posted form with the same zod schema the API uses; errors come back per field, translated. */
export async function parseForm<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<FormResult<z.infer<S>>> {
  const values = formValues(await c.req.parseBody({ all: true }));
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, errors: fieldErrors(invalidParams(parsed.error, c.var.t)), values };
}

/**
 * Turns a problem from a command into messages on the form: invalid fields stay on their field,
 * anything else (too many attempts, wrong password) is shown on `field`.
 */
export function problemAsFormErrors(c: Context<AppEnv>, error: unknown, field: string): FieldErrors {
  if (!(error instanceof HttpProblem)) throw error;
  if (error.invalidParams.length > 0) {
    return Object.fromEntries(error.invalidParams.map((p) => [p.name, c.var.t(p.reason, p.params)]));
  }
  return { [field]: c.var.t(error.detailKey, error.params) };
}

/** The signed-in person, or a redirect to log in that comes back to this page (with its query). */
export function signedInOrLogin(c: Context<AppEnv>): SignedIn | Response {
  const actor = c.var.actor;
  return actor.kind === 'account'
    ? actor
    : c.redirect(`/inloggen?terug=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
}
