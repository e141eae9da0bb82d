import { type Cluster, grantRoleSql, ownCluster, sql, withDatabase } from './databases';
import {
  api,
  describeReply,
  helpRequest,
  launchMarketplace,
  login,
  type Person,
  type Reply,
  registerVerified,
} from './http';
import { type CheckResult, expect, rmTemp, runCheck, type Server, seconds, sleep, startServer, tempDir } from './lib';

/**
 * PostgreSQL stopped (pg_ctl stop -m immediate) during a burst of reads and writes. While it is
 * down every answer that needs the database is 503 with Retry-After (problem+json on the API),
 * nothing is a 500 and the node process stays up; once PostgreSQL is back the same process
 * answers 200 again without a restart.
 */
const OUTAGES = 2;
const UP_MS = 1_200;
const DOWN_MS = 2_500;
const RECOVERY_TIMEOUT_MS = 30_000;
const WORKERS = 4;

type Phase = 'up' | 'stopping' | 'down' | 'starting' | 'recovered';
interface Sample {
  what: string;
  sentIn: Phase;
  answeredIn: Phase;
  reply: Reply;
}

export async function checkDatabaseOutage(): Promise<CheckResult[]> {
  const cleanup: (() => Promise<void>)[] = [];
  const dataDir = tempDir('samen-resilience-outage-');
  cleanup.push(async () => rmTemp(dataDir));
  let cluster: Cluster | undefined;
  let server: Server | undefined;
  cleanup.push(async () => {
    await server?.kill9();
    await cluster?.destroy();
  });
  const samples: Sample[] = [];
  let phase: Phase = 'up';
  let downMs = 0;
  let recoveryMs = 0;
  let pid: number | undefined;
  let resident: Person | undefined;
  let base = '';

  const burst = await runCheck(
    'PostgreSQL stopped mid-burst: 503 + Retry-After, no 500, the process stays up',
    90_000,
    async () => {
      cluster = await ownCluster();
      await sql(withDatabase(cluster.url, 'postgres'), 'CREATE DATABASE samen');
      const databaseUrl = withDatabase(cluster.url, 'samen');
      server = await startServer({ databaseUrl, dataDir, label: 'the server' });
      await server.waitReady();
      pid = server.child.pid;
      base = server.baseURL;
      const operator = await registerVerified(base, 'Noor');
      const person = await registerVerified(base, 'Fatima');
      resident = person;
      await grantRoleSql(databaseUrl, operator.accountId);
      await login(base, operator);
      await login(base, person);
      await launchMarketplace(base, operator);

      const operations: { what: string; send: (person: Person, n: number) => Promise<Reply> }[] = [
        {
          what: 'GET /api/v1/help-requests?q=…',
          send: (p) => p.client.call(base, 'GET', api('/help-requests?q=boodschap&municipality=GM0344')),
        },
        { what: 'GET /api/v1/me', send: (p) => p.client.call(base, 'GET', api('/me')) },
        {
          what: 'POST /api/v1/help-requests',
          send: (p, n) => p.client.call(base, 'POST', api('/help-requests'), helpRequest(`Boodschappen ${n}`)),
        },
        {
          what: 'PATCH /api/v1/me',
          send: (p, n) => p.client.call(base, 'PATCH', api('/me'), { lastName: `Naam${n}` }),
        },
        { what: 'GET /gemeenten/utrecht (page)', send: (p) => p.client.call(base, 'GET', '/gemeenten/utrecht') },
        { what: 'GET /health/ready', send: (p) => p.client.call(base, 'GET', '/health/ready') },
      ];
      let running = true;
      const worker = async (w: number) => {
        for (let n = w; running; n += WORKERS) {
          const operation = operations[n % operations.length] as (typeof operations)[number];
          const sentIn = phase;
          const reply = await operation.send(person, n);
          samples.push({ what: operation.what, sentIn, answeredIn: phase, reply });
          await sleep(10);
        }
      };
      const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
      const c = cluster;
      const srv = server;
      // Two outages: a crash that needs bad timing (a connection checked out between two queries
      // when PostgreSQL goes) gets two chances to show.
      for (let cycle = 1; cycle <= OUTAGES; cycle++) {
        phase = 'up';
        await sleep(UP_MS);
        phase = 'stopping';
        await c.stopImmediate();
        phase = 'down';
        const downStarted = performance.now();
        await sleep(DOWN_MS);
        downMs += performance.now() - downStarted;
        phase = 'starting';
        await c.start();
        const startedAgain = performance.now();
        // The same process, no restart: /health/ready must come back, then a real API call works.
        while (true) {
          const ready = await person.client.call(base, 'GET', '/health/ready', undefined, 2_000);
          if (ready.status === 200) break;
          expect(srv.alive(), `the node process exited (${exitOf(srv)}) in outage ${cycle}:\n${crashText(srv)}`);
          expect(performance.now() - startedAgain < RECOVERY_TIMEOUT_MS, `/health/ready still ${describeReply(ready)}`);
          await sleep(100);
        }
        recoveryMs = Math.max(recoveryMs, performance.now() - startedAgain);
        phase = 'recovered';
        await sleep(500);
      }
      running = false;
      await Promise.all(workers);

      expect(srv.alive() && srv.child.pid === pid, `the node process exited (${exitOf(srv)}):\n${crashText(srv)}`);
      const noAnswer = samples.filter((s) => s.reply.networkError);
      expect(
        noAnswer.length === 0,
        `${noAnswer.length} requests got no answer, ` +
          `e.g. ${noAnswer[0]?.what}: ${noAnswer[0] && describeReply(noAnswer[0].reply)}`,
      );
      const errors = samples.filter((s) => s.reply.status >= 500 && s.reply.status !== 503);
      expect(
        errors.length === 0,
        `${errors.length} answers were ${[...new Set(errors.map((s) => s.reply.status))].join('/')} instead of 503, ` +
          `e.g. ${errors[0]?.what} (${errors[0]?.sentIn}): ${errors[0] && describeReply(errors[0].reply)}`,
      );
      const upFailures = samples.filter(
        (s) => ['up', 'recovered'].includes(s.sentIn) && s.sentIn === s.answeredIn && s.reply.status >= 300,
      );
      expect(
        upFailures.length === 0,
        `with PostgreSQL up: ${upFailures[0]?.what} ${upFailures[0] && describeReply(upFailures[0].reply)}`,
      );
      const down = samples.filter((s) => s.sentIn === 'down' && s.answeredIn === 'down');
      expect(down.length >= 20, `only ${down.length} requests were answered while PostgreSQL was down`);
      const wrong = down.filter((s) => problemWith503(s) !== undefined);
      expect(
        wrong.length === 0,
        `${wrong.length} of ${down.length} answers while PostgreSQL was down were wrong, e.g. ${wrong
          .slice(0, 4)
          .map((s) => `${s.what}: ${problemWith503(s)}`)
          .join('; ')}`,
      );
      const counts = (p: Phase) => samples.filter((s) => s.sentIn === p).length;
      return (
        `${OUTAGES} outages: ${counts('up')} requests with PostgreSQL up, ` +
        `${down.length} while down (${seconds(downMs)} in all): all 503 with Retry-After, no 500, process ${pid} up`
      );
    },
    [],
  );

  const recovery = await runCheck(
    'PostgreSQL back: the same process answers 200 again without a restart',
    60_000,
    async () => {
      expect(server?.alive(), 'the node process did not survive the outage, so it can not recover (see above)');
      expect(recoveryMs > 0, 'the outage check did not get as far as starting PostgreSQL again');
      expect(server?.alive() && server.child.pid === pid, 'the node process is not the one from before the outage');
      const recovered = samples.filter((s) => s.sentIn === 'recovered');
      const bad = recovered.filter((s) => s.reply.status >= 300);
      expect(bad.length === 0, `after recovery: ${bad[0]?.what} ${bad[0] && describeReply(bad[0].reply)}`);
      const person = resident as Person;
      const me = await person.client.call(base, 'GET', api('/me'));
      expect(me.status === 200, `GET /api/v1/me after recovery: ${describeReply(me)}`);
      const posted = await person.client.call(base, 'POST', api('/help-requests'), helpRequest('Na de storing'));
      expect(posted.status === 201, `POST /api/v1/help-requests after recovery: ${describeReply(posted)}`);
      const found = await person.client.call(base, 'GET', api(`/help-requests/${posted.body.id}`));
      expect(found.status === 200, `reading it back: ${describeReply(found)}`);
      return (
        `/health/ready 200 at most ${seconds(recoveryMs)} after PostgreSQL started; ` +
        `${recovered.length} requests after that all 2xx; GET /me 200, POST /help-requests 201 and read back`
      );
    },
    cleanup,
  );
  return [burst, recovery];
}

/** The server's output without its JSON log lines, around the last error it printed: the crash. */
function crashText(server: Server): string {
  const lines = server
    .output()
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('{'));
  const error = lines.findLastIndex((line) => /^[A-Za-z]*Error\b/.test(line));
  return (error < 0 ? lines.slice(-12) : lines.slice(Math.max(0, error - 3), error + 4)).join('\n');
}
const exitOf = (server: Server) => `exit code ${server.child.exitCode ?? server.child.signalCode}`;

/** Why an answer during the outage is not the expected 503, or undefined when it is. */
function problemWith503({ what, reply }: Sample): string | undefined {
  if (reply.status !== 503) return `status ${describeReply(reply)}`;
  if (what.startsWith('GET /health/')) return undefined;
  const retryAfter = reply.headers.get('retry-after');
  if (!retryAfter || !/^\d+$/.test(retryAfter)) return `503 without a numeric Retry-After (${retryAfter})`;
  if (what.includes('/api/')) {
    const type = reply.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) return `503 as ${type}, not application/problem+json`;
    if (reply.body?.status !== 503 || !reply.body?.title)
      return `503 problem without status/title: ${describeReply(reply)}`;
  }
  return undefined;
}
