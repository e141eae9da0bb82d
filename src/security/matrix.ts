// The vocabulary of the authorization matrix — outcomes, expectations per role, one case per
// route (or several variants of it) — and the runner that sends a case's request as a role.
import { freshIp } from '../test/harness';
import { ROLES, type Role, type World } from './world';

/**
 * What a role gets from a route:
 * - `allow`: 2xx (for pages also a redirect somewhere other than the login page);
 * - `login`: a page redirects (303) to /inloggen — a refusal;
 * - a status: exactly that refusal;
 * - `refused`: any 4xx (the route must refuse, the exact status is not part of the contract yet).
 */
export type Outcome = 'allow' | 'login' | 'refused' | 400 | 401 | 403 | 404 | 409;
export type Expectation = Record<Role, Outcome>;

/** Expectations per role: the roles named, and `rest` for every other role. */
export function who(spec: Partial<Record<Role, Outcome>> & { rest: Outcome }): Expectation {
  return Object.fromEntries(ROLES.map((role) => [role, spec[role] ?? spec.rest])) as Expectation;
}
/** Only these roles are allowed; signed-in others get `rest`, anonymous gets `anonymous`. */
export function only(allowed: Role[], rest: Outcome = 403, anonymous: Outcome = 401): Expectation {
  return who({ rest, anonymous, ...Object.fromEntries(allowed.map((role) => [role, 'allow'])) });
}
/** The same for pages: anonymous people are sent to the login page. */
export const onlyPage = (allowed: Role[], rest: Outcome = 403) => only(allowed, rest, 'login');
export const PUBLIC = who({ rest: 'allow' });
export const SIGNED_IN = who({ anonymous: 401, rest: 'allow' });
export const SIGNED_IN_PAGE = who({ anonymous: 'login', rest: 'allow' });
export const OPERATOR_ONLY = only(['operator']);
/** A route that works only with a valid emailed token: a made-up token gets 400 whoever asks. */
export const TOKEN_GATED = who({ rest: 400 });

export interface Call {
  /** path parameters by name ({id} in the API, :id on pages) */
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** API: the JSON body */
  body?: unknown;
  /** pages: the form fields (the CSRF token of the session is added) */
  form?: Record<string, string | string[]>;
  /** pages: a multipart form with one file */
  file?: { field: string; name: string; type: string; bytes: Uint8Array };
  /** a new token or session for this one request (the route ends it: log out, revoke) */
  fresh?: boolean;
}

export interface Case {
  /** which resource or situation, when a route has several (own / other marketplace, concept…) */
  variant?: string;
  note?: string;
  expect: Expectation;
  /** the request for one role; may create fresh resources first (called once per role) */
  call?: (w: World, role: Role) => Call | Promise<Call>;
  /** run after every other case (the route could end the role's account on code that is wrong) */
  last?: boolean;
}
/** Keyed by "METHOD /path" exactly as the route table spells it. */
export type Table = Record<string, Case | Case[]>;

export interface Result {
  route: string;
  variant: string | undefined;
  role: Role;
  expected: Outcome;
  status: number;
  location: string | null;
  allowed: boolean;
}

function fill(path: string, pattern: RegExp, params: Record<string, string> = {}): string {
  return path.replace(pattern, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${path}`);
    return encodeURIComponent(value);
  });
}
const search = (query?: Record<string, string>) => (query ? `?${new URLSearchParams(query)}` : '');

export async function sendApi(w: World, route: string, role: Role, call: Call): Promise<Omit<Result, 'expected'>> {
  const [method = 'GET', path = '/'] = route.split(' ');
  const url = `/api/v1${fill(path, /\{(\w+)\}/g, call.params)}${search(call.query)}`;
  const token = role === 'anonymous' ? undefined : call.fresh ? await w.newToken(role) : w.token(role);
  const headers: Record<string, string> = { 'X-Forwarded-For': freshIp() };
  if (token) headers.Authorization = `Bearer ${token}`;
  // As the API client of the other tests: a POST carries a JSON body, {} when the route needs none.
  const body = call.body ?? (method === 'POST' ? {} : undefined);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await w.testApp.app.request(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { route, variant: undefined, role, status: response.status, location: null, allowed: response.ok };
}

export async function sendPage(w: World, route: string, role: Role, call: Call): Promise<Omit<Result, 'expected'>> {
  const [method = 'GET', path = '/'] = route.split(' ');
  const url = `${fill(path, /:(\w+)/g, call.params)}${search(call.query)}`;
  const client = call.fresh ? await w.newSession(role) : w.web(role);
  let status: number;
  let location: string | null;
  if (method === 'GET') ({ status, location } = await client.get(url));
  else if (call.file) {
    const form = new FormData();
    form.set('_csrf', client.csrfToken);
    form.set(call.file.field, new File([new Uint8Array(call.file.bytes)], call.file.name, { type: call.file.type }));
    const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await w.testApp.app.request(url, {
      method: 'POST',
      headers: { Cookie: cookie, 'X-Forwarded-For': freshIp() },
      body: form,
    });
    await response.arrayBuffer();
    ({ status } = response);
    location = response.headers.get('location');
  } else ({ status, location } = await client.post(url, call.form ?? {}, { csrf: client.csrfToken }));
  const toLogin = status >= 300 && status < 400 && (location ?? '').startsWith('/inloggen');
  const allowed = (status >= 200 && status < 300) || (status >= 300 && status < 400 && !toLogin);
  return { route, variant: undefined, role, status, location, allowed };
}

export function matches(result: Omit<Result, 'expected'>, expected: Outcome): boolean {
  const { status, allowed, location } = result;
  if (expected === 'allow') return allowed;
  if (expected === 'login') return status === 303 && (location ?? '').startsWith('/inloggen');
  if (expected === 'refused') return !allowed && status < 500;
  return status === expected;
}

export const isUnexpectedAllow = (result: Result) => result.allowed && result.expected !== 'allow';

export function describeResult(result: Result): string {
  const where = result.variant ? `${result.route} [${result.variant}]` : result.route;
  const got = result.location ? `${result.status} → ${result.location}` : String(result.status);
  return `${where} as ${result.role}: expected ${result.expected}, got ${got}`;
}

export const casesOf = (entry: Case | Case[]) => (Array.isArray(entry) ? entry : [entry]);

/** Runs every case of the tables for every role; `last` cases after all the others, of every table. */
export async function runTables(
  w: World,
  tables: { table: Table; send: typeof sendApi; routes: readonly string[] }[],
): Promise<Result[]> {
  const work = tables.flatMap(({ table, send, routes }) =>
    routes.flatMap((route) => (table[route] ? casesOf(table[route]).map((c) => ({ route, c, send })) : [])),
  );
  const ordered = [...work.filter(({ c }) => !c.last), ...work.filter(({ c }) => c.last)];
  const results: Result[] = [];
  for (const { route, c, send } of ordered) {
    for (const role of ROLES) {
      let sent: Omit<Result, 'expected'>;
      try {
        sent = await send(w, route, role, (await c.call?.(w, role)) ?? {});
      } catch (error) {
        throw new Error(`${route}${c.variant ? ` [${c.variant}]` : ''} as ${role}: ${(error as Error).message}`);
      }
      results.push({ ...sent, variant: c.variant, expected: c.expect[role] });
    }
  }
  return results;
}
