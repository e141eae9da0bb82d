/**
 * What a failed query means for the person who asked: the database out of reach (503, try again),
 * a unique constraint (409), or a defect (500). Drivers wrap the error (Drizzle puts the driver's
 * error in `cause`), so the whole chain is read.
 */
type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown };

function chain(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    found.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return found;
}

// Connection refused or reset by the network, and PostgreSQL's classes 08 (connection exception)
// and 57P (the server shuts down, or is starting and cannot take connections yet).
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Cannot use a pool after calling end/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some(({ code, message }) => {
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')))
      return true;
    return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/** A unique or exclusion constraint refused the write: somebody else was first. */
export function isUniqueViolation(error: unknown): boolean {
  return chain(error).some(({ code }) => code === '23505' || code === '23P01');
}
