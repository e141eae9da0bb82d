// Schema-driven fuzzing of every operation in the OpenAPI document, in-process, as an anonymous
// client and as a signed-in resident. About 5,000 requests with a fixed seed; FUZZ_SEED=<n>
// replays a run, FUZZ_RANDOM=1 picks (and prints) a random seed, FUZZ_OP="POST /help-requests"
// runs one operation, FUZZ_RUNS=<n> changes the total, FUZZ_SHRINK=1 shrinks a failing request.
//
// What must hold for every request, however wrong: no status >= 500, and every 4xx/5xx from
// /api/ is application/problem+json.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../app';
import { issueApiToken } from '../modules/accounts';
import { signedInClient } from '../test/api-client';
import { createTestApp, freshIp, type TestApp } from '../test/harness';
import { type Document, type FuzzRequest, type Hints, operationsOf, requestArbitrary } from './fuzz-arbitraries';
import { buildWorld, PASSWORD, PNG, type World } from './world';

const DEFAULT_SEED = 20_260_501;
const seed = process.env.FUZZ_RANDOM
  ? Math.floor(Math.random() * 2 ** 31)
  : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const totalRuns = Number(process.env.FUZZ_RUNS ?? 5_000);
const onlyOperation = process.env.FUZZ_OP;

let testApp: TestApp;
let world: World;
let residentAccount: string;
let residentToken: string;

beforeAll(async () => {
  testApp = await createTestApp();
  const built = Date.now();
  world = await buildWorld(testApp, { sessions: false });
  console.info(`api-fuzz: fixture world built in ${((Date.now() - built) / 1000).toFixed(1)} s`);
  residentAccount = world.accounts.resident.id;
  residentToken = (await issueApiToken(testApp.deps, residentAccount)).token;
}, 120_000);
afterAll(() => testApp?.close());

function hintsOf(w: World): Hints {
  const posts = [...Object.values(w.posts.open), ...Object.values(w.posts.concept), ...Object.values(w.posts.inReview)];
  const conversations = Object.values(w.conversations);
  const organisations = Object.values(w.org);
  const ids = [...posts, ...conversations, ...organisations, w.initiative, w.advice, w.accounts.resident.id];
  const codes = ['GM0344', 'GM0599', 'GM0363', 'GM0014'];
  return {
    ids,
    byName: {
      id: ids,
      adviceId: [w.advice],
      organisationId: organisations,
      organisation: organisations,
      operatorOrganisation: organisations,
      matchedResponseId: conversations,
      code: codes,
      municipality: codes,
      marketplace: codes,
      ownerMunicipality: codes,
      pc4: ['3511', '3011', '9711', '1000'],
      postcode: ['3511', '3011', '9711', '1000', '3511 AB'],
      near: ['3511', '3011', '9711'],
      email: [w.accounts.resident.email, w.accounts.spare.email, 'nieuw-persoon@voorbeeld.nl'],
      password: [PASSWORD, 'een ander lang wachtwoord'],
      contentType: ['image/png', 'image/svg+xml'],
      data: [PNG.toString('base64'), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')],
    },
  };
}

/** The request as text to replay by hand: method, URL, headers, body (long bodies shortened). */
function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? '(no body)'
      : request.body.length > 400
        ? `${JSON.stringify(request.body.slice(0, 400))}… (${request.body.length} characters)`
        : JSON.stringify(request.body);
  const url = request.url.length > 400 ? `${request.url.slice(0, 400)}…` : request.url;
  return (
    `${request.method} ${url}\n  as ${request.identity}, ` +
    `Content-Type: ${request.contentType ?? '(none)'}\n  body: ${body}`
  );
}

