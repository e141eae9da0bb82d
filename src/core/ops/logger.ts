import pino, { type DestinationStream } from 'pino';

/**
 * Logs never hold personal data or secrets. A failed query's error carries its parameters (Drizzle
 * puts them in the message and in `params`; PostgreSQL's `detail` repeats the value of a broken
 * unique key), so errors pass through one serializer that keeps what a developer needs — the kind
 * of error, its code, the SQL text, the stack — and drops the values. Fields that hold secrets or
 * personal data are redacted wherever they appear.
 */
const REDACTED_FIELDS = [
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'tokenHash',
  'token_hash',
  'email',
  'name',
  'firstName',
  'lastName',
  'body',
  'description',
  'authorization',
  'cookie',
  'params',
  'detail',
];

type Serialized = Record<string, unknown>;

export function serializeError(error: unknown, depth = 0): Serialized | undefined {
  if (!error || typeof error !== 'object' || depth > 3) return undefined;
  const e = error as Record<string, unknown>;
  const query = typeof e.query === 'string' ? e.query : undefined;
  // A database error's own message may quote a value ('invalid input syntax for type integer:
  // "Fatima"'), so only its SQLSTATE code is kept; Drizzle's "Failed query: <sql>\nparams: <values>"
  // keeps its SQL. The stack keeps its frames, not its first line, which repeats the message.
  const fromDatabase = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
  const message = query
    ? `Failed query: ${query}`
    : fromDatabase
      ? `database error ${e.code}`
      : typeof e.message === 'string'
        ? e.message.replace(/\nparams:[\s\S]*$/, '')
        : undefined;
  const stack =
    typeof e.stack === 'string'
      ? e.stack
          .split('\n')
          .filter((line) => line.startsWith('    at '))
          .join('\n')
      : undefined;
  return {
    type: (error as Error).constructor?.name ?? 'Error',
    message,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.routine === 'string' ? { routine: e.routine } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
    ...(typeof e.table === 'string' ? { table: e.table } : {}),
    ...(typeof e.column === 'string' ? { column: e.column } : {}),
    stack,
    ...(e.cause ? { cause: serializeError(e.cause, depth + 1) } : {}),
  };
}

export function createLogger(level: string, destination?: DestinationStream) {
  return pino(
    {
      level,
      base: { service: 'samen' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError, error: serializeError },
      redact: {
        paths: REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
        censor: '[redacted]',
      },
    },
    destination,
  );
}
