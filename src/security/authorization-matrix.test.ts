// The authorization matrix, generated from the route table: every operation of the OpenAPI
// document and every other route of the app, for every role, against one fixture world. Each
// route has its expected outcome per role written down in api-expectations.ts or
// page-expectations.ts; a route without one fails here, so a new route cannot slip by.
// MATRIX_DEBUG=<part of a route> prints every result of the routes that contain it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../app';
import { POST_STATUSES } from '../modules/marketplace/rules';
import { createTestApp, type TestApp } from '../test/harness';
import { apiExpectations } from './api-expectations';
import {
  casesOf,
  describeResult,
  isUnexpectedAllow,
  matches,
  type Result,
  runTables,
  sendApi,
  sendPage,
} from './matrix';
import { pageExpectations } from './page-expectations';
import { buildWorld, KIND_PATHS, KINDS, ROLE_DESCRIPTIONS, ROLES, type World } from './world';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const PUBLIC_STATUSES = ['open', 'matched', 'closed'];
const legend = `roles: ${ROLES.map((role) => `${role} = ${ROLE_DESCRIPTIONS[role]}`).join('; ')}`;

let testApp: TestApp;
let world: World;
let apiRoutes: string[];
let pageRoutes: string[];
let results: Result[] = [];

/**
 * Every operation of the API document ("GET /help-requests/{id}") and every other route of the app
 * ("GET /hulp/:id").
 */
function routeTable(app: TestApp) {
  const document = createApi(app.deps.config).document as unknown as { paths: Record<string, Record<string, unknown>> };
  const api = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
  const asMounted = new Set(api.map((route) => route.replace(' ', ' /api/v1').replace(/\{(\w+)\}/g, ':$1')));
  const pages = [
    ...new Set(app.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toUpperCase()} ${r.path}`)),
  ].filter((route) => !asMounted.has(route));
  return { api, pages };
}

beforeAll(async () => {
  testApp = await createTestApp();
  ({ api: apiRoutes, pages: pageRoutes } = routeTable(testApp));
  world = await buildWorld(testApp);
  results = await runTables(world, [
    { table: apiExpectations, send: sendApi, routes: apiRoutes },
    { table: pageExpectations, send: sendPage, routes: pageRoutes },
  ]);
  const variants = new Set(results.map((r) => `${r.route} ${r.variant ?? ''}`)).size;
  console.info(
    `authorization matrix: ${apiRoutes.length} API operations + ${pageRoutes.length} other routes, ` +
      `${variants} cases × ${ROLES.length} roles = ${results.length} requests`,
  );
  const debug = process.env.MATRIX_DEBUG;
  if (debug) for (const r of results) if (r.route.includes(debug)) console.info(describeResult(r));
}, 300_000);
afterAll(() => testApp?.close());

describe('the authorization matrix', () => {
  it('has an expectation for every route in the route table, and none for a route that is gone', () => {
    const missing = [
      ...apiRoutes.filter((route) => !apiExpectations[route]).map((route) => `API ${route}`),
      ...pageRoutes.filter((route) => !pageExpectations[route]).map((route) => `page ${route}`),
    ];
    const stale = [
      ...Object.keys(apiExpectations).filter((route) => !apiRoutes.includes(route)),
      ...Object.keys(pageExpectations).filter((route) => !pageRoutes.includes(route)),
    ];
    expect(missing, 'routes without written-down expectations (add them to src/security/*-expectations.ts)').toEqual(
      [],
    );
    expect(stale, 'expectations for routes that no longer exist').toEqual([]);
    // The table covers the dev-only routes too: the test app runs with DEV_MAIL=true.
    expect(apiRoutes).toContain('GET /dev/outbox');
    expect(pageRoutes).toContain('GET /dev/mail');
  });

  it('runs every route for every role', () => {
    const cases = [
      ...Object.values(apiExpectations).flatMap(casesOf),
      ...Object.values(pageExpectations).flatMap(casesOf),
    ];
    expect(results.length).toBe(cases.length * ROLES.length);
    expect(results.filter((r) => r.status >= 500).map(describeResult)).toEqual([]);
  });

  it('allows no role anything it should be refused (0 unexpected allows)', () => {
    expect(results.filter(isUnexpectedAllow).map(describeResult), legend).toEqual([]);
  });

  it('gives every role exactly the outcome written down', () => {
    expect(results.filter((r) => !matches(r, r.expected)).map(describeResult), legend).toEqual([]);
  });
});

describe('a post of one kind', () => {
  it('is reached only through the path of its own kind, also by its author', async () => {
    const wrong: string[] = [];
    for (const kind of KINDS) {
      const other = kind === 'request' ? 'offer' : 'request';
      const path = KIND_PATHS[kind];
      for (const [action, body] of [
        ['', { title: 'Hulp bij boodschappen op dinsdag' }],
        ['/responses', { message: 'Ik help graag.' }],
        ['/close', { reason: 'Het is gelukt' }],
        ['/publish', undefined],
        ['/withdraw', undefined],
        ['/reports', { reason: 'Klopt niet' }],
      ] as const) {
        const id = await world.freshPost(other, { concept: action === '/publish' });
        // The author acts, except for responding: that is for someone else.
        const role = action === '/responses' ? 'otherResident' : 'resident';
        const route = `${action === '' ? 'PATCH' : 'POST'} ${path}/{id}${action}`;
        const result = await sendApi(world, route, role, { params: { id }, body });
        if (result.status !== 404) wrong.push(`${route} with the id of a help ${other}, as ${role}: ${result.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('lists of posts', () => {
  it('show a role only posts it may open: filtering on a non-public status leaks nothing', async () => {
    const leaks: string[] = [];
    for (const role of ROLES) {
      const token = world.token(role);
      const get = async (url: string) => {
        const response = await testApp.app.request(`/api/v1${url}`, {
          headers: { 'X-Forwarded-For': '10.9.0.1', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        });
        return {
          status: response.status,
          body: (await response.json()) as { items?: { id: string; status: string }[] },
        };
      };
      for (const kind of KINDS)
        for (const status of POST_STATUSES) {
          const listed = await get(`${KIND_PATHS[kind]}?status=${status}&pageSize=100`);
          if (listed.status === 400) continue;
          for (const item of listed.body.items ?? []) {
            if (PUBLIC_STATUSES.includes(item.status)) continue;
            const opened = await get(`${KIND_PATHS[kind]}/${item.id}`);
            if (opened.status !== 200)
              leaks.push(`GET ${KIND_PATHS[kind]}?status=${status} as ${role} lists ${item.status} post ${item.id}`);
          }
        }
    }
    expect(leaks.slice(0, 20), `${leaks.length} leaks`).toEqual([]);
  });
});
