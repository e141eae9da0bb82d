import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { SignedIn } from '../authz';
import type { AppEnv } from './env';
import { DomainError } from '../errors';
import { type FieldErrors, fieldErrors, formValues, invalidParams } from './validation';

export type FormValues = Record<string, string | string[] | undefined>;
export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** The posted form's fields, trimmed, with empty optional fields left out (for forms checked by a command). */
export async function readForm(c: Context<AppEnv>): Promise<FormValues> {
  return formValues(await c.req.parseBody({ all: true }));
}

/**
 * Parses a posted form with the same zod schema the API uses; errors come back per field,
 * translated. `fieldOf` maps a schema path ("when.date") to the form field that shows its error.
 */
export async function parseForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  options: { values?: FormValues; fieldOf?: (path: string) => string } = {},
): Promise<FormResult<z.infer<S>>> {
  const values = options.values ?? (await readForm(c));
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const params = invalidParams(parsed.error, c.var.t);
  const fieldOf = options.fieldOf;
  return {
    ok: false,
    errors: fieldErrors(fieldOf ? params.map((p) => ({ ...p, name: fieldOf(p.name) })) : params),
    values,
  };
}

/**
 * Turns a problem from a command into messages on the form: invalid fields stay on their field
 * (`fieldOf` maps the command's name, "matchedResponseId", to the form's, "helper", as in
 * parseForm, so the error summary links to a field that is there), anything else (too many
 * attempts, wrong password) is shown on `field`.
 */
export function problemAsFormErrors(
  c: Context<AppEnv>,
  error: unknown,
  field: string,
  fieldOf: (path: string) => string = (path) => path,
): FieldErrors {
  if (!(error instanceof DomainError)) throw error;
  if (error.invalidParams.length > 0) {
    return Object.fromEntries(error.invalidParams.map((p) => [fieldOf(p.name), c.var.t(p.reason, p.params)]));
  }
  return { [field]: c.var.t(error.detailKey, error.params) };
}

/** Off to the login page, which brings the person back to this page (with its query) afterwards. */
export function toLogin(c: Context<AppEnv>): Response {
  return c.redirect(`/inloggen?terug=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
}

/** The signed-in person, or a redirect to log in that comes back to this page (with its query). */
export function signedInOrLogin(c: Context<AppEnv>): SignedIn | Response {
  const actor = c.var.actor;
  return actor.kind === 'account' ? actor : toLogin(c);
}

/**
 * A page for signed-in people only: the one way pages require a person. Anonymous visitors go to
 * the login page and come back; the handler gets the person.
 *
 *   app.get('/mijn-samen', forAccount(async (c, actor) => c.html(<MySamen … />)));
 */
export function forAccount<P extends string = string>(
  handler: (c: Context<AppEnv, P>, actor: SignedIn) => Response | Promise<Response>,
) {
  return (c: Context<AppEnv, P>) => {
    const actor = c.var.actor;
    return actor.kind === 'account' ? handler(c, actor) : toLogin(c as unknown as Context<AppEnv>);
  };
}
