import type { Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import type { BrowserSession } from './browser';
import { DEMO_PASSWORD, logIn, type OutboxMail, rememberSignedIn, type StorageState, signedInAs } from './flows';

/**
 * A small client for the JSON API, for stories that need a lot of content quickly. Logging in
 * (POST /tokens) and registering are rate limited per IP for the whole e2e run; on a 429 the client
 * waits for Retry-After (at most two minutes) and tries again, twice at most.
 */
export class Api {
  constructor(
    readonly baseURL: string,
    readonly token?: string,
  ) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    expected: number[] = [200, 201, 204],
  ): Promise<{ status: number; body: T }> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.baseURL}/api/v1${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const retryAfter = Number(response.headers.get('retry-after') ?? 60);
      if (response.status === 429 && attempt < 2 && retryAfter <= 120) {
        await new Promise((resolve) => setTimeout(resolve, (retryAfter + 1) * 1000));
        continue;
      }
      const text = await response.text();
      if (!expected.includes(response.status))
        throw new Error(`${method} ${path} answered ${response.status}, expected ${expected.join(' or ')}: ${text}`);
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
    }
  }

  post = <T = Record<string, unknown>>(path: string, body: unknown, expected?: number[]) =>
    this.call<T>('POST', path, body, expected);
  patch = <T = Record<string, unknown>>(path: string, body: unknown) => this.call<T>('PATCH', path, body);

  /** The same API, signed in as `email`. */
  async as(email: string, password: string): Promise<Api> {
    const { body } = await this.post<{ token: string }>('/tokens', { email, password });
    return new Api(this.baseURL, body.token);
  }

  /** The maxLength of a field in the OpenAPI document: `max('NewPost', 'onBehalfOf.clientFirstName')`. */
  async maxLengths(): Promise<(schema: string, path: string) => number> {
    interface Node {
      properties?: Record<string, Node>;
      maxLength?: number;
    }
    const { body } = await this.call<{ components: { schemas: Record<string, Node> } }>('GET', '/openapi.json');
    return (schema, path) => {
      let node: Node | undefined = body.components.schemas[schema];
      for (const key of path.split('.')) node = node?.properties?.[key];
      if (typeof node?.maxLength !== 'number') throw new Error(`no maxLength for ${schema}.${path} in openapi.json`);
      return node.maxLength;
    };
  }

  /** Every mail in the development outbox, newest first. */
  async outbox(): Promise<OutboxMail[]> {
    const mails: OutboxMail[] = [];
    for (let page = 1; ; page++) {
      const { body } = await this.call<{ items: OutboxMail[]; total: number }>(
        'GET',
        `/dev/outbox?pageSize=100&page=${page}`,
      );
      mails.push(...body.items);
      if (body.items.length === 0 || mails.length >= body.total) return mails;
    }
  }

  /** The newest mail to `to` (waits a little for it). */
  mailTo(to: string): Promise<OutboxMail> {
    return vi.waitFor(
      async () => {
        const { body } = await this.call<{ items: OutboxMail[] }>('GET', '/dev/outbox?pageSize=100');
        const mail = body.items.find((item) => item.to === to);
        expect(mail, `a mail to ${to}`).toBeDefined();
        return mail as OutboxMail;
      },
      { timeout: 10_000, interval: 200 },
    );
  }
}

/**
 * Logs in through the page. Logging in is limited to 10 a minute from one address for the whole run:
 * when other stories used up this minute, the page refuses (429), and this waits a minute and tries again.
 */
export async function logInPatiently(page: Page, email: string, password: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await logIn(page, email, password);
    const signedIn = await page
      .waitForURL('**/mijn-samen', { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (signedIn) return;
    if (attempt === 2) throw new Error(`could not log in as ${email}: ${await page.locator('main').innerText()}`);
    await page.waitForTimeout(61_000);
  }
}

/** A signed-in state of a demo account: the one kept for this run (e2e/flows.ts), or a new, patient login. */
export async function signedInPatiently(session: BrowserSession, email: string): Promise<StorageState> {
  try {
    return await signedInAs(session, email);
  } catch {
    const context = await session.newContext();
    await logInPatiently(await context.newPage(), email, DEMO_PASSWORD);
    const state = await context.storageState();
    await rememberSignedIn(email, state);
    await context.close();
    return state;
  }
}
