import { randomBytes } from 'node:crypto';
import { expect } from './lib';

/** The resilience checks' HTTP side: a small JSON client with its own client address, and accounts and marketplaces. */

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  /** the request never got an HTTP answer (connection refused or reset, timeout) */
  networkError?: string;
  ms: number;
}

let ipCounter = 0;
/** A client address of our own (sent as X-Forwarded-For; TRUST_PROXY is on). */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export interface Client {
  ip: string;
  token?: string;
  call<T = any>(baseURL: string, method: string, path: string, body?: unknown, timeoutMs?: number): Promise<Reply<T>>;
}

export function client(ip = freshIp()): Client {
  return {
    ip,
    async call(baseURL, method, path, body, timeoutMs = 10_000) {
      const headers: Record<string, string> = { 'X-Forwarded-For': this.ip, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      const started = performance.now();
      try {
        const response = await fetch(`${baseURL}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        let parsed: unknown = text;
        if (/json/.test(response.headers.get('content-type') ?? '') && text) {
          try {
            parsed = JSON.parse(text);
          } catch {
            // keep the text
          }
        }
        return {
          status: response.status,
          headers: response.headers,
          body: parsed as any,
          ms: performance.now() - started,
        };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        return {
          status: 0,
          headers: new Headers(),
          body: undefined as any,
          networkError: cause ?? (error as Error).name ?? String(error),
          ms: performance.now() - started,
        };
      }
    },
  };
}

export const api = (path: string) => `/api/v1${path}`;

export function describeReply(reply: Reply): string {
  if (reply.networkError) return `no answer (${reply.networkError})`;
  const body = typeof reply.body === 'string' ? reply.body.slice(0, 200) : JSON.stringify(reply.body)?.slice(0, 300);
  return `${reply.status} ${body ?? ''}`;
}

export interface Person {
  client: Client;
  email: string;
  password: string;
  accountId: string;
}

const PASSWORD = 'een lang en geheim wachtwoord';

export function uniqueEmail(prefix = 'persoon'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@voorbeeld.nl`;
}

/** Registers an account and confirms the e-mail address through the dev outbox (no login yet). */
export async function registerVerified(
  baseURL: string,
  name: string,
  postcode = '3511',
  email = uniqueEmail(),
): Promise<Person> {
  const c = client();
  const created = await c.call(baseURL, 'POST', api('/accounts'), { email, password: PASSWORD, name, postcode });
  expect(created.status === 201, `registering ${email}: ${describeReply(created)}`);
  const token = await verificationToken(baseURL, email);
  const verified = await c.call(baseURL, 'POST', api('/accounts/verify'), { token });
  expect(verified.status === 204, `verifying ${email}: ${describeReply(verified)}`);
  return { client: c, email, password: PASSWORD, accountId: created.body.id };
}

async function verificationToken(baseURL: string, email: string): Promise<string> {
  const outbox = await client().call(baseURL, 'GET', api('/dev/outbox?pageSize=100'));
  expect(outbox.status === 200, `reading the dev outbox: ${describeReply(outbox)}`);
  const mail = (outbox.body.items as { to: string; text: string }[]).find((item) => item.to === email);
  expect(mail, `no verification mail to ${email} in the dev outbox`);
  const link = mail.text.match(/https?:\/\/\S+/)?.[0] ?? '';
  const token = new URL(link || 'http://x/').searchParams.get('token');
  expect(token, `no token in the verification mail to ${email}`);
  return token;
}

export async function login(baseURL: string, person: Person): Promise<void> {
  const issued = await person.client.call(baseURL, 'POST', api('/tokens'), {
    email: person.email,
    password: person.password,
  });
  expect(issued.status === 201, `logging in ${person.email}: ${describeReply(issued)}`);
  person.client.token = issued.body.token;
}

/** An organisation and a live marketplace for `municipality`, launched by a netwerkbeheer operator. */
/** `count` random lowercase letters, for names that must be unique but not look like a number. */
function randomLetters(count: number): string {
  return Array.from(randomBytes(count), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

export async function launchMarketplace(baseURL: string, operator: Person, municipality = 'GM0344'): Promise<void> {
  const organisation = await operator.client.call(baseURL, 'POST', api('/organisations'), {
    // Letters only: a random hex suffix can be all digits, and "GM0344 326844" reads as a phone
    // number to the screening.
    name: `Welzijn ${municipality} ${randomLetters(6)}`,
    type: 'welzijnsorganisatie',
    municipality,
  });
  expect(organisation.status === 201, `creating the organisation: ${describeReply(organisation)}`);
  const launched = await operator.client.call(baseURL, 'POST', api('/marketplaces'), {
    municipality,
    operatorOrganisation: organisation.body.id,
    name: 'Utrecht voor elkaar',
    brandColor: '#0b5394',
    brandTextColor: '#ffffff',
  });
  expect(launched.status === 201, `launching the marketplace: ${describeReply(launched)}`);
}

/**
 * A PGlite data folder with the schema, the reference data and a live marketplace for Utrecht,
 * made in this process (PGlite can not be opened while a server has it).
 */
export async function embeddedWithMarketplace(dataDir: string): Promise<void> {
  const { migrate, openDatabase } = await import('../../src/core/db');
  const { loadReferenceData } = await import('../../src/modules/municipalities');
  const { sql: query } = await import('drizzle-orm');
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database);
    await loadReferenceData(database.db);
    await database.db.execute(query`
      WITH organisation AS (
        INSERT INTO organisations (name, slug, type, municipality_code)
        VALUES ('Welzijn Utrecht', 'welzijn-utrecht', 'welzijnsorganisatie', 'GM0344') RETURNING id)
      INSERT INTO marketplaces (municipality_code, operator_organisation_id, name, brand_color, brand_text_color)
      SELECT 'GM0344', id, 'Utrecht voor elkaar', '#0b5394', '#ffffff' FROM organisation`);
  } finally {
    await database.close();
  }
}

export function helpRequest(title: string) {
  return {
    title,
    description: 'Ik ben slecht ter been. Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
    category: 'boodschappen',
    postcode: '3511',
    when: { kind: 'recurring', text: 'elke dinsdagochtend' },
  };
}