let sent = 0;
const statuses = new Map<string, number>();
/** Sends one fuzzed request; the resident's token is replaced when the request ended it or the account. */
async function send(request: FuzzRequest, operation: string) {
  const headers: Record<string, string> = { 'X-Forwarded-For': freshIp() };
  if (request.contentType !== undefined) headers['Content-Type'] = request.contentType;
  // Logging out or deleting the account gets a token of its own, so the next request is still signed in.
  const ends = operation === 'DELETE /tokens/current' || operation === 'DELETE /me';
  if (request.identity === 'resident') {
    const token = ends ? (await issueApiToken(testApp.deps, residentAccount)).token : residentToken;
    headers.Authorization = `Bearer ${token}`;
  }
  sent += 1;
  const response = await testApp.app.request(request.url, { method: request.method, headers, body: request.body });
  const group = `${String(response.status).slice(0, 1)}xx`;
  statuses.set(group, (statuses.get(group) ?? 0) + 1);
  const text = await response.text();
  if (operation === 'DELETE /me' && response.status === 204 && request.identity === 'resident') {
    const fresh = await signedInClient(testApp, { name: 'Fatima', postcode: '3511' });
    residentAccount = fresh.accountId;
    residentToken = (await issueApiToken(testApp.deps, residentAccount)).token;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

describe('fuzzing every API operation from its OpenAPI schema', () => {
  it('never answers 5xx, and answers every error from /api/ as problem+json', async () => {
    const started = Date.now();
    const document = createApi(testApp.deps.config).document as unknown as Document;
    const operations = operationsOf(document);
    const hints = hintsOf(world);
    const runsEach = Math.max(1, Math.ceil(totalRuns / operations.length));
    console.info(
      `api-fuzz: seed ${seed}${process.env.FUZZ_RANDOM ? ' (random)' : ''}, ` +
        `${operations.length} operations × ${runsEach} requests` +
        ` — replay with FUZZ_SEED=${seed}`,
    );
    const failures: string[] = [];
    for (const [index, operation] of operations.entries()) {
      if (onlyOperation && operation.key !== onlyOperation) continue;
      let last: { request: FuzzRequest; status: number; contentType: string; text: string } | undefined;
      const property = fc.asyncProperty(requestArbitrary(document, operation, hints), async (request) => {
        const response = await send(request, operation.key);
        last = { request, ...response };
        if (response.status >= 500) return false;
        const path = new URL(request.url, 'http://samen.test').pathname;
        if (response.status >= 400 && path.startsWith('/api/'))
          return response.contentType.startsWith('application/problem+json');
        return true;
      });
      // One stream of requests per operation, so FUZZ_OP replays exactly what the whole run sent.
      const details = await fc.check(property, {
        seed: seed + index,
        numRuns: runsEach,
        endOnFailure: !process.env.FUZZ_SHRINK,
      });
      if (details.failed) {
        const request = details.counterexample?.[0] ?? last?.request;
        const answer =
          last && last.request === request
            ? last
            : request
              ? { ...(await send(request, operation.key)), request }
              : undefined;
        failures.push(
          [
            `${operation.key}: ${answer ? `${answer.status} ${answer.contentType}` : 'error'} ` +
              `after ${details.numRuns} requests`,
            request ? `  ${describeRequest(request)}` : `  ${String(details.errorInstance)}`,
            answer ? `  answer: ${answer.text.slice(0, 300)}` : '',
            `  replay: FUZZ_SEED=${seed} FUZZ_OP="${operation.key}" npx vitest run src/security/api-fuzz.test.ts`,
          ]
            .filter(Boolean)
            .join('\n'),
        );
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const spread = [...statuses].sort().map(([group, n]) => `${group} ${n}`);
    console.info(
      `api-fuzz: ${sent} requests in ${seconds} s (${spread.join(', ')}), ${failures.length} operations failed`,
    );
    if (failures.length > 0) console.error(`api-fuzz (seed ${seed}) failures:\n\n${failures.join('\n\n')}`);
    expect(failures, `seed ${seed}: see the failing requests above`).toEqual([]);
  }, 240_000);
});
