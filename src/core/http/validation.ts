import type { z } from '@hono/zod-openapi';
import { knownMessages, type Translate } from '../i18n';
import { DomainError, type InvalidParam } from '../errors';

/**
 * Zod issues → one reason per field, translated. Schemas use i18n keys as their messages
 * ("validation.required"); the issue's limits fill the placeholders ({max}, {min}).
 */
export function invalidParams(error: z.ZodError, t: Translate): InvalidParam[] {
  const seen = new Set<string>();
  const result: InvalidParam[] = [];
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.') || 'body';
    if (seen.has(name)) continue; // the first problem of a field is the one to fix first
    seen.add(name);
    const limits = issue as { maximum?: number | bigint; minimum?: number | bigint };
    // A schema names its message by key: a core "validation." key or a module's own ("scaleUp.validation.score").
    const message =
      issue.message.startsWith('validation.') || knownMessages('nl').has(issue.message)
        ? issue.message
        : issue.code === 'invalid_type'
          ? 'validation.required'
          : 'validation.invalid';
    // A custom issue may bring values for its message ("{example}"): only strings and numbers.
    const given = issue.code === 'custom' ? ((issue as { params?: Record<string, unknown> }).params ?? {}) : {};
    const params = Object.fromEntries(
      Object.entries(given).filter((entry): entry is [string, string | number] =>
        ['string', 'number'].includes(typeof entry[1]),
      ),
    );
    result.push({
      name,
      reason: t(message, {
        max: limits.maximum === undefined ? undefined : Number(limits.maximum),
        min: limits.minimum === undefined ? undefined : Number(limits.minimum),
        ...params,
      }),
    });
  }
  return result;
}

export function validationProblem(error: z.ZodError, t: Translate): DomainError {
  return new DomainError(
    'invalid',
    'problem.badRequest.title',
    'problem.badRequest.detail',
    {},
    invalidParams(error, t),
  );
}

export type FieldErrors = Record<string, string>;

export function fieldErrors(params: InvalidParam[]): FieldErrors {
  return Object.fromEntries(params.map((param) => [param.name, param.reason]));
}

/**
 * Form bodies arrive as strings (or lists of strings for checkboxes); empty optional fields
 * become undefined before parsing, and the CSRF token is left out.
 */
export function formValues(body: Record<string, unknown>): Record<string, string | string[] | undefined> {
  const values: Record<string, string | string[] | undefined> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (Array.isArray(value))
      values[key] = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    else if (typeof value === 'string') values[key] = value.trim() === '' ? undefined : value;
  }
  return values;
}
