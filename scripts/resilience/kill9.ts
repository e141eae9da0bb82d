import { embeddedWithMarketplace, freshDatabase, grantRoleSql } from './databases';
import { api, describeReply, helpRequest, launchMarketplace, login, type Person, registerVerified } from './http';
import {
  type CheckResult,
  eachLimited,
  expect,
  rmTemp,
  runCheck,
  type Server,
  seconds,
  sleep,
  startServer,
  tempDir,
} from './lib';

/**
 * kill -9 during a write burst: every write the server acknowledged (2xx) must still be there
 * after a restart on the same database. Writes: new help requests (resident), messages in a
 * conversation (volunteer), and a sequence of profile changes (the last acknowledged one, or a
 * later one that was in flight, must be the stored value).
 */
const KILL_AFTER_ACKS = 120;
const KILL_AFTER_MS = 4_000;
const POSTERS = 4;
const MESSAGERS = 2;

export async function checkKill9(kind: 'pglite' | 'postgres', serverUrl?: string): Promise<CheckResult> {
  const cleanup: (() => Promise<void>)[] = [];
  const dataDir = tempDir('samen-resilience-kill9-');
  cleanup.push(async () => rmTemp(dataDir));
  let databaseUrl: string | undefined;
  const servers: Server[] = [];
  cleanup.push(async () => {
    for (const server of servers) await server.kill9();
  });

  return runCheck(
    `kill -9 during a write burst (${kind})`,
    150_000,
    async () => {
      if (kind === 'postgres') {
        if (!serverUrl) throw new Error('no PostgreSQL server URL');
        const database = await freshDatabase(serverUrl);
        databaseUrl = database.url;
        cleanup.push(database.drop);
      }
      const start = async (label: string) => {
        const server = await startServer({ dataDir, databaseUrl, label });
        servers.push(server);
        const ms = await server.waitReady();
        return { server, ms };
      };

      // PGlite is one process's database: the marketplace is made before the server opens it.
      if (!databaseUrl) await embeddedWithMarketplace(dataDir);
      const { server } = await start('first start');
      let base = server.baseURL;
      const resident = await registerVerified(base, 'Fatima');
      const volunteer = await registerVerified(base, 'Jan', '3512');
      if (databaseUrl) {
        const operator = await registerVerified(base, 'Noor');
        await grantRoleSql(databaseUrl, operator.accountId);
        await login(base, operator);
        await launchMarketplace(base, operator);
      }
      for (const person of [resident, volunteer]) await login(base, person);
      const first = await resident.client.call(base, 'POST', api('/help-requests'), helpRequest('Eerste vraag'));
      expect(first.status === 201, `the first help request: ${describeReply(first)}`);
      const responded = await volunteer.client.call(base, 'POST', api(`/help-requests/${first.body.id}/responses`), {
        message: 'Ik help graag.',
      });
      expect(responded.status === 201, `responding: ${describeReply(responded)}`);
      const conversation = responded.body.conversationId as string;

      // The burst.
      const requestIds: string[] = [];
      const messageIds: string[] = [];
      let lastAckedProfile = -1;
      let acks = 0;
      let inFlight = 0;
      let inFlightAtKill = 0;
      let killed = false;
      const failures: string[] = [];
      const write = async (person: Person, method: string, path: string, body: unknown) => {
        inFlight += 1;
        const reply = await person.client.call(base, method, path, body);
        inFlight -= 1;
        if (!killed && !reply.networkError && reply.status >= 300)
          failures.push(`${method} ${path}: ${describeReply(reply)}`);
        return reply;
      };
      const poster = async (worker: number) => {
        for (let n = 0; !killed; n++) {
          const reply = await write(
            resident,
            'POST',
            api('/help-requests'),
            helpRequest(`Vraag ${worker}-${n} boodschappen`),
          );
          if (reply.status === 201) {
            requestIds.push(reply.body.id);
            acks += 1;
          }
        }
      };
      const messager = async (worker: number) => {
        for (let n = 0; !killed; n++) {
          const reply = await write(volunteer, 'POST', api(`/conversations/${conversation}/messages`), {
            body: `Bericht ${worker}-${n}: ik kan dinsdag om tien uur.`,
          });
          if (reply.status === 201) {
            messageIds.push(reply.body.id);
            acks += 1;
          }
        }
      };
      const profiler = async () => {
        for (let n = 0; !killed; n++) {
          const reply = await write(resident, 'PATCH', api('/me'), { lastName: `Achternaam${n}` });
          if (reply.status === 200) {
            lastAckedProfile = n;
            acks += 1;
          }
        }
      };
      const burstStarted = performance.now();
      const killer = (async () => {
        while (acks < KILL_AFTER_ACKS && performance.now() - burstStarted < KILL_AFTER_MS) await sleep(5);
        inFlightAtKill = inFlight;
        killed = true;
        server.child.kill('SIGKILL');
      })();
      await Promise.all([
        ...Array.from({ length: POSTERS }, (_, i) => poster(i)),
        ...Array.from({ length: MESSAGERS }, (_, i) => messager(i)),
        profiler(),
        killer,
      ]);
      await server.kill9();
      const burstMs = performance.now() - burstStarted;
      expect(failures.length === 0, `writes refused before the kill: ${failures.slice(0, 3).join('; ')}`);
      expect(requestIds.length > 0 && messageIds.length > 0, 'the burst acknowledged no writes');
      expect(inFlightAtKill > 0, 'no write was in flight when the server was killed');

      // Restart on the same database and look for every acknowledged write.
      const restarted = await start('restart after kill -9');
      base = restarted.server.baseURL;
      const missingRequests = (
        await eachLimited(requestIds, 4, async (id) => ({
          id,
          reply: await resident.client.call(base, 'GET', api(`/help-requests/${id}`)),
        }))
      ).filter(({ reply }) => reply.status !== 200);
      const messages = await volunteer.client.call(base, 'GET', api(`/conversations/${conversation}/messages`));
      expect(messages.status === 200, `the conversation after the restart: ${describeReply(messages)}`);
      const stored = new Set((messages.body.items as { id: string }[]).map((m) => m.id));
      const missingMessages = messageIds.filter((id) => !stored.has(id));
      const me = await resident.client.call(base, 'GET', api('/me'));
      expect(me.status === 200, `the resident's token after the restart: ${describeReply(me)}`);
      const storedProfile = Number(String(me.body.lastName ?? '').replace('Achternaam', '') || -1);
      expect(
        missingRequests.length === 0,
        `${missingRequests.length} of ${requestIds.length} acknowledged help requests are missing, ` +
          `e.g. ${missingRequests[0]?.id}: ${missingRequests[0] && describeReply(missingRequests[0].reply)}`,
      );
      expect(
        missingMessages.length === 0,
        `${missingMessages.length} of ${messageIds.length} acknowledged messages are missing`,
      );
      expect(
        storedProfile >= lastAckedProfile,
        `the profile change ${lastAckedProfile} was acknowledged, but the stored last name is ${me.body.lastName}`,
      );
      const after = await resident.client.call(base, 'POST', api('/help-requests'), helpRequest('Na de herstart'));
      expect(after.status === 201, `a write after the restart: ${describeReply(after)}`);

      return (
        `${requestIds.length} help requests + ${messageIds.length} messages + ` +
        `${lastAckedProfile + 1} profile changes acknowledged ` +
        `in ${seconds(burstMs)}, ${inFlightAtKill} writes in flight at the kill; 0 missing after the restart ` +
        `(ready in ${seconds(restarted.ms)})`
      );
    },
    cleanup,
  );
}
