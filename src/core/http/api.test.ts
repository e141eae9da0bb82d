import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe('API core', () => {
  it('publishes OpenAPI 3 with contact details and CORS for everyone', async () => {
    const response = await testApp.app.request('/api/v1/openapi.json', {
      headers: { Origin: 'https://elders.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const document = (await response.json()) as {
      openapi: string;
      info: { contact: Record<string, string> };
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.info.contact).sort()).toEqual(['email', 'name', 'url']);
    expect(document.servers[0]?.url).toBe('http://samen.test/api/v1');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/municipalities', '/postcodes/{pc4}', '/accounts', '/tokens', '/me', '/me/export']),
    );
  });

  it('answers 404 problem+json for a trailing slash, with the API-Version header', async () => {
    const response = await testApp.app.request('/api/v1/municipalities/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('api-version')).toBe('1.0.0');
    expect(await response.json()).toMatchObject({ status: 404, title: expect.any(String), detail: expect.any(String) });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await testApp.app.request('/api/v1/accounts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('speaks English to API clients that ask for it', async () => {
    const response = await testApp.app.request('/api/v1/postcodes/99999', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    const body = (await response.json()) as { title: string };
    expect(body.title).not.toBe('De invoer klopt niet');
  });

  it('sends a strict Content-Security-Policy without inline script', async () => {
    const response = await testApp.app.request('/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('operations', () => {
  it('reports liveness, readiness with the database, and Prometheus metrics', async () => {
    expect((await testApp.app.request('/health/live')).status).toBe(200);
    const ready = await testApp.app.request('/health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok' });
    // Metrics are for the operator's monitoring: with its token (src/security/findings.test.ts).
    const monitored = await createTestApp({ METRICS_TOKEN: 'metrics-'.padEnd(40, 'x') });
    try {
      await monitored.app.request('/gemeenten');
      const metrics = await (
        await monitored.app.request('/metrics', { headers: { Authorization: `Bearer ${'metrics-'.padEnd(40, 'x')}` } })
      ).text();
      expect(metrics).toContain('samen_http_requests_total{method="GET",route="/gemeenten",status="200"}');
    } finally {
      await monitored.close();
    }
  });
});
