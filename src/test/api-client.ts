import type { TestApp } from './harness';
import { freshIp } from './harness';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the JSON API in-process (no socket) the way an integrating party would. */
export function apiClient(testApp: TestApp, options: { ip?: string } = {}) {
  const ip = options.ip ?? freshIp();
  let token: string | undefined;
  async function call<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { 'X-Forwarded-For': ip };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await testApp.app.request(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }
  return {
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    put: <T = any>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T = any>(path: string, body?: unknown) => call<T>('DELETE', path, body),
    useToken(value: string | undefined) {
      token = value;
    },
  };
}

/** The newest mail to `to` in the development outbox, and the first link in it. */
export async function latestMailTo(
  testApp: TestApp,
  to: string,
): Promise<{ subject: string; text: string; link: string | undefined }> {
  const response = await testApp.app.request('/api/v1/dev/outbox?pageSize=100');
  const { items } = (await response.json()) as { items: { to: string; subject: string; text: string }[] };
  const mail = items.find((item) => item.to === to);
  if (!mail) throw new Error(`no mail to ${to}`);
  return { subject: mail.subject, text: mail.text, link: mail.text.match(/https?:\/\/\S+/)?.[0] };
}

export const tokenFrom = (link: string | undefined) => new URL(link ?? 'http://x/').searchParams.get('token') ?? '';

/** Registers, verifies and signs in an account through the API; returns its client and e-mail. */
export async function signedInClient(testApp: TestApp, overrides: Record<string, unknown> = {}) {
  const client = apiClient(testApp);
  const email = `persoon-${Math.random().toString(36).slice(2, 10)}@voorbeeld.nl`;
  const password = 'een lang en geheim wachtwoord';
  const created = await client.post('/accounts', {
    email,
    password,
    name: 'Fatima',
    lastName: 'El Amrani',
    postcode: '3511',
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`registration failed: ${JSON.stringify(created.body)}`);
  const mail = await latestMailTo(testApp, email);
  await client.post('/accounts/verify', { token: tokenFrom(mail.link) });
  const issued = await client.post('/tokens', { email, password });
  client.useToken(issued.body.token);
  return { client, email, password, accountId: created.body.id as string };
}
