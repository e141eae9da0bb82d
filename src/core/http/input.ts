import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { badRequest, type InvalidParam } from '../errors';

// C0 control characters and DEL, except tab, line feed and carriage return, which are text.
// PostgreSQL refuses NUL in text outright; the others only hide what a text really says.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const hasControlCharacter = (value: string) => CONTROL.test(value);

/** Every string in a parsed JSON value, with the dotted name of its field. */
function* stringsIn(value: unknown, name: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [name, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, `${name}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      yield [name ? `${name}.${key}` : key, key];
      yield* stringsIn(item, name ? `${name}.${key}` : key);
    }
}

function firstControl(entries: Iterable<[string, string]>): InvalidParam | undefined {
  for (const [name, value] of entries)
    if (hasControlCharacter(value)) return { name: name || 'body', reason: 'validation.controlCharacter' };
  return undefined;
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The one check at the edge for text that no field may hold: a NUL or another control character
 * in the path, the query or a JSON or form body gets a 400 that names the field, before any
 * handler, session lookup or query sees it.
 */
export const refuseControlCharacters: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  let path = url.pathname;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // a malformed escape is the router's 404, not ours
  }
  const problem =
    (hasControlCharacter(path) ? { name: 'path', reason: 'validation.controlCharacter' } : undefined) ??
    firstControl([...url.searchParams].flatMap(([name, value]) => [[name, name] as [string, string], [name, value]])) ??
    (await bodyProblem(c));
  if (problem) throw badRequest('problem.controlCharacter.detail', [problem]);
  await next();
};

async function bodyProblem(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<InvalidParam | undefined> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return undefined;
  const type = mediaType(c.req.header('content-type'));
  if (type === 'application/json' || type.endsWith('+json')) {
    // Read as text (Hono keeps it for the handler); a body that is not JSON is the validator's 400.
    const text = await c.req.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    return firstControl(stringsIn(parsed, ''));
  }
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') {
    // A form body that cannot be read (a multipart body without its boundary, say) is a bad request.
    let form: Awaited<ReturnType<typeof c.req.parseBody>>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw badRequest('problem.malformed.detail');
    }
    const entries: [string, string][] = [];
    for (const [name, value] of Object.entries(form)) {
      entries.push([name, name]);
      for (const item of Array.isArray(value) ? value : [value])
        if (typeof item === 'string') entries.push([name, item]);
    }
    return firstControl(entries);
  }
  return undefined;
}
